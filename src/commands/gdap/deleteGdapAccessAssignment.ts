/**
 * `deleteGdapAccessAssignment`: the partner deletes an access assignment of an active relationship
 * (GDAP-11).
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { gdapPartnerActs, loadGdap, relationshipActive, relationshipIdField, type GdapContext } from './gdapChecks.js'

/** Codec for {@link DeleteGdapAccessAssignmentInput}. @category codecs @since 0.2.0 */
export const DeleteGdapAccessAssignmentInput = commandInput('DeleteGdapAccessAssignmentInput', {
  partnerTenantId: TenantId,
  ...relationshipIdField,
  assignmentId: Text,
})
/** Input of {@link deleteGdapAccessAssignment}: the acting partner tenant, the relationship and the assignment. @category commands */
export interface DeleteGdapAccessAssignmentInput extends t.TypeOf<typeof DeleteGdapAccessAssignmentInput> {}

type Context = GdapContext<DeleteGdapAccessAssignmentInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...gdapPartnerActs<Context>(),
  {
    rule: 'MOD-1',
    name: 'the access assignment is known',
    check: ({ relationship: rel, input: { assignmentId: id } }) =>
      rel === undefined || rel.accessAssignments.some((a) => a.id === id)
        ? pass
        : fail('UnknownGdapAccessAssignment', [id], `GDAP relationship ${rel.id} holds no access assignment ${id}.`),
  },
  {
    rule: 'GDAP-11',
    name: 'the access assignment is not already deleted',
    check: ({ relationship: rel, input: { assignmentId: id } }) =>
      rel?.accessAssignments.find((a) => a.id === id)?.status === 'deleted'
        ? fail('GdapAccessAssignmentDeleted', [id], `Access assignment ${id} is already deleted.`)
        : pass,
  },
  relationshipActive<Context>('GDAP-11', 'change of access assignments'),
]

/**
 * Deletes an access assignment of an active GDAP relationship (GDAP-11): its security group loses
 * the roles. The model keeps the assignment, `deleted`. Run by an admin agent or global admin of
 * the partner (GDAP-16).
 *
 * Violations: `GDAP-1` (before 2022-01-10), `MOD-1` (unknown partner, relationship or assignment,
 * `UnknownGdapAccessAssignment`), `ROL-2` (a partner user of another tenant,
 * `ActsForAnotherTenant`), `GDAP-16` (an actor that is not an admin agent or global admin of a
 * partner: Microsoft, a customer admin or another partner role, `GdapNotAdminAgent`), `GDAP-11`
 * (already deleted, `GdapAccessAssignmentDeleted`; relationship not active,
 * `GdapRelationshipNotActive`).
 *
 * Emits `GdapAccessAssignmentDeleted`.
 *
 * @example
 * ```ts
 * import { deleteGdapAccessAssignment } from 'csp-channel'
 * deleteGdapAccessAssignment(state, { actor, at, partnerTenantId, relationshipId: 'contoso-helpdesk', assignmentId: 'helpdesk' })
 * // Right: GdapAccessAssignmentDeleted
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const deleteGdapAccessAssignment = defineCommand({
  name: 'deleteGdapAccessAssignment',
  input: DeleteGdapAccessAssignmentInput,
  load: loadGdap,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'GdapAccessAssignmentDeleted',
      at: input.at,
      relationshipId: input.relationshipId,
      assignmentId: input.assignmentId,
    },
  ],
})
