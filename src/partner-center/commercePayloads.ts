/**
 * io-ts codecs for Partner Center subscription and order bodies, as the API returns them: single
 * resources, list envelopes, cart checkout results and the PascalCase bodies of subscription PATCH
 * responses. Only the fields the importer reads are declared.
 *
 * @module
 */
import * as t from 'io-ts'
import { byKey, collection, Present, singleOrList } from './payloads.js'

const Link = t.partial({ uri: t.string })
/** An entry of `refundableQuantity.details`: a batch of seats and the end of its reduction window. */
const RefundableBatch = t.partial({ quantity: t.number, allowedUntilDateTime: t.string })
/** An entry of `refundOptions`: a kind of refund and when it ends (`expiresAt`; `expiresAfter` in the resource table). */
const RefundOption = t.partial({ type: t.string, expiresAt: t.string, expiresAfter: t.string })
/** `scheduledNextTermInstructions`: the product, seats and custom term end date of the next term. */
const NextTermInstructions = t.partial({
  product: t.partial({
    productId: t.string,
    skuId: t.string,
    availabilityId: t.string,
    billingCycle: t.string,
    termDuration: t.string,
  }),
  quantity: t.number,
  customTermEndDate: t.union([t.string, t.null]),
})

/**
 * A Partner Center `Subscription` resource: legacy, new commerce (`productType`, `termDuration`,
 * `billingCycle`, `effectiveStartDate`, `refundableQuantity` with its `details`,
 * `cancellationAllowedUntilDate`, `refundOptions`, `scheduledNextTermInstructions`, `isTrial`,
 * `isMicrosoftProduct`, …), add-on, software, Azure savings plan or third-party marketplace.
 *
 * @category codecs
 * @since 0.1.0
 */
export const PcSubscription = t.intersection(
  [
    t.type({ id: t.string, quantity: t.number, status: t.string }),
    t.partial({
      offerId: t.string,
      unitType: t.string,
      billingType: t.string,
      billingCycle: t.string,
      termDuration: t.string,
      parentSubscriptionId: t.union([t.string, t.null]),
      autoRenewEnabled: t.boolean,
      partnerId: t.union([t.string, t.null]),
      creationDate: t.string,
      orderId: t.string,
      commitmentEndDate: t.string,
      commitmentEndDateTime: t.string,
      cancellationAllowedUntilDate: t.string,
      productType: t.partial({ id: t.string, displayName: t.string, subType: t.partial({ id: t.string }) }),
      refundableQuantity: t.union([
        t.partial({ totalQuantity: t.number, details: t.array(RefundableBatch) }),
        t.array(RefundableBatch),
      ]),
      effectiveStartDate: t.string,
      isTrial: t.boolean,
      isMicrosoftProduct: t.boolean,
      publisherName: t.string,
      refundOptions: t.array(RefundOption),
      scheduledNextTermInstructions: t.union([NextTermInstructions, t.null]),
      links: t.partial({ offer: Link, product: Link, sku: Link, availability: Link }),
    }),
  ],
  'PartnerCenterSubscription',
)
/** @category models */
export type PcSubscription = t.TypeOf<typeof PcSubscription>

/** A subscription body: a single resource or a list envelope. @category codecs @since 0.1.0 */
export const PcSubscriptions = singleOrList(PcSubscription, 'PartnerCenterSubscription')
/** @category models */
export type PcSubscriptions = t.TypeOf<typeof PcSubscriptions>

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.getPrototypeOf(u) === Object.prototype

/** How deep {@link camelKeys} rewrites keys: Partner Center bodies nest 4 levels at most. */
const CAMEL_DEPTH = 8

