/**
 * Who acts (ROL-1, ROL-2, PRT-1, MOD-7): the actor is a user of the tenant it acts for, has a role
 * the task allows, or is Microsoft. Each check carries the actor categories it lets through (`who`),
 * from which `whoMayRun` and docs/roles.md are derived.
 *
 * @internal
 */
import { PARTNER_USER_ROLES, type PartnerUserRole } from '../../model/actor.js'
import type { TenantId } from '../../kernel/ids.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

/** The actor is a user of the partner tenant it acts for (ROL-2); optionally with one of `roles`. */
export const actsForOwnTenant = <C extends Ctx>(tenant: Picker<C, TenantId>): RuleCheck<C> => ({
  rule: 'ROL-2',
  who: PARTNER_USER_ROLES,
  name: 'the actor is a user of the partner tenant it acts for',
  check: (c) => {
    const { actor } = c.input
    if (actor.kind === 'partnerUser' && actor.tenantId === tenant(c)) return pass
    const who =
      actor.kind === 'microsoft'
        ? 'Microsoft'
        : `a ${actor.kind === 'partnerUser' ? 'user' : 'customer admin'} of tenant ${actor.tenantId}`
    return fail(
      'ActsForAnotherTenant',
      [tenant(c)],
      `The actor (${who}) cannot act for partner tenant ${tenant(c)}.`,
      900150,
    )
  },
})

/** The actor is Microsoft or a user of the partner tenant `tenant` picks (ROL-2, code 900150). */
export const operatorOrOwnUser = <C extends Ctx>(tenant: Picker<C, TenantId>, task: string): RuleCheck<C> => ({
  rule: 'ROL-2',
  who: ['microsoft', ...PARTNER_USER_ROLES],
  name: 'the actor is Microsoft or a user of the partner tenant',
  check: (c) => {
    const { actor } = c.input
    return actor.kind === 'microsoft' || (actor.kind === 'partnerUser' && actor.tenantId === tenant(c))
      ? pass
      : fail(
          'ActsForAnotherTenant',
          [tenant(c)],
          `Only Microsoft or a user of partner tenant ${tenant(c)} can ${task}; the actor is ${actor.kind === 'partnerUser' ? 'a user' : 'the admin'} of tenant ${actor.tenantId}.`,
          900150,
        )
  },
})

/** A partner user acting for its tenant has the global admin role (ROL-1, TRN-2, …). */
export const globalAdminOnly = <C extends Ctx>(rule: 'ROL-1' | 'DB-2' | 'TRN-2', task: string): RuleCheck<C> => ({
  rule,
  who: ['microsoft', 'customerAdmin', 'globalAdmin'],
  name: `${task} is done by the tenant's global admin`,
  check: (c) => {
    const { actor } = c.input
    return actor.kind === 'partnerUser' && actor.role !== 'globalAdmin'
      ? fail(
          'NotGlobalAdmin',
          [actor.tenantId],
          `Only the tenant's global admin can ${task}; the actor is ${actor.role}.`,
          900150,
        )
      : pass
  },
})

/** A partner user acting for its tenant has one of `roles` (PRT-1). */
export const roleAmong = <C extends Ctx>(
  rule: 'PRT-1' | 'ROL-1',
  roles: ReadonlyArray<PartnerUserRole>,
  task: string,
): RuleCheck<C> => ({
  rule,
  who: ['microsoft', 'customerAdmin', ...roles],
  name: `${task} is done by ${roles.join(', ')}`,
  check: (c) => {
    const { actor } = c.input
    return actor.kind === 'partnerUser' && !roles.includes(actor.role)
      ? fail(
          'RoleNotAllowed',
          [actor.tenantId],
          `The role ${actor.role} cannot ${task}; allowed: ${roles.join(', ')}.`,
          900150,
        )
      : pass
  },
})

/** Only Microsoft, as program operator, does this (MOD-7, `NotProgramOperator`). */
export const operatorOnly = <C extends Ctx>(task: string): RuleCheck<C> => ({
  rule: 'MOD-7',
  who: ['microsoft'],
  name: `${task} is done by Microsoft`,
  check: (c) =>
    c.input.actor.kind === 'microsoft'
      ? pass
      : fail('NotProgramOperator', [], `Only Microsoft, as program operator, can ${task}.`),
})

/** The Partner Center roles that may do indirect provider tasks (PRT-1). @category rules @since 0.1.0 */
export const PROVIDER_TASK_ROLES = ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent'] as const

/** Buying, creating customers and managing subscriptions: global admins, admin agents and sales agents (others: ROL-1). */
export const SALES_ROLES: ReadonlyArray<PartnerUserRole> = ['globalAdmin', 'adminAgent', 'salesAgent']

/** Inviting customers and administering the partner's own account: global admins and admin agents (others: ROL-1). */
export const ADMIN_ROLES: ReadonlyArray<PartnerUserRole> = ['globalAdmin', 'adminAgent']

/**
 * A partner user running `task` has one of `roles` (ROL-1, `RoleNotAllowed`, code 900150; subjects:
 * the actor's tenant). Microsoft and customer admins are judged by the command's other checks.
 */
export const rolesFor = <C extends CheckContext<CommandInputBase, object>>(
  roles: ReadonlyArray<PartnerUserRole>,
  task: string,
): RuleCheck<C> => roleAmong('ROL-1', roles, task)
