/**
 * `withdrawPartnershipRequest`: an indirect provider withdraws its pending partnership request.
 *
 * @module
 */
import type * as t from 'io-ts'
import { actsForOwnTenant, roleAmong } from '../checks/actor.js'
import { partnerKnown } from '../checks/partner.js'
import { commandInput, defineCommand, type CheckContext, type RuleCheck } from '../contract.js'
import { loadRequest, partnershipFields, pendingRequest } from '../checks/partnership.js'
import { PROVIDER_TASK_ROLES } from '../checks/actor.js'

/** Codec for {@link WithdrawPartnershipRequestInput}. @category codecs @since 0.2.0 */
export const WithdrawPartnershipRequestInput = commandInput('WithdrawPartnershipRequestInput', partnershipFields)
/** Input of {@link withdrawPartnershipRequest}: the requesting indirect provider tenant and the indirect reseller tenant. @category commands */
export interface WithdrawPartnershipRequestInput extends t.TypeOf<typeof WithdrawPartnershipRequestInput> {}

type Context = CheckContext<WithdrawPartnershipRequestInput, ReturnType<typeof loadRequest>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  partnerKnown(
    (c) => c.provider,
    (c) => c.input.providerTenantId,
    'indirect provider',
  ),
  actsForOwnTenant((c) => c.input.providerTenantId),
  roleAmong('PRT-1', PROVIDER_TASK_ROLES, 'withdraw a partnership request'),
  ...pendingRequest<Context>('withdrawn'),
]

/**
 * Withdraws a pending partnership request (the library's reading of PRT-3, seed 001: the provider
 * that sent the request may take it back before the reseller accepts it). The partnership then never
 * exists, leaves both lists (`removed`, `acceptedAt: null`) and may be requested again. An accepted
 * partnership is ended with `removePartnership` instead (PRT-6).
 *
 * Violations: `MOD-1` (unknown provider, `UnknownPartner`; no partnership between the two tenants,
 * `UnknownPartnership`), `ROL-2` (actor not a user of the provider, `ActsForAnotherTenant`, 900150),
 * `PRT-1` (role not among the indirect provider task roles, `RoleNotAllowed`, 900150), `PRT-3` (the
 * partnership is active or removed, not a pending request, `PartnershipNotRequested`), `MOD-6`
 * (dated before the request, `DatedBeforeFact`). Subjects of the partnership violations: the
 * provider and reseller tenant IDs.
 *
 * Emits `PartnershipRequestWithdrawn`. Sources: seed 001 ("connect with indirect resellers");
 * PRT-1, PRT-3.
 *
 * @example
 * ```ts
 * import { isoDateTime, partnerUser, withdrawPartnershipRequest } from 'csp-channel'
 * const out = withdrawPartnershipRequest(state, {
 *   actor: partnerUser(providerTenantId, 'salesAgent'),
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
export const withdrawPartnershipRequest = defineCommand({
  name: 'withdrawPartnershipRequest',
  input: WithdrawPartnershipRequestInput,
  load: loadRequest,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'PartnershipRequestWithdrawn',
      at: input.at,
      providerTenantId: input.providerTenantId,
      resellerTenantId: input.resellerTenantId,
    },
  ],
})
