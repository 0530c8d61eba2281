/**
 * `acceptPartnership`: the indirect reseller's global admin accepts a provider's partnership request.
 *
 * @module
 */
import type * as t from 'io-ts'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import {
  isIndirectReseller,
  loadRequest,
  notBeforeRequest,
  partnershipFields,
  resellerAnswers,
  resellerMpaSigned,
} from '../checks/partnership.js'

/** Codec for {@link AcceptPartnershipInput}. @category codecs @since 0.1.0 */
export const AcceptPartnershipInput = commandInput('AcceptPartnershipInput', partnershipFields)
/** Input of {@link acceptPartnership}: the requesting indirect provider tenant and the accepting indirect reseller tenant. @category commands */
export interface AcceptPartnershipInput extends t.TypeOf<typeof AcceptPartnershipInput> {}

type Context = CheckContext<AcceptPartnershipInput, ReturnType<typeof loadRequest>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...resellerAnswers<Context>('accept a partnership invitation'),
  {
    rule: 'PRT-3',
    name: 'the provider has requested the partnership',
    check: ({ partnership, input }) =>
      partnership?.status === 'requested'
        ? pass
        : fail(
            'PartnershipNotRequested',
            [input.providerTenantId, input.resellerTenantId],
            `There is no open partnership request from ${input.providerTenantId} to ${input.resellerTenantId}${partnership === undefined ? '' : ` (it is ${partnership.status})`}.`,
          ),
  },
  isIndirectReseller('PRT-2', (c) => c.reseller),
  resellerMpaSigned('PGM-5', (c) => c.reseller),
  notBeforeRequest(),
]

/**
 * Accepts a partnership: provider and reseller now appear in each other's lists (PRT-3, seed 001),
 * and the provider may order for the reseller's customers (PRT-4). A pending request may instead be
 * declined by the reseller (`declinePartnership`) or withdrawn by the provider
 * (`withdrawPartnershipRequest`).
 *
 * Violations: `MOD-1` (unknown reseller, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`), `ROL-1` (not global admin, `NotGlobalAdmin`), `PRT-3` (no open request,
 * `PartnershipNotRequested`), `PRT-2` (not an enrolled indirect reseller, code 800016), `PGM-5` (the
 * reseller has not signed the MPA, code 900123, from 2020-02-01), `MOD-6` (dated before the request,
 * `DatedBeforeFact`; subjects: the provider and reseller tenant IDs).
 *
 * Emits `PartnershipAccepted`.
 *
 * @example
 * ```ts
 * import { acceptPartnership, isoDateTime, partnerUser } from 'csp-channel'
 * const out = acceptPartnership(state, {
 *   actor: partnerUser(resellerTenantId, 'globalAdmin'),
 *   at: isoDateTime('2020-03-02T09:00:00Z'),
 *   providerTenantId,
 *   resellerTenantId,
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const acceptPartnership = defineCommand({
  name: 'acceptPartnership',
  input: AcceptPartnershipInput,
  load: loadRequest,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'PartnershipAccepted',
      at: input.at,
      providerTenantId: input.providerTenantId,
      resellerTenantId: input.resellerTenantId,
    },
  ],
})
