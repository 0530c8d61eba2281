/**
 * Granular delegated admin privileges (GDAP-1 … GDAP-11, GDAP-15): the relationships a partner asks
 * a customer to approve, their access assignments, and the status, end and reminders read from a
 * date (expiry and auto-extension are never stored: they follow from the dates).
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, intAtLeast, list, literals, nonEmptyList, nullable } from '../internal/codec.js'
import { addDaysUtc } from '../kernel/dates.js'
import { IsoDateTime, TenantId } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import { guidCodec, holdsGlobalAdministrator, RoleDefinitionId } from './gdapRoles.js'

/** The longest a GDAP relationship lasts: two years, 730 days (GDAP-3). @category models @since 0.2.0 */
export const GDAP_MAX_DURATION_DAYS = 730
/** The longest display name of a GDAP relationship, in characters (GDAP-3). @category models @since 0.2.0 */
export const GDAP_MAX_NAME_LENGTH = 50
/** How long a request locked for approval waits for the customer before it expires, in days (GDAP-5). @category models @since 0.2.0 */
export const GDAP_APPROVAL_DAYS = 90
/** The last days of an active relationship, in which it reads `expiring` (GDAP-1). @category models @since 0.2.0 */
export const GDAP_EXPIRING_DAYS = 30
/** The one auto-extension period besides none, in days (GDAP-7, GDAP-8). @category models @since 0.2.0 */
export const GDAP_AUTO_EXTEND_DAYS = 180
/** The days before the end at which the partner is reminded of it (GDAP-6). @category models @since 0.2.0 */
export const GDAP_REMINDER_DAYS = [30, 7, 1] as const

/**
 * The stored status of a GDAP relationship: the statuses a command reaches (GDAP-1). `created`
 * (editable), `approvalPending` (locked for the customer's approval), `active` (approved, which
 * activates it at once), `terminated` (ended by the partner or the customer, GDAP-9). Two more
 * keep the record of a request that never became active, where Graph forgets it: `deleted` (the
 * partner deleted it while created, GDAP-2) and `rejected` (its reseller rejected a relationship
 * its indirect provider created for it, GDAP-15). `expiring` and `expired` are read from the date
 * ({@link gdapStatusAt}).
 *
 * @category models
 * @since 0.2.0
 */
export const GdapStoredStatus = literals(
  ['created', 'approvalPending', 'active', 'terminated', 'deleted', 'rejected'],
  'GdapStoredStatus',
)
/** @category models */
export type GdapStoredStatus = t.TypeOf<typeof GdapStoredStatus>

/**
 * The status of a GDAP relationship at an instant ({@link gdapStatusAt}): its stored status, or
 * `expiring` (the last 30 days of an active relationship) or `expired` (an active relationship past
 * its end, or a request unapproved 90 days after it was locked).
 *
 * @category models
 * @since 0.2.0
 */
export type GdapStatus = GdapStoredStatus | 'expiring' | 'expired'

/**
 * The status of an access assignment (GDAP-11): `pending`, `active`, `deleting`, `deleted` or
 * `error`, as Graph names them. The model creates assignments `active` and deletes them `deleted`.
 *
 * @category models
 * @since 0.2.0
 */
export const GdapAccessAssignmentStatus = literals(
  ['pending', 'active', 'deleting', 'deleted', 'error'],
  'GdapAccessAssignmentStatus',
)
/** @category models */
export type GdapAccessAssignmentStatus = t.TypeOf<typeof GdapAccessAssignmentStatus>

/** @category models @since 0.2.0 */
export interface SecurityGroupIdBrand {
  readonly SecurityGroupId: unique symbol
}
/** The object ID of a partner security group in Microsoft Entra ID (a GUID, kept in lower case). @category models @since 0.2.0 */
export type SecurityGroupId = string & SecurityGroupIdBrand
/** Codec for {@link SecurityGroupId}: any GUID spelling, decoded to lower case. @category codecs @since 0.2.0 */
export const SecurityGroupId = guidCodec<SecurityGroupId>('SecurityGroupId', 'a security group ID (GUID)')

/** The roles of a relationship or an access assignment: at least one role definition ID. @category codecs @since 0.2.0 */
export const GdapRoles = nonEmptyList(RoleDefinitionId, 'GdapRoles')

