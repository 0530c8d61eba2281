/**
 * The partner of record on a subscription an indirect provider sells (PRT-5): the named reseller's
 * MPN ID tied to its CSP account, never the provider's own, an unknown one or another location's.
 *
 * @internal
 */
import { MpnId, type IsoDateTime, type TenantId } from '../../kernel/ids.js'
import { mpaStandingAt, mpnIdsOf, type Partner } from '../../model/partner.js'
import { getPartnership, getPartnersByMpnId } from '../../model/queries.js'
import { isDeauthorized, isSuspended } from '../../model/standing.js'
import type { ProgramState } from '../../model/state.js'
import { fail, pass } from '../contract.js'

/**
 * The partner of record on a subscription is the named reseller's MPN ID, the one tied to its CSP
 * account (PRT-5): never the provider's own MPN ID (code 2072), never another location MPN ID of the
 * reseller, never an MPN ID the model does not know (code 800015) or of a partner that is not an
 * indirect reseller (code 800016).
 */
export const partnerOfRecordFindings = (
  state: ProgramState,
  provider: Partner | undefined,
  reseller: Partner | undefined,
  partnerOfRecord: MpnId | null,
  subject: string,
) => {
  if (partnerOfRecord === null) return pass
  if (provider !== undefined && mpnIdsOf(provider).includes(partnerOfRecord))
    return fail(
      'ProviderAsPartnerOfRecord',
      [subject, partnerOfRecord],
      `MPN ID ${partnerOfRecord} is the indirect provider's own; the partner of record is the indirect reseller's MPN ID, never the provider's.`,
      2072,
    )
  const holders = getPartnersByMpnId(state, partnerOfRecord)
  if (holders.length === 0)
    return fail(
      'UnknownMpnId',
      [subject, partnerOfRecord],
      `MPN ID ${partnerOfRecord} belongs to no known partner.`,
      800015,
    )
  if (reseller === undefined)
    return fail(
      'PartnerOfRecordNotValid',
      [subject, partnerOfRecord],
      `A partner of record needs the indirect reseller it belongs to named on the order.`,
    )
  if (!holders.some((p) => p.tenantId === reseller.tenantId))
    return fail(
      'PartnerOfRecordNotValid',
      [subject, partnerOfRecord],
      `MPN ID ${partnerOfRecord} is not an MPN ID of ${reseller.name}.`,
      800016,
    )
  return partnerOfRecord === reseller.mpnId
    ? pass
    : fail(
        'PartnerOfRecordNotValid',
        [subject, partnerOfRecord],
        `MPN ID ${partnerOfRecord} is another location of ${reseller.name}; use ${reseller.mpnId}, the location MPN ID tied to its CSP account.`,
      )
}

/**
 * Why a partner of record is not valid for an indirect provider (POR-1 … POR-4, AUTH-3, AUTH-5):
 * not an MPN ID at all, unknown, not an active indirect reseller, another location than the one tied
 * to the reseller's CSP account, a deauthorized or suspended reseller, no MPA signed, or no active
 * partnership with the provider.
 *
 * @category models
 * @since 0.2.0
 */
export type PartnerOfRecordProblem =
  | 'notAnMpnId'
  | 'unknown'
  | 'notIndirectReseller'
  | 'notAuthorizedLocation'
  | 'deauthorized'
  | 'suspended'
  | 'mpaNotSigned'
  | 'noPartnership'

/** A partner of record found not valid: the problem, the reseller it belongs to (if known) and a sentence. @internal */
export interface PartnerOfRecordVerdict {
  readonly problem: PartnerOfRecordProblem
  readonly reseller: Partner | undefined
  readonly description: string
}

const problem = (p: PartnerOfRecordProblem, reseller: Partner | undefined, description: string) => ({
  problem: p,
  reseller,
  description,
})

/**
 * Partner Center's partner-of-record validation (POR-1): `undefined` when `id` is the location MPN
 * ID tied to the CSP account of an indirect reseller that is active, authorized, not suspended, has
 * signed the MPA by `at` (an unknown signature is not held against it) and has an active partnership
 * with the provider `providerTenantId` (POR-4); otherwise the first problem found. Never throws.
 *
 * @internal
 */
export const partnerOfRecordVerdict = (
  state: ProgramState,
  providerTenantId: TenantId,
  id: string,
  at: IsoDateTime,
): PartnerOfRecordVerdict | undefined => {
  if (!MpnId.is(id)) return problem('notAnMpnId', undefined, `${JSON.stringify(id)} is not an MPN ID (PLA ID).`)
  const holders = getPartnersByMpnId(state, id)
  const reseller = holders.find((p) => p.mpnId === id) ?? holders[0]
  if (reseller === undefined) return problem('unknown', undefined, `The PLA ID ${id} belongs to no known partner.`)
  const name = reseller.name
  if (reseller.indirectReseller.status !== 'active')
    return problem('notIndirectReseller', reseller, `The PLA ID ${id} (${name}) is not an enrolled indirect reseller.`)
  if (reseller.mpnId !== id)
    return problem(
      'notAuthorizedLocation',
      reseller,
      `The PLA ID ${id} is not the authorized location of ${name}; its CSP account is tied to ${reseller.mpnId}.`,
    )
  if (isDeauthorized(reseller))
    return problem('deauthorized', reseller, `${name} (PLA ID ${id}) is a deauthorized indirect reseller.`)
  if (isSuspended(reseller))
    return problem('suspended', reseller, `The Partner Center account of ${name} (PLA ID ${id}) is suspended.`)
  if (mpaStandingAt(reseller, at) === 'notSigned')
    return problem('mpaNotSigned', reseller, `${name} (PLA ID ${id}) has not accepted the Microsoft Partner Agreement.`)
  return getPartnership(state, providerTenantId, reseller.tenantId)?.status === 'active'
    ? undefined
    : problem(
        'noPartnership',
        reseller,
        `${name} (PLA ID ${id}) has not accepted a partnership with the indirect provider ${providerTenantId}.`,
      )
}
