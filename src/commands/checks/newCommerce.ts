/**
 * The checks of the new commerce rules on changes of an existing subscription (cancel, change seats,
 * suspend, reactivate, add licenses): the cancellation window (NCE-4), the seats still refundable
 * (NCE-5), closed subscriptions (NCE-8), a pending renewal (NCE-16), trials (NCE-18) and the update
 * limit (NCE-17, advisory); and what an accepted change records (NCE-4, NCE-7, NCE-9). Each judges
 * only new commerce subscriptions (`isNewCommerce`); legacy ones pass.
 *
 * @internal
 */
import type { IsoDateTime, SubscriptionId } from '../../kernel/ids.js'
import { cancellationWindowEnd, refundableQuantityAt, seatBatchesAfter } from '../../model/newCommerce.js'
import { isNewCommerce, type Subscription, type SubscriptionStatus } from '../../model/subscription.js'
import { termEndOf } from '../../model/terms.js'
import { inForceUnder, type RuleSet } from '../../rules/ruleSets.js'
import { unknownFact } from '../building.js'
import {
  fail,
  pass,
  type AdvisoryCheck,
  type CheckContext,
  type CommandInputBase,
  type RuleCheck,
} from '../contract.js'

type Ctx = CheckContext<
  CommandInputBase & { readonly subscriptionId: SubscriptionId },
  { readonly subscription: Subscription | undefined }
>

/** The statuses after which a new commerce subscription never changes again (NCE-8). */
const CLOSED: ReadonlyArray<SubscriptionStatus> = ['cancelled', 'expired', 'disabled']

/**
 * Whether NCE-8, rather than MOD-3, judges the status of the subscription under `set`: a new
 * commerce subscription that is cancelled, expired or disabled, under a set where NCE-8 is in force.
 */
export const closedNewCommerce = (s: Subscription, set: RuleSet): boolean =>
  isNewCommerce(s) && CLOSED.includes(s.status) && inForceUnder(set, 'NCE-8')

/** The subscription when it is new commerce and still active or suspended; the NCE checks of a change judge only those. */
const openNewCommerce = ({ subscription: s }: Ctx): Subscription | undefined =>
  s !== undefined && isNewCommerce(s) && (s.status === 'active' || s.status === 'suspended') ? s : undefined

/** Whether Partner Center counts a window of `hours` in days (7 days and more) rather than in hours. */
const countedInDays = (hours: number | null): boolean => hours !== null && hours >= 168

/**
 * A cancelled, expired or disabled new commerce subscription is never changed nor reactivated again
 * (NCE-8, `NewCommerceSubscriptionClosed`; code 900277 when expired; subjects: the subscription).
 */
export const newCommerceNotClosed = <C extends Ctx>(change: string): RuleCheck<C> => ({
  rule: 'NCE-8',
  name: `a closed new commerce subscription allows no ${change}`,
  check: ({ subscription: s, ruleSet }) =>
    s === undefined || !closedNewCommerce(s, ruleSet)
      ? pass
      : fail(
          'NewCommerceSubscriptionClosed',
          [s.id],
          `New commerce subscription ${s.id} is ${s.status}: it is never changed nor reactivated again, so ${change} is refused.`,
          s.status === 'expired' ? 900277 : undefined,
        ),
})

/**
 * A new commerce subscription is cancelled only inside its cancellation window (NCE-4,
 * `CancellationWindowPassed`; code 900213 for a window counted in hours, 900117 in days; subjects:
 * the subscription). A window whose end is unknown (imported without one) gives a `FactUnknown`
 * warning instead.
 */
export const insideCancellationWindow = <C extends Ctx>(): RuleCheck<C> => ({
  rule: 'NCE-4',
  name: 'a new commerce subscription is cancelled inside its cancellation window',
  check: (c) => {
    const s = openNewCommerce(c)
    if (s === undefined) return pass
    const end = cancellationWindowEnd(s, c.ruleSet)
    if (end === null)
      return unknownFact(
        [s.id],
        `The end of the cancellation window of subscription ${s.id} is unknown (neither its purchase instant nor cancellationAllowedUntilDate is known); import the subscription (GET /v1/customers/{id}/subscriptions/{id}) to know.`,
      )
    const hours = c.ruleSet.cancellationWindowHours
    return c.input.at < end
      ? pass
      : fail(
          'CancellationWindowPassed',
          [s.id],
          `The cancellation window of subscription ${s.id} ended at ${end} (${hours ?? 'an unknown number of'} hours under the ${c.ruleSet.id} rules): it can no longer be cancelled.`,
          countedInDays(hours) ? 900117 : 900213,
        )
  },
})

type SeatsCtx = CheckContext<
  CommandInputBase & { readonly subscriptionId: SubscriptionId; readonly seats: number },
  { readonly subscription: Subscription | undefined }
>

/**
 * Seats are removed only while inside their own reduction window (NCE-5, `SeatReductionNotAllowed`;
 * code 800090, or 900214 (hours) / 900257 (days) when no seat is refundable any more; subjects: the
 * subscription). Unknown refundable seats (imported without them) give a `FactUnknown` warning.
 */