/** A copy of `u` with every key's first letter in lower case (`Links.Offer.Uri` → `links.offer.uri`), to a bounded depth. */
const camelKeys = (u: unknown, depth: number): unknown => {
  if (depth > CAMEL_DEPTH) return u
  if (Array.isArray(u)) return u.map((x) => camelKeys(x, depth + 1))
  if (!isRecord(u)) return u
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(u)) {
    const camel = key.charAt(0).toLowerCase() + key.slice(1)
    // defineProperty, so that a "__proto__" key stays a plain key
    Object.defineProperty(out, camel, {
      value: camelKeys(u[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}

/** The key of `u` read as `camel` (`Quantity` for `quantity`), the last one as {@link camelKeys} keeps it. */
const originalKey = (u: Record<string, unknown>, camel: string): string | undefined =>
  Object.keys(u)
    .filter((k) => k.charAt(0).toLowerCase() + k.slice(1) === camel)
    .pop()

/** The errors of a body read with camelCase keys, their paths naming the keys the body has. */
const originalPaths = (u: unknown, depth: number, errors: t.Errors): t.Errors =>
  errors.map((e) => {
    let at: unknown = u
    const context = e.context.map((entry, i) => {
      if (i < depth) return entry
      // entries that name no key of the value (the members of an intersection or union) do not descend
      if (Array.isArray(at)) {
        if (Object.hasOwn(at, entry.key)) at = (at as unknown[])[Number(entry.key)]
        return entry
      }
      const key = isRecord(at) ? originalKey(at, entry.key) : undefined
      if (key === undefined) return entry
      at = (at as Record<string, unknown>)[key]
      return { ...entry, key }
    })
    return { ...e, context }
  })

/** A subscription body as decoded: `pascalCase` is true when it was a PascalCase PATCH body. @category models @since 0.2.0 */
export type PcSubscriptionBody = PcSubscriptions & { readonly pascalCase?: true }

/**
 * A subscription body as the importer takes it: a camelCase body ({@link PcSubscriptions}) or the
 * PascalCase body Partner Center documents for `PATCH /v1/customers/{id}/subscriptions/{id}`
 * (suspend, reactivate, quantity, name: `{ "Id": …, "Status": "suspended", … }`), whose keys are
 * read with their first letter in lower case; such a body decodes with `pascalCase: true`.
 *
 * @category codecs
 */
export const PcSubscriptionBody = new t.Type<PcSubscriptionBody, unknown, unknown>(
  'PartnerCenterSubscriptionBody',
  (u): u is PcSubscriptionBody => PcSubscriptions.is(u),
  (u, c) => {
    if (!isRecord(u) || Object.hasOwn(u, 'id') || !Object.hasOwn(u, 'Id')) return PcSubscriptions.validate(u, c)
    const read = PcSubscriptions.validate(camelKeys(u, 0), c)
    return read._tag === 'Right'
      ? t.success({ ...read.right, pascalCase: true as const })
      : t.failures(originalPaths(u, c.length, read.left))
  },
  (a) => a,
)

/** A line item of a Partner Center `Order`. @category codecs @since 0.2.0 */
export const PcOrderLine = t.intersection(
  [
    t.type({ offerId: t.string, quantity: t.number }),
    t.partial({
      lineItemNumber: t.number,
      subscriptionId: t.union([t.string, t.null]),
      parentSubscriptionId: t.union([t.string, t.null]),
      partnerIdOnRecord: t.union([t.string, t.null]),
      additionalPartnerIdsOnRecord: t.array(t.string),
      termDuration: t.string,
      friendlyName: t.string,
      purchaseCommitment: Present,
      provisioningContext: Present,
      links: t.partial({ sku: Link, product: Link }),
    }),
  ],
  'PartnerCenterOrderLine',
)
/** @category models */
export type PcOrderLine = t.TypeOf<typeof PcOrderLine>

/** A Partner Center `Order` (`GET`, create or update response). @category codecs @since 0.1.0 */
export const PcOrder = t.intersection(
  [
    t.type({ referenceCustomerId: t.string, lineItems: t.array(PcOrderLine) }),
    t.partial({ id: t.string, billingCycle: t.string, status: t.string, creationDate: t.string }),
  ],
  'PartnerCenterOrder',
)
/** @category models */
export type PcOrder = t.TypeOf<typeof PcOrder>

/**
 * An order body: a single `Order`, a list envelope of orders (`GET /v1/customers/{id}/orders`), or
 * a cart checkout result `{ orders: [...] }` (`POST …/carts/{id}/checkout`).
 *
 * @category codecs
 * @since 0.2.0
 */
export const PcOrders = byKey(
  'items',
  collection(PcOrder, 'PartnerCenterOrderList'),
  byKey(
    'orders',
    t.type({ orders: t.array(PcOrder) }, 'PartnerCenterCartCheckoutResult'),
    PcOrder,
    'PartnerCenterOrder',
  ),
  'PartnerCenterOrders',
)
/** @category models */
export type PcOrders = t.TypeOf<typeof PcOrders>
