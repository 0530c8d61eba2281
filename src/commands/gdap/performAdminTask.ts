/**
 * `performAdminTask`: a partner user administers a customer tenant (its users, licenses, support
 * requests) through GDAP or delegated admin privileges (GDAP-12, GDAP-17, GDAP-18, ROL-2).
 *
 * @module
 */
import type * as t from 'io-ts'
import { nullable } from '../../internal/codec.js'
import { TenantId } from '../../kernel/ids.js'
import { AdminTask, gdapRolesOfGroup, rolesCoverTask } from '../../model/adminTasks.js'
import { SecurityGroupId } from '../../model/gdap.js'
import { getRelationship, getTenant } from '../../model/queries.js'
import { delegatedAdminAt } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { rolesFor } from '../checks/actor.js'
import { customerKnown } from '../checks/customer.js'
import { delegatedAdminFinding } from '../checks/delegatedAdmin.js'
import { delegatedAdminUnknown } from '../checks/facts.js'
import { loadPartner, partnerActs, type PartnerContext } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, when, type RuleCheck } from '../contract.js'

/** Codec for {@link PerformAdminTaskInput}. @category codecs @since 0.2.0 */
export const PerformAdminTaskInput = commandInput('PerformAdminTaskInput', {
  partnerTenantId: TenantId,
  customerTenantId: TenantId,
  task: AdminTask,
  securityGroupId: nullable(SecurityGroupId),
})
/**
 * Input of {@link performAdminTask}: the partner tenant the user acts for, the customer tenant, the
 * {@link AdminTask}, and `securityGroupId`: the partner security group (an Entra object GUID) the
 * user acts through, or `null` for none (the user then relies on delegated admin privileges).
 *
 * @category commands
 */
export interface PerformAdminTaskInput extends t.TypeOf<typeof PerformAdminTaskInput> {}

const load = (state: ProgramState, input: PerformAdminTaskInput) => {
  const group = input.securityGroupId
  return {
    ...loadPartner(state, input),
    customerTenant: getTenant(state, input.customerTenantId),
    relationship: getRelationship(state, input.partnerTenantId, input.customerTenantId),
    // GDAP-12: the roles the group holds through GDAP; undefined when GDAP does not decide
    gdapRoles:
      group === null
        ? undefined
        : gdapRolesOfGroup(state, input.partnerTenantId, input.customerTenantId, group, input.at),
  }
}
type Context = PartnerContext<PerformAdminTaskInput, Omit<ReturnType<typeof load>, 'partner'>>

/** GDAP exists under the rule set and the group holds a role assignment for the customer: GDAP decides (GDAP-12). */
const gdapDecides = (c: Context) => inForceUnder(c.ruleSet, 'GDAP-12') && c.gdapRoles !== undefined

/** Delegated admin privileges: admin agents, global admins and helpdesk agents of the partner act on customers with them. */
const DAP_ROLES = ['globalAdmin', 'adminAgent', 'helpdeskAgent'] as const

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  customerKnown<Context>(
    (c) => c.input.customerTenantId,
    (c) => c.customerTenant !== undefined,
  ),
  // a user whose group GDAP decides for acts by its roles there, whatever its Partner Center role
  when((c) => !gdapDecides(c), rolesFor(DAP_ROLES, 'administer customers with delegated admin privileges')),
  // before GDAP: a reseller relationship with delegated admin (ROL-2)
  when((c) => !inForceUnder(c.ruleSet, 'GDAP-17'), {
    rule: 'ROL-2',
    name: 'the partner holds a reseller relationship with delegated admin for the customer',
    check: ({ input, relationship, customerTenant }) =>
      customerTenant === undefined
        ? pass
        : relationship === undefined
          ? fail(
              'NoResellerRelationship',
              [input.partnerTenantId, input.customerTenantId],
              `Partner ${input.partnerTenantId} has no reseller relationship with customer ${input.customerTenantId}.`,
              20002,
            )
          : delegatedAdminFinding(
              relationship,
              input.at,
              `Partner ${input.partnerTenantId} has no delegated admin privileges for customer ${input.customerTenantId}.`,
            ),
  }),
  {
    rule: 'GDAP-17',
    name: 'administering a customer needs an active GDAP role assignment, or DAP while it lasts',
    check: (c) => {
      const { input, relationship: r } = c
      if (c.customerTenant === undefined || gdapDecides(c)) return pass
      const dap = r === undefined ? false : delegatedAdminAt(r, input.at)
      if (dap === null && r !== undefined) return delegatedAdminUnknown(r)
      return dap === true
        ? pass
        : fail(
            'NoAdminAccess',
            [input.partnerTenantId, input.customerTenantId],
            `Partner ${input.partnerTenantId} holds no delegated admin privileges for customer ${input.customerTenantId}, and ${
              input.securityGroupId === null
                ? 'the user acts through no security group'
                : `security group ${input.securityGroupId} holds no access assignment of an active GDAP relationship with it`
            }: ${input.task} is refused.`,
          )
    },
  },
  {
    rule: 'GDAP-18',
    name: 'a role the security group holds through GDAP covers the task',
    check: (c) =>
      !gdapDecides(c) || rolesCoverTask(c.gdapRoles ?? [], c.input.task)
        ? pass
        : fail(
            'TaskNotCoveredByGdapRoles',
            [c.input.partnerTenantId, c.input.customerTenantId],
            `No role security group ${c.input.securityGroupId ?? ''} holds through GDAP for customer ${c.input.customerTenantId} covers ${c.input.task}; GDAP takes precedence over DAP (GDAP-12).`,
          ),
  },
]

