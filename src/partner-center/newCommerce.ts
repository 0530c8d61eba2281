/**
 * Readings of the new commerce fields of a Partner Center subscription body (NCE-1, NCE-4, NCE-5,
 * NCE-6, NCE-11, NCE-12, NCE-18): which commerce experience it belongs to, its seat batches with
 * the ends of their reduction windows, the end of its cancellation window, the start of its
 * current term, the changes scheduled for its next term and the end of its trial. Each reader
 * gives `undefined` for what the body does not say (a merge then keeps what the state knows) and
 * says, through the {@link BodyReader}, what it could not read and why.
 *
 * @module
 */
import { addDaysUtc } from '../kernel/dates.js'
import { IsoDate, type IsoDateTime } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import { TRIAL_DAYS } from '../model/newCommerceOrder.js'
import type { ScheduledChanges, SeatBatch } from '../model/newCommerceTerms.js'
import { MAX_SEATS, type SubscriptionKind } from '../model/subscription.js'
import type { PcSubscription } from './commercePayloads.js'
import { instant, value } from './context.js'

/** Where a field of the body being read is in the input: `at('refundableQuantity', 'details', 0)`. */
export type FieldPath = (...fields: ReadonlyArray<string | number>) => string

/** How a reader reports: a note of `kind` at a path of the input, and the paths of the body's fields. */
export interface BodyReader {
  readonly say: (kind: 'inferred' | 'unknown' | 'leftOut', text: string, at?: string) => void
  readonly at: FieldPath
}

/** A whole seat count from 1 to {@link MAX_SEATS}, else `undefined`. */
const seatCount = (n: number | undefined): number | undefined =>
  n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_SEATS ? n : undefined

/** The calendar date (UTC) of a Partner Center instant, `undefined` when unreadable. */
const dateOf = (raw: string | undefined): IsoDate | undefined => value(IsoDate, instant(raw)?.slice(0, 10))

/** A `PRODUCT:SKU:AVAILABILITY` catalog item ID (NCE-1). */
const CATALOG_ITEM = /^[A-Z0-9]+:[A-Z0-9]+:[A-Z0-9]+$/i

/**
 * The commerce experience of a license-based subscription or add-on body (`undefined` for other
 * kinds, which the new commerce seat-based rules do not judge whatever their terms):
 * - `newCommerce` for `productType.id: "OnlineServicesNCE"`, or for an offer that is a
 *   `PRODUCT:SKU:AVAILABILITY` catalog item ID (a body without a product type: list items, PATCH
 *   bodies) of a Microsoft product;
 * - `legacy` for a legacy offer (a GUID) that carries terms, and for a third-party marketplace
 *   subscription (`isMicrosoftProduct: false`): the library reads such a subscription as outside
 *   new commerce seat-based offers (NCE rules apply to Microsoft's `OnlineServicesNCE` products),
 *   kept as license-based because the model has no marketplace kind.
 */
export const experienceOf = (
  s: PcSubscription,
  kind: SubscriptionKind,
  { say }: BodyReader,
): 'newCommerce' | 'legacy' | undefined => {
  if (kind !== 'licenseBased' && kind !== 'addOn') return undefined
  if (s.productType?.id?.toLowerCase() === 'onlineservicesnce') return 'newCommerce'
  if (s.isMicrosoftProduct === false) {
    const publisher = s.publisherName === undefined ? '' : ` of ${JSON.stringify(s.publisherName)}`
    say(
      'inferred',
      `A third-party marketplace subscription${publisher} (isMicrosoftProduct false): read as outside new commerce seat-based offers (experience legacy).`,
    )
    return 'legacy'
  }
  if (s.offerId !== undefined && CATALOG_ITEM.test(s.offerId)) {
    if (s.productType === undefined)
      say(
        'inferred',
        `New commerce: offer ${s.offerId} is a product:SKU:availability ID of a license-based subscription.`,
      )
    return 'newCommerce'
  }
  return 'legacy'
}

/**
 * The seat batches of `refundableQuantity.details` (NCE-5, NCE-6), `undefined` when the body gives
 * no details: each entry's `quantity` with its `allowedUntilDateTime` as the end of its reduction
 * window (`addedAt` is not in the body: `null`). An entry whose quantity is not a whole number from 1
 * or whose window end cannot be read is left out, with a note: its seats are not counted as
 * reducible.
 */
export const seatBatchesOf = (s: PcSubscription, { say, at }: BodyReader): ReadonlyArray<SeatBatch> | undefined => {
  const raw = s.refundableQuantity
  const details = raw === undefined ? undefined : Array.isArray(raw) ? raw : raw.details
  if (details === undefined || raw === undefined) return undefined
  const path = (k: number) =>
    Array.isArray(raw) ? at('refundableQuantity', k) : at('refundableQuantity', 'details', k)
  return details.flatMap((d, k): SeatBatch[] => {
    const quantity = seatCount(d.quantity)
    const refundableUntil = instant(d.allowedUntilDateTime)
    if (quantity === undefined) {
      say('leftOut', `A refundable batch of quantity ${String(d.quantity)} is not a seat count: left out.`, path(k))
      return []
    }
    if (refundableUntil === undefined) {
      const given =
        d.allowedUntilDateTime === undefined
          ? 'gives no'
          : `gives an unreadable (${JSON.stringify(d.allowedUntilDateTime)})`
      say(
        'leftOut',
        `A refundable batch of ${quantity} seats ${given} allowedUntilDateTime: left out, its seats not counted as reducible.`,
        path(k),
      )
      return []
    }
    return [{ quantity, addedAt: null, refundableUntil }]
  })
}

