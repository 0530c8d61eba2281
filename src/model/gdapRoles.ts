/**
 * The Microsoft Entra roles GDAP relationships grant (GDAP-7, GDAP-10, GDAP-14, GDAP-18): each
 * named by its role definition ID, the template GUID Graph uses in `accessDetails.unifiedRoles`.
 *
 * @module
 */
import * as t from 'io-ts'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** @category models @since 0.2.0 */
export interface RoleDefinitionIdBrand {
  readonly RoleDefinitionId: unique symbol
}
/**
 * The role definition ID of a Microsoft Entra role (a GUID, kept in lower case), as Graph names the
 * roles of a GDAP relationship or of an access assignment. Any role may be named, not only those of
 * {@link ENTRA_ROLES}.
 *
 * @category models
 * @since 0.2.0
 */
export type RoleDefinitionId = string & RoleDefinitionIdBrand
/** A codec for a GUID branded `B`, decoded to lower case from any spelling. @internal */
export const guidCodec = <B extends string>(name: string, example: string): t.Type<B, string, unknown> =>
  new t.Type<B, string, unknown>(
    name,
    (u): u is B => typeof u === 'string' && GUID.test(u) && u.toLowerCase() === u,
    (u, c) =>
      typeof u === 'string' && GUID.test(u) ? t.success(u.toLowerCase() as B) : t.failure(u, c, `expected ${example}`),
    (a) => a,
  )

/**
 * Codec for {@link RoleDefinitionId}: accepts any GUID spelling and decodes it to lower case.
 *
 * @category codecs
 * @since 0.2.0
 */
export const RoleDefinitionId = guidCodec<RoleDefinitionId>(
  'RoleDefinitionId',
  'a role definition ID (GUID such as "62e90394-69f5-4237-9190-012177145e10")',
)

const role = (id: string): RoleDefinitionId => id as RoleDefinitionId

/**
 * The Microsoft Entra built-in roles the GDAP rules name, by the library's short name: each value
 * is the role's definition (template) ID.
 *
 * @example
 * ```ts
 * import { ENTRA_ROLES } from 'csp-channel'
 * ENTRA_ROLES.globalAdministrator // '62e90394-69f5-4237-9190-012177145e10'
 * ```
 *
 * @category models
 * @since 0.2.0
 */
export const ENTRA_ROLES = {
  globalAdministrator: role('62e90394-69f5-4237-9190-012177145e10'),
  globalReader: role('f2ef992c-3afb-46b9-b7cf-a126ee74c451'),
  licenseAdministrator: role('4d6ac14f-3453-41d0-bef9-a3e0c569773a'),
  userAdministrator: role('fe930be7-5e62-47db-91af-98c3a49a38b1'),
  passwordAdministrator: role('966707d0-3269-4727-9be2-8c3a10f19b9d'),
  privilegedAuthenticationAdministrator: role('7be44c8a-adaf-4e2a-84d6-ab2649e08a13'),
  serviceSupportAdministrator: role('f023fd81-a637-4b56-95fd-791ac0226033'),
  helpdeskAdministrator: role('729827e3-9c14-49f7-bb1b-9608f156bbb8'),
  cloudApplicationAdministrator: role('158c047a-c907-4556-b7ef-446551a6b5f7'),
  applicationAdministrator: role('9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'),
  directoryReaders: role('88d8e3e3-8f55-4a1e-953a-9b9898b8876b'),
  directoryWriters: role('9360feb5-f418-4baa-8175-e2a00bac4301'),
  privilegedRoleAdministrator: role('e8611ab8-c189-46e8-94e1-60213ab1f814'),
  exchangeAdministrator: role('29232cdf-9323-42fd-ade2-1d097af3e4de'),
  sharePointAdministrator: role('f28a1f50-f6e7-4571-818b-6a12f2af6b6c'),
  teamsAdministrator: role('69091246-20e8-4a56-aa4d-066075b2a7a8'),
  securityAdministrator: role('194ae4cb-b126-40b2-bd5b-6091b380977d'),
  billingAdministrator: role('b0f54661-2d74-4c50-afa3-1ec803f12efe'),
  cloudDeviceAdministrator: role('7698a772-787b-4ac8-901f-60d6b08affd2'),
  intuneAdministrator: role('3a2c62db-5318-420d-8d74-23affee5d9d5'),
  securityReader: role('5d6b6bb7-de71-4623-b4af-96380a352509'),
} as const

/** The short name of a role of {@link ENTRA_ROLES}. @category models @since 0.2.0 */
export type EntraRoleName = keyof typeof ENTRA_ROLES

/**
 * The display names of the roles of {@link ENTRA_ROLES}, as Microsoft Entra writes them.
 *
 * @category models
 * @since 0.2.0
 */
export const ENTRA_ROLE_NAMES: { readonly [N in EntraRoleName]: string } = {
  globalAdministrator: 'Global Administrator',
  globalReader: 'Global Reader',
  licenseAdministrator: 'License Administrator',
  userAdministrator: 'User Administrator',
  passwordAdministrator: 'Password Administrator',
  privilegedAuthenticationAdministrator: 'Privileged Authentication Administrator',
  serviceSupportAdministrator: 'Service Support Administrator',
  helpdeskAdministrator: 'Helpdesk Administrator',
  cloudApplicationAdministrator: 'Cloud Application Administrator',
  applicationAdministrator: 'Application Administrator',
  directoryReaders: 'Directory Readers',
  directoryWriters: 'Directory Writers',
  privilegedRoleAdministrator: 'Privileged Role Administrator',
  exchangeAdministrator: 'Exchange Administrator',
  sharePointAdministrator: 'SharePoint Administrator',
  teamsAdministrator: 'Teams Administrator',
  securityAdministrator: 'Security Administrator',
  billingAdministrator: 'Billing Administrator',
  cloudDeviceAdministrator: 'Cloud Device Administrator',
  intuneAdministrator: 'Intune Administrator',
  securityReader: 'Security Reader',
}

/**
 * Whether a list of role definition IDs holds the Global Administrator role (GDAP-7: such a
 * relationship never auto-extends; GDAP-10: the one role removable while active).
 *
 * @category queries
 * @since 0.2.0
 */
export const holdsGlobalAdministrator = (roles: ReadonlyArray<RoleDefinitionId>): boolean =>
  roles.includes(ENTRA_ROLES.globalAdministrator)
