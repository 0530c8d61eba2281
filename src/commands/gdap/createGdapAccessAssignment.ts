/**
 * `createGdapAccessAssignment`: the partner maps one of its security groups to roles of an active
 * relationship (GDAP-11).
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import { GdapRoles, SecurityGroupId } from '../../model/gdap.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { gdapPartnerActs, loadGdap, relationshipActive, relationshipIdField, type GdapContext } from './gdapChecks.js'

/** Codec for {@link CreateGdapAccessAssignmentInput}. @category codecs @since 0.2.0 */
export const CreateGdapAccessAssignmentInput = commandInput('CreateGdapAccessAssignmentInput', {
  partnerTenantId: TenantId,
  ...relationshipIdField,
  assignmentId: Text,
  securityGroupId: SecurityGroupId,
  roles: GdapRoles,
})
/**
 * Input of {@link createGdapAccessAssignment}: the acting partner tenant, the relationship, the new
 * assignment's ID (chosen by the caller), the partner security group and the roles its members get.
 *
 * @category commands
 */
export interface CreateGdapAccessAssignmentInput extends t.TypeOf<typeof CreateGdapAccessAssignmentInput> {}

type Context = GdapContext<CreateGdapAccessAssignmentInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...gdapPartnerActs<Context>(),
  {
    rule: 'MOD-2',
    name: 'the assignment ID is new in the relationship',
    check: ({ relationship: rel, input: { assignmentId: id } }) =>
      rel !== undefined && rel.accessAssignments.some((a) => a.id === id)
        ? fail('IdAlreadyUsed', [id], `GDAP relationship ${rel.id} already holds access assignment ${id}.`)
        : pass,
  },
  relationshipActive<Context>('GDAP-11', 'access assignment'),
]

/**
 * Creates an access assignment on an active GDAP relationship (GDAP-11): the members of a partner
 * security group get the roles given in the customer tenant, until the relationship ends. The
 * assignment is active at once (the library's reading: the pending step passes immediately). Its
 * roles need not be a subset of the relationship's; a task is allowed only by a role both hold.
 * Run by an admin agent or global admin of the partner (GDAP-16).
 *
 * Violations: `GDAP-1` (before 2022-01-10), `MOD-1` (unknown partner or relationship), `ROL-2` (a
 * partner user of another tenant, `ActsForAnotherTenant`), `GDAP-16` (an actor that is not an admin
 * agent or global admin of a partner: Microsoft, a customer admin or another partner role,
 * `GdapNotAdminAgent`), `MOD-2` (assignment ID already used in the relationship, `IdAlreadyUsed`),
 * `GDAP-11` (relationship not active, `GdapRelationshipNotActive`).
 *
 * Emits `GdapAccessAssignmentCreated`.
 *
 * @example
 * ```ts
 * import { createGdapAccessAssignment, ENTRA_ROLES, type SecurityGroupId } from 'csp-channel'
 * declare const helpdeskGroup: SecurityGroupId
 * createGdapAccessAssignment(state, {
 *   actor, at, partnerTenantId, relationshipId: 'contoso-helpdesk', assignmentId: 'helpdesk',
 *   securityGroupId: helpdeskGroup, roles: [ENTRA_ROLES.helpdeskAdministrator],
 * })
 * // Right: GdapAccessAssignmentCreated
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const createGdapAccessAssignment = defineCommand({
  name: 'createGdapAccessAssignment',
  input: CreateGdapAccessAssignmentInput,
  load: loadGdap,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'GdapAccessAssignmentCreated',
      at: input.at,
      relationshipId: input.relationshipId,
      assignmentId: input.assignmentId,
      securityGroupId: input.securityGroupId,
      roles: input.roles,
    },
  ],
})
