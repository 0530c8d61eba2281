/**
 * `cancelSubscription`: cancel an active or suspended subscription (new commerce: inside its
 * cancellation window).
 *
 * @module
 */
import type * as t from 'io-ts'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import {
  cancellationRefund,
  insideCancellationWindow,
  newCommerceChangeChecks,
  updateLimitNear,
} from '../checks/newCommerce.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'

/** Codec for {@link CancelSubscriptionInput}. @category codecs @since 0.1.0 */
export const CancelSubscriptionInput = commandInput('CancelSubscriptionInput', subscriptionChangeFields)
/** Input of {@link cancelSubscription}: the billing partner tenant and the subscription. @category commands */
export interface CancelSubscriptionInput extends t.TypeOf<typeof CancelSubscriptionInput> {}

/**
 * Cancels a subscription that is active or suspended; auto-renew stops. Allowed for restricted
 * partners (RST-8; the library's reading: existing subscriptions are billed "until you cancel them").
 * A new commerce subscription is cancelled only inside its cancellation window (NCE-4: 72 hours
 * under the 2022-01-10 rules, 168 from 2022-03-19, counted in exact hours from its purchase or the
 * completion of its last renewal, its last instant excluded; the window length is the one of the
 * rule set at the cancellation), suspended or not, and the partner is then refunded prorated; the
 * changes scheduled for its next term are deleted (NCE-12).
 *
 * Violations: `MOD-1` (unknown partner or subscription, `UnknownPartner`, `UnknownSubscription`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, code 900150; subscription billed to
 * someone else, `NoResellerRelationship`, code 20002), `ROL-1` (a partner user who is not a global
 * admin, admin agent or sales agent, `RoleNotAllowed`, 900150), `MOD-3` (already cancelled,
 * `SubscriptionNotChangeable`; code 800091 for the status), `NCE-8` (a new commerce subscription
 * already cancelled, expired or disabled, `NewCommerceSubscriptionClosed`; 900277 when expired),
 * `NCE-4` (new commerce, past its cancellation window, `CancellationWindowPassed`; 900213 for the
 * 72-hour window, 900117 for the 7-day one), `NCE-16` (new commerce, its renewal pending,
 * `RenewalPending`), `NCE-18` (a new commerce trial, `TrialNotChangeable`), `MOD-6` (dated before
 * the subscription was bought, `DatedBeforeFact`).
 *
 * Warning: NCE-17 `UpdateLimitNear`, from the 1,100th change of a new commerce subscription. A
 * new commerce subscription whose window end is unknown (imported without it) is judged without
 * NCE-4, with a `FactUnknown` warning.
 *
 * Emits `SubscriptionCancelled`, with `refund: 'prorated'` for a new commerce subscription cancelled
 * inside its window. Sources: seed 000; NCE-4.
 *
 * @example
 * ```ts
 * import { cancelSubscription, partnerUser } from 'csp-channel'
 * cancelSubscription(state, { actor: partnerUser(partnerTenantId, 'salesAgent'), at, partnerTenantId, subscriptionId })
 * // Right: SubscriptionCancelled, and auto-renew stops; a second time: Left, MOD-3 SubscriptionNotChangeable
 * // (NCE-8 NewCommerceSubscriptionClosed for a new commerce subscription, which past its window gets NCE-4)
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const cancelSubscription = defineCommand({
  name: 'cancelSubscription',
  input: CancelSubscriptionInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: CancelSubscriptionInput) => loadSubscription(state, input),
  checks: [
    ...subscriptionChangeChecks('cancellation', 'any', ['active', 'suspended']),
    insideCancellationWindow(),
    ...newCommerceChangeChecks('cancellation'),
  ],
  advisories: [updateLimitNear()],
  decide: ({ input, subscription, ruleSet }) => [
    {
      _tag: 'SubscriptionCancelled',
      at: input.at,
      subscriptionId: input.subscriptionId,
      ...cancellationRefund(subscription, input.at, ruleSet),
    },
  ],
})