/**
 * The end of the cancellation window (NCE-4): `cancellationAllowedUntilDate` when the body gives
 * it; else the latest end of its `refundOptions` (open question 7: the library takes `expiresAt`,
 * the name the documented bodies use, and `expiresAfter`, the name of the resource table, when
 * `expiresAt` is absent; the value is the body's own, even where it does not match a 72-hour or
 * 7-day window). `undefined` when neither is given or readable (with a note for an unreadable one).
 */
export const cancellationWindowEnd = (s: PcSubscription, { say, at }: BodyReader): IsoDateTime | undefined => {
  const unreadable = (raw: string, path: string) =>
    say('unknown', `The cancellation window end ${JSON.stringify(raw)} cannot be read: not kept.`, path)
  if (s.cancellationAllowedUntilDate !== undefined) {
    const end = instant(s.cancellationAllowedUntilDate)
    if (end !== undefined) return end
    unreadable(s.cancellationAllowedUntilDate, at('cancellationAllowedUntilDate'))
  }
  const ends = (s.refundOptions ?? []).flatMap((o, k) => {
    const raw = o.expiresAt ?? o.expiresAfter
    if (raw === undefined) return []
    const end = instant(raw)
    if (end === undefined) unreadable(raw, at('refundOptions', k))
    return end === undefined ? [] : [end]
  })
  // ISO-8601 UTC instants of the same form compare as text
  return ends.length === 0 ? undefined : ends.reduce((a, b) => (b > a ? b : a))
}

/** When the current term started (NCE-4, NCE-11): `effectiveStartDate`, `undefined` when absent or unreadable (noted). */
export const termStartOf = (s: PcSubscription, { say, at }: BodyReader): IsoDateTime | undefined => {
  const start = instant(s.effectiveStartDate)
  if (start === undefined && s.effectiveStartDate !== undefined)
    say(
      'unknown',
      `The effective start date ${JSON.stringify(s.effectiveStartDate)} cannot be read: term start unknown.`,
      at('effectiveStartDate'),
    )
  return start
}

/**
 * The changes scheduled for the next term (NCE-12), from `scheduledNextTermInstructions`: the offer
 * `productId:skuId:availabilityId`, the `quantity`, the product's term and billing cycle (the cycle
 * in lower case: Partner Center writes `Annual` there and `annual` on subscriptions) and the custom
 * term end date (its calendar day, `null` when not given). `null` for `null` instructions;
 * `undefined` when absent, or left out with a note when a part is missing or unreadable.
 */
export const scheduledChangesOf = (s: PcSubscription, { say, at }: BodyReader): ScheduledChanges | null | undefined => {
  const next = s.scheduledNextTermInstructions
  if (next === undefined || next === null) return next === null ? null : undefined
  const p = next.product
  const item = [p?.productId, p?.skuId, p?.availabilityId].join(':')
  const offerId = CATALOG_ITEM.test(item) ? value(Text, item) : undefined
  const seats = seatCount(next.quantity)
  const termDuration = value(Text, p?.termDuration)
  const billingCycle = value(Text, p?.billingCycle?.toLowerCase())
  const end = next.customTermEndDate == null ? null : dateOf(next.customTermEndDate)
  if (
    offerId === undefined ||
    seats === undefined ||
    termDuration === undefined ||
    billingCycle === undefined ||
    end === undefined
  ) {
    say(
      'leftOut',
      'The scheduled next-term instructions lack a product, SKU, availability, seat count, term or billing cycle, or have an unreadable custom term end date: not kept.',
      at('scheduledNextTermInstructions'),
    )
    return undefined
  }
  return { offerId, seats, termDuration, billingCycle, customTermEndDate: end }
}

/**
 * The end of a trial (NCE-18): `null` for `isTrial: false`; for a trial, the library's reading is
 * its effective start date plus 30 days, else (no readable start) the end of its commitment end
 * date (00:00 UTC the day after: a term end date is inclusive, NCE-11); `undefined` when `isTrial`
 * is absent, or for a trial with neither date (noted).
 */
export const trialEndOf = (
  s: PcSubscription,
  termStartedAt: IsoDateTime | undefined,
  { say, at }: BodyReader,
): IsoDateTime | null | undefined => {
  if (s.isTrial !== true) return s.isTrial === false ? null : undefined
  if (termStartedAt !== undefined) return addDaysUtc(termStartedAt, TRIAL_DAYS)
  const lastDay = dateOf(s.commitmentEndDate ?? s.commitmentEndDateTime)
  if (lastDay !== undefined) {
    say(
      'inferred',
      `A trial without a readable start: it ends after its commitment end date ${lastDay}.`,
      at('isTrial'),
    )
    return addDaysUtc(`${lastDay}T00:00:00.000Z` as IsoDateTime, 1)
  }
  say('unknown', 'A trial whose start and commitment end date cannot be read: its end is unknown.', at('isTrial'))
  return undefined
}
