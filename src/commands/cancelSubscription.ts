/**
 * `cancelSubscription`: cancel an active or suspended subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import { commandInput, defineCommand } from './contract.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from './subscriptionChecks.js'

/** Codec for {@link CancelSubscriptionInput}. @category codecs */
export const CancelSubscriptionInput = commandInput('CancelSubscriptionInput', subscriptionChangeFields)
/** Input of {@link cancelSubscription}: the billing partner tenant and the subscription. @category commands */
export type CancelSubscriptionInput = t.TypeOf<typeof CancelSubscriptionInput>

/**
 * Cancels a subscription that is active or suspended; auto-renew stops. Allowed for restricted
 * partners (RST-8; the library's reading: existing subscriptions are billed "until you cancel them").
 *
 * Violations: `ROL-2` (unknown partner or subscription, actor of another tenant, subscription billed
 * to someone else), `ROL-1` (a partner user who is not a global admin, admin agent or sales agent,
 * `RoleNotAllowed`, 900150), `RST-8` (already cancelled; code 800091), `MOD-6` (dated before the
 * subscription was bought, `DatedBeforeFact`).
 *
 * Emits `SubscriptionCancelled`. Source: seed 000.
 *
 * @category commands
 */
export const cancelSubscription = defineCommand({
  name: 'cancelSubscription',
  input: CancelSubscriptionInput,
  load: loadSubscription,
  checks: subscriptionChangeChecks('cancellation', 'any', ['active', 'suspended']),
  decide: ({ input }) => [{ _tag: 'SubscriptionCancelled', at: input.at, subscriptionId: input.subscriptionId }],
})
