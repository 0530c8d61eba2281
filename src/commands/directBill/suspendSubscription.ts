/**
 * `suspendSubscription`: suspend an active subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import { newCommerceChangeChecks, suspensionBilling, updateLimitNear } from '../checks/newCommerce.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'

/** Codec for {@link SuspendSubscriptionInput}. @category codecs @since 0.1.0 */
export const SuspendSubscriptionInput = commandInput('SuspendSubscriptionInput', subscriptionChangeFields)
/** Input of {@link suspendSubscription}: the billing partner tenant and the subscription. @category commands */
export interface SuspendSubscriptionInput extends t.TypeOf<typeof SuspendSubscriptionInput> {}

/**
 * Suspends an active subscription. Allowed for restricted partners (RST-8). A suspended new commerce
 * subscription is still billed, and its auto-renew turns off, which deletes the changes scheduled
 * for its next term (NCE-9, NCE-12); it may be reactivated before its term ends.
 *
 * Violations: `MOD-1` (unknown partner or subscription, `UnknownPartner`, `UnknownSubscription`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, code 900150; subscription billed to
 * someone else, `NoResellerRelationship`, code 20002), `ROL-1` (a partner user who is not a global
 * admin, admin agent or sales agent, `RoleNotAllowed`, 900150), `MOD-3` (not active,
 * `SubscriptionNotChangeable`; code 800091 for the status), `NCE-8` (a new commerce subscription
 * cancelled, expired or disabled, `NewCommerceSubscriptionClosed`; 900277 when expired), `NCE-16`
 * (new commerce, its renewal pending, `RenewalPending`), `NCE-18` (a new commerce trial,
 * `TrialNotChangeable`), `MOD-6` (dated before the subscription was bought, `DatedBeforeFact`).
 *
 * Warning: NCE-17 `UpdateLimitNear`, from the 1,100th change of a new commerce subscription.
 *
 * Emits `SubscriptionSuspended`, with `billing: 'continues'` for a new commerce subscription.
 * Sources: seed 000; NCE-9.
 *
 * @example
 * ```ts
 * import { partnerUser, suspendSubscription } from 'csp-channel'
 * suspendSubscription(state, { actor: partnerUser(partnerTenantId, 'globalAdmin'), at, partnerTenantId, subscriptionId })
 * // Right: SubscriptionSuspended; reactivateSubscription makes it active again. New commerce: billing
 * // continues ({ billing: 'continues' }) and auto-renew turns off
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
  checks: [...subscriptionChangeChecks('suspension', 'any', ['active']), ...newCommerceChangeChecks('suspension')],
  advisories: [updateLimitNear()],
  decide: ({ input, subscription, ruleSet }) => [
    {
      _tag: 'SubscriptionSuspended',
      at: input.at,
      subscriptionId: input.subscriptionId,
      ...suspensionBilling(subscription, ruleSet),
    },
  ],
})
