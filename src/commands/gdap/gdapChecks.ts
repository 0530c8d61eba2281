/**
 * The checks the GDAP commands share: GDAP exists under the rule set (GDAP-1), the partner's admin
 * agent acts (ROL-2, GDAP-16), the relationship and the customer tenant are known (MOD-1), the
 * relationship is still created (GDAP-2), its request has not expired (GDAP-5), and it is active
 * (GDAP-9, GDAP-11). Its display name, duration and auto-extension are judged in gdapTermsChecks.
 *
 * @internal
 */
import { intAtLeast } from '../../internal/codec.js'
import type { TenantId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import { ACTOR_CATEGORIES } from '../../model/actor.js'
import { gdapIsActiveAt, gdapPartnerSide, gdapStatusAt, type GdapRelationship } from '../../model/gdap.js'
import { getGdapRelationship } from '../../model/gdapQueries.js'
import { getCustomer, getTenant } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { actsForOwnTenant, ADMIN_ROLES } from '../checks/actor.js'
import {
  actingPartnerKnown,
  loadPartner,
  type PartnerContext,
  type PartnerInput,
  type PartnerLoaded,
} from '../checks/partner.js'
import { fail, pass, when, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

/**
 * A duration in days as a caller gives it: a whole number from 1 to 36,500 (a range codec, MOD-5);
 * GDAP-3 judges whether it is at most 730. @internal
 */
export const GdapDurationInput = intAtLeast(1, 'GdapDurationInput', 36_500)
/** An auto-extension in days as a caller gives it: 0 to 36,500 (MOD-5); GDAP-7 judges the value. @internal */
export const GdapAutoExtendInput = intAtLeast(0, 'GdapAutoExtendInput', 36_500)
/** The ID of a GDAP relationship in an input. @internal */
export const relationshipIdField = { relationshipId: Text }

/** Input of a command a partner runs on one of its relationships. */
export type GdapPartnerInput = PartnerInput & { readonly relationshipId: string }
/** What such a command loads: the acting partner and the relationship. */
export type GdapLoaded = PartnerLoaded & { readonly relationship: GdapRelationship | undefined }
/** Check context of such a command. */
export type GdapContext<I extends GdapPartnerInput = GdapPartnerInput> = PartnerContext<I, GdapLoaded>

/** Looks up the acting partner and the relationship. */
export const loadGdap = (state: ProgramState, input: GdapPartnerInput): GdapLoaded => ({
  ...loadPartner(state, input),
  relationship: getGdapRelationship(state, input.relationshipId),
})

/** GDAP exists under the rule set: from 2022-01-10 (GDAP-1, `GdapNotAvailable`), judged under every rule set. */
export const gdapAvailable = <C extends Ctx>(): RuleCheck<C> => ({
  rule: 'GDAP-1',
  name: 'GDAP relationships exist from 2022-01-10',
  always: true,
  check: (c) =>
    inForceUnder(c.ruleSet, 'GDAP-1')
      ? pass
      : fail('GdapNotAvailable', [], `GDAP relationships exist from 2022-01-10; the command is dated ${c.input.at}.`),
})

/**
 * GDAP is requested and managed by a partner user who is an admin agent or global admin: Microsoft,
 * a customer admin or another partner role is refused (GDAP-16, `GdapNotAdminAgent`; subjects: the
 * actor's tenant, none for Microsoft).
 */
export const adminAgentActs = <C extends Ctx>(): RuleCheck<C> => ({
  rule: 'GDAP-16',
  who: ADMIN_ROLES,
  name: "GDAP is requested and managed by the partner's admin agent",
  check: (c) => {
    const { actor } = c.input
    if (actor.kind === 'partnerUser' && ADMIN_ROLES.includes(actor.role)) return pass
    const who =
      actor.kind === 'partnerUser' ? actor.role : actor.kind === 'microsoft' ? 'Microsoft' : 'a customer admin'
    return fail(
      'GdapNotAdminAgent',
      actor.kind === 'microsoft' ? [] : [actor.tenantId],
      `Only a partner's admin agent or global admin manages GDAP relationships; the actor is ${who}.`,
    )
  },
})

/**
 * The partner acting is known (MOD-1) and a partner user acts for its own tenant (ROL-2); an actor
 * that is no partner user is refused under GDAP-16 ({@link adminAgentActs}), not under ROL-2.
 */
export const gdapPartnerUserActs = <C extends PartnerContext>(): ReadonlyArray<RuleCheck<C>> => [
  actingPartnerKnown<C>(),
  {
    ...when<C>(
      (c) => c.input.actor.kind === 'partnerUser',
      actsForOwnTenant((c) => c.input.partnerTenantId),
    ),
    who: ACTOR_CATEGORIES,
  } as RuleCheck<C>,
  adminAgentActs<C>(),
]

/** The relationship is known (MOD-1, `UnknownGdapRelationship`); with `side`, one the partner acts for. */
export const relationshipKnown = <C extends Ctx & { readonly relationship: GdapRelationship | undefined }>(
  id: Picker<C, string>,
  side?: Picker<C, TenantId>,
): RuleCheck<C> => ({
  rule: 'MOD-1',
  name: 'the GDAP relationship is known',
  check: (c) => {
    const rel = c.relationship
    if (rel !== undefined && (side === undefined || gdapPartnerSide(rel).includes(side(c)))) return pass
    const whose = side === undefined ? '' : ` of partner ${side(c)}`
    return fail('UnknownGdapRelationship', [id(c)], `No GDAP relationship ${id(c)}${whose} is known.`)
  },
})

/** The checks every partner command on a relationship starts with (GDAP-1, MOD-1, ROL-2, GDAP-16). */
export const gdapPartnerActs = <C extends GdapContext>(): ReadonlyArray<RuleCheck<C>> => [
  gdapAvailable<C>(),
  ...gdapPartnerUserActs<C>(),
  relationshipKnown<C>(
    (c) => c.input.relationshipId,
    (c) => c.input.partnerTenantId,
  ),
]

/** The relationship is still created: only then is it edited, deleted or locked (GDAP-2). */
export const stillCreated = <C extends Ctx & { readonly relationship: GdapRelationship | undefined }>(
  what: string,
  applies: Picker<C, boolean> = () => true,
): RuleCheck<C> => ({
  rule: 'GDAP-2',
  name: `only a created relationship takes ${what}`,
  check: (c) => {
    const rel = c.relationship
    return rel === undefined || rel.status === 'created' || !applies(c)
      ? pass
      : fail(
          'GdapRelationshipNotEditable',
          [rel.id],
          `GDAP relationship ${rel.id} is ${gdapStatusAt(rel, c.input.at)}, no longer created: it takes no ${what}.`,
        )
  },
})

/** The relationship is active at the command's instant (not expired nor ended): GDAP-9 or GDAP-11. */
export const relationshipActive = <C extends Ctx & { readonly relationship: GdapRelationship | undefined }>(
  rule: 'GDAP-9' | 'GDAP-11',
  what: string,
): RuleCheck<C> => ({
  rule,
  name: `only an active relationship takes ${what}`,
  check: (c) => {
    const rel = c.relationship
    return rel === undefined || gdapIsActiveAt(rel, c.input.at)
      ? pass
      : fail(
          'GdapRelationshipNotActive',
          [rel.id],
          `GDAP relationship ${rel.id} is ${gdapStatusAt(rel, c.input.at)}, not active: it takes no ${what}.`,
        )
  },
})

/** A request locked for approval 90 days or more before the command has expired (GDAP-5, `GdapRequestExpired`). */
export const requestNotExpired = <
  C extends Ctx & { readonly relationship: GdapRelationship | undefined },
>(): RuleCheck<C> => ({
  rule: 'GDAP-5',
  name: 'a request expires 90 days after it was locked for approval',
  check: ({ relationship: rel, input }) =>
    rel !== undefined && rel.status === 'approvalPending' && gdapStatusAt(rel, input.at) === 'expired'
      ? fail(
          'GdapRequestExpired',
          [rel.id],
          `GDAP relationship ${rel.id} was locked for approval on ${rel.lockedAt}: it expired 90 days later.`,
        )
      : pass,
})

/**
 * The customer tenant a relationship names, when it names one, is a known customer tenant: a customer
 * the state holds, never a partner or integration sandbox tenant (MOD-1, `UnknownCustomer`; subjects:
 * the tenant ID).
 */
export const customerTenantKnown = <C extends Ctx>(customer: Picker<C, TenantId | null | undefined>): RuleCheck<C> => ({
  rule: 'MOD-1',
  name: 'the customer tenant named is a known customer tenant',
  check: (c) => {
    const id = customer(c)
    if (id === null || id === undefined) return pass
    const kind = getTenant(c.state, id)?.kind
    if (kind === 'customer' && getCustomer(c.state, id) !== undefined) return pass
    const why = kind === undefined || kind === 'customer' ? 'is not known' : `is a ${kind} tenant`
    return fail('UnknownCustomer', [id], `Tenant ${id} ${why}: a GDAP relationship names a customer tenant.`)
  },
})
