/**
 * `deleteGdapRelationship`: the partner deletes a relationship still created (GDAP-2).
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { commandInput, defineCommand } from '../contract.js'
import { gdapPartnerActs, loadGdap, relationshipIdField, stillCreated, type GdapContext } from './gdapChecks.js'

/** Codec for {@link DeleteGdapRelationshipInput}. @category codecs @since 0.2.0 */
export const DeleteGdapRelationshipInput = commandInput('DeleteGdapRelationshipInput', {
  partnerTenantId: TenantId,
  ...relationshipIdField,
})
/** Input of {@link deleteGdapRelationship}: the acting partner tenant and the relationship. @category commands */
export interface DeleteGdapRelationshipInput extends t.TypeOf<typeof DeleteGdapRelationshipInput> {}

type Context = GdapContext<DeleteGdapRelationshipInput>

/**
 * Deletes a GDAP relationship that is still `created` (GDAP-2); the model keeps its record as
 * `deleted`, and its display name is free again. Run by an admin agent or global admin of the
 * partner (GDAP-16).
 *
 * Violations: `GDAP-1` (before 2022-01-10), `MOD-1` (unknown partner or relationship), `ROL-2` (a
 * partner user of another tenant, `ActsForAnotherTenant`), `GDAP-16` (an actor that is not an admin
 * agent or global admin of a partner: Microsoft, a customer admin or another partner role,
 * `GdapNotAdminAgent`), `GDAP-2` (no longer created, `GdapRelationshipNotEditable`).
 *
 * Emits `GdapRelationshipDeleted`.
 *
 * @example
 * ```ts
 * import { deleteGdapRelationship } from 'csp-channel'
 * deleteGdapRelationship(state, { actor, at, partnerTenantId, relationshipId: 'contoso-helpdesk' })
 * // Right: GdapRelationshipDeleted
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const deleteGdapRelationship = defineCommand({
  name: 'deleteGdapRelationship',
  input: DeleteGdapRelationshipInput,
  load: loadGdap,
  checks: [...gdapPartnerActs<Context>(), stillCreated<Context>('deletion')],
  decide: ({ input }) => [{ _tag: 'GdapRelationshipDeleted', at: input.at, relationshipId: input.relationshipId }],
})
