/**
 * The subscriptions of a Partner Center import: one per `Subscription` body (its kind and status
 * read from Partner Center's fields), and the support contacts of subscriptions imported or already
 * in the state.
 *
 * @module
 */
import { MpnId, SubscriptionId, TenantId } from '../model/ids.js'
import { getSubscription } from '../model/queries.js'
import type { Subscription, SubscriptionKind, SubscriptionStatus } from '../model/subscription.js'
import { guid, instant, items, value, type ImportContext } from './context.js'
import type { PcSubscription } from './payloads.js'

/** The offer ID of a subscription whose body names none (list responses may omit `offerId`). */
export const UNKNOWN_OFFER = 'unknown offer'

/** A Partner Center status read by own key only (`"constructor"` or `"__proto__"` read as unknown, so active). */
const statusOf = (raw: string): SubscriptionStatus => {
  const key = raw.toLowerCase()
  return Object.prototype.hasOwnProperty.call(STATUS, key) ? (STATUS[key] as SubscriptionStatus) : 'active'
}

const STATUS: Record<string, SubscriptionStatus> = {
  active: 'active',
  pending: 'active',
  suspended: 'suspended',
  deleted: 'cancelled',
  expired: 'cancelled',
  disabled: 'cancelled',
}

/** The kind of a Partner Center subscription: add-on by parent, Azure by usage billing or offer, else license-based. */
export const subscriptionKind = (s: PcSubscription): SubscriptionKind => {
  if (s.parentSubscriptionId !== undefined && s.parentSubscriptionId !== '') return 'addOn'
  if (s.billingType === 'usage' || s.unitType === 'Usage-based' || s.offerId?.startsWith('MS-AZR') === true)
    return 'azure'
  if (s.productType?.id === 'AzureReservation') return 'reservation'
  return 'licenseBased'
}

/** The subscriptions of `input.subscriptions`, billed to the importing partner. */
export const importSubscriptions = (context: ImportContext): void => {
  const { input, partner, document } = context
  ;(input.subscriptions ?? []).forEach(({ customerTenantId, body }, i) =>
    items<PcSubscription>(body).forEach((s, j) => {
      const id = guid(
        context,
        SubscriptionId,
        s.id,
        `subscriptions[${i}].body${'items' in body ? `.items[${j}]` : ''}.id`,
      )
      if (id === undefined) return
      const kind = subscriptionKind(s)
      const subscription: Subscription = {
        id,
        customerTenantId,
        kind,
        parentId: kind === 'addOn' ? (value(SubscriptionId, s.parentSubscriptionId) ?? null) : null,
        offerId: s.offerId ?? UNKNOWN_OFFER,
        seats: Math.max(0, Math.floor(s.quantity)),
        status: statusOf(s.status),
        autoRenew: s.autoRenewEnabled ?? false,
        billedBy: partner.tenantId,
        partnerOfRecord: value(MpnId, s.partnerId ?? undefined) ?? null,
        supportContact: null,
        createdAt: instant(s.creationDate) ?? null,
      }
      document.subscriptions.push(subscription)
    }),
  )
}

/** A subscription found by ID, and its position in the document (`-1`: held by `base` only). */
export interface FoundSubscription {
  readonly at: number
  readonly value: Subscription
}

/** The subscription `id`, as imported so far, else as `base` holds it, else `undefined`. */
export const findSubscription = (
  { base, document }: ImportContext,
  id: SubscriptionId,
): FoundSubscription | undefined => {
  const at = document.subscriptions.findIndex((s) => s.id === id)
  const known = at >= 0 ? document.subscriptions[at] : getSubscription(base, id)
  return known === undefined ? undefined : { at, value: known }
}

/** Puts `next` in the document in place of a subscription found by {@link findSubscription}. */
export const replaceSubscription = ({ document }: ImportContext, found: FoundSubscription, next: Subscription) => {
  if (found.at >= 0) document.subscriptions[found.at] = next
  else document.subscriptions.push(next)
}

/** The support contacts of `input.supportContacts`, each on a subscription imported or already in `base`. */
export const importSupportContacts = (context: ImportContext): void => {
  ;(context.input.supportContacts ?? []).forEach(({ subscriptionId, body }, i) => {
    const supportContact = guid(context, TenantId, body.supportTenantId, `supportContacts[${i}].body.supportTenantId`)
    const found = findSubscription(context, subscriptionId)
    if (found === undefined) {
      context.issues.push({
        path: `supportContacts[${i}].subscriptionId`,
        expected: 'a subscription imported or already in the state',
        received: JSON.stringify(subscriptionId),
      })
      return
    }
    if (supportContact !== undefined) replaceSubscription(context, found, { ...found.value, supportContact })
  })
}
