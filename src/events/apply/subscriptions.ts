/**
 * Subscription events: purchases and every change along a subscription's lifecycle, and the Azure
 * tenant ownership that lets an indirect reseller manage a customer's Azure subscriptions (PRT-7).
 *
 * @internal
 */
import { freezeDeep, produce, type Draft } from '../../internal/immer.js'
import { getRelationship } from '../../model/queries.js'
import { putRelationship, putSubscription } from '../../model/writes.js'
import { die, updateSubscription } from '../entityUpdates.js'
import type { Handlers } from './handler.js'

/** How each of these events changes the state. */
export const SUBSCRIPTION_HANDLERS = {
  SubscriptionPurchased: (state, event) => putSubscription(state, freezeDeep(event.subscription)),
  SeatsChanged: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.seats = event.seats
    }),
  SubscriptionSuspended: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'suspended'
    }),
  SubscriptionCancelled: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'cancelled'
      s.autoRenew = false
    }),
  // the imported commitment end date, when there are new commerce terms, moves with the term (RST-7)
  SubscriptionRenewed: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.termEnd = event.termEnd
      if (s.newCommerce !== undefined) s.newCommerce = { ...s.newCommerce, commitmentEndDate: event.termEnd }
    }),
  SubscriptionReactivated: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'active'
    }),
  AutoRenewSet: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.autoRenew = event.autoRenew
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
  SubscriptionUpgraded: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.offerId = event.offerId
    }),
  PartnerOfRecordSet: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.partnerOfRecord = event.partnerOfRecord
    }),
  SupportContactDesignated: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.supportContact = event.supportContact
    }),
} satisfies Partial<Handlers>
