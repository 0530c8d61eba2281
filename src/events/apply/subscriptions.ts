/**
 * Subscription events: purchases and every change along a subscription's lifecycle.
 *
 * @internal
 */
import { freezeDeep } from '../../internal/immer.js'
import { putSubscription } from '../../model/writes.js'
import { updateSubscription } from '../entityUpdates.js'
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
