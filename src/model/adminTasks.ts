/**
 * The administrative tasks a partner user performs on a customer tenant (GDAP-17, GDAP-18), and the
 * Microsoft Entra roles that cover each.
 *
 * @module
 */
import type * as t from 'io-ts'
import { literals } from '../internal/codec.js'
import type { IsoDateTime, TenantId } from '../kernel/ids.js'
import { gdapIsActiveAt, type SecurityGroupId } from './gdap.js'
import { gdapRelationshipsOfCustomer } from './gdapQueries.js'
import { ENTRA_ROLES, type RoleDefinitionId } from './gdapRoles.js'
import type { ProgramState } from './state.js'

/**
 * An administrative task on a customer tenant (GDAP-17): `viewUsers`, `assignLicense`, `createUser`,
 * `resetPassword` (a user who is no admin), `resetPrivilegedPassword` (an admin's) or
 * `submitSupportTicket` (a Microsoft 365 support request).
 *
 * @category models
 * @since 0.2.0
 */
export const AdminTask = literals(
  ['viewUsers', 'assignLicense', 'createUser', 'resetPassword', 'resetPrivilegedPassword', 'submitSupportTicket'],
  'AdminTask',
)
/** @category models */
export type AdminTask = t.TypeOf<typeof AdminTask>

/**
 * How a partner user was allowed an administrative task (GDAP-12): through a GDAP role assignment
 * (`gdap`), or through the delegated admin privileges of the reseller relationship (`dap`).
 *
 * @category models
 * @since 0.2.0
 */
export const AdminAccess = literals(['gdap', 'dap'], 'AdminAccess')
/** @category models */
export type AdminAccess = t.TypeOf<typeof AdminAccess>

const R = ENTRA_ROLES

/**
 * The Entra roles that cover each administrative task (GDAP-18): the least-privileged role the
 * Partner Center guidance names first, then the broader roles the library accepts, Global
 * Administrator always last.
 *
 * | task | least-privileged role | broader roles |
 * | --- | --- | --- |
 * | `viewUsers` | Directory Readers | Global Reader, Directory Writers, User Administrator, Global Administrator |
 * | `assignLicense` | License Administrator | Directory Writers, User Administrator, Global Administrator |
 * | `createUser` | User Administrator | Directory Writers, Global Administrator |
 * | `resetPassword` | Password Administrator | Helpdesk Administrator, User Administrator, Privileged Authentication Administrator, Global Administrator |
 * | `resetPrivilegedPassword` | Privileged Authentication Administrator | Global Administrator |
 * | `submitSupportTicket` | Service Support Administrator | Helpdesk Administrator, Global Administrator |
 *
 * @category models
 * @since 0.2.0
 */
export const ADMIN_TASK_ROLES: { readonly [T in AdminTask]: ReadonlyArray<RoleDefinitionId> } = {
  viewUsers: [R.directoryReaders, R.globalReader, R.directoryWriters, R.userAdministrator, R.globalAdministrator],
  assignLicense: [R.licenseAdministrator, R.directoryWriters, R.userAdministrator, R.globalAdministrator],
  createUser: [R.userAdministrator, R.directoryWriters, R.globalAdministrator],
  resetPassword: [
    R.passwordAdministrator,
    R.helpdeskAdministrator,
    R.userAdministrator,
    R.privilegedAuthenticationAdministrator,
    R.globalAdministrator,
  ],
  resetPrivilegedPassword: [R.privilegedAuthenticationAdministrator, R.globalAdministrator],
  submitSupportTicket: [R.serviceSupportAdministrator, R.helpdeskAdministrator, R.globalAdministrator],
}

/**
 * Whether `roles` (Entra role definition IDs) hold a role that covers `task` (GDAP-18).
 *
 * @example
 * ```ts
 * import { ENTRA_ROLES, rolesCoverTask } from 'csp-channel'
 * rolesCoverTask([ENTRA_ROLES.licenseAdministrator], 'assignLicense') // true
 * rolesCoverTask([ENTRA_ROLES.licenseAdministrator], 'resetPrivilegedPassword') // false
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const rolesCoverTask = (roles: ReadonlyArray<RoleDefinitionId>, task: AdminTask): boolean =>
  ADMIN_TASK_ROLES[task].some((r) => roles.includes(r))

/**
 * The roles a partner security group holds for a customer through GDAP at `at` (ISO-8601 UTC;
 * GDAP-11, GDAP-12): for each active access assignment mapping `group` in an active (or expiring)
 * relationship of `partner` with `customer`, the roles both the assignment and the relationship
 * hold. `undefined` when the group holds no such assignment (then GDAP does not decide, and DAP
 * may still allow the task, GDAP-17); an empty list when it holds assignments whose roles the
 * relationship lacks.
 *
 * @category queries
 * @since 0.2.0
 */
export const gdapRolesOfGroup = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
  group: SecurityGroupId,
  at: IsoDateTime,
): ReadonlyArray<RoleDefinitionId> | undefined => {
  const grants = gdapRelationshipsOfCustomer(state, customer)
    .filter((rel) => rel.partnerTenantId === partner && gdapIsActiveAt(rel, at))
    .flatMap((rel) =>
      rel.accessAssignments
        .filter((a) => a.status === 'active' && a.securityGroupId === group)
        .map((a) => a.roles.filter((r) => rel.roles.includes(r))),
    )
  return grants.length === 0 ? undefined : [...new Set(grants.flat())]
}
