/**
 * Subscriptions and one-time purchases held by customer tenants.
 *
 * @module
 */
import { UTCDate } from '@date-fns/utc'
import type { Duration } from 'date-fns'
import { add } from 'date-fns/add'
import { addDays } from 'date-fns/addDays'
import * as t from 'io-ts'
import { exact, intAtLeast, literals, nullable } from '../internal/codec.js'
import { IsoDate, IsoDateTime, MpnId, SubscriptionId, TenantId } from './ids.js'
import { Text } from './text.js'

/**
 * What was bought (RST-2, seed 000): an Azure subscription, a license-based subscription, an add-on
 * to a license-based subscription, a software subscription, perpetual software, or a reservation
 * (for example Azure reserved VM instances).
 *
 * @category models
 */
export const SubscriptionKind = literals(
  ['azure', 'licenseBased', 'addOn', 'softwareSubscription', 'perpetualSoftware', 'reservation'],
  'SubscriptionKind',
)
/** @category models */
export type SubscriptionKind = t.TypeOf<typeof SubscriptionKind>

/**
 * The lifecycle state of a subscription: `active`, `suspended`, `cancelled` (by the partner) or
 * `expired` (its term ended without renewal). A cancelled or expired subscription never changes
 * again (MOD-3).
 *
 * @category models
 */
export const SubscriptionStatus = literals(['active', 'suspended', 'cancelled', 'expired'], 'SubscriptionStatus')
/** @category models */
export type SubscriptionStatus = t.TypeOf<typeof SubscriptionStatus>

/**
 * The most seats a subscription can hold: Partner Center quantities are 32-bit signed integers
 * (MOD-5).
 *
 * @category models
 */
export const MAX_SEATS = 2_147_483_647

/** A seat count: a whole number from 1 to {@link MAX_SEATS} (MOD-5). @category codecs */
export const Seats = intAtLeast(1, 'Seats', MAX_SEATS)

/**
 * Codec for {@link NewCommerceTerms}. `termDuration` is an ISO-8601 duration as Partner Center
 * writes it (`P1M`, `P1Y`, `P3Y`); `billingCycle` as Partner Center names it (`monthly`, `annual`,
 * `triennial`, `none`, `oneTime`, …).
 *
 * @category codecs
 */
export const NewCommerceTerms = exact('NewCommerceTerms', {
  termDuration: nullable(Text),
  billingCycle: nullable(Text),
  commitmentEndDate: nullable(IsoDate),
  refundableQuantity: nullable(intAtLeast(0, 'RefundableQuantity', MAX_SEATS)),
  cancellationAllowedUntil: nullable(IsoDateTime),
})
/**
 * The new commerce terms of a subscription, as Partner Center reports them: term duration, billing
 * cycle, commitment end date (ISO-8601 date), the quantity still refundable and the end of the
 * cancellation window (ISO-8601 UTC instant); `null` where the body does not say. The rules that use
 * them come with the new commerce rule sets; the model keeps them now so that imports are faithful.
 *
 * @category models
 */
export interface NewCommerceTerms extends t.TypeOf<typeof NewCommerceTerms> {}

/** Codec for {@link Subscription}. @category codecs */
export const Subscription = exact(
  'Subscription',
  {
    id: SubscriptionId,
    customerTenantId: TenantId,
    kind: SubscriptionKind,
    parentId: nullable(SubscriptionId),
    offerId: Text,
    seats: intAtLeast(0, 'SeatCount', MAX_SEATS),
    status: SubscriptionStatus,
    autoRenew: t.boolean,
    billedBy: TenantId,
    partnerOfRecord: nullable(MpnId),
    supportContact: nullable(TenantId),
    createdAt: nullable(IsoDateTime),
  },
  // optional so that state documents and events written before terms were modelled still decode
  { newCommerce: NewCommerceTerms, termEnd: IsoDate },
)
/**
 * A subscription of a customer tenant.
 *
 * - `kind`, `offerId`; `parentId` is the parent subscription of an add-on, `null` otherwise.
 * - `seats`: the license count (1 for usage-based Azure).
 * - `status`, `autoRenew`.
 * - `billedBy`: the partner tenant that transacts with Microsoft and is billed for it (RST-7).
 * - `partnerOfRecord`: the MPN ID of the reseller of record (Partner Center's `partnerId`), or `null`.
 * - `supportContact`: the tenant ID of the designated support contact, or `null`.
 * - `createdAt`: purchase date, `null` when unknown (imported).
 * - `newCommerce` (optional): the new commerce terms, for subscriptions imported from Partner Center.
 * - `termEnd` (optional): the last day of the current term, set when Microsoft renews the
 *   subscription (RST-7). Read the term end with {@link termEndOf}, which also knows the imported
 *   commitment end date and the term a subscription bought in the model derives from its purchase.
 *
 * @category models
 */
export interface Subscription extends t.TypeOf<typeof Subscription> {}

/**
 * The kinds of subscription that run for a term and renew at its end (RST-7): license-based
 * subscriptions and their add-ons, software subscriptions and reservations. A usage-based Azure plan
 * is billed until it is cancelled, without a term; perpetual software is bought once.
 *
 * @category models
 */
export const TERMED_KINDS: ReadonlyArray<SubscriptionKind> = [
  'licenseBased',
  'addOn',
  'softwareSubscription',
  'reservation',
]

/** The last calendar day the date codecs accept; terms that would end later end then. */
const LAST_DAY = '9999-12-31'

