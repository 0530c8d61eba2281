/**
 * The checks the GDAP commands share: GDAP exists under the rule set (GDAP-1), the partner's admin
 * agent acts (GDAP-16), the relationship is known to the partner (MOD-1), still created (GDAP-2),
 * its display name, duration (GDAP-3) and auto-extension (GDAP-7) are allowed, and it is active
 * (GDAP-9, GDAP-11).
 *
 * @internal
 */
import { intAtLeast } from '../../internal/codec.js'
import type { TenantId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import {
  GDAP_MAX_DURATION_DAYS,
  GDAP_MAX_NAME_LENGTH,
  gdapIsActiveAt,
  gdapPartnerSide,
  gdapStatusAt,
  type GdapRelationship,
} from '../../model/gdap.js'
import { getGdapRelationship, gdapRelationshipsOfPartner } from '../../model/gdapQueries.js'
import { holdsGlobalAdministrator, type RoleDefinitionId } from '../../model/gdapRoles.js'
import type { ProgramState } from '../../model/state.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { ADMIN_ROLES } from '../checks/actor.js'
import {
  loadPartner,
  partnerActs,
  type PartnerContext,
  type PartnerInput,
  type PartnerLoaded,
} from '../checks/partner.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

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

/** A partner user requesting or managing GDAP is an admin agent or global admin (GDAP-16, `GdapNotAdminAgent`). */
export const adminAgentActs = <C extends Ctx>(): RuleCheck<C> => ({
  rule: 'GDAP-16',
  who: ['microsoft', 'customerAdmin', ...ADMIN_ROLES],
  name: "GDAP is requested and managed by the partner's admin agent",
  check: (c) => {
    const { actor } = c.input
    return actor.kind === 'partnerUser' && !ADMIN_ROLES.includes(actor.role)
      ? fail(
          'GdapNotAdminAgent',
          [actor.tenantId],
          `Only an admin agent or global admin manages GDAP relationships; the actor is ${actor.role}.`,
        )
      : pass
  },
})

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
  ...partnerActs<C>(),
  adminAgentActs<C>(),
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

/** What GDAP-3 judges of a relationship's name and duration, those given. */
export interface NameAndDuration {
  readonly partner: TenantId
  readonly displayName?: string
  readonly durationDays?: number
  /** The relationship being edited, whose own name is not a clash. */
  readonly self?: string
}

/** The display name (at most 50 characters, unique among the partner's relationships) and duration (1 to 730 days) are allowed (GDAP-3). */
export const nameAndDuration = <C extends Ctx>(pick: Picker<C, NameAndDuration | undefined>): RuleCheck<C> => ({
  rule: 'GDAP-3',
  name: 'a relationship lasts 1 to 730 days and has a unique display name of at most 50 characters',
  check: (c) => {
    const given = pick(c)
    if (given === undefined) return pass
    const { displayName: name, durationDays: days } = given
    const duration =
      days === undefined || (days >= 1 && days <= GDAP_MAX_DURATION_DAYS)
        ? pass
        : fail('GdapDurationOutOfRange', [String(days)], `A GDAP relationship lasts 1 to 730 days, not ${days}.`)
    if (name === undefined) return duration
    if ([...name].length > GDAP_MAX_NAME_LENGTH)
      return [
        ...duration,
        ...fail('GdapDisplayNameTooLong', [name], `The display name "${name}" is longer than 50 characters.`),
      ]
    const clash = gdapRelationshipsOfPartner(c.state, given.partner).find(
      (r) => r.displayName === name && r.id !== given.self && r.status !== 'deleted' && r.status !== 'rejected',
    )
    return clash === undefined
      ? duration
      : [
          ...duration,
          ...fail(
            'GdapDisplayNameTaken',
            [clash.id],
            `Partner ${given.partner} already names GDAP relationship ${clash.id} "${name}".`,
          ),
        ]
  },
})

/** What GDAP-7 judges: the auto-extension asked for, the roles the relationship will hold, and whether its status allows the change. */
export interface AutoExtension {
  readonly days: number
  readonly roles: ReadonlyArray<RoleDefinitionId>
  /** The relationship being edited, if any: created or active only. */
  readonly relationship?: GdapRelationship
}

/**
 * The auto-extension is one the rule set accepts (none before 2023-10-30), never with Global
 * Administrator, and set only while created or active (GDAP-7): judged under every rule set.
 */
export const autoExtensionAllowed = <C extends Ctx>(pick: Picker<C, AutoExtension | undefined>): RuleCheck<C> => ({
  rule: 'GDAP-7',
  name: 'auto-extension is none or 180 days as the rule set allows, never with Global Administrator',
  always: true,
  check: (c) => {
    const asked = pick(c)
    if (asked === undefined) return pass
    const rel = asked.relationship
    const status = rel === undefined ? 'created' : gdapStatusAt(rel, c.input.at)
    if (status !== 'created' && status !== 'active' && status !== 'expiring')
      return fail(
        'GdapAutoExtendNotChangeable',
        [rel?.id ?? ''],
        `Auto-extension is set while a relationship is created or active; it is ${status}.`,
      )
    if (!c.ruleSet.gdapAutoExtendDays.includes(asked.days))
      return fail(
        'GdapAutoExtendNotAllowed',
        [String(asked.days)],
        `Rule set ${c.ruleSet.id} accepts auto-extension by ${c.ruleSet.gdapAutoExtendDays.join(' or ')} days, not ${asked.days}.`,
      )
    return asked.days > 0 && holdsGlobalAdministrator(asked.roles)
      ? fail(
          'GdapAutoExtendWithGlobalAdmin',
          rel === undefined ? [] : [rel.id],
          'A GDAP relationship holding the Global Administrator role cannot auto-extend.',
        )
      : pass
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