/** Codec for {@link GdapAccessAssignment}. @category codecs @since 0.2.0 */
export const GdapAccessAssignment = exact('GdapAccessAssignment', {
  id: Text,
  securityGroupId: SecurityGroupId,
  roles: GdapRoles,
  status: GdapAccessAssignmentStatus,
  createdAt: IsoDateTime,
})
/**
 * An access assignment of a GDAP relationship (GDAP-11): the partner security group (`securityGroupId`,
 * a Microsoft Entra object GUID) whose members get `roles` in the customer tenant, its status and
 * when it was created (ISO-8601 UTC).
 *
 * @category models
 */
export interface GdapAccessAssignment extends t.TypeOf<typeof GdapAccessAssignment> {}

/** The days a relationship lasts: 1 to 730 (GDAP-3). @category codecs @since 0.2.0 */
export const GdapDurationDays = intAtLeast(1, 'GdapDurationDays', GDAP_MAX_DURATION_DAYS)
/** An auto-extension period: 0 (none) or 180 days (GDAP-7). @category codecs @since 0.2.0 */
export const GdapAutoExtendDays = t.union([t.literal(0), t.literal(GDAP_AUTO_EXTEND_DAYS)], 'GdapAutoExtendDays')

/** Codec for {@link GdapRelationship}. @category codecs @since 0.2.0 */
export const GdapRelationship = exact('GdapRelationship', {
  id: Text,
  displayName: Text,
  partnerTenantId: TenantId,
  customerTenantId: nullable(TenantId),
  indirectProviderTenantId: nullable(TenantId),
  partnerConsentPending: t.boolean,
  durationDays: GdapDurationDays,
  autoExtendDays: GdapAutoExtendDays,
  roles: GdapRoles,
  status: GdapStoredStatus,
  createdAt: IsoDateTime,
  lockedAt: nullable(IsoDateTime),
  activatedAt: nullable(IsoDateTime),
  endsAt: nullable(IsoDateTime),
  terminatedAt: nullable(IsoDateTime),
  accessAssignments: list(GdapAccessAssignment, 'GdapAccessAssignments'),
})
/**
 * A GDAP relationship (Graph's `delegatedAdminRelationship`), owned by the partner tenant.
 *
 * - `id`: Graph's ID (any text); `displayName`: at most 50 characters, unique among the partner's
 *   relationships (GDAP-3).
 * - `partnerTenantId`: the partner granted access; for a relationship an indirect provider created
 *   for one of its resellers (GDAP-15), the reseller, and `indirectProviderTenantId` names the
 *   provider (`null` otherwise). `partnerConsentPending`: such a relationship still awaits its
 *   reseller's approval.
 * - `customerTenantId`: the customer, or `null` for a request any customer may approve (GDAP-4).
 * - `durationDays` (1 to 730), `autoExtendDays` (0 or 180), `roles` (Entra role definition IDs).
 * - `status`: the stored status ({@link GdapStoredStatus}); read the status at an instant with
 *   {@link gdapStatusAt}.
 * - `createdAt`, `lockedAt` (locked for approval), `activatedAt`, `endsAt` (activation plus
 *   duration; read the end with auto-extension with {@link gdapEndAt}), `terminatedAt`: ISO-8601
 *   UTC instants, `null` until they happen.
 * - `accessAssignments`: the security groups mapped to roles (GDAP-11).
 *
 * @category models
 */
export interface GdapRelationship extends t.TypeOf<typeof GdapRelationship> {}

/**
 * The stored end of a relationship activated at `activatedAt` (ISO-8601 UTC) for `durationDays`:
 * the activation plus the duration (GDAP-6). @internal
 */
export const gdapEndOfActivation = (activatedAt: IsoDateTime, durationDays: number): IsoDateTime =>
  addDaysUtc(activatedAt, durationDays)

/** Whether a relationship auto-extends: 180 days, and no Global Administrator role (GDAP-7, GDAP-8). */
const autoExtends = (rel: GdapRelationship): boolean =>
  rel.autoExtendDays === GDAP_AUTO_EXTEND_DAYS && !holdsGlobalAdministrator(rel.roles)

