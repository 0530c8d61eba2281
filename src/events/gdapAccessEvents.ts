/**
 * The events of GDAP on customers (GDAP-12 … GDAP-14, GDAP-17 … GDAP-19): the GDAP relationships
 * Microsoft grants by itself, the end of delegated admin privileges (DAP), and the administrative
 * tasks partner users perform. Members of `DomainEvent`.
 *
 * @module
 */
import type * as t from 'io-ts'
import { literals, nullable } from '../internal/codec.js'
import { IsoDateTime, TenantId } from '../kernel/ids.js'
import { AdminAccess, AdminTask } from '../model/adminTasks.js'
import { GdapRelationship, SecurityGroupId } from '../model/gdap.js'
import { event, partnerEvent } from './eventCodec.js'

/**
 * Why Microsoft granted a GDAP relationship: `defaultGdap` (a new customer, GDAP-14) or
 * `microsoftLedTransition` (DAP turned into GDAP, GDAP-19).
 *
 * @category models
 * @since 0.2.0
 */
export const GdapGrant = literals(['defaultGdap', 'microsoftLedTransition'], 'GdapGrant')
/** @category models */
export type GdapGrant = t.TypeOf<typeof GdapGrant>

/** The GDAP-on-customers members of `DomainEvent`. @internal */
export const GDAP_ACCESS_EVENTS = [
  // Microsoft granted an active GDAP relationship, without the customer's approval (GDAP-14, GDAP-19)
  event('GdapRelationshipGranted', { relationship: GdapRelationship, grant: GdapGrant }),
  // Microsoft will remove the partner's DAP for the customer at `until`, an ISO-8601 UTC instant (GDAP-19)
  partnerEvent('DelegatedAdminEndScheduled', { customerTenantId: TenantId, until: IsoDateTime }),
  // Microsoft removed the partner's DAP for the customer, unused since `lastUsedAt` (null: never used; GDAP-19)
  partnerEvent('DelegatedAdminRemoved', { customerTenantId: TenantId, lastUsedAt: nullable(IsoDateTime) }),
  // a partner user performed an administrative task on the customer; changes nothing (GDAP-12, GDAP-17, GDAP-18)
  partnerEvent('AdminTaskPerformed', {
    customerTenantId: TenantId,
    task: AdminTask,
    securityGroupId: nullable(SecurityGroupId),
    access: AdminAccess,
  }),
] as const
