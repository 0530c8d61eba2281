/**
 * Subscriptions and one-time purchases held by customer tenants.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, intAtLeast, literals, nullable } from '../internal/codec.js'
import { IsoDate, IsoDateTime, MpnId, SubscriptionId, TenantId } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import { NewCommerceOrder, NewCommerceTerms, Segment } from './newCommerceTerms.js'

export { BillingCycle, NewCommerceTerms, ScheduledChanges, SeatBatch, TermDuration } from './newCommerceTerms.js'

/**
 * What was bought (RST-2, seed 000): an Azure subscription, a license-based subscription, an add-on
 * to a license-based subscription, a software subscription, perpetual software, or a reservation
 * (for example Azure reserved VM instances).
 *
 * @category models
 * @since 0.1.0
 */
export const SubscriptionKind = literals(
  ['azure', 'licenseBased', 'addOn', 'softwareSubscription', 'perpetualSoftware', 'reservation'],
  'SubscriptionKind',
)
/** @category models */
export type SubscriptionKind = t.TypeOf<typeof SubscriptionKind>

/**
 * The lifecycle state of a subscription: `active`, `suspended`, `cancelled` (by the partner; Partner
 * Center's `deleted`), `expired` (its term ended without renewal) or `disabled` (a new commerce
 * subscription after expiry, or still suspended at its term end: NCE-9, NCE-10). A cancelled,
 * expired or disabled subscription never changes again (MOD-3, NCE-8).
 *
 * @category models
 * @since 0.1.0
 */
export const SubscriptionStatus = literals(
  ['active', 'suspended', 'cancelled', 'expired', 'disabled'],
  'SubscriptionStatus',
)
/** @category models */
export type SubscriptionStatus = t.TypeOf<typeof SubscriptionStatus>

/**
 * The most seats a subscription can hold: Partner Center quantities are 32-bit signed integers
 * (MOD-5).
 *
 * @category models
 * @since 0.2.0
 */
export const MAX_SEATS = 2_147_483_647

/** A seat count: a whole number from 1 to {@link MAX_SEATS} (MOD-5). @category codecs @since 0.1.0 */
export const Seats = intAtLeast(1, 'Seats', MAX_SEATS)

/** Codec for {@link Subscription}. @category codecs @since 0.1.0 */
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
 * - `newCommerce` (optional): the terms of a subscription sold for a term ({@link NewCommerceTerms}):
 *   imported from Partner Center, or bought in the model as new commerce. Read with
 *   {@link isNewCommerce}.
 * - `termEnd` (optional): the last day of the current term, set when Microsoft renews the
 *   subscription (RST-7). Read the term end with {@link termEndOf}, which also knows the imported
 *   commitment end date and the term a subscription bought in the model derives from its purchase.
 *
 * @category models
 */
export interface Subscription extends t.TypeOf<typeof Subscription> {}

/**
 * Whether `parent` can carry an add-on bought for `customerTenantId`: an active license-based
 * subscription of that customer (MOD-4).
 *
 * @category queries
 * @since 0.2.0
 */
export const isValidAddOnParent = (
  parent: Pick<Subscription, 'kind' | 'status' | 'customerTenantId'> | undefined,
  customerTenantId: Subscription['customerTenantId'],
): boolean =>
  parent !== undefined &&
  parent.kind === 'licenseBased' &&
  parent.status === 'active' &&
  parent.customerTenantId === customerTenantId

/**
 * What a partner does with the resources of an existing Azure subscription (RST-8, seed 000):
 * `deploy` new resources (Azure Marketplace products and Visual Studio subscriptions included) or
 * `manage` existing ones.
 *
 * @category models
 * @since 0.2.0
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
/** The optional fields of a subscription to buy: new commerce terms, the offer's segment and a public-sector legacy term. */
const purchaseOptions = {
  newCommerce: NewCommerceOrder,
  segment: Segment,
  legacyTermYears: t.union([t.literal(5), t.literal(6)], 'LegacyTermYears'),
}

/** Codec for {@link NewSubscription}. @category codecs @since 0.1.0 */
export const NewSubscription = exact(
  'NewSubscription',
  { ...purchaseFields, customerTenantId: TenantId },
  purchaseOptions,
)
/**
 * A subscription to buy: its ID (chosen by the caller), customer tenant, kind, parent (add-ons
 * only, else `null`), offer ID, seats (≥ 1) and auto-renew. The purchase fills in the rest of the
 * {@link Subscription}. Optional: `newCommerce`, the new commerce terms asked for
 * ({@link NewCommerceOrder}; without them a license-based purchase is a legacy one); `segment`, the
 * segment the offer is sold in (`commercial` when absent; NCE-3, NCE-20); `legacyTermYears`, 5 or 6
 * for a public-sector legacy offer of that term (NCE-20).
 *
 * @category models
 */
export interface NewSubscription extends t.TypeOf<typeof NewSubscription> {}

/** Codec for {@link OrderLine}. @category codecs @since 0.1.0 */
export const OrderLine = exact('OrderLine', { ...purchaseFields, partnerOfRecord: nullable(MpnId) }, purchaseOptions)
/**
 * One line of an indirect provider's order: the new subscription's ID (chosen by the caller), kind,
 * parent (add-ons: an existing subscription or an earlier line of the same order), offer, seats,
 * auto-renew, and the partner of record: the indirect reseller's MPN ID, or `null` (PRT-5). The
 * optional `newCommerce`, `segment` and `legacyTermYears` are those of {@link NewSubscription}.
 *
 * @category models
 */
export interface OrderLine extends t.TypeOf<typeof OrderLine> {}

/**
 * Whether the subscription is a new commerce seat-based subscription, which the NCE rules judge: a
 * license-based subscription or add-on with new commerce terms not marked `legacy`.
 *
 * @example
 * ```ts
 * import { getSubscription, isNewCommerce } from 'csp-channel'
 * const subscription = getSubscription(state, subscriptionId)
 * subscription !== undefined && isNewCommerce(subscription) // true for a P1Y Microsoft 365 subscription bought in 2023
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const isNewCommerce = (s: Pick<Subscription, 'kind' | 'newCommerce'>): boolean =>
  (s.kind === 'licenseBased' || s.kind === 'addOn') &&
  s.newCommerce !== undefined &&
  s.newCommerce.experience !== 'legacy'
