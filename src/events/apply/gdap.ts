/**
 * GDAP relationship events (GDAP-1 … GDAP-11, GDAP-15): each builds the relationship field by field.
 *
 * @internal
 */
import { freezeDeep, produce, type Draft } from '../../internal/immer.js'
import type { GdapRelationship } from '../../model/gdap.js'
import { getGdapRelationship } from '../../model/gdapQueries.js'
import type { ProgramState } from '../../model/state.js'
import { putGdapRelationship } from '../../model/writes.js'
import { die } from '../entityUpdates.js'
import type { Handlers } from './handler.js'

/** Applies `recipe` to the relationship the event names; throws a `CspInvariantError` if it is unknown. */
const updateGdap = (
  state: ProgramState,
  event: { readonly relationshipId: string },
  recipe: (draft: Draft<GdapRelationship>) => void,
): ProgramState => {
  const rel = getGdapRelationship(state, event.relationshipId) ?? die(`GDAP relationship ${event.relationshipId}`)
  return putGdapRelationship(state, produce(rel, recipe))
}

type GdapTag =
  | 'GdapRelationshipCreated'
  | 'GdapRelationshipUpdated'
  | 'GdapRelationshipDeleted'
  | 'GdapRelationshipLockedForApproval'
  | 'GdapRelationshipApproved'
  | 'GdapRelationshipTerminated'
  | 'GdapResellerConsentGiven'
  | 'GdapResellerConsentRefused'
  | 'GdapAccessAssignmentCreated'
  | 'GdapAccessAssignmentDeleted'

/** How each GDAP event changes the state. */
export const GDAP_HANDLERS: Handlers<GdapTag> = {
  GdapRelationshipCreated: (state, e) => {
    const forReseller = e.indirectProviderTenantId !== null
    const rel: GdapRelationship = {
      id: e.relationshipId,
      displayName: e.displayName,
      partnerTenantId: e.partnerTenantId,
      customerTenantId: e.customerTenantId,
      indirectProviderTenantId: e.indirectProviderTenantId,
      partnerConsentPending: forReseller,
      durationDays: e.durationDays,
      autoExtendDays: e.autoExtendDays,
      roles: [...e.roles],
      status: forReseller ? 'approvalPending' : 'created',
      createdAt: e.at,
      lockedAt: forReseller ? e.at : null,
      activatedAt: null,
      endsAt: null,
      terminatedAt: null,
      accessAssignments: [],
    }
    return putGdapRelationship(state, freezeDeep(rel))
  },
  GdapRelationshipUpdated: (state, e) =>
    updateGdap(state, e, (g) => {
      if (e.displayName !== undefined) g.displayName = e.displayName
      if (e.durationDays !== undefined) g.durationDays = e.durationDays
      if (e.customerTenantId !== undefined) g.customerTenantId = e.customerTenantId
      if (e.roles !== undefined) g.roles = [...e.roles]
      if (e.autoExtendDays !== undefined) g.autoExtendDays = e.autoExtendDays
      if (e.endsAt !== undefined) g.endsAt = e.endsAt
    }),
  GdapRelationshipDeleted: (state, e) =>
    updateGdap(state, e, (g) => {
      g.status = 'deleted'
    }),
  GdapRelationshipLockedForApproval: (state, e) =>
    updateGdap(state, e, (g) => {
      g.status = 'approvalPending'
      g.lockedAt = e.at
    }),
  GdapRelationshipApproved: (state, e) =>
    updateGdap(state, e, (g) => {
      g.status = 'active'
      g.customerTenantId = e.customerTenantId
      g.activatedAt = e.at
      g.endsAt = e.endsAt
    }),
  GdapRelationshipTerminated: (state, e) =>
    updateGdap(state, e, (g) => {
      g.status = 'terminated'
      g.terminatedAt = e.at
    }),
  GdapResellerConsentGiven: (state, e) =>
    updateGdap(state, e, (g) => {
      g.partnerConsentPending = false
    }),
  GdapResellerConsentRefused: (state, e) =>
    updateGdap(state, e, (g) => {
      g.partnerConsentPending = false
      g.status = 'rejected'
    }),
  GdapAccessAssignmentCreated: (state, e) =>
    updateGdap(state, e, (g) => {
      g.accessAssignments.push({
        id: e.assignmentId,
        securityGroupId: e.securityGroupId,
        roles: [...e.roles],
        status: 'active',
        createdAt: e.at,
      })
    }),
  GdapAccessAssignmentDeleted: (state, e) =>
    updateGdap(state, e, (g) => {
      const assignment =
        g.accessAssignments.find((a) => a.id === e.assignmentId) ?? die(`access assignment ${e.assignmentId}`)
      assignment.status = 'deleted'
    }),
}
