/**
 * `evolve`: the one place where the state changes. Every accepted command returns events and its new
 * state is the fold of those events over the old one.
 *
 * @module
 */
import { copyAlong, pickAlong } from '../internal/copy.js'
import { freezeDeep, produce } from '../internal/immer.js'
import { CspInvariantError } from '../internal/invariant.js'
import { getInvitation } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import {
  putCustomer,
  putInvitation,
  putPartner,
  putPartnership,
  putRelationship,
  putRevenue,
  putSubscription,
  putTenant,
  inWorkingCopy,
} from '../model/writes.js'
import {
  applyProfileChanges,
  die,
  setIncentive,
  updatePartner,
  updatePartnership,
  updateSubscription,
  type Draft,
} from './entityUpdates.js'
import { DomainEvent } from './events.js'

/** Applies an event this library built (its objects are fresh and its own) to a state. */
const applyEvent = (state: ProgramState, event: DomainEvent): ProgramState => {
  switch (event._tag) {
    case 'PartnerRegistered':
      return putTenant(putPartner(state, freezeDeep(event.partner)), freezeDeep(event.tenant))
    case 'MpaSigned':
      return updatePartner(state, event.partnerTenantId, (p) => {
        // a signature recorded where none was known: its date is now known
        if (p.mpaSignedAt === null) {
          p.mpaSignedAt = event.at
          delete p.mpaDateUnknown
        }
      })
    case 'ProfileUpdated':
      return updatePartner(state, event.partnerTenantId, (p) => applyProfileChanges(p, event.changes))
    case 'ProgramFlagsSet':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.identifiedForOffboarding = event.identifiedForOffboarding
        p.transitionEnabled = event.transitionEnabled
      })
    case 'CustomerCreated':
      return putRelationship(
        putCustomer(putTenant(state, freezeDeep(event.tenant)), freezeDeep(event.customer)),
        freezeDeep(event.relationship),
      )
    case 'CustomerJoined':
      return putCustomer(putTenant(state, freezeDeep(event.tenant)), freezeDeep(event.customer))
    case 'SubscriptionPurchased':
      return putSubscription(state, freezeDeep(event.subscription))
    case 'SeatsChanged':
      return updateSubscription(state, event, (s) => {
        s.seats = event.seats
      })
    case 'SubscriptionSuspended':
      return updateSubscription(state, event, (s) => {
        s.status = 'suspended'
      })
    case 'SubscriptionCancelled':
      return updateSubscription(state, event, (s) => {
        s.status = 'cancelled'
        s.autoRenew = false
      })
    case 'IntegrationSandboxCreated':
      return updatePartner(putTenant(state, freezeDeep(event.tenant)), event.partnerTenantId, (p) => {
        p.sandboxTenantId = event.tenant.tenantId
      })
    case 'IndirectEnrollmentSubmitted':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.indirectReseller = { status: 'pending', submittedAt: event.at, dueBy: event.dueBy, ruleSet: event.ruleSet }
      })
    case 'IndirectEnrollmentApproved':
      return updatePartner(state, event.partnerTenantId, (p) => {
        const submittedAt = p.indirectReseller.status === 'pending' ? p.indirectReseller.submittedAt : event.at
        p.indirectReseller = { status: 'approved', submittedAt, approvedAt: event.at }
      })
    case 'IndirectEnrollmentWithdrawn':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.indirectReseller = { status: 'none' }
      })
    case 'IndirectResellerAgreementAccepted':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.indirectReseller = { status: 'active', since: event.at }
      })
    case 'IncentiveInvitationScheduled':
      return updatePartner(state, event.partnerTenantId, (p) => {
        setIncentive(p, event.program, 'invited')
      })
    case 'IncentiveEnrolled':
      return updatePartner(state, event.partnerTenantId, (p) => {
        setIncentive(p, event.program, 'enrolled')
      })
    case 'DirectBillRestricted':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.directBill = { status: 'restricted', since: event.at, unmetRequirements: [...event.unmetRequirements] }
      })
    case 'PrimaryContactNotified':
      return state
    case 'CustomerInvited':
      return putInvitation(state, freezeDeep(event.invitation))
    case 'CustomerInvitationAccepted': {
      const invitation = getInvitation(state, event.invitationId) ?? die(`invitation ${event.invitationId}`)
      return putInvitation(
        state,
        produce(invitation, (i: Draft<typeof invitation>) => {
          i.acceptedAt = event.at
        }),
      )
    }
    case 'ResellerRelationshipEstablished':
      return putRelationship(state, freezeDeep(event.relationship))
    case 'PartnershipRequested':
      return putPartnership(state, freezeDeep(event.partnership))
    case 'PartnershipAccepted':
      return updatePartnership(state, event, (p) => {
        p.status = 'active'
        p.acceptedAt = event.at
      })
    case 'PartnershipRemoved':
      return updatePartnership(state, event, (p) => {
        p.status = 'removed'
      })
    case 'AffiliationRecorded':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.affiliatedTenants = [...p.affiliatedTenants, event.affiliatedTenantId]
      })
    case 'CustomerCreatedForReseller': {
      // the admin credentials are returned in the event only; the state never keeps them
      let next = putCustomer(putTenant(state, freezeDeep(event.tenant)), freezeDeep(event.customer))
      for (const r of event.relationships) next = putRelationship(next, freezeDeep(r))
      for (const s of event.subscriptions) next = putSubscription(next, freezeDeep(s))
      return next
    }
    case 'SubscriptionUpgraded':
      return updateSubscription(state, event, (s) => {
        s.offerId = event.offerId
      })
    case 'PartnerOfRecordSet':
      return updateSubscription(state, event, (s) => {
        s.partnerOfRecord = event.partnerOfRecord
      })
    case 'SupportContactDesignated':
      return updateSubscription(state, event, (s) => {
        s.supportContact = event.supportContact
      })
    case 'MpnMembershipRecorded':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.mpnMembershipActive = event.active
      })
    case 'RevenueRecorded':
      return putRevenue(state, freezeDeep(event.entry))
    case 'DirectBillApplicationSubmitted':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.directBillApplication = { status: 'pending', submittedAt: event.at, creditCheckAt: null }
        p.directBillDeclarations = {
          firstLevelSupport: event.declarations.firstLevelSupport,
          customerAccountingInfrastructure: event.declarations.customerAccountingInfrastructure,
          managedServices: event.declarations.managedServices,
        }
      })
    case 'CreditCheckRecorded':
      return updatePartner(state, event.partnerTenantId, (p) => {
        const submittedAt = p.directBillApplication?.submittedAt ?? event.at
        p.directBillApplication = {
          status: event.passed ? 'creditCheckPassed' : 'creditCheckFailed',
          submittedAt,
          creditCheckAt: event.at,
        }
      })
    case 'SupportPlanPurchased':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.supportPlan = { plan: event.plan, since: event.at }
      })
    case 'DirectBillApproved':
      return updatePartner(state, event.partnerTenantId, (p) => {
        p.directBill = { status: 'active' }
        const application = p.directBillApplication
        if (application !== null)
          p.directBillApplication = {
            status: 'approved',
            submittedAt: application.submittedAt,
            creditCheckAt: application.creditCheckAt,
          }
      })
    default: {
      const unhandled: never = event
      throw new CspInvariantError(`unknown event ${JSON.stringify(unhandled)}`)
    }
  }
}

