/**
 * Granular delegated admin privileges (GDAP-1 … GDAP-19), the program since 2022: relationships a
 * customer approves, that last a set time and expire, scoped to roles given through access
 * assignments, replacing the boolean delegated admin privileges (DAP) of the seed era.
 *
 * @module
 */
import { since2021, type RuleEntry } from './rule.js'

const RESOURCE = 'learn:graph/api/resources/delegatedadminrelationship'
const FAQ = 'learn:partner-center/customers/gdap-faq'
const BASE = '2022-01-10'
const BASE_READING =
  'GDAP has no general-availability date; the library dates its base rules 2022-01-10, with new commerce.'

/**
 * The GDAP rules GDAP-1 … GDAP-19, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const GDAP_RULES = {
  'GDAP-1': since2021(
    'effect',
    RESOURCE,
    'delegatedadminrelationshipstatus-values',
    'A GDAP relationship is created, locked for approval (approvalPending), approved by the customer, activated, active, then expiring and expired; or, once active, ended through termination requested, terminating and terminated.',
    BASE,
    'official',
    `${BASE_READING} The model stores the statuses a command reaches (created, approvalPending, active, terminated) and two that keep the record of a request that never became active: deleted (deleted by the partner while created) and rejected (rejected by the reseller it was created for, GDAP-15). It reads expiring (the last 30 days) and expired from the date; approved and activating pass within the approval.`,
  ),
  'GDAP-2': since2021(
    'must',
    'learn:graph/api/delegatedadminrelationship-update',
    'request-body',
    'Only a relationship still created may be edited (name, duration, customer, roles), deleted or locked for approval.',
    BASE,
    'official',
    BASE_READING,
  ),
  'GDAP-3': since2021(
    'must',
    RESOURCE,
    'properties',
    'A relationship lasts from one day to two years (P1D to P2Y, never permanent), and its display name, at most 50 characters, is unique among the partner’s relationships.',
    BASE,
    'official',
    'Two years is 730 days.',
  ),
  'GDAP-4': since2021(
    'must',
    'learn:partner-center/customers/gdap-customer-approval',
    'approve-a-gdap-relationship',
    'A relationship becomes active only when a global admin of the customer approves it; a relationship naming a customer is approved by that customer only, and one naming none takes the approving customer as its own.',
    BASE,
    'official',
    'Only the Global admin approves (open question 10: a newer Entra role is not modelled). Approval activates the relationship at once: it is active from the approval’s instant.',
  ),
  'GDAP-5': since2021(
    'must',
    FAQ,
    'gdap-relationship-requests',
    'A request not approved within 90 days of being locked for approval expires and can no longer be approved.',
    BASE,
    'official',
    'A lapsed request reads as expired (open question 11).',
  ),
  'GDAP-6': since2021(
    'effect',
    RESOURCE,
    'properties',
    'An active relationship ends at its activation plus its duration, unless auto-extended: it then expires, its security groups lose access, and it is never restored. The customer’s subscriptions do not change. Reminders go out 30, 7 and 1 days before.',
    BASE,
    'official',
  ),
  'GDAP-7': since2021(
    'must',
    RESOURCE,
    'properties',
    'Auto-extension is none (PT0S or P0D, the default) or 180 days (P180D), set while the relationship is created or active, and never on a relationship with the Global Administrator role; before 2023-10-30 only none is accepted.',
    '2023-10-30',
    'official',
    'Before 2023-10-30 a request for 180 days is refused under this rule too.',
  ),
  'GDAP-8': since2021(
    'effect',
    'learn:partner-center/customers/expiring-gdap-relationships-and-auto-extend-gdap',
    'auto-extend',
    'A relationship auto-extended by 180 days does not expire at its end: the end moves 180 days on, again at each new end, until auto-extension is turned off or the relationship ends.',
    '2023-10-30',
    'official',
    'Exactly 180 days, not six calendar months.',
  ),
  'GDAP-9': since2021(
    'must',
    'learn:graph/api/resources/delegatedadminrelationshiprequest',
    'delegatedadminrelationshiprequestaction-values',
    'Only an active relationship is terminated, by the partner or by the customer removing the partner’s roles; access ends and both are told.',
    BASE,
    'official',
    `${BASE_READING} The partner's admin agent or the customer's global admin terminates.`,
  ),
  'GDAP-10': since2021(
    'must',
    'learn:graph/api/delegatedadminrelationship-update',
    'request-body',
    'Past created, the roles of a relationship do not change, except that the Global Administrator role may be removed while it is active.',
    BASE,
    'inferred',
    'That no other role changes is the library’s reading (no page says it).',
  ),
  'GDAP-11': since2021(
    'must',
    'learn:graph/api/resources/delegatedadminaccessassignment',
    'delegatedadminaccessassignmentstatus-values',
    'Roles give access only through an access assignment of an active relationship, which maps a security group of the partner to roles; every role of a relationship expires with it.',
    BASE,
    'official',
    'An assignment is active from its creation (the pending step passes at once). Its roles need not be a subset of the relationship’s (open question 9); a task is allowed only by a role both hold.',
  ),
  'GDAP-12': since2021(
    'effect',
    FAQ,
    'gdap-and-dap',
    'Where DAP and GDAP both exist for a customer, GDAP decides for a partner user who holds a GDAP role assignment for that customer.',
    BASE,
    'official',
  ),
  'GDAP-13': since2021(
    'effect',
    FAQ,
    'timelines-for-stop-dap-and-grant-default-gdap',
    'DAP is no longer granted by itself: from 2023-10-09 reseller invitations carry none; from 2023-10-10 a customer created with the default-GDAP flag gets default GDAP and no DAP (without it: neither); from 2023-11-01 a customer created without the flag gets default GDAP and no DAP.',
    '2023-10-09',
    'official',
    'The sandbox date (2023-09-25) is not modelled: the model has no sandbox partner account. 2023-10-09 for invitations and 2023-10-10 for the flag, as the later announcements say. The DAP an invitation grants is judged when the customer accepts it: from 2023-10-09 an acceptance grants none, whatever the invitation asked, even one sent before.',
  ),
  'GDAP-14': since2021(
    'effect',
    FAQ,
    'azure-ad-roles-granted-for-default-gdap',
    'The roles of default GDAP depend on the partner type: an indirect reseller gets neither Cloud Application Administrator nor Application Administrator, an indirect provider gets both; security groups must still be assigned before anyone has access.',
    '2023-10-10',
    'official',
    'Direct bill partners get both, as the FAQ says (the May 2023 announcement says not). A default relationship lasts two years (open question 12: the library’s choice).',
  ),
  'GDAP-15': since2021(
    'must',
    'learn:graph/api/resources/resellerdelegatedadminrelationship',
    'properties',
    'A relationship an indirect provider creates for one of its indirect resellers waits, approval pending, until that reseller approves or rejects it; only that reseller may.',
    BASE,
    'official',
    BASE_READING,
  ),
  'GDAP-16': since2021(
    'must',
    FAQ,
    'who-can-create-a-gdap-relationship-request',
    'Only a partner user with the admin agent role requests GDAP; direct bill partners, indirect providers and indirect resellers all may.',
    BASE,
    'official',
    'A global admin of the partner tenant holds the admin agent role too.',
  ),
  'GDAP-17': since2021(
    'must',
    FAQ,
    'what-can-partners-do-without-gdap',
    'Commerce needs only the reseller relationship (customers, orders, Azure reservations: no DAP nor GDAP); administering a customer (its users, licenses, support requests) needs an active GDAP role assignment, or DAP while it lasts.',
    BASE,
    'official',
    'From 2022-01-10 the delegated admin ROL-2 asked of commerce is no longer asked; administrative tasks are judged by performAdminTask.',
  ),
  'GDAP-18': since2021(
    'must',
    'learn:partner-center/customers/gdap-least-privileged-roles-by-task',
    'least-privileged-roles-by-task',
    'Each administrative task needs a role that covers it: a support request, Service Support Administrator; a license, License Administrator; a user, User Administrator; a non-admin password, Password Administrator; an admin password, Privileged Authentication Administrator; a broader role that covers the task also suffices.',
    BASE,
    'official',
    'The broader roles are those the library lists for each task; Global Administrator covers them all.',
  ),
  'GDAP-19': since2021(
    'effect',
    'learn:partner-center/customers/gdap-microsoft-led-transition',
    'microsoft-led-transition',
    'Microsoft phases DAP out: it ends DAP unused for over 90 days, and from 2023-05-22 turns DAP into a one-year GDAP relationship of 8 roles (9 with Global Reader from July 2023), removing the DAP 30 days later.',
    '2023-05-22',
    'official',
    'July 2023 is read as from 2023-07-01.',
  ),
} as const satisfies Record<string, RuleEntry>
