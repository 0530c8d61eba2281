/**
 * `reactivateSubscription`: the billing partner reactivates a suspended subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import { newCommerceChangeChecks, updateLimitNear } from '../checks/newCommerce.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'

/** Codec for {@link ReactivateSubscriptionInput}. @category codecs @since 0.2.0 */
export const ReactivateSubscriptionInput = commandInput('ReactivateSubscriptionInput', subscriptionChangeFields)
/** Input of {@link reactivateSubscription}: the billing partner tenant and the subscription. @category commands */
export interface ReactivateSubscriptionInput extends t.TypeOf<typeof ReactivateSubscriptionInput> {}

/**
 * Reactivates a suspended subscription: the inverse of {@link suspendSubscription}. Allowed for
 * restricted partners: the subscription existed before the restriction and stays billed to the
 * partner (RST-7), which may still manage its existing subscriptions (RST-8; the library's reading:
 * the page lets a restricted partner suspend, so it may also undo a suspension). No new purchase is
 * made, so RST-2 does not apply. A new commerce subscription is reactivated only before its term
 * ends (NCE-9): from the day after its term end date its renewal is pending (NCE-16), and once
 * Microsoft has disabled it, it never changes again (NCE-8).
 *
 * Violations: `MOD-1` (unknown partner or subscription), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, 900150; subscription billed to someone else, `NoResellerRelationship`,
 * 20002), `ROL-1` (a partner user who is not a global admin, admin agent or sales agent,
 * `RoleNotAllowed`, 900150), `MOD-3` (not suspended: active, cancelled or expired,
 * `SubscriptionNotChangeable`, 800091), `NCE-8` (a new commerce subscription cancelled, expired or
 * disabled, `NewCommerceSubscriptionClosed`; 900277 when expired), `NCE-16` (new commerce, its
 * renewal pending, `RenewalPending`), `NCE-18` (a new commerce trial, `TrialNotChangeable`), `MOD-6`
 * (dated before the subscription was bought, `DatedBeforeFact`).
 *
 * Warning: NCE-17 `UpdateLimitNear`, from the 1,100th change of a new commerce subscription.
 *
 * Emits `SubscriptionReactivated`. Sources: seed 000 (RST-8); NCE-9.
 *
 * @example
 * ```ts
 * import { isoDateTime, partnerUser, reactivateSubscription } from 'csp-channel'
 * reactivateSubscription(state, {
 *   actor: partnerUser(partnerTenantId, 'adminAgent'),
 *   at: isoDateTime('2019-06-01T09:00:00Z'),
 *   partnerTenantId,
 *   subscriptionId,
 * })
 * // Right: SubscriptionReactivated; the subscription is active again
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const reactivateSubscription = defineCommand({
  name: 'reactivateSubscription',
  input: ReactivateSubscriptionInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: ReactivateSubscriptionInput) => loadSubscription(state, input),
  checks: [
    ...subscriptionChangeChecks('reactivation', 'any', ['suspended']),
    ...newCommerceChangeChecks('reactivation'),
  ],
  advisories: [updateLimitNear()],
  decide: ({ input }) => [{ _tag: 'SubscriptionReactivated', at: input.at, subscriptionId: input.subscriptionId }],
})
