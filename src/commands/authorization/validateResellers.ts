/**
 * `validateResellers`: Partner Center's batch check of reseller location IDs as partners of record
 * for an indirect provider (POR-1), as a query.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { snapshot } from '../../internal/snapshot.js'
import { IsoDateTime, TenantId } from '../../kernel/ids.js'
import { getPartner } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { partnerOfRecordVerdict } from '../checks/partnerOfRecord.js'

/** The error code Partner Center gives a partner ID that is not valid as partner of record (POR-1). @category rules @since 0.2.0 */
export const INVALID_PARTNER_OF_RECORD_CODE = 900400

/**
 * One ID of the batch, shaped like Partner Center's answer: the ID as given, whether it is a valid
 * partner of record, and for an invalid one the error code (900400) and a description.
 *
 * @category models
 * @since 0.2.0
 */
export interface PartnerOfRecordValidation {
  readonly partnerId: string
  readonly isValidPartnerIdOnRecord: boolean
  readonly errorCode?: number
  readonly errorDescription?: string
}

/**
 * Why a whole request was refused: `InvalidRequest` (the provider tenant ID, the date or the list of
 * IDs is malformed) or `UnknownProvider` (no such indirect provider).
 *
 * @category models
 * @since 0.2.0
 */
export interface ValidateResellersError {
  readonly _tag: 'InvalidRequest' | 'UnknownProvider'
  readonly message: string
}

const refused = (tag: ValidateResellersError['_tag'], message: string) => E.left({ _tag: tag, message })

/** A value of the request as a message quotes it: a string in quotes, anything else by its type (never read further). */
const quoted = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : `A value of type ${typeof value}`

/**
 * The IDs as a plain list of strings, read once: each element of the caller's array is read exactly
 * once into a copy, and only the copy is checked and answered, so a getter or a `Proxy` that
 * answers differently on a second read cannot slip a non-string past the check. `Left` with the
 * message when the value cannot be read or is not an array of strings.
 */
const idsOf = (partnerIds: unknown): E.Either<string, ReadonlyArray<string>> => {
  const read = snapshot(partnerIds)
  if (!('ok' in read)) return E.left(`partnerIds cannot be read at ${read.path}: ${read.reason}.`)
  const ids: unknown = read.value
  return Array.isArray(ids) && ids.every((id): id is string => typeof id === 'string')
    ? E.right(ids)
    : E.left('partnerIds is a list of strings.')
}

/**
 * Validates a batch of reseller location IDs (PLA or MPN IDs, as strings) as partners of record for
 * the indirect provider `providerTenantId` at `at` (POR-1; Partner Center's
 * `POST /v1/partners/validateresellers`), changing nothing. An ID is valid when it is the location
 * MPN ID tied to the CSP account of an indirect reseller that is active, authorized (AUTH-1,
 * AUTH-3), not suspended (AUTH-5), has signed the MPA (PGM-4) and has an active partnership with the
 * provider (POR-4); any other ID comes back with `errorCode` 900400 and a description. The answers
 * keep the order of the request, duplicates included.
 *
 * The request is read as the commands read theirs: the tenant ID in any letter case and `at` in any
 * form the `IsoDateTime` codec accepts (`2025-07-01T00:00:00Z`, `+00:00`, fractions), both
 * normalized before use. `partnerIds` is read once into a plain copy (each element read exactly
 * once; a getter or `Proxy` is not consulted again), and that copy is what is validated and
 * answered.
 *
 * Never throws: a malformed request (a provider tenant ID that is not a GUID, a date that is not an
 * ISO-8601 UTC instant, IDs that are not a list of strings, or a list whose reading throws) or an
 * unknown indirect provider gives `Left` with a {@link ValidateResellersError}.
 *
 * @example
 * ```ts
 * import { validateResellers } from 'csp-channel'
 * const answer = validateResellers(state, providerTenantId, ['4847383', '12345'], at)
 * // Right([{ partnerId: '4847383', isValidPartnerIdOnRecord: true },
 * //        { partnerId: '12345', isValidPartnerIdOnRecord: false, errorCode: 900400, errorDescription: '…' }])
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const validateResellers = (
  state: ProgramState,
  providerTenantId: string,
  partnerIds: ReadonlyArray<string>,
  at: string,
): E.Either<ValidateResellersError, ReadonlyArray<PartnerOfRecordValidation>> => {
  const provider = TenantId.decode(providerTenantId)
  if (E.isLeft(provider)) return refused('InvalidRequest', `${quoted(providerTenantId)} is not a tenant ID.`)
  const when = IsoDateTime.decode(at)
  if (E.isLeft(when)) return refused('InvalidRequest', `${quoted(at)} is not an ISO-8601 UTC instant.`)
  const ids = idsOf(partnerIds)
  if (E.isLeft(ids)) return refused('InvalidRequest', ids.left)
  if (getPartner(state, provider.right)?.indirectProvider !== true)
    return refused('UnknownProvider', `No indirect provider with tenant ID ${provider.right} is known.`)
  return E.right(
    ids.right.map((partnerId) => {
      const verdict = partnerOfRecordVerdict(state, provider.right, partnerId, when.right)
      return verdict === undefined
        ? { partnerId, isValidPartnerIdOnRecord: true }
        : {
            partnerId,
            isValidPartnerIdOnRecord: false,
            errorCode: INVALID_PARTNER_OF_RECORD_CODE,
            errorDescription: verdict.description,
          }
    }),
  )
}
