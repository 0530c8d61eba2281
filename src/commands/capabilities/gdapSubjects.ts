/**
 * The candidates of the GDAP commands: creating a relationship with each customer of a partner in
 * scope, then, for the relationships of those partners (or of a customer admin's customer), each
 * step their status allows: edit, delete or lock a created one, approve one awaiting approval,
 * answer for a reseller, terminate an active one, create or delete its access assignments.
 *
 * @module
 */
import type { TenantId } from '../../kernel/ids.js'
import { gdapIsActiveAt, type GdapRelationship, type SecurityGroupId } from '../../model/gdap.js'
import {
  getGdapRelationship,
  gdapRelationshipsOfCustomer,
  gdapRelationshipsOfPartner,
} from '../../model/gdapQueries.js'
import { ENTRA_ROLES } from '../../model/gdapRoles.js'
import type { CommandName } from '../table.js'
import { candidate, type Candidate, type Enumerator, type Fields } from './candidate.js'
import { newTenantId } from './placeholders.js'
import type { Scope } from './scope.js'

/** A relationship ID the state does not use, from `seed`. */
const newRelationshipId = (scope: Scope, seed: string): string => {
  for (let n = 0; ; n++) {
    const id = `gdap-${seed}-${n}`
    if (getGdapRelationship(scope.state, id) === undefined) return id
  }
}

/** The relationships of the partners in scope, each with the partner acting for it. */
function* partnerRelationships(scope: Scope): Iterable<readonly [TenantId, GdapRelationship]> {
  for (const partner of scope.partners)
    for (const rel of gdapRelationshipsOfPartner(scope.state, partner)) yield [partner, rel] as const
}

/** One candidate per relationship of a partner in scope that `keep` selects, naming it. */
const perRelationship = <N extends CommandName>(
  keep: (rel: GdapRelationship, scope: Scope) => boolean,
  fields: (partner: TenantId, rel: GdapRelationship, scope: Scope) => Fields<N>,
): Enumerator<N> =>
  function* (scope): Iterable<Candidate<N>> {
    for (const [partner, rel] of partnerRelationships(scope))
      if (keep(rel, scope)) yield candidate<N>(scope, [rel.id], fields(partner, rel, scope))
  }

const isCreated = (rel: GdapRelationship) => rel.status === 'created'
const isActive = (rel: GdapRelationship, scope: Scope) => gdapIsActiveAt(rel, scope.at)
const awaitsReseller = (rel: GdapRelationship) => rel.partnerConsentPending && rel.status === 'approvalPending'
const ids = (partnerTenantId: TenantId, rel: GdapRelationship) => ({ partnerTenantId, relationshipId: rel.id })

/** The candidates of the GDAP commands, by command. @internal */
export const GDAP_ENUMERATORS = {
  createGdapRelationship: function* (scope) {
    for (const partnerTenantId of scope.partners)
      for (const customerTenantId of scope.customersOf(partnerTenantId)) {
        const relationshipId = newRelationshipId(scope, customerTenantId.slice(0, 8))
        yield candidate<'createGdapRelationship'>(scope, [customerTenantId], {
          partnerTenantId,
          relationshipId,
          displayName: relationshipId,
          customerTenantId,
          durationDays: 730,
          autoExtendDays: 0,
          roles: [ENTRA_ROLES.helpdeskAdministrator],
          forResellerTenantId: null,
        })
      }
  } as Enumerator<'createGdapRelationship'>,
  updateGdapRelationship: perRelationship<'updateGdapRelationship'>(
    (rel, scope) => isCreated(rel) || isActive(rel, scope),
    (partner, rel) => ({ ...ids(partner, rel), changes: { autoExtendDays: 0 } }),
  ),
  deleteGdapRelationship: perRelationship<'deleteGdapRelationship'>(isCreated, ids),
  lockGdapRelationshipForApproval: perRelationship<'lockGdapRelationshipForApproval'>(isCreated, ids),
  approveGdapRelationship: function* (scope) {
    const customer = scope.customerAdminOf
    if (customer === undefined) return
    for (const rel of gdapRelationshipsOfCustomer(scope.state, customer))
      if (rel.status === 'approvalPending')
        yield candidate<'approveGdapRelationship'>(scope, [rel.id], {
          customerTenantId: customer,
          relationshipId: rel.id,
        })
  } as Enumerator<'approveGdapRelationship'>,
  terminateGdapRelationship: function* (scope) {
    const rels =
      scope.customerAdminOf === undefined
        ? [...partnerRelationships(scope)].map(([, rel]) => rel)
        : gdapRelationshipsOfCustomer(scope.state, scope.customerAdminOf)
    for (const rel of rels)
      if (isActive(rel, scope))
        yield candidate<'terminateGdapRelationship'>(scope, [rel.id], { relationshipId: rel.id })
  } as Enumerator<'terminateGdapRelationship'>,
  createGdapAccessAssignment: perRelationship<'createGdapAccessAssignment'>(isActive, (partner, rel, scope) => ({
    ...ids(partner, rel),
    assignmentId: `assignment-${rel.accessAssignments.length + 1}`,
    securityGroupId: newTenantId(scope.state, `group:${rel.id}`) as string as SecurityGroupId,
    roles: rel.roles,
  })),
  deleteGdapAccessAssignment: function* (scope) {
    for (const [partner, rel] of partnerRelationships(scope))
      if (isActive(rel, scope))
        for (const a of rel.accessAssignments)
          if (a.status !== 'deleted')
            yield candidate<'deleteGdapAccessAssignment'>(scope, [rel.id], { ...ids(partner, rel), assignmentId: a.id })
  } as Enumerator<'deleteGdapAccessAssignment'>,
  approveResellerGdapRelationship: perRelationship<'approveResellerGdapRelationship'>(awaitsReseller, ids),
  rejectResellerGdapRelationship: perRelationship<'rejectResellerGdapRelationship'>(awaitsReseller, ids),
}