/**
 * A fresh copy of an event from outside with only the fields of its `DomainEvent` member (others are
 * dropped): the state never shares (or freezes) the caller's objects. Anything else is refused.
 */
const owned = (event: DomainEvent): DomainEvent => {
  const copy = copyAlong(DomainEvent, event) ?? copyAlong(DomainEvent, pickAlong(DomainEvent, event))
  if (copy === undefined)
    throw new CspInvariantError(
      'evolve and replay take DomainEvent values; decode stored events with the DomainEvent codec first',
    )
  return copy
}

/**
 * Applies one event to a state and returns the new state. Touches only the entities the event
 * names: O(log n) in the size of the state. Neither the state nor the event is modified, and the
 * state keeps only the documented fields of the event (a copy of them; other fields are dropped).
 *
 * Throws a `CspInvariantError` if the value is not a {@link DomainEvent} even without its unknown
 * fields (decode stored events with the `DomainEvent` codec first), or if it refers to an entity the
 * state does not hold (never for events of this library's commands replayed over their own state).
 *
 * @category commands
 */
export const evolve = (state: ProgramState, event: DomainEvent): ProgramState => applyEvent(state, owned(event))

/** From this many events on, `replay` works on a private working copy of the tables. */
const BULK_REPLAY = 64

/**
 * Folds events over a state, oldest first: the result equals `events.reduce(evolve, state)`. Long
 * lists (64 events or more) are folded on a private working copy whose tables are edited in place
 * (immutable.js transients) and then sealed: the intermediate states are never built. The input
 * state is never changed.
 *
 * @category commands
 */
export const replay = (state: ProgramState, events: ReadonlyArray<DomainEvent>): ProgramState =>
  fold(state, events.map(owned))

/** Folds events this library built (see {@link replay}); the command path, without copying them. @internal */
export const replayOwn = (state: ProgramState, events: ReadonlyArray<DomainEvent>): ProgramState => fold(state, events)

const fold = (state: ProgramState, events: ReadonlyArray<DomainEvent>): ProgramState =>
  events.length < BULK_REPLAY
    ? events.reduce(applyEvent, state)
    : inWorkingCopy(state, (copy) => events.reduce(applyEvent, copy))
