/**
 * How the checks of a command definition are run, shared by the command functions and by `judge`:
 * which checks apply under a rule set, the context they see, and how their findings become
 * violations and warnings stamped with the rule and the rule set.
 *
 * @module
 */
import { NONE } from '../internal/none.js'
import { ruleInForce, type RuleId } from '../rules/catalog.js'
import type { RuleSet, RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning, ViolationTag, WarningTag } from '../rules/violation.js'
import type { ProgramState } from '../model/state.js'
import type { CheckContext, CheckOf, CommandDefinition, CommandInputBase, Finding } from './contract.js'

/** A finding stamped with the rule and rule set that judged it (a violation or a warning, without its code). */
export const stamp = <Tag extends string>(rule: RuleId, set: RuleSet, f: Finding<Tag>) => ({
  _tag: f.tag,
  rule,
  ruleSet: set.id,
  subjects: f.subjects,
  message: f.message,
})

/** A check of any command, its context erased. */
export type AnyCheck<Tag extends string = ViolationTag> = CheckOf<CheckContext<CommandInputBase, object>, RuleId, Tag>

/** Whether a check is judged under a rule set: its rule is in force, or it is structural. */
export const applies = (c: AnyCheck<string>, set: RuleSet) => c.always === true || ruleInForce(c.rule, set.inForceFrom)

/** The checks (or advisory checks) of a definition that apply under each rule set, computed once (commands run often). */
const applicable = new WeakMap<object, Map<RuleSetId, ReadonlyArray<AnyCheck<string>>>>()
/** The checks of `list` that apply under a rule set; `list` is a definition's checks or advisories (the cache key). */
const underSet = <C extends AnyCheck<string>>(list: ReadonlyArray<C>, set: RuleSet): ReadonlyArray<C> => {
  let bySet = applicable.get(list)
  if (bySet === undefined) applicable.set(list, (bySet = new Map()))
  let checks = bySet.get(set.id)
  if (checks === undefined) bySet.set(set.id, (checks = list.filter((c) => applies(c, set))))
  return checks as ReadonlyArray<C>
}

/** The checks of a definition that apply under a rule set. */
export const checksUnder = (
  definition: CommandDefinition<string, CommandInputBase, object>,
  set: RuleSet,
): ReadonlyArray<AnyCheck> => underSet(definition.checks as ReadonlyArray<AnyCheck>, set)

/** A finding of a rule check, as the violation a command reports. */
export const violation = (rule: RuleId, set: RuleSet, f: Finding): RuleViolation => ({
  ...stamp(rule, set, f),
  _tag: f.tag as ViolationTag,
  partnerCenterCode: f.advisory === true ? null : (f.partnerCenterCode ?? null),
})

/** The warnings of the advisory checks of a definition that apply under the rule set. */
export const warningsOf = (
  definition: CommandDefinition<string, CommandInputBase, object>,
  set: RuleSet,
  context: object,
): ReadonlyArray<RuleWarning> => {
  const advisories = underSet((definition.advisories as ReadonlyArray<AnyCheck<WarningTag>> | undefined) ?? NONE, set)
  return advisories.length === 0
    ? NONE
    : advisories.flatMap((a) => a.check(context as never).map((f) => stamp(a.rule, set, f)))
}

/** What the checks of a definition see: the state, the input, the rule set and what `load` looked up. */
export const contextOf = <I extends CommandInputBase>(
  definition: CommandDefinition<string, I, object>,
  state: ProgramState,
  input: I,
  set: RuleSet,
): CheckContext<I, object> => ({ state, input, ruleSet: set, ...definition.load(state, input, set) })
