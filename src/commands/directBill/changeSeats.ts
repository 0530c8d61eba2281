/**
 * `changeSeats`: change the seat count of an existing license-based subscription or add-on.
 *
 * @module
 */
import type * as t from 'io-ts'
import { Seats } from '../../model/subscription.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand, type CheckContext } from '../contract.js'
import { newCommerceChangeChecks, seatBatchesOf, seatsRefundable, updateLimitNear } from '../checks/newCommerce.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'
import { notSuspended, partnerOfRecordOnChange, recordedPartnerOfRecord } from '../checks/standing.js'

/** Codec for {@link ChangeSeatsInput}. @category codecs @since 0.1.0 */
export const ChangeSeatsInput = commandInput('ChangeSeatsInput', { ...subscriptionChangeFields, seats: Seats })
/** Input of {@link changeSeats}: the billing partner tenant, the subscription and the new seat count (≥ 1). @category commands */
export interface ChangeSeatsInput extends t.TypeOf<typeof ChangeSeatsInput> {}

type Context = CheckContext<ChangeSeatsInput, ReturnType<typeof loadSubscription>>

/**
 * Changes the seats of an active license-based subscription or add-on. Allowed for restricted
 * partners (RST-8) and during the transition (TRN-8). For a new commerce subscription, seats are
 * added at any time while it is active (NCE-7): they form a new batch of seats added at `at`, with
 * its own reduction window, and the term end does not move. Seats are removed only while still
 * inside their batch's reduction window (NCE-5, NCE-6: 72 hours under the 2022-01-10 rules, 168 from
 * 2022-03-19, in exact hours from the batch's addition, its last instant excluded), most recently
 * added first. Either change deletes the changes scheduled for the next term (NCE-12).
 *
 * Violations: `MOD-1` (unknown partner or subscription, `UnknownPartner`, `UnknownSubscription`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, code 900150; subscription billed to
 * someone else, `NoResellerRelationship`, code 20002), `ROL-1` (a partner user who is not a global
 * admin, admin agent or sales agent, `RoleNotAllowed`, 900150), `MOD-3` (not license-based or
 * add-on, or not active, `SubscriptionNotChangeable`; code 800091 for the status), `NCE-8` (a new
 * commerce subscription cancelled, expired or disabled, `NewCommerceSubscriptionClosed`; 900277 when
 * expired), `NCE-5` (new commerce, more seats removed than are refundable,
 * `SeatReductionNotAllowed`; 800090, or 900214 / 900257 when none is refundable any more), `NCE-16`
 * (new commerce, its renewal pending, `RenewalPending`), `NCE-18` (a new commerce trial,
 * `TrialNotChangeable`), `MOD-6` (dated before the subscription was bought, `DatedBeforeFact`), `AUTH-5` (from 2024-04-01, more seats while the billing partner's account is suspended, `PartnerSuspended`; fewer seats stay allowed), `POR-3` (from 2025-12-01, the partner of record is not an active and compliant indirect reseller, `PartnerOfRecordNotCompliant`, or has no active partnership with the provider billed, `PartnerOfRecordNotListed`; 900400; a `FactUnknown` warning when the model does not hold its reseller).
 *
 * Warning: NCE-17 `UpdateLimitNear`, from the 1,100th change of a new commerce subscription. A
 * decrease of a new commerce subscription whose refundable seats are unknown (imported without them)
 * is judged without NCE-5, with a `FactUnknown` warning.
 *
 * Emits `SeatsChanged`, with the new commerce subscription's seat batches after the change. Sources:
 * seed 000; NCE-5, NCE-7.
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
 * // Right: SeatsChanged { previousSeats, seats: 25 }, for a restricted partner too (RST-8); a new commerce
 * // subscription loses seats only while they are refundable (NCE-5)
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
  checks: [
    ...subscriptionChangeChecks('a seat change', ['licenseBased', 'addOn'], ['active']),
    seatsRefundable(),
    ...newCommerceChangeChecks('a seat change'),
    partnerOfRecordOnChange<Context>((c) => recordedPartnerOfRecord(c.subscription)),
    notSuspended<Context>(
      (c) => (c.subscription !== undefined && c.input.seats > c.subscription.seats ? [c.partner] : []),
      'add seats',
    ),
  ],
  advisories: [updateLimitNear()],
  decide: ({ input, subscription, ruleSet }) => [
    {
      _tag: 'SeatsChanged',
      at: input.at,
      subscriptionId: input.subscriptionId,
      previousSeats: subscription?.seats ?? input.seats,
      seats: input.seats,
      ...seatBatchesOf(subscription, input.seats, input.at, ruleSet),
    },
  ],
})
