/**
 * Roles (ROL-1, ROL-2): which partner user roles may run a task, and for which tenants a partner
 * user acts.
 *
 * @module
 */
import { rule, S000, S001, always, GET_STARTED, type RuleEntry } from './rule.js'

/**
 * The role rules ROL-1 and ROL-2, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const ROLE_RULES = {
  'ROL-1': rule(
    'must',
    S000,
    GET_STARTED,
    "Enrolling (direct bill or indirect reseller), accepting the indirect reseller agreement and accepting a partnership invitation take the tenant's global admin.",
    always,
    'Only the roles Partner Center gives a task may run it: buying and creating customers take a global admin, admin agent or sales agent, inviting a global admin or admin agent, profile changes the global admin; helpdesk agents and billing admins never transact. The full table, one row per command, is docs/roles.md.',
  ),
  'ROL-2': rule(
    'must',
    S001,
    'indirect-provider-tasks-in-the-partner-center',
    'A partner user acts only for its own tenant, and on a customer only through a reseller relationship with delegated admin.',
    always,
    'Orders need a reseller relationship (TRN-12); managing an existing subscription of a customer also needs delegated admin privileges. Unknown entities (MOD-1) and reused IDs (MOD-2) are model-integrity rules, never reported under this one.',
  ),
} as const satisfies Record<string, RuleEntry>
