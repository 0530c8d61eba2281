/**
 * `lockGdapRelationshipForApproval`: the partner finalizes a created relationship and sends it to
 * the customer for approval (GDAP-2).
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { commandInput, defineCommand } from '../contract.js'
import { gdapPartnerActs, loadGdap, relationshipIdField, stillCreated, type GdapContext } from './gdapChecks.js'

/** Codec for {@link LockGdapRelationshipForApprovalInput}. @category codecs @since 0.2.0 */
export const LockGdapRelationshipForApprovalInput = commandInput('LockGdapRelationshipForApprovalInput', {
  partnerTenantId: TenantId,
  ...relationshipIdField,
})
/** Input of {@link lockGdapRelationshipForApproval}: the acting partner tenant and the relationship. @category commands */
export interface LockGdapRelationshipForApprovalInput extends t.TypeOf<typeof LockGdapRelationshipForApprovalInput> {}

type Context = GdapContext<LockGdapRelationshipForApprovalInput>

/**
 * Locks a `created` GDAP relationship for the customer's approval (GDAP-2): it becomes
 * `approvalPending` and no longer changes; the customer's global admin has 90 days to approve it
 * (GDAP-4, GDAP-5). Run by an admin agent or global admin of the partner (GDAP-16).
 *
 * Violations: `GDAP-1` (before 2022-01-10), `MOD-1` (unknown partner or relationship), `ROL-2` (a
 * partner user of another tenant, `ActsForAnotherTenant`), `GDAP-16` (an actor that is not an admin
 * agent or global admin of a partner: Microsoft, a customer admin or another partner role,
 * `GdapNotAdminAgent`), `GDAP-2` (no longer created, `GdapRelationshipNotEditable`).
 *
 * Emits `GdapRelationshipLockedForApproval`.
 *
 * @example
 * ```ts
 * import { lockGdapRelationshipForApproval } from 'csp-channel'
 * lockGdapRelationshipForApproval(state, { actor, at, partnerTenantId, relationshipId: 'contoso-helpdesk' })
 * // Right: GdapRelationshipLockedForApproval
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const lockGdapRelationshipForApproval = defineCommand({
  name: 'lockGdapRelationshipForApproval',
  input: LockGdapRelationshipForApprovalInput,
  load: loadGdap,
  checks: [...gdapPartnerActs<Context>(), stillCreated<Context>('lock for approval')],
  decide: ({ input }) => [
    { _tag: 'GdapRelationshipLockedForApproval', at: input.at, relationshipId: input.relationshipId },
  ],
})
