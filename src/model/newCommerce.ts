/**
 * The windows of a new commerce subscription (NCE-4, NCE-5, NCE-6, NCE-7): when its cancellation
 * window ends, which of its seats may still be removed, and its batches of seats after a seat change.
 * Every window is counted in exact hours and its last instant is excluded; its length is the one of
 * the rule set that judges the command, not the set in force at the purchase (the library's reading
 * of Microsoft's retroactive 7 days).
 *
 * @module
 */
import { addHoursUtc } from '../kernel/dates.js'
import type { IsoDateTime } from '../kernel/ids.js'
import type { RuleSetParameters } from '../rules/ruleSets.js'
import type { NewCommerceTerms, SeatBatch } from './newCommerceTerms.js'
import type { Subscription } from './subscription.js'

/**
 * The end of the subscription's cancellation window (NCE-4; ISO-8601 UTC instant, itself outside the
 * window): the end Partner Center reported (`cancellationAllowedUntil`, imported), which wins when
 * known, as an imported `termStartedAt` is the term's `effectiveStartDate` rather than the instant
 * the purchase or renewal completed (the model never sets it for a subscription it bought or renewed
 * itself); else the start of its current term (`termStartedAt`: the purchase, or the completion of
 * its last renewal) plus the cancellation window of `set` in exact hours; else `null` (unknown, or no
 * new commerce terms). The model's last instant (9999-12-31T23:59:59.999Z) bounds the window: one
 * that would run past it ends there.
 *
 * @example
 * ```ts
 * import { cancellationWindowEnd, getSubscription, ruleSet } from 'csp-channel'
 * // a new commerce subscription bought at 2022-03-20T10:00:00.000Z
 * const subscription = getSubscription(state, subscriptionId)
 * subscription && cancellationWindowEnd(subscription, ruleSet('2022-03-19')) // '2022-03-27T10:00:00.000Z'
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const cancellationWindowEnd = (
  s: Subscription,
  set: Pick<RuleSetParameters, 'cancellationWindowHours'>,
): IsoDateTime | null => {
  const terms = s.newCommerce
  if (terms === undefined) return null
  if (terms.cancellationAllowedUntil !== null) return terms.cancellationAllowedUntil
  if (terms.termStartedAt !== undefined && set.cancellationWindowHours !== null)
    return addHoursUtc(terms.termStartedAt, set.cancellationWindowHours)
  return null
}

/**
 * One batch of seats that may still be removed (NCE-6): its `quantity` and the end of its reduction
 * window (`allowedUntil`, ISO-8601 UTC instant, itself excluded; `null` when Partner Center reported a
 * refundable quantity without saying until when).
 *
 * @category models
 * @since 0.2.0
 */
export interface RefundableBatch {
  readonly quantity: number
  readonly allowedUntil: IsoDateTime | null
}

/**
 * The seats of a subscription that may still be removed (NCE-6), shaped like Partner Center's
 * `refundableQuantity`: one entry per batch still inside its window (`details`), and their sum
 * (`totalQuantity`).
 *
 * @category models
 * @since 0.2.0
 */
export interface RefundableQuantity {
  readonly totalQuantity: number
  readonly details: ReadonlyArray<RefundableBatch>
}

/**
 * The end of a batch's reduction window (NCE-5): the end Partner Center gave (`refundableUntil`),
 * else the instant it was added plus the reduction window of `set`; `null` when neither is known.
 */
const batchWindowEnd = (
  batch: SeatBatch,
  set: Pick<RuleSetParameters, 'seatReductionWindowHours'>,
): IsoDateTime | null =>
  batch.refundableUntil ??
  (batch.addedAt === null || set.seatReductionWindowHours === null
    ? null
    : addHoursUtc(batch.addedAt, set.seatReductionWindowHours))

/**
 * Whether the batch may still lose seats at `at`: inside its reduction window (its end excluded). A
 * batch whose end is unknown is closed, except the refundable seats Partner Center reported without
 * an end (`addedAt` and `refundableUntil` both `null`), which stay refundable as reported.
 */
const openAt = (batch: SeatBatch, at: IsoDateTime, set: Pick<RuleSetParameters, 'seatReductionWindowHours'>) => {
  const end = batchWindowEnd(batch, set)
  return end === null ? batch.addedAt === null && batch.refundableUntil === null : at < end
}

/**
 * The batches of a subscription whose batches were not recorded (imported), read from what Partner
 * Center reported: the refundable quantity as one batch ending with the cancellation window
 * (`cancellationAllowedUntil`, or no end when unknown), none once that end has passed at `at` or when
 * the quantity is 0; `undefined` when the refundable quantity is unknown.
 */
