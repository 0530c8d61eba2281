/**
 * Subscription events: purchases and every change along a subscription's lifecycle, and the Azure
 * tenant ownership that lets an indirect reseller manage a customer's Azure subscriptions (PRT-7).
 *
 * @internal
 */
import { freezeDeep, produce, type Draft } from '../../internal/immer.js'
import { getRelationship } from '../../model/queries.js'
import { isNewCommerce, MAX_SEATS, type NewCommerceTerms, type Subscription } from '../../model/subscription.js'
import { putRelationship, putSubscription } from '../../model/writes.js'
import { die, updateSubscription } from '../entityUpdates.js'
import type { Handlers } from './handler.js'
import { renewed, RENEWAL_HANDLERS } from './renewals.js'

/**
 * Records a change of a new commerce subscription in the middle of its term, and returns its terms
 * (`undefined` for any other subscription, left as it is): the change is counted when the count is
 * kept (NCE-17; held to the largest count the codec accepts), and when `deletesSchedule` the changes
 * scheduled for the next term are deleted (NCE-12).
 */
const newCommerceChange = (s: Draft<Subscription>, deletesSchedule: boolean): Draft<NewCommerceTerms> | undefined => {
  const terms = s.newCommerce
  if (terms === undefined || !isNewCommerce(s)) return undefined
  if (deletesSchedule && terms.scheduledChanges != null) terms.scheduledChanges = null
  if (terms.updateCount !== undefined) terms.updateCount = Math.min(terms.updateCount + 1, MAX_SEATS)
  return terms
}

/** How each of these events changes the state. */
export const SUBSCRIPTION_HANDLERS = {
  SubscriptionPurchased: (state, event) => putSubscription(state, freezeDeep(event.subscription)),
  // new commerce: the batches the command computed (NCE-5, NCE-7); on an imported subscription they replace the
  // refundable quantity Partner Center reported. Without batches (events stored before), fewer refundable seats (NCE-6)
  SeatsChanged: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.seats = event.seats
      const terms = newCommerceChange(s, true)
      if (terms === undefined) return
      if (event.seatBatches !== undefined) {
        if (terms.seatBatches === undefined) terms.refundableQuantity = null
        terms.seatBatches = event.seatBatches.map((b) => ({
          quantity: b.quantity,
          addedAt: b.addedAt,
          refundableUntil: b.refundableUntil,
        }))
      } else if (terms.refundableQuantity !== null && event.seats < event.previousSeats)
        terms.refundableQuantity = Math.max(0, terms.refundableQuantity - (event.previousSeats - event.seats))
    }),
  // a new commerce suspension keeps billing and turns auto-renew off, which deletes scheduled changes (NCE-9, NCE-12)
  SubscriptionSuspended: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'suspended'
      const continues = event.billing === 'continues'
      if (continues) s.autoRenew = false
      newCommerceChange(s, continues)
    }),
  SubscriptionCancelled: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'cancelled'
      s.autoRenew = false
      newCommerceChange(s, true)
    }),
  // the term end (and the commitment end date) moves; a new commerce renewal also opens a new term (RST-7, NCE-11)
  SubscriptionRenewed: renewed,
  SubscriptionReactivated: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'active'
      newCommerceChange(s, false)
    }),
  // turning auto-renew off deletes the changes scheduled for the next term (NCE-12)
  AutoRenewSet: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.autoRenew = event.autoRenew
      if (!event.autoRenew && s.newCommerce?.scheduledChanges != null) s.newCommerce.scheduledChanges = null
    }),
  // the model holds no Azure resources: the event records what was done, the state does not change
  AzureResourcesManaged: (state) => state,
  AzureTenantOwnerGranted: (state, event) => {
    const relationship =
      getRelationship(state, event.resellerTenantId, event.customerTenantId) ??
      die(`the reseller relationship ${event.resellerTenantId}/${event.customerTenantId}`)
    return putRelationship(
      state,
      produce(relationship, (r: Draft<typeof relationship>) => {
        r.azureTenantOwner = true
      }),
    )
  },
  // an upgrade deletes the changes scheduled for the next term (NCE-12)
  SubscriptionUpgraded: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.offerId = event.offerId
      if (s.newCommerce?.scheduledChanges != null) s.newCommerce.scheduledChanges = null
    }),
  PartnerOfRecordSet: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.partnerOfRecord = event.partnerOfRecord
    }),
  SupportContactDesignated: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.supportContact = event.supportContact
    }),
  ...RENEWAL_HANDLERS,
} satisfies Partial<Handlers>
