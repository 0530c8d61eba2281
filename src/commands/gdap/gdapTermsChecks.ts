/**
 * The checks on what a GDAP relationship asks for, shared by its creation and its edits: its display
 * name and duration (GDAP-3) and its auto-extension (GDAP-7).
 *
 * @internal
 */
import type { TenantId } from '../../kernel/ids.js'
import { GDAP_MAX_DURATION_DAYS, GDAP_MAX_NAME_LENGTH, gdapStatusAt, type GdapRelationship } from '../../model/gdap.js'
import { gdapRelationshipsOfPartner } from '../../model/gdapQueries.js'
import { holdsGlobalAdministrator, type RoleDefinitionId } from '../../model/gdapRoles.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

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

/**
 * What GDAP-7 judges: the auto-extension the relationship will have, the roles it will hold, and,
 * for an edit, the relationship and whether the edit changes its auto-extension.
 */
export interface AutoExtension {
  readonly days: number
  readonly roles: ReadonlyArray<RoleDefinitionId>
  /** The relationship being edited, if any: its auto-extension changes while created or active only. */
  readonly relationship?: GdapRelationship
  /** The edit keeps the auto-extension the relationship has (it changes its roles only): only Global Administrator is judged. */
  readonly kept?: boolean
}

/**
 * The auto-extension is one the rule set accepts (none before 2023-10-30), never with Global
 * Administrator, and set only while created or active (GDAP-7): judged under every rule set. An
 * auto-extension `kept` is judged against the roles only.
 */
export const autoExtensionAllowed = <C extends Ctx>(pick: Picker<C, AutoExtension | undefined>): RuleCheck<C> => ({
  rule: 'GDAP-7',
  name: 'auto-extension is none or 180 days as the rule set allows, never with Global Administrator',
  always: true,
  check: (c) => {
    const asked = pick(c)
    if (asked === undefined) return pass
    const rel = asked.relationship
    if (asked.kept === true) return globalAdministratorFinding(asked)
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
    return globalAdministratorFinding(asked)
  },
})

/** A relationship that auto-extends holds no Global Administrator role (GDAP-7, `GdapAutoExtendWithGlobalAdmin`). */
const globalAdministratorFinding = (asked: AutoExtension) =>
  asked.days > 0 && holdsGlobalAdministrator(asked.roles)
    ? fail(
        'GdapAutoExtendWithGlobalAdmin',
        asked.relationship === undefined ? [] : [asked.relationship.id],
        'A GDAP relationship holding the Global Administrator role cannot auto-extend.',
      )
    : pass
