/**
 * The events of GDAP relationships (GDAP-1 … GDAP-11, GDAP-15): a relationship created, edited,
 * deleted, locked for approval, approved (which activates it), terminated, consented to or rejected
 * by its reseller, and its access assignments created and deleted. Members of `DomainEvent`.
 *
 * @module
 */
import { nullable } from '../internal/codec.js'
import { IsoDateTime, TenantId } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import { GdapAutoExtendDays, GdapDurationDays, GdapRoles, SecurityGroupId } from '../model/gdap.js'
import { event } from './eventCodec.js'

const relationshipId = { relationshipId: Text }

/** The GDAP relationship members of `DomainEvent`. @internal */
export const GDAP_EVENTS = [
  // a partner created a GDAP relationship: created, or approval pending for a reseller when an indirect provider created it (GDAP-15)
  event('GdapRelationshipCreated', {
    ...relationshipId,
    displayName: Text,
    partnerTenantId: TenantId,
    customerTenantId: nullable(TenantId),
    indirectProviderTenantId: nullable(TenantId),
    durationDays: GdapDurationDays,
    autoExtendDays: GdapAutoExtendDays,
    roles: GdapRoles,
  }),
  // the partner changed the fields given; `endsAt` is the end in effect after the change (GDAP-2, GDAP-7, GDAP-10)
  event('GdapRelationshipUpdated', relationshipId, {
    displayName: Text,
    durationDays: GdapDurationDays,
    customerTenantId: nullable(TenantId),
    roles: GdapRoles,
    autoExtendDays: GdapAutoExtendDays,
    endsAt: nullable(IsoDateTime),
  }),
  // the partner deleted a relationship still created (GDAP-2)
  event('GdapRelationshipDeleted', relationshipId),
  // the partner locked a created relationship for the customer's approval (GDAP-2)
  event('GdapRelationshipLockedForApproval', relationshipId),
  // the customer's global admin approved: active from `at` until `endsAt` (GDAP-4, GDAP-6)
  event('GdapRelationshipApproved', { ...relationshipId, customerTenantId: TenantId, endsAt: IsoDateTime }),
  // the partner or the customer ended an active relationship (GDAP-9)
  event('GdapRelationshipTerminated', relationshipId),
  // the reseller approved a relationship its indirect provider created for it (GDAP-15)
  event('GdapResellerConsentGiven', relationshipId),
  // the reseller rejected a relationship its indirect provider created for it (GDAP-15)
  event('GdapResellerConsentRefused', relationshipId),
  // the partner mapped a security group to roles on an active relationship, active at once (GDAP-11)
  event('GdapAccessAssignmentCreated', {
    ...relationshipId,
    assignmentId: Text,
    securityGroupId: SecurityGroupId,
    roles: GdapRoles,
  }),
  // the partner deleted an access assignment (GDAP-11)
  event('GdapAccessAssignmentDeleted', { ...relationshipId, assignmentId: Text }),
] as const