/**
 * Records that a partner user performed an administrative task on a customer tenant (GDAP-17):
 * viewing its users, assigning a license, creating a user, resetting a password (of a user who is
 * no admin, or of an admin) or submitting a support request. The task itself happens in the
 * customer's tenant; the model judges whether the user may do it.
 *
 * - Before 2022-01-10 (no GDAP): the partner needs a reseller relationship with the customer with
 *   delegated admin privileges (DAP; ROL-2), and the user is a global admin, admin agent or
 *   helpdesk agent of the partner (ROL-1).
 * - From 2022-01-10: when `securityGroupId` names a group holding an active access assignment of an
 *   active (or expiring, not expired) GDAP relationship of the partner with the customer, GDAP
 *   decides (GDAP-12), even where DAP exists: a role both the assignment and the relationship
 *   hold must cover the task (GDAP-18; the table is `ADMIN_TASK_ROLES`: the least-privileged role
 *   or a broader one, Global Administrator covering all). Otherwise DAP still allows it while it
 *   lasts (GDAP-17, the relationship's `delegatedAdminUntil` honoured), to the same roles as before.
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`; unknown customer, `UnknownCustomer`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, 900150; before 2022-01-10 no reseller
 * relationship, `NoResellerRelationship`, 20002, or no delegated admin, `NoDelegatedAdmin`; subjects:
 * partner and customer), `ROL-1` (without GDAP deciding, a partner user who is not a global admin,
 * admin agent or helpdesk agent, `RoleNotAllowed`, 900150), `GDAP-17` (from 2022-01-10, neither a
 * GDAP role assignment nor DAP, `NoAdminAccess`; subjects: partner and customer), `GDAP-18` (GDAP
 * decides and none of the group's roles covers the task, `TaskNotCoveredByGdapRoles`; subjects:
 * partner and customer). A relationship whose DAP is unknown (imported) gives a `FactUnknown`
 * warning.
 *
 * Emits `AdminTaskPerformed` (how the task was allowed: `access` `gdap` or `dap`), which changes
 * nothing in the state. Sources: the GDAP FAQ, the GDAP least-privileged roles by task.
 *
 * @example
 * ```ts
 * import { partnerUser, performAdminTask } from 'csp-channel'
 * performAdminTask(state, {
 *   actor: partnerUser(partnerTenantId, 'adminAgent'),
 *   at,
 *   partnerTenantId,
 *   customerTenantId,
 *   task: 'assignLicense',
 *   securityGroupId: null, // or the partner security group the user acts through
 * })
 * // Right: AdminTaskPerformed; from 2022-01-10 Left with GDAP-17 NoAdminAccess without GDAP nor DAP
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const performAdminTask = defineCommand({
  name: 'performAdminTask',
  input: PerformAdminTaskInput,
  load,
  checks,
  decide: (c) => [
    {
      _tag: 'AdminTaskPerformed',
      at: c.input.at,
      partnerTenantId: c.input.partnerTenantId,
      customerTenantId: c.input.customerTenantId,
      task: c.input.task,
      securityGroupId: c.input.securityGroupId,
      access: gdapDecides(c) ? 'gdap' : 'dap',
    },
  ],
})
