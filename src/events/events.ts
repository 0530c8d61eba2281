/**
 * Domain events: what accepted commands did, in the past tense. The state only ever changes by
 * applying events (see `evolve`), so folding the events of a run over its starting state gives its
 * final state. Events carry every value `evolve` needs, so applying one never looks anything up
 * beyond the entity it changes.
 *
 * Notification events (`PrimaryContactNotified`, `IncentiveInvitationScheduled`) change nothing in
 * the model except where noted; they tell the application what the program sends.
 *
 * @module
 */
import * as t from 'io-ts'
import { literals, nullable } from '../internal/codec.js'
import { Email, InvitationId, IsoDate, IsoDateTime, MpnId, SubscriptionId, TenantId } from '../model/ids.js'
import { Invitation } from '../model/invitation.js'
import { IncentiveProgram, Partner } from '../model/partner.js'
import { Partnership, ResellerRelationship } from '../model/relationship.js'
import { Seats, Subscription } from '../model/subscription.js'
import { Customer, Tenant } from '../model/tenant.js'
import { RuleId } from '../rules/catalog.js'
import { RuleSetId } from '../rules/ruleSets.js'

const event = <T extends string, P extends t.Props>(tag: T, props: P) =>
  t.readonly(t.type({ _tag: t.literal(tag), at: IsoDateTime, ...props }), tag)

const partnerEvent = <T extends string, P extends t.Props>(tag: T, props: P) =>
  event(tag, { partnerTenantId: TenantId, ...props })

/** The profile fields a partner can change itself. @category models */
export const ProfileChanges = t.readonly(
  t.partial({
    name: t.string,
    mpnId: MpnId,
    primaryContactEmail: Email,
    profileCurrent: t.boolean,
    anniversaryDate: IsoDate,
  }),
  'ProfileChanges',
)
/** @category models */
export type ProfileChanges = t.TypeOf<typeof ProfileChanges>

/** Why the primary contact was emailed. @category models */
export const NotificationSubject = literals(
  ['indirectEnrollmentApproved', 'directBillRestricted'],
  'NotificationSubject',
)
/** @category models */
export type NotificationSubject = t.TypeOf<typeof NotificationSubject>

/** Codec for {@link DomainEvent}. @category codecs */
export const DomainEvent = t.union(
  [
    event('PartnerRegistered', { partner: Partner, tenant: Tenant }),
    partnerEvent('MpaSigned', {}),
    partnerEvent('ProfileUpdated', { changes: ProfileChanges }),
    partnerEvent('ProgramFlagsSet', { identifiedForOffboarding: t.boolean, transitionEnabled: t.boolean }),
    event('CustomerCreated', { customer: Customer, tenant: Tenant, relationship: ResellerRelationship }),
    event('CustomerJoined', { customer: Customer, tenant: Tenant }),
    event('SubscriptionPurchased', { subscription: Subscription }),
    event('SeatsChanged', { subscriptionId: SubscriptionId, previousSeats: Seats, seats: Seats }),
    event('SubscriptionSuspended', { subscriptionId: SubscriptionId }),
    event('SubscriptionCancelled', { subscriptionId: SubscriptionId }),
    partnerEvent('IntegrationSandboxCreated', { tenant: Tenant }),
    partnerEvent('IndirectEnrollmentSubmitted', { dueBy: IsoDateTime, ruleSet: RuleSetId }),
    partnerEvent('IndirectEnrollmentApproved', {}),
    partnerEvent('IndirectEnrollmentWithdrawn', {}),
    partnerEvent('PrimaryContactNotified', { email: Email, subject: NotificationSubject }),
    partnerEvent('IndirectResellerAgreementAccepted', {}),
    partnerEvent('IncentiveInvitationScheduled', {
      program: IncentiveProgram,
      mpnId: MpnId,
      email: nullable(Email),
      dueBy: IsoDateTime,
    }),
    partnerEvent('IncentiveEnrolled', { program: IncentiveProgram }),
    partnerEvent('DirectBillRestricted', { unmetRequirements: t.readonlyArray(RuleId) }),
    event('CustomerInvited', { invitation: Invitation }),
    event('CustomerInvitationAccepted', { invitationId: InvitationId }),
    event('ResellerRelationshipEstablished', { relationship: ResellerRelationship }),
    event('PartnershipRequested', { partnership: Partnership }),
    event('PartnershipAccepted', { providerTenantId: TenantId, resellerTenantId: TenantId }),
  ],
  'DomainEvent',
)
/**
 * Everything that can happen in the model, as a tagged union on `_tag`. Every event has `at`, the
 * ISO-8601 UTC instant of the command that caused it.
 *
 * @category models
 */
export type DomainEvent = t.TypeOf<typeof DomainEvent>

/** The tags of {@link DomainEvent}. @category models */
export type DomainEventTag = DomainEvent['_tag']
