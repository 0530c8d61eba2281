/**
 * The GDAP relationships Microsoft grants by itself (GDAP-13, GDAP-14, GDAP-19): default GDAP when a
 * customer is created, and the relationship of the Microsoft-led transition from DAP; and what
 * creating a customer grants under each rule set.
 *
 * @module
 */
import type { IsoDateTime, TenantId } from '../kernel/ids.js'
import type { RuleSet } from '../rules/ruleSet.js'
import { gdapEndOfActivation, type GdapAccessAssignment, type GdapRelationship, type SecurityGroupId } from './gdap.js'
import { ENTRA_ROLES, type RoleDefinitionId } from './gdapRoles.js'

/** How long a default GDAP relationship lasts, in days: two years (GDAP-14, the library's choice). @category models @since 0.2.0 */
export const DEFAULT_GDAP_DAYS = 730
/** How long the relationship of the Microsoft-led transition lasts, in days: one year (GDAP-19). @category models @since 0.2.0 */
export const MICROSOFT_LED_GDAP_DAYS = 365
/** The days after the Microsoft-led relationship at which Microsoft removes the DAP (GDAP-19). @category models @since 0.2.0 */
export const DAP_REMOVAL_DAYS = 30
/** The days without use after which Microsoft removes DAP (GDAP-19). @category models @since 0.2.0 */
export const DAP_INACTIVITY_DAYS = 90

const R = ENTRA_ROLES

/** The 8 roles the Microsoft-led transition granted from 2023-05-22 (GDAP-19). */
const FIRST_MICROSOFT_LED_ROLES: ReadonlyArray<RoleDefinitionId> = [
  R.directoryReaders,
  R.directoryWriters,
  R.licenseAdministrator,
  R.serviceSupportAdministrator,
  R.userAdministrator,
  R.privilegedRoleAdministrator,
  R.helpdeskAdministrator,
  R.privilegedAuthenticationAdministrator,
]

/**
 * The roles of the Microsoft-led transition (GDAP-19), in order: Directory Readers, Directory
 * Writers, License Administrator, Service Support Administrator, User Administrator, Privileged
 * Role Administrator, Helpdesk Administrator, Privileged Authentication Administrator (the 8 of
 * 2023-05-22), then Global Reader (the 9th, from 2023-07-01). A rule set's
 * `microsoftLedGdapRoles` says how many of them are granted.
 *
 * @category models
 * @since 0.2.0
 */
export const MICROSOFT_LED_GDAP_ROLES: ReadonlyArray<RoleDefinitionId> = [...FIRST_MICROSOFT_LED_ROLES, R.globalReader]

/** The roles every partner type gets with default GDAP (GDAP-14): the 9 of the Microsoft-led transition. */
const COMMON_DEFAULT_ROLES = MICROSOFT_LED_GDAP_ROLES

/** The partner types whose default GDAP roles differ (GDAP-14). @category models @since 0.2.0 */
export type DefaultGdapPartnerType = 'directBill' | 'indirectProvider' | 'indirectReseller'

/**
 * The roles of default GDAP by partner type (GDAP-14, the GDAP FAQ's table): Directory Readers,
 * Directory Writers, License Administrator, Service Support Administrator, User Administrator,
 * Privileged Role Administrator, Helpdesk Administrator, Privileged Authentication Administrator
 * and Global Reader for all (9 roles); direct bill partners and indirect providers also get Cloud
 * Application Administrator and Application Administrator (11 roles).
 *
 * @category models
 * @since 0.2.0
 */
export const DEFAULT_GDAP_ROLES: { readonly [P in DefaultGdapPartnerType]: ReadonlyArray<RoleDefinitionId> } = {
  directBill: [...COMMON_DEFAULT_ROLES, R.cloudApplicationAdministrator, R.applicationAdministrator],
  indirectProvider: [...COMMON_DEFAULT_ROLES, R.cloudApplicationAdministrator, R.applicationAdministrator],
  indirectReseller: COMMON_DEFAULT_ROLES,
}

/** The roles the Microsoft-led transition grants under `set` (GDAP-19): none before 2023-05-22. @category models @since 0.2.0 */
export const microsoftLedRolesUnder = (set: RuleSet): ReadonlyArray<RoleDefinitionId> =>
  MICROSOFT_LED_GDAP_ROLES.slice(0, set.microsoftLedGdapRoles ?? 0)

/** What creating a customer grants its creator (GDAP-13): delegated admin privileges, default GDAP, both false for neither. @category models @since 0.2.0 */
export interface AccessOnCreation {
  readonly delegatedAdmin: boolean
  readonly defaultGdap: boolean
}

/**
 * What creating a customer grants under `set`, given the optional default-GDAP flag
 * (`enableGdapByDefault`, Partner Center's `enableGDAPByDefault`; GDAP-13): DAP only under the
 * `dap` sets (the flag ignored); under `flagged` (from 2023-10-10) default GDAP with the flag true,
 * neither with it false, DAP without it; under `defaultGdap` (from 2023-11-01) default GDAP unless
 * the flag is false (then neither), never DAP.
 *
 * @category models
 * @since 0.2.0
 */
