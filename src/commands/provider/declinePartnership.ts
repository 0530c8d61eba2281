/**
 * `declinePartnership`: the indirect reseller's global admin declines a provider's pending
 * partnership request.
 *
 * @module
 */
import type * as t from 'io-ts'
import { commandInput, defineCommand, type CheckContext, type RuleCheck } from '../contract.js'
import { loadRequest, partnershipFields, pendingRequest, resellerAnswers } from '../checks/partnership.js'

/** Codec for {@link DeclinePartnershipInput}. @category codecs @since 0.2.0 */
export const DeclinePartnershipInput = commandInput('DeclinePartnershipInput', partnershipFields)
/** Input of {@link declinePartnership}: the requesting indirect provider tenant and the declining indirect reseller tenant. @category commands */
export interface DeclinePartnershipInput extends t.TypeOf<typeof DeclinePartnershipInput> {}

type Context = CheckContext<DeclinePartnershipInput, ReturnType<typeof loadRequest>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...resellerAnswers<Context>('decline a partnership request'),
  ...pendingRequest<Context>('declined'),
]

/**
 * Declines a pending partnership request. The request is answered by the reseller's global admin
 * (ROL-1, PRT-3, seed 001), who may accept it (`acceptPartnership`) or, in the library's reading,
 * decline it: the partnership then never exists, leaves both lists (`removed`, `acceptedAt: null`)
 * and the provider may request it again.
 *
 * Violations: `MOD-1` (unknown reseller, `UnknownPartner`; no partnership between the two tenants,
 * `UnknownPartnership`), `ROL-2` (actor not a user of the reseller, `ActsForAnotherTenant`, 900150),
 * `ROL-1` (not the global admin, `NotGlobalAdmin`, 900150), `PRT-3` (the partnership is active or
 * removed, not a pending request, `PartnershipNotRequested`), `MOD-6` (dated before the request,
 * `DatedBeforeFact`). Subjects of the partnership violations: the provider and reseller tenant IDs.
 *
 * Emits `PartnershipDeclined`. Sources: seed 001 ("connect with indirect resellers"), seed 000
 * (the reseller's global admin answers the invitation); PRT-3, ROL-1.
 *
 * @example
 * ```ts
 * import { declinePartnership, isoDateTime, partnerUser } from 'csp-channel'
 * const out = declinePartnership(state, {
 *   actor: partnerUser(resellerTenantId, 'globalAdmin'),
 *   at: isoDateTime('2020-03-02T09:00:00Z'),
 *   providerTenantId,
 *   resellerTenantId,
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const declinePartnership = defineCommand({
  name: 'declinePartnership',
  input: DeclinePartnershipInput,
  load: loadRequest,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'PartnershipDeclined',
      at: input.at,
      providerTenantId: input.providerTenantId,
      resellerTenantId: input.resellerTenantId,
    },
  ],
})
