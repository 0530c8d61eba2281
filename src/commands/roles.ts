/**
 * Which Partner Center roles may run which partner task (ROL-1; the library's reading, see
 * docs/roles.md). Helpdesk agents and billing admins never transact; user admins do only the
 * indirect provider tasks PRT-1 names.
 *
 * @internal
 */
import type { PartnerUserRole } from '../model/actor.js'
import { roleAmong } from './checks.js'
import type { CheckContext, CommandInputBase, RuleCheck } from './contract.js'

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