export const accessOnCreation = (set: RuleSet, flag: boolean | undefined): AccessOnCreation => {
  switch (set.dapOnCustomerCreation) {
    case 'dap':
      return { delegatedAdmin: true, defaultGdap: false }
    case 'flagged':
      return flag === undefined
        ? { delegatedAdmin: true, defaultGdap: false }
        : { delegatedAdmin: false, defaultGdap: flag }
    case 'defaultGdap':
      return { delegatedAdmin: false, defaultGdap: flag !== false }
  }
}

/** The first 8 characters of a tenant ID, as Microsoft names the relationships it makes. */
const short = (tenant: TenantId) => tenant.slice(0, 8)

/** An active relationship Microsoft makes at `at`, with its fields, built field by field. */
const granted = (
  id: string,
  displayName: string,
  partner: TenantId,
  customer: TenantId,
  roles: ReadonlyArray<RoleDefinitionId>,
  durationDays: number,
  at: IsoDateTime,
  accessAssignments: ReadonlyArray<GdapAccessAssignment>,
): GdapRelationship => ({
  id,
  displayName,
  partnerTenantId: partner,
  customerTenantId: customer,
  indirectProviderTenantId: null,
  partnerConsentPending: false,
  durationDays,
  autoExtendDays: 0,
  roles: [...roles],
  status: 'active',
  createdAt: at,
  lockedAt: null,
  activatedAt: at,
  endsAt: gdapEndOfActivation(at, durationDays),
  terminatedAt: null,
  accessAssignments: [...accessAssignments],
})

/** The ID of the default GDAP relationship of `partner` with `customer`: `default_<partner>_<customer>` (GDAP-14). @internal */
export const defaultGdapRelationshipId = (partner: TenantId, customer: TenantId): string =>
  `default_${partner}_${customer}`

/**
 * The default GDAP relationship of a new customer (GDAP-14): active from `at` for 730 days, with
 * the default roles of the partner type and no access assignment (security groups are still to be
 * mapped). Its ID, `default_<partner>_<customer>`, is derived from the tenants; its display name is
 * `Default_` and the first 8 characters of each tenant ID.
 *
 * @category models
 * @since 0.2.0
 */
export const defaultGdapRelationship = (
  partner: TenantId,
  customer: TenantId,
  partnerType: DefaultGdapPartnerType,
  at: IsoDateTime,
): GdapRelationship =>
  granted(
    defaultGdapRelationshipId(partner, customer),
    `Default_${short(partner)}_${short(customer)}`,
    partner,
    customer,
    DEFAULT_GDAP_ROLES[partnerType],
    DEFAULT_GDAP_DAYS,
    at,
    [],
  )

/** The partner security groups the Microsoft-led transition maps roles to, when known (GDAP-19). @category models @since 0.2.0 */
export interface TransitionGroups {
  readonly adminAgents: SecurityGroupId | null
  readonly helpdeskAgents: SecurityGroupId | null
}

/** The ID of the relationship the Microsoft-led transition makes at `at`: `mlt_<partner>_<customer>_<yyyymmdd>` (GDAP-19). @category models @since 0.2.0 */
export const microsoftLedRelationshipId = (partner: TenantId, customer: TenantId, at: IsoDateTime): string =>
  `mlt_${partner}_${customer}_${at.slice(0, 10).replaceAll('-', '')}`

/**
 * The relationship of the Microsoft-led transition (GDAP-19): active from `at` for 365 days with
 * `roles`; its ID is `mlt_<partner>_<customer>_<yyyymmdd>` and its display name
 * `MLT_<first 8 of partner>_<first 8 of customer>_<yyyymmdd>` (the date stands for Microsoft's
 * random suffix). The Admin agents group, when given, gets every role; the Helpdesk agents group
 * Service Support Administrator and Helpdesk Administrator.
 *
 * @category models
 * @since 0.2.0
 */
export const microsoftLedRelationship = (
  partner: TenantId,
  customer: TenantId,
  roles: ReadonlyArray<RoleDefinitionId>,
  groups: TransitionGroups,
  at: IsoDateTime,
): GdapRelationship => {
  const day = at.slice(0, 10).replaceAll('-', '')
  const id = microsoftLedRelationshipId(partner, customer, at)
  const assignment = (name: string, group: SecurityGroupId | null, assigned: ReadonlyArray<RoleDefinitionId>) =>
    group === null
      ? []
      : [
          {
            id: `${id}_${name}`,
            securityGroupId: group,
            roles: [...assigned],
            status: 'active' as const,
            createdAt: at,
          },
        ]
  return granted(
    id,
    `MLT_${short(partner)}_${short(customer)}_${day}`,
    partner,
    customer,
    roles,
    MICROSOFT_LED_GDAP_DAYS,
    at,
    [
      ...assignment('adminAgents', groups.adminAgents, roles),
      ...assignment(
        'helpdeskAgents',
        groups.helpdeskAgents,
        roles.filter((r) => r === R.serviceSupportAdministrator || r === R.helpdeskAdministrator),
      ),
    ],
  )
}
