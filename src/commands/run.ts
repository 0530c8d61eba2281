/**
 * Running a command definition up to its decision: the entry (the input decoded exactly, the rule
 * set in force picked), the look-ups, every check that applies under the rule set, and, when none
 * failed, the events and warnings of the accepted command. Folding the events into a state is left
 * to the caller: a command function folds them over its own state, `applyAll` over a working copy.
 *
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { DomainEvent } from '../events/events.js'
import type { ProgramState } from '../model/state.js'
import type { RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning } from '../rules/violation.js'
import type { AnyDefinition } from './contract.js'
import { enter } from './entry.js'
import { checksUnder, contextOf, stamp, violation, warningsOf } from './evaluate.js'

/** An accepted command before its events are folded: its events, warnings and the rule set that judged it. */
export interface Decided {
  readonly events: ReadonlyArray<DomainEvent>
  readonly warnings: ReadonlyArray<RuleWarning>
  readonly ruleSet: RuleSetId
}

/** Every violation of a command against `state`, or its {@link Decided} events; never throws on any `raw` value. */
export const decideCommand = (
  definition: AnyDefinition,
  state: ProgramState,
  raw: unknown,
): E.Either<ReadonlyNonEmptyArray<RuleViolation>, Decided> => {
  const entered = enter(definition.name, definition.input, raw)
  if (E.isLeft(entered)) return entered
  const { input, set } = entered.right
  const context = contextOf(definition, state, input, set)
  // the same checks as `judge`, without a report per check: only failures allocate
  let violations: RuleViolation[] | undefined
  let unknown: RuleWarning[] | undefined
  for (const c of checksUnder(definition, set))
    for (const f of c.check(context))
      if (f.advisory === true) (unknown ??= []).push(stamp(c.rule, set, f))
      else (violations ??= []).push(violation(c.rule, set, f))
  if (violations !== undefined) {
    const [first, ...rest] = violations
    if (first !== undefined) return E.left([first, ...rest])
  }
  const advisories = warningsOf(definition, set, context)
  return E.right({
    events: definition.decide(context),
    warnings: unknown === undefined ? advisories : [...unknown, ...advisories],
    ruleSet: set.id,
  })
}