const importedBatches = (terms: NewCommerceTerms, at: IsoDateTime): ReadonlyArray<SeatBatch> | undefined => {
  const quantity = terms.refundableQuantity
  if (quantity === null) return undefined
  const end = terms.cancellationAllowedUntil
  return quantity === 0 || (end !== null && at >= end) ? [] : [{ quantity, addedAt: null, refundableUntil: end }]
}

/**
 * The seats of the subscription that may still be removed at `at` (NCE-5, NCE-6), each batch's
 * window measured with the reduction window of `set` (exact hours from the instant it was added,
 * its end excluded) unless Partner Center gave its end. A subscription whose batches were not
 * recorded (imported) reports the refundable quantity Partner Center gave, as one entry with its
 * cancellation window end as `allowedUntil`, until that end (excluded; nothing is refundable from
 * then); `null` when that quantity is unknown, or the subscription has no new commerce terms.
 *
 * @example
 * ```ts
 * import { getSubscription, isoDateTime, refundableQuantityAt, ruleSet } from 'csp-channel'
 * // 10 seats bought at 2022-03-20T10:00Z, 5 more added at 2022-03-25T10:00Z
 * const subscription = getSubscription(state, subscriptionId)
 * subscription && refundableQuantityAt(subscription, isoDateTime('2022-03-28T10:00:00Z'), ruleSet('2022-03-19'))
 * // { totalQuantity: 5, details: [{ quantity: 5, allowedUntil: '2022-04-01T10:00:00.000Z' }] }
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const refundableQuantityAt = (
  s: Subscription,
  at: IsoDateTime,
  set: Pick<RuleSetParameters, 'seatReductionWindowHours'>,
): RefundableQuantity | null => {
  const terms = s.newCommerce
  const batches = terms === undefined ? undefined : (terms.seatBatches ?? importedBatches(terms, at))
  if (batches === undefined) return null
  const details = batches.flatMap((batch): ReadonlyArray<RefundableBatch> =>
    openAt(batch, at, set) ? [{ quantity: batch.quantity, allowedUntil: batchWindowEnd(batch, set) }] : [],
  )
  return { totalQuantity: details.reduce((sum, d) => sum + d.quantity, 0), details }
}

/** A fresh copy of a batch with another quantity. */
const withQuantity = (batch: SeatBatch, quantity: number): SeatBatch => ({
  quantity,
  addedAt: batch.addedAt,
  refundableUntil: batch.refundableUntil,
})

/**
 * Removes `count` seats from the batches, most recently added first, taking from those for which
 * `eligible` holds; returns the batches left and how many seats could not be removed.
 */
const removeSeats = (
  batches: ReadonlyArray<SeatBatch>,
  count: number,
  eligible: (batch: SeatBatch) => boolean,
): { readonly batches: ReadonlyArray<SeatBatch>; readonly left: number } => {
  let left = count
  const kept: SeatBatch[] = []
  for (const batch of [...batches].reverse()) {
    const taken = eligible(batch) ? Math.min(left, batch.quantity) : 0
    left -= taken
    if (batch.quantity > taken) kept.push(withQuantity(batch, batch.quantity - taken))
  }
  return { batches: kept.reverse(), left }
}

/**
 * The subscription's batches of seats once its seat count becomes `seats` at `at` (NCE-5, NCE-7), or
 * `undefined` when neither its batches nor its refundable quantity are known (imported without
 * them). Added seats form a new batch added at `at`, whose window Partner Center has not given
 * (`refundableUntil: null`); the term end does not move. Removed seats come out of the batches still
 * inside their window, most recently added first (the library's reading); seats beyond those (never
 * under NCE-5, which refuses that decrease) come out of the other batches, most recent first. On the
 * first change of an imported subscription without batches, the refundable quantity Partner Center
 * reported becomes a batch first (`addedAt: null`, ending with the reported cancellation window), so
 * that seats added later get their own window.
 *
 * @category queries
 * @since 0.2.0
 */
export const seatBatchesAfter = (
  s: Subscription,
  seats: number,
  at: IsoDateTime,
  set: Pick<RuleSetParameters, 'seatReductionWindowHours'>,
): ReadonlyArray<SeatBatch> | undefined => {
  const terms = s.newCommerce
  const batches = terms === undefined ? undefined : (terms.seatBatches ?? importedBatches(terms, at))
  if (batches === undefined) return undefined
  const copies = batches.map((b) => withQuantity(b, b.quantity))
  if (seats > s.seats) return [...copies, { quantity: seats - s.seats, addedAt: at, refundableUntil: null }]
  const refunded = removeSeats(copies, s.seats - seats, (b) => openAt(b, at, set))
  return removeSeats(refunded.batches, refunded.left, () => true).batches
}
