/**
 * The orders of a Partner Center import: each line item's `partnerIdOnRecord` becomes the partner
 * of record of its subscription, created from the line when neither the payloads nor the state hold
 * it.
 *
 * @module
 */
import { MpnId, SubscriptionId, TenantId } from '../model/ids.js'
import { guid, instant, value, type ImportContext } from './context.js'
import { findSubscription, replaceSubscription } from './subscriptions.js'

/** The partners of record, and the subscriptions not otherwise imported, of `input.orders`. */
export const importOrders = (context: ImportContext): void => {
  const { input, partner, document } = context
  ;(input.orders ?? []).forEach((order, i) => {
    const customerTenantId = guid(context, TenantId, order.referenceCustomerId, `orders[${i}].referenceCustomerId`)
    for (const item of order.lineItems) {
      const id = value(SubscriptionId, item.subscriptionId)
      if (customerTenantId === undefined || id === undefined) continue
      const partnerOfRecord = value(MpnId, item.partnerIdOnRecord) ?? null
      const found = findSubscription(context, id)
      if (found !== undefined) {
        if (partnerOfRecord !== null) replaceSubscription(context, found, { ...found.value, partnerOfRecord })
        continue
      }
      const parentId = value(SubscriptionId, item.parentSubscriptionId) ?? null
      document.subscriptions.push({
        id,
        customerTenantId,
        kind: parentId === null ? 'licenseBased' : 'addOn',
        parentId,
        offerId: item.offerId,
        seats: Math.max(0, Math.floor(item.quantity)),
        status: 'active',
        autoRenew: false,
        billedBy: partner.tenantId,
        partnerOfRecord,
        supportContact: null,
        createdAt: instant(order.creationDate) ?? null,
      })
    }
  })
}
