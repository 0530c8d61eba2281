/**
 * New commerce term events: the end of a term (renewal into a new term, expiry, disabling,
 * deletion: NCE-9, NCE-10, NCE-11), the move of legacy subscriptions into new commerce at renewal
 * (NCE-19), the changes scheduled for the next term (NCE-12), mid-term term changes (NCE-15) and
 * upgrades into another subscription (NCE-13, NCE-14). Every handler builds the state field by
 * field.
 *
 * @internal
 */
import { freezeDeep, type Draft } from '../../internal/immer.js'
import type { IsoDate, IsoDateTime } from '../../kernel/ids.js'
import type { NewCommerceTerms } from '../../model/newCommerceTerms.js'
import { getSubscription } from '../../model/queries.js'
import type { Subscription } from '../../model/subscription.js'
import { putSubscription } from '../../model/writes.js'
import type { DomainEvent } from '../events.js'
import { die, updateSubscription } from '../entityUpdates.js'
import type { Handlers } from './handler.js'

type Of<K extends DomainEvent['_tag']> = Extract<DomainEvent, { readonly _tag: K }>

/**
 * The terms of a term that starts at `startedAt` (NCE-11, NCE-19): one batch of all the seats with
 * a window from then, nothing scheduled, no trial, none of the values Partner Center reported for
 * the term before.
 */
const freshTerm = (terms: Draft<NewCommerceTerms>, seats: number, startedAt: IsoDateTime, termEnd: IsoDate): void => {
  terms.commitmentEndDate = termEnd
  terms.termStartedAt = startedAt
  terms.seatBatches = [{ quantity: seats, addedAt: startedAt, refundableUntil: null }]
  terms.scheduledChanges = null
  terms.trialEndsAt = null
  terms.refundableQuantity = null
  terms.cancellationAllowedUntil = null
}

/** A renewal: the term end moves; under the new commerce rules the scheduled changes apply and a new term opens (NCE-11). */
export const renewed = (state: Parameters<Handlers['SubscriptionRenewed']>[0], event: Of<'SubscriptionRenewed'>) =>
  updateSubscription(state, event, (s) => {
    s.termEnd = event.termEnd
    const terms = s.newCommerce
    if (terms === undefined) return
    terms.commitmentEndDate = event.termEnd
    if (event.termStartedAt === undefined) return
    if (event.offerId !== undefined) s.offerId = event.offerId
    if (event.seats !== undefined) s.seats = event.seats
    if (event.termDuration !== undefined) terms.termDuration = event.termDuration
    if (event.billingCycle !== undefined) terms.billingCycle = event.billingCycle
    freshTerm(terms, s.seats, event.termStartedAt, event.termEnd)
  })

/** The subscription (`source`) a partial upgrade creates as `event.toSubscriptionId`: the source's window and end (NCE-14). */
const createdByUpgrade = (source: Subscription, event: Of<'SubscriptionTransitioned'>): Subscription => {
  const terms = source.newCommerce
  return freezeDeep({
    id: event.toSubscriptionId,
    customerTenantId: source.customerTenantId,
    kind: source.kind,
    parentId: source.parentId,
    offerId: event.offerId,
    seats: event.seats,
    status: 'active',
    autoRenew: source.autoRenew,
    billedBy: source.billedBy,
    partnerOfRecord: source.partnerOfRecord,
    supportContact: source.supportContact,
    createdAt: event.at,
    ...(source.termEnd === undefined ? {} : { termEnd: source.termEnd }),
    ...(terms === undefined
      ? {}
      : {
          newCommerce: {
            termDuration: terms.termDuration,
            billingCycle: terms.billingCycle,
            commitmentEndDate: terms.commitmentEndDate,
            // the seats moved share the source's window: one batch from its term start, else (imported) a
            // refundable quantity until its reported window end, unknown when that end is unknown
            refundableQuantity:
              terms.termStartedAt === undefined && terms.cancellationAllowedUntil !== null ? event.seats : null,
            cancellationAllowedUntil: terms.cancellationAllowedUntil,
            experience: 'newCommerce' as const,
            ...(terms.termStartedAt === undefined
              ? {}
              : {
                  termStartedAt: terms.termStartedAt,
                  seatBatches: [{ quantity: event.seats, addedAt: terms.termStartedAt, refundableUntil: null }],
                }),
            scheduledChanges: null,
            trialEndsAt: null,
            updateCount: 0,
          },
        }),
  })
}

/** How each new commerce term event changes the state. */
export const RENEWAL_HANDLERS = {
  SubscriptionExpired: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'expired'
      s.autoRenew = false
      if (s.newCommerce !== undefined) s.newCommerce.scheduledChanges = null
    }),
  SubscriptionDisabled: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'disabled'
      s.autoRenew = false
      if (s.newCommerce !== undefined) s.newCommerce.scheduledChanges = null
    }),
  SubscriptionDeleted: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.status = 'cancelled'
      s.autoRenew = false
    }),
  SubscriptionMigratedToNewCommerce: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.termEnd = event.termEnd
      const terms: Draft<NewCommerceTerms> = {
        termDuration: event.termDuration,
        billingCycle: event.billingCycle,
        commitmentEndDate: event.termEnd,
        refundableQuantity: null,
        cancellationAllowedUntil: null,
        experience: 'newCommerce',
      }
      freshTerm(terms, s.seats, event.at, event.termEnd)
      terms.updateCount = 0
      s.newCommerce = terms
    }),
  NextTermChangesScheduled: (state, event) =>
    updateSubscription(state, event, (s) => {
      if (s.newCommerce === undefined) return
      const c = event.changes
      s.newCommerce.scheduledChanges =
        c === null
          ? null
          : {
              offerId: c.offerId,
              seats: c.seats,
              termDuration: c.termDuration,
              billingCycle: c.billingCycle,
              customTermEndDate: c.customTermEndDate,
            }
    }),
  TermChanged: (state, event) =>
    updateSubscription(state, event, (s) => {
      s.termEnd = event.termEnd
      if (s.newCommerce === undefined) return
      s.newCommerce.termDuration = event.termDuration
      s.newCommerce.billingCycle = event.billingCycle
      s.newCommerce.commitmentEndDate = event.termEnd
    }),
  // the source gives the seats (and ends when it gives them all); the target receives them (NCE-12: scheduled changes deleted)
  SubscriptionTransitioned: (state, event) => {
    const source = getSubscription(state, event.subscriptionId) ?? die(`subscription ${event.subscriptionId}`)
    const after = updateSubscription(state, event, (s) => {
      if (s.newCommerce !== undefined) s.newCommerce.scheduledChanges = null
      if (event.seats >= s.seats) {
        s.status = 'cancelled'
        s.autoRenew = false
      } else s.seats -= event.seats
    })
    if (event.created) return putSubscription(after, createdByUpgrade(source, event))
    return updateSubscription(after, { subscriptionId: event.toSubscriptionId }, (t) => {
      t.seats += event.seats
      if (t.newCommerce !== undefined) t.newCommerce.scheduledChanges = null
    })
  },
} satisfies Partial<Handlers>
