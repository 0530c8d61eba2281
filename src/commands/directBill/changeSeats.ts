/**
 * `changeSeats`: change the seat count of an existing license-based subscription or add-on.
 *
 * @module
 */
import type * as t from 'io-ts'
import { Seats } from '../../model/subscription.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'

/** Codec for {@link ChangeSeatsInput}. @category codecs @since 0.1.0 */
export const ChangeSeatsInput = commandInput('ChangeSeatsInput', { ...subscriptionChangeFields, seats: Seats })
/** Input of {@link changeSeats}: the billing partner tenant, the subscription and the new seat count (≥ 1). @category commands */
export interface ChangeSeatsInput extends t.TypeOf<typeof ChangeSeatsInput> {}

/**
 * Changes the seats of an active license-based subscription or add-on. Allowed for restricted
 * partners (RST-8) and during the transition (TRN-8).
 *
 * Violations: `MOD-1` (unknown partner or subscription, `UnknownPartner`, `UnknownSubscription`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, code 900150; subscription billed to
 * someone else, `NoResellerRelationship`, code 20002), `ROL-1` (a partner user who is not a global
 * admin, admin agent or sales agent, `RoleNotAllowed`, 900150), `MOD-3` (not license-based or
 * add-on, or not active, `SubscriptionNotChangeable`; code 800091 for the status), `MOD-6` (dated
 * before the subscription was bought, `DatedBeforeFact`).
 *
 * Emits `SeatsChanged`. Source: seed 000.
 *
 * @example
 * ```ts
 * import { changeSeats, partnerUser } from 'csp-channel'
 * const result = changeSeats(state, {
 *   actor: partnerUser(partnerTenantId, 'adminAgent'),
 *   at,
 *   partnerTenantId,
 *   subscriptionId,
 *   seats: 25,
 * })
 * // Right: SeatsChanged { previousSeats, seats: 25 }, for a restricted partner too (RST-8)
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const changeSeats = defineCommand({
  name: 'changeSeats',
  input: ChangeSeatsInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: ChangeSeatsInput) => loadSubscription(state, input),
  checks: subscriptionChangeChecks('a seat change', ['licenseBased', 'addOn'], ['active']),
  decide: ({ input, subscription }) => [
    {
      _tag: 'SeatsChanged',
      at: input.at,
      subscriptionId: input.subscriptionId,
      previousSeats: subscription?.seats ?? input.seats,
      seats: input.seats,
    },
  ],
})
