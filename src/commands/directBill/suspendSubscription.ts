/**
 * `suspendSubscription`: suspend an active subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'

/** Codec for {@link SuspendSubscriptionInput}. @category codecs @since 0.1.0 */
export const SuspendSubscriptionInput = commandInput('SuspendSubscriptionInput', subscriptionChangeFields)
/** Input of {@link suspendSubscription}: the billing partner tenant and the subscription. @category commands */
export interface SuspendSubscriptionInput extends t.TypeOf<typeof SuspendSubscriptionInput> {}

/**
 * Suspends an active subscription. Allowed for restricted partners (RST-8).
 *
 * Violations: `MOD-1` (unknown partner or subscription, `UnknownPartner`, `UnknownSubscription`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, code 900150; subscription billed to
 * someone else, `NoResellerRelationship`, code 20002), `ROL-1` (a partner user who is not a global
 * admin, admin agent or sales agent, `RoleNotAllowed`, 900150), `MOD-3` (not active,
 * `SubscriptionNotChangeable`; code 800091 for the status), `MOD-6` (dated before the subscription
 * was bought, `DatedBeforeFact`).
 *
 * Emits `SubscriptionSuspended`. Source: seed 000.
 *
 * @example
 * ```ts
 * import { partnerUser, suspendSubscription } from 'csp-channel'
 * suspendSubscription(state, { actor: partnerUser(partnerTenantId, 'globalAdmin'), at, partnerTenantId, subscriptionId })
 * // Right: SubscriptionSuspended; reactivateSubscription makes it active again
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const suspendSubscription = defineCommand({
  name: 'suspendSubscription',
  input: SuspendSubscriptionInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: SuspendSubscriptionInput) => loadSubscription(state, input),
  checks: subscriptionChangeChecks('suspension', 'any', ['active']),
  decide: ({ input }) => [{ _tag: 'SubscriptionSuspended', at: input.at, subscriptionId: input.subscriptionId }],
})