const DAY_MS = 86_400_000

/**
 * The end of a relationship in effect at `at` (ISO-8601 UTC), or `null` for one never activated.
 * Its stored end (activation plus duration, GDAP-6); while it auto-extends (180 days, no Global
 * Administrator role), the end reached at or before `at` moves 180 days on, again at each new end
 * (GDAP-8), so the end returned then lies after `at`. Dates saturate at year 9999.
 *
 * @category queries
 * @since 0.2.0
 */
export const gdapEndAt = (rel: GdapRelationship, at: IsoDateTime): IsoDateTime | null => {
  const end = rel.endsAt
  if (end === null || !autoExtends(rel) || at < end) return end
  const periods = Math.floor((Date.parse(at) - Date.parse(end)) / (GDAP_AUTO_EXTEND_DAYS * DAY_MS)) + 1
  let moved = addDaysUtc(end, periods * GDAP_AUTO_EXTEND_DAYS)
  // guard the float division: the moved end lies after `at` unless the calendar saturated
  while (moved <= at && moved !== addDaysUtc(moved, GDAP_AUTO_EXTEND_DAYS))
    moved = addDaysUtc(moved, GDAP_AUTO_EXTEND_DAYS)
  return moved
}

/**
 * The status of a relationship at `at` (ISO-8601 UTC; GDAP-1): a request locked for approval 90
 * days or more before `at` reads `expired` (GDAP-5); an active relationship reads `expired` from its
 * end ({@link gdapEndAt}, which auto-extension moves, GDAP-6, GDAP-8) and `expiring` in the 30 days
 * before it; otherwise the stored status.
 *
 * @example
 * ```ts
 * import { gdapStatusAt, isoDateTime, type GdapRelationship } from 'csp-channel'
 * declare const relationship: GdapRelationship
 * gdapStatusAt(relationship, isoDateTime('2024-06-01T00:00:00Z')) // 'active', 'expiring', 'expired', …
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const gdapStatusAt = (rel: GdapRelationship, at: IsoDateTime): GdapStatus => {
  if (rel.status === 'approvalPending')
    return rel.lockedAt !== null && at >= addDaysUtc(rel.lockedAt, GDAP_APPROVAL_DAYS) ? 'expired' : 'approvalPending'
  if (rel.status !== 'active') return rel.status
  const end = gdapEndAt(rel, at)
  if (end === null) return 'active'
  if (at >= end) return 'expired'
  return at >= addDaysUtc(end, -GDAP_EXPIRING_DAYS) ? 'expiring' : 'active'
}

/** Whether a relationship gives access at `at`: active or expiring (GDAP-6, GDAP-11). @category queries @since 0.2.0 */
export const gdapIsActiveAt = (rel: GdapRelationship, at: IsoDateTime): boolean => {
  const status = gdapStatusAt(rel, at)
  return status === 'active' || status === 'expiring'
}

/** A reminder of a relationship's end (GDAP-6): how many days before the end, and when. @category models @since 0.2.0 */
export interface GdapReminder {
  readonly daysBefore: (typeof GDAP_REMINDER_DAYS)[number]
  readonly at: IsoDateTime
}

/**
 * The reminders of a relationship's end (GDAP-6): 30, 7 and 1 days before the end in effect at
 * `at` (its stored end when `at` is left out), in that order; none for a relationship never
 * activated.
 *
 * @category queries
 * @since 0.2.0
 */
export const gdapRemindersOf = (rel: GdapRelationship, at?: IsoDateTime): ReadonlyArray<GdapReminder> => {
  const end = at === undefined ? rel.endsAt : gdapEndAt(rel, at)
  if (end === null) return []
  return GDAP_REMINDER_DAYS.map((daysBefore) => ({ daysBefore, at: addDaysUtc(end, -daysBefore) }))
}

/** The partner tenants that act for a relationship: its partner, and the indirect provider that created it for its reseller (GDAP-15). @internal */
export const gdapPartnerSide = (rel: GdapRelationship): ReadonlyArray<TenantId> =>
  rel.indirectProviderTenantId === null ? [rel.partnerTenantId] : [rel.partnerTenantId, rel.indirectProviderTenantId]
