/**
 * The new commerce terms of a subscription (NCE-1 … NCE-21): its term and billing cycle, when its
 * current term started, its batches of seats with their reduction windows, the changes scheduled
 * for its next term, its trial and how often it was updated.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, intAtLeast, list, literals, nullable } from '../internal/codec.js'
import { IsoDate, IsoDateTime } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'

/** The most seats Partner Center counts (32-bit signed integers, MOD-5). */
const MAX = 2_147_483_647

/**
 * A term length a new commerce offer is sold for (NCE-1): one month, one year or three years, as
 * ISO-8601 durations.
 *
 * @category models
 * @since 0.2.0
 */
export const TermDuration = literals(['P1M', 'P1Y', 'P3Y'], 'TermDuration')
/** @category models */
export type TermDuration = t.TypeOf<typeof TermDuration>

/**
 * How often a new commerce subscription is billed (NCE-1): every month, once a year, or once for
 * three years.
 *
 * @category models
 * @since 0.2.0
 */
export const BillingCycle = literals(['monthly', 'annual', 'triennial'], 'BillingCycle')
/** @category models */
export type BillingCycle = t.TypeOf<typeof BillingCycle>

/** Codec for {@link SeatBatch}. @category codecs @since 0.2.0 */
export const SeatBatch = exact('SeatBatch', {
  quantity: intAtLeast(1, 'SeatBatchQuantity', MAX),
  addedAt: nullable(IsoDateTime),
  refundableUntil: nullable(IsoDateTime),
})
/**
 * A batch of seats added together, at purchase, at renewal or mid-term (NCE-5, NCE-6): its
 * quantity, the instant it was added (ISO-8601 UTC; `null` when imported) and the end of its
 * reduction window when Partner Center gave it (`refundableUntil`, from `allowedUntilDateTime`;
 * `null` when the window is measured from `addedAt` by the rule set in force). Both `null`: seats
 * Partner Center reported refundable without saying until when, read as still refundable.
 *
 * @category models
 */
export interface SeatBatch extends t.TypeOf<typeof SeatBatch> {}

/** Codec for {@link ScheduledChanges}. @category codecs @since 0.2.0 */
export const ScheduledChanges = exact('ScheduledChanges', {
  offerId: Text,
  seats: intAtLeast(1, 'ScheduledSeats', MAX),
  termDuration: Text,
  billingCycle: Text,
  customTermEndDate: nullable(IsoDate),
})
/**
 * The changes scheduled for a subscription's next term (NCE-12): the offer (catalog item ID), the
 * seats, the term, the billing cycle and the custom term end date (ISO-8601 date, or `null`).
 *
 * @category models
 */
export interface ScheduledChanges extends t.TypeOf<typeof ScheduledChanges> {}

/** Codec for {@link NewCommerceTerms}. @category codecs @since 0.2.0 */
export const NewCommerceTerms = exact(
  'NewCommerceTerms',
  {
    termDuration: nullable(Text),
    billingCycle: nullable(Text),
    commitmentEndDate: nullable(IsoDate),
    refundableQuantity: nullable(intAtLeast(0, 'RefundableQuantity', MAX)),
    cancellationAllowedUntil: nullable(IsoDateTime),
  },
  // optional so that state documents and events written before these were modelled still decode
  {
    experience: literals(['newCommerce', 'legacy'], 'CommerceExperience'),
    termStartedAt: IsoDateTime,
    seatBatches: list(SeatBatch),
    scheduledChanges: nullable(ScheduledChanges),
    trialEndsAt: nullable(IsoDateTime),
    updateCount: intAtLeast(0, 'UpdateCount', MAX),
  },
)
/**
 * The terms of a subscription sold for a term, as Partner Center reports them or as the model
 * bought them.
 *
 * - `termDuration`, `billingCycle`: as Partner Center writes them (`P1M`, `P1Y`, `P3Y`;
 *   `monthly`, `annual`, `triennial`, …); `null` where the body does not say.
 * - `commitmentEndDate`: the last day of the current term (ISO-8601 date), `null` when unknown.
 * - `refundableQuantity`: the refundable seats Partner Center reported (imported), else `null`.
 * - `cancellationAllowedUntil`: the end of the cancellation window Partner Center reported
 *   (ISO-8601 UTC instant), else `null`.
 * - `experience` (optional): `newCommerce` for a new commerce subscription, `legacy` for a legacy
 *   subscription sold for a term; absent, read as new commerce.
 * - `termStartedAt` (optional): when the current term started, at purchase or when its last
 *   renewal completed; the cancellation window runs from it (NCE-4, NCE-11).
 * - `seatBatches` (optional): the batches of seats, each with its reduction window (NCE-5, NCE-6).
 * - `scheduledChanges` (optional): the changes for the next term (NCE-12), `null` for none.
 * - `trialEndsAt` (optional): the end of a trial (NCE-18), `null` when not a trial.
 * - `updateCount` (optional): how many times the subscription was changed (NCE-17).
 *
 * @category models
 */
export interface NewCommerceTerms extends t.TypeOf<typeof NewCommerceTerms> {}

/**
 * The segment an offer is sold in. Commercial offers are the ones the end of legacy seat-based
 * orders hit first (NCE-3); education, government and nonprofit offers followed later (NCE-20).
 *
 * @category models
 * @since 0.2.0
 */
export const Segment = literals(['commercial', 'education', 'government', 'nonprofit'], 'Segment')
/** @category models */
export type Segment = t.TypeOf<typeof Segment>

/** Codec for {@link NewCommerceOrder}. @category codecs @since 0.2.0 */
export const NewCommerceOrder = exact(
  'NewCommerceOrder',
  { termDuration: Text, billingCycle: Text },
  { trial: t.boolean, customTermEndDate: IsoDate },
)
/**
 * The new commerce terms a purchase or an order line asks for (NCE-1): the term (`P1M`, `P1Y`,
 * `P3Y`) and the billing cycle (`monthly`, `annual`, `triennial`) as Partner Center writes them
 * (other values are refused under NCE-2, not by the codec, so that the verdict names the rule);
 * optionally a trial (NCE-18) and a custom term end date (ISO-8601 date, NCE-21).
 *
 * @category models
 */
export interface NewCommerceOrder extends t.TypeOf<typeof NewCommerceOrder> {}