export const seatsRefundable = <C extends SeatsCtx>(): RuleCheck<C> => ({
  rule: 'NCE-5',
  name: 'removed seats are still inside their reduction window',
  check: (c) => {
    const s = openNewCommerce(c)
    if (s === undefined || c.input.seats >= s.seats) return pass
    const removed = s.seats - c.input.seats
    const refundable = refundableQuantityAt(s, c.input.at, c.ruleSet)
    if (refundable === null)
      return unknownFact(
        [s.id],
        `How many seats of subscription ${s.id} are still refundable is unknown (no seat batches recorded, no refundableQuantity imported); import the subscription to know.`,
      )
    const total = refundable.totalQuantity
    if (removed <= total) return pass
    const code = total > 0 ? 800090 : countedInDays(c.ruleSet.seatReductionWindowHours) ? 900257 : 900214
    return fail(
      'SeatReductionNotAllowed',
      [s.id],
      `Subscription ${s.id} can lose at most ${total} seat(s) now (the others are past their reduction window); removing ${removed} is refused.`,
      code,
    )
  },
})

/**
 * No change while a renewal is pending (NCE-16, `RenewalPending`, HTTP 409 Conflict; subjects: the
 * subscription): from the day after the term end date, while the subscription is still active or
 * suspended and Microsoft has not renewed it.
 */
export const renewalNotPending = <C extends Ctx>(change: string): RuleCheck<C> => ({
  rule: 'NCE-16',
  name: `no ${change} while a renewal is pending`,
  check: (c) => {
    const s = openNewCommerce(c)
    const end = s === undefined ? null : termEndOf(s)
    return s === undefined || end === null || c.input.at.slice(0, 10) <= end
      ? pass
      : fail(
          'RenewalPending',
          [s.id],
          `The term of subscription ${s.id} ended on ${end} and its renewal is pending: ${change} waits until the renewal completes (409 Conflict; retry later).`,
        )
  },
})

/**
 * No seat or status change during a trial (NCE-18, `TrialNotChangeable`; subjects: the subscription):
 * while `trialEndsAt` is later than the command.
 */
export const notInTrial = <C extends Ctx>(change: string): RuleCheck<C> => ({
  rule: 'NCE-18',
  name: `no ${change} during a new commerce trial`,
  check: (c) => {
    const s = openNewCommerce(c)
    const ends = s?.newCommerce?.trialEndsAt
    return s === undefined || ends == null || c.input.at >= ends
      ? pass
      : fail(
          'TrialNotChangeable',
          [s.id],
          `Subscription ${s.id} is a trial until ${ends}: ${change} is not available during the trial.`,
        )
  },
})

/** The new commerce checks every change of an existing subscription's seats or status runs: NCE-16 and NCE-18. */
export const newCommerceChangeChecks = <C extends Ctx>(change: string): ReadonlyArray<RuleCheck<C>> => [
  renewalNotPending<C>(change),
  notInTrial<C>(change),
]

/** The number of changes from which NCE-17 warns (the library's choice; Partner Center's limit is 1,200). */
export const UPDATE_WARNING_FROM = 1_100

/**
 * Warns when the change brings a new commerce subscription's update count to 1,100 or more (NCE-17,
 * `UpdateLimitNear`; subjects: the subscription): Partner Center may refuse updates past 1,200
 * (code 900311).
 */
export const updateLimitNear = <C extends Ctx>(): AdvisoryCheck<C> => ({
  rule: 'NCE-17',
  name: 'the subscription nears the limit of updates',
  check: (c) => {
    const s = openNewCommerce(c)
    const count = s?.newCommerce?.updateCount
    return s === undefined || count === undefined || count + 1 < UPDATE_WARNING_FROM
      ? pass
      : [
          {
            tag: 'UpdateLimitNear',
            subjects: [s.id],
            message: `Subscription ${s.id} will have been changed ${count + 1} times; Partner Center may refuse updates past 1,200 (code 900311).`,
          },
        ]
  },
})

/** The refund of a cancellation inside the window of a new commerce subscription (NCE-4): prorated. */
export const cancellationRefund = (
  s: Subscription | undefined,
  at: IsoDateTime,
  set: RuleSet,
): { readonly refund?: 'prorated' } => {
  const end = s !== undefined && isNewCommerce(s) ? cancellationWindowEnd(s, set) : null
  return end !== null && at < end && inForceUnder(set, 'NCE-4') ? { refund: 'prorated' } : {}
}

/** What a suspension of a new commerce subscription records (NCE-9): billing continues. */
export const suspensionBilling = (s: Subscription | undefined, set: RuleSet): { readonly billing?: 'continues' } =>
  s !== undefined && isNewCommerce(s) && inForceUnder(set, 'NCE-9') ? { billing: 'continues' } : {}

/**
 * The seat batches a seat change of a new commerce subscription records (NCE-5, NCE-7), when they are
 * known: those recorded, or (imported) the refundable quantity Partner Center reported turned into a batch.
 */
export const seatBatchesOf = (s: Subscription | undefined, seats: number, at: IsoDateTime, set: RuleSet) => {
  const batches = s !== undefined && isNewCommerce(s) ? seatBatchesAfter(s, seats, at, set) : undefined
  return batches === undefined ? {} : { seatBatches: batches }
}