/** The length of a term written as Partner Center writes it (`P1M`, `P1Y`, `P3Y`, …), if it is one. */
const durationOf = (text: string | null | undefined): Duration | undefined => {
  const m = /^P(\d{1,4})([YMWD])$/.exec(text ?? '')
  if (m === null || Number(m[1]) === 0) return undefined
  const n = Number(m[1])
  return m[2] === 'Y' ? { years: n } : m[2] === 'M' ? { months: n } : m[2] === 'W' ? { weeks: n } : { days: n }
}

/** The last day of a term of length `term` that starts on `start`, held to {@link LAST_DAY}. */
const lastDayOf = (start: Date, term: Duration): IsoDate => {
  const end = addDays(add(start, term), -1)
  // past year 9999 the ISO form grows a sign and six year digits: held to the last day
  const text = Number.isNaN(end.getTime()) ? LAST_DAY : end.toISOString()
  return (/^\d{4}-/.test(text) && text.slice(0, 10) <= LAST_DAY ? text.slice(0, 10) : LAST_DAY) as IsoDate
}

const midnight = (day: string) => new UTCDate(`${day.slice(0, 10)}T00:00:00.000Z`)

/**
 * Whether the subscription runs for a term that renews: one of {@link TERMED_KINDS}, or one whose
 * term end is known (an imported commitment end date, or a renewal).
 *
 * @category queries
 */
/**
 * Whether `parent` can carry an add-on bought for `customerTenantId`: an active license-based
 * subscription of that customer (MOD-4).
 *
 * @category queries
 */
export const isValidAddOnParent = (
  parent: Pick<Subscription, 'kind' | 'status' | 'customerTenantId'> | undefined,
  customerTenantId: Subscription['customerTenantId'],
): boolean =>
  parent !== undefined &&
  parent.kind === 'licenseBased' &&
  parent.status === 'active' &&
  parent.customerTenantId === customerTenantId

export const hasTerm = (s: Subscription): boolean =>
  TERMED_KINDS.includes(s.kind) || s.newCommerce?.commitmentEndDate != null || s.termEnd !== undefined

/**
 * The length of the subscription's term: its new commerce term duration when Partner Center gave one
 * it can read (`P1M`, `P1Y`, `P3Y`), else one year (the library's reading for a subscription bought in
 * the model; the seeds do not say).
 */
const termOf = (s: Subscription): Duration => durationOf(s.newCommerce?.termDuration) ?? { years: 1 }

/**
 * The last day of the subscription's current term (ISO-8601 date; the term runs through it, as
 * Partner Center's `commitmentEndDate`): the imported commitment end date if there is one, else the
 * term end its last renewal set, else the last day of its first term from its purchase date. A term
 * lasts the new commerce term duration when Partner Center gave one it can read (`P1M`, `P1Y`,
 * `P3Y`), else one year (the library's reading; the seeds do not say). `null` for a subscription without a term ({@link hasTerm}) or bought on an
 * unknown date.
 *
 * @example
 * ```ts
 * import { getSubscription, termEndOf } from 'csp-channel'
 * // a license-based subscription bought on 2019-01-09 in the model, without new commerce terms
 * termEndOf(getSubscription(state, id)!) // '2020-01-08'
 * ```
 *
 * @category queries
 */
export const termEndOf = (s: Subscription): IsoDate | null =>
  s.newCommerce?.commitmentEndDate ??
  s.termEnd ??
  (hasTerm(s) && s.createdAt !== null ? lastDayOf(midnight(s.createdAt), termOf(s)) : null)

/**
 * The last day of the term that follows a term ending on `termEnd`: one more term of the
 * subscription's length (see {@link termEndOf}), starting the day after. Held to 9999-12-31.
 *
 * @category queries
 */
export const nextTermEnd = (s: Subscription, termEnd: IsoDate): IsoDate =>
  lastDayOf(addDays(midnight(termEnd), 1), termOf(s))

/**
 * What a partner does with the resources of an existing Azure subscription (RST-8, seed 000):
 * `deploy` new resources (Azure Marketplace products and Visual Studio subscriptions included) or
 * `manage` existing ones.
 *
 * @category models
 */
export const AzureResourceAction = literals(['deploy', 'manage'], 'AzureResourceAction')
/** @category models */
export type AzureResourceAction = t.TypeOf<typeof AzureResourceAction>

/** The fields of a subscription to buy, shared by purchases and order lines. */
const purchaseFields = {
  id: SubscriptionId,
  kind: SubscriptionKind,
  parentId: nullable(SubscriptionId),
  offerId: Text,
  seats: Seats,
  autoRenew: t.boolean,
}

/** Codec for {@link NewSubscription}. @category codecs */
export const NewSubscription = exact('NewSubscription', { ...purchaseFields, customerTenantId: TenantId })
/**
 * A subscription to buy: its ID (chosen by the caller), customer tenant, kind, parent (add-ons
 * only, else `null`), offer ID, seats (≥ 1) and auto-renew. The purchase fills in the rest of the
 * {@link Subscription}.
 *
 * @category models
 */
export interface NewSubscription extends t.TypeOf<typeof NewSubscription> {}

/** Codec for {@link OrderLine}. @category codecs */
export const OrderLine = exact('OrderLine', { ...purchaseFields, partnerOfRecord: nullable(MpnId) })
/**
 * One line of an indirect provider's order: the new subscription's ID (chosen by the caller), kind,
 * parent (add-ons: an existing subscription or an earlier line of the same order), offer, seats,
 * auto-renew, and the partner of record: the indirect reseller's MPN ID, or `null` (PRT-5).
 *
 * @category models
 */
export interface OrderLine extends t.TypeOf<typeof OrderLine> {}
