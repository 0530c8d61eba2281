/**
 * Who performs a command.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, literals } from '../internal/codec.js'
import { TenantId } from '../kernel/ids.js'

/**
 * The Partner Center roles of a partner user (PRT-1, ROL-1, seeds 000, 001, 003).
 *
 * @category models
 * @since 0.1.0
 */
export const PartnerUserRole = literals(
  ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent', 'helpdeskAgent', 'billingAdmin'],
  'PartnerUserRole',
)
/** @category models */
export type PartnerUserRole = t.TypeOf<typeof PartnerUserRole>

/**
 * Who may run a command, by kind of actor: Microsoft, a customer admin, or a partner user by role.
 * `whoMayRun` answers it per command, and docs/roles.md is generated from it.
 *
 * @category models
 * @since 0.2.0
 */
export type ActorCategory = 'microsoft' | 'customerAdmin' | PartnerUserRole

/** Every partner user role, in Partner Center's order. @category models @since 0.2.0 */
export const PARTNER_USER_ROLES = Object.keys(PartnerUserRole.keys) as ReadonlyArray<PartnerUserRole>

/** Every actor category: Microsoft, a customer admin, then each partner user role. @category models @since 0.2.0 */
export const ACTOR_CATEGORIES: ReadonlyArray<ActorCategory> = ['microsoft', 'customerAdmin', ...PARTNER_USER_ROLES]

/** The category of an actor. @category models @since 0.2.0 */
export const categoryOf = (actor: Actor): ActorCategory => (actor.kind === 'partnerUser' ? actor.role : actor.kind)

/** Codec for {@link Actor}. @category codecs @since 0.1.0 */
export const Actor = t.union(
  [
    exact('PartnerUser', { kind: t.literal('partnerUser'), tenantId: TenantId, role: PartnerUserRole }),
    exact('CustomerAdmin', { kind: t.literal('customerAdmin'), tenantId: TenantId }),
    exact('Microsoft', { kind: t.literal('microsoft') }),
  ],
  'Actor',
)
/**
 * The actor of a command: a user with a role in a partner tenant, the global admin of a customer
 * tenant, or Microsoft as program operator (approvals, restrictions, program flags).
 *
 * @category models
 */
export type Actor = t.TypeOf<typeof Actor>

/** A partner user of `tenantId` with `role`. @category constructors @since 0.1.0 */
export const partnerUser = (tenantId: TenantId, role: PartnerUserRole): Actor => ({
  kind: 'partnerUser',
  tenantId,
  role,
})
/** The global admin of customer tenant `tenantId`. @category constructors @since 0.1.0 */
export const customerAdmin = (tenantId: TenantId): Actor => ({ kind: 'customerAdmin', tenantId })
/** Microsoft, as program operator. @category constructors @since 0.1.0 */
export const microsoft: Actor = { kind: 'microsoft' }
