/**
 * Readings of subscription fields that need more than a copy: the new commerce terms
 * ({@link NewCommerceTerms}), the offer ID of a body that names none but links to it, and a
 * Partner Center status as a model status.
 *
 * @module
 */
import { IsoDate } from '../kernel/ids.js'
import {
  MAX_SEATS,
  type NewCommerceTerms,
  type SubscriptionKind,
  type SubscriptionStatus,
} from '../model/subscription.js'
import { Text } from '../kernel/text.js'
import type { PcOrder, PcOrderLine, PcSubscription } from './commercePayloads.js'
import { instant, optional, value } from './context.js'
import {
  cancellationWindowEnd,
  experienceOf,
  scheduledChangesOf,
  seatBatchesOf,
  termStartOf,
  trialEndOf,
  type BodyReader,
} from './newCommerce.js'

/** Text as the model keeps it, `null` for an empty or unprintable value. */
const text = (raw: string | undefined): string | null => value(Text, raw) ?? null

/** The calendar date (UTC) of a Partner Center instant, `null` when unreadable. */
const dateOf = (raw: string | undefined): IsoDate | null => value(IsoDate, instant(raw)?.slice(0, 10)) ?? null

/**
 * The refundable quantity: `totalQuantity`, else the sum of the `quantity` of each detail (a list
 * of details, or the body's own list); `null` when absent or not a whole number in range.
 */
const refundable = (raw: PcSubscription['refundableQuantity']): number | null => {
  if (raw === undefined) return null
  const sum = (details: ReadonlyArray<{ readonly quantity?: number }> | undefined) =>
    details?.reduce((total, d) => total + (d.quantity ?? 0), 0)
  const n = Array.isArray(raw) ? sum(raw) : (raw.totalQuantity ?? sum(raw.details))
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= MAX_SEATS ? n : null
}

/** Whether a subscription body carries terms: a field only subscriptions sold for a term have. */
const carriesTerms = (s: PcSubscription): boolean =>
  s.productType !== undefined ||
  s.termDuration !== undefined ||
  s.refundableQuantity !== undefined ||
  s.cancellationAllowedUntilDate !== undefined ||
  s.refundOptions !== undefined ||
  s.scheduledNextTermInstructions !== undefined

/**
 * The new commerce terms of a subscription body of `kind`, or `undefined` for a legacy one (a body
 * with none of `productType`, `termDuration`, `refundableQuantity`, `cancellationAllowedUntilDate`,
 * `refundOptions`, `scheduledNextTermInstructions`):
 * - term duration and billing cycle as written (`""` read as `null`), the commitment end date
 *   (`commitmentEndDate`, else `commitmentEndDateTime`), the refundable quantity (total, else the
 *   sum of the details); `null` where the body does not say;
 * - the end of the cancellation window ({@link cancellationWindowEnd}: `cancellationAllowedUntilDate`,
 *   else the latest `refundOptions[].expiresAt`), `null` when the body gives neither;
 * - the experience ({@link experienceOf}), the start of the current term (`effectiveStartDate`), the
 *   seat batches (`refundableQuantity.details`), the scheduled changes
 *   (`scheduledNextTermInstructions`) and the end of a trial (`isTrial`): each only when the body
 *   says it, so that a merge keeps what the state knows. The update count is never in a body.
 */
export const subscriptionTerms = (
  s: PcSubscription,
  kind: SubscriptionKind,
  reader: BodyReader,
): NewCommerceTerms | undefined => {
  if (!carriesTerms(s)) return undefined
  const termStartedAt = termStartOf(s, reader)
  return {
    termDuration: text(s.termDuration),
    billingCycle: text(s.billingCycle),
    commitmentEndDate: dateOf(s.commitmentEndDate ?? s.commitmentEndDateTime),
    refundableQuantity: refundable(s.refundableQuantity),
    cancellationAllowedUntil: cancellationWindowEnd(s, reader) ?? null,
    ...optional('experience', experienceOf(s, kind, reader)),
    ...optional('termStartedAt', termStartedAt),
    ...optional('seatBatches', seatBatchesOf(s, reader)),
    ...optional('scheduledChanges', scheduledChangesOf(s, reader)),
    ...optional('trialEndsAt', trialEndOf(s, termStartedAt, reader)),
  }
}

/**
 * The new commerce terms of an order line of `kind`, or `undefined` for a legacy one (no
 * `termDuration` and an offer that is not a `PRODUCT:SKU:AVAILABILITY` ID): the line's term, the
 * order's billing cycle and, for a license-based line or add-on, its experience (new commerce for a
 * `PRODUCT:SKU:AVAILABILITY` offer, else legacy); the rest is not in orders.
 */
export const lineTerms = (order: PcOrder, line: PcOrderLine, kind: SubscriptionKind): NewCommerceTerms | undefined => {
  const catalogItem = line.offerId.includes(':')
  if (line.termDuration === undefined && !catalogItem) return undefined
  const licensed = kind === 'licenseBased' || kind === 'addOn'
  return {
    termDuration: text(line.termDuration),
    billingCycle: text(order.billingCycle),
    commitmentEndDate: null,
    refundableQuantity: null,
    cancellationAllowedUntil: null,
    ...(licensed ? { experience: catalogItem ? ('newCommerce' as const) : ('legacy' as const) } : {}),
  }
}

/** The last segment of a link's path, without its query (`/v1/offers/ABC?country=US` → `ABC`). */
const lastSegment = (uri: string | undefined): string | undefined =>
  uri
    ?.split('?')[0]
    ?.split('/')
    .filter((x) => x !== '')
    .pop()

/**
 * The offer ID a subscription body links to when it names none: the offer link's last segment
 * (legacy), else `PRODUCT:SKU:AVAILABILITY` from the availability link (new catalog).
 */
export const linkedOffer = (s: PcSubscription): string | undefined => {
  const offer = lastSegment(s.links?.offer?.uri)
  if (offer !== undefined) return offer
  const parts = /\/products\/([^/?]+)\/skus\/([^/?]+)\/availabilities\/([^/?]+)/i.exec(s.links?.availability?.uri ?? '')
  return parts === null ? undefined : `${parts[1]}:${parts[2]}:${parts[3]}`
}

const STATUS: Record<string, SubscriptionStatus> = {
  active: 'active',
  suspended: 'suspended',
  deleted: 'cancelled',
  expired: 'expired',
  disabled: 'disabled',
}

/**
 * A Partner Center subscription status as a model status, and how it was read when not directly:
 * `active`, `suspended`, `expired` and `disabled` (a new commerce subscription after expiry or
 * still suspended at its term end: NCE-9, NCE-10) as such; `deleted` cancelled; `pending` active
 * (bought, not yet provisioned); anything else active. Read by own key only (`"constructor"` is not a status).
 */
export const statusReading = (
  raw: string,
): { readonly status: SubscriptionStatus; readonly reading: string | null } => {
  const key = raw.toLowerCase()
  if (Object.hasOwn(STATUS, key)) return { status: STATUS[key] as SubscriptionStatus, reading: null }
  if (key === 'pending')
    return { status: 'active', reading: 'Status "pending" (bought, not yet provisioned) read as active.' }
  return { status: 'active', reading: `Status ${JSON.stringify(raw)} is not one the model knows: read as active.` }
}
