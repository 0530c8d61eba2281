/**
 * `cancelSubscription`: cancel an active or suspended subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'

/** Codec for {@link CancelSubscriptionInput}. @category codecs @since 0.1.0 */
export const CancelSubscriptionInput = commandInput('CancelSubscriptionInput', subscriptionChangeFields)
/** Input of {@link cancelSubscription}: the billing partner tenant and the subscription. @category commands */
export interface CancelSubscriptionInput extends t.TypeOf<typeof CancelSubscriptionInput> {}

/**
 * Cancels a subscription that is active or suspended; auto-renew stops. Allowed for restricted
 * partners (RST-8; the library's reading: existing subscriptions are billed "until you cancel them").
 *
 * Violations: `MOD-1` (unknown partner or subscription, `UnknownPartner`, `UnknownSubscription`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, code 900150; subscription billed to
 * someone else, `NoResellerRelationship`, code 20002), `ROL-1` (a partner user who is not a global
 * admin, admin agent or sales agent, `RoleNotAllowed`, 900150), `MOD-3` (already cancelled,
 * `SubscriptionNotChangeable`; code 800091 for the status), `MOD-6` (dated before the subscription
 * was bought, `DatedBeforeFact`).
 *
 * Emits `SubscriptionCancelled`. Source: seed 000.
 *
 * @example
 * ```ts
 * import { cancelSubscription, partnerUser } from 'csp-channel'
 * cancelSubscription(state, { actor: partnerUser(partnerTenantId, 'salesAgent'), at, partnerTenantId, subscriptionId })
 * // Right: SubscriptionCancelled, and auto-renew stops; a second time: Left, MOD-3 SubscriptionNotChangeable
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
  checks: subscriptionChangeChecks('cancellation', 'any', ['active', 'suspended']),
  decide: ({ input }) => [{ _tag: 'SubscriptionCancelled', at: input.at, subscriptionId: input.subscriptionId }],
})
