/**
 * Judging a command without applying it: every rule check with its verdict ({@link Judgement}),
 * for `explain` and {@link explainCommand}.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ProgramState } from '../model/state.js'
import type { RuleId } from '../rules/catalog.js'
import { ruleSet as ruleSetById, type RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning } from '../rules/violation.js'
import type { Command, CommandDefinition, CommandInputBase } from './contract.js'
import { enter } from './entry.js'
import { applies, contextOf, stamp, violation, warningsOf, type AnyCheck } from './evaluate.js'

/**
 * One line of an explanation: a rule check, and whether it passed, failed (with its violations) or
 * was not in force under the rule set.
 *
 * @category commands
 * @since 0.1.0
 */
export interface CheckReport {
  readonly rule: RuleId
  readonly name: string
  readonly verdict: 'passed' | 'failed' | 'notInForce'
  readonly violations: ReadonlyArray<RuleViolation>
}

/**
 * The full judgement of a command without applying it: the rule set, every check with its verdict,
 * and the warnings an accepted command would carry.
 *
 * @category commands
 * @since 0.1.0
 */
export interface Judgement {
  readonly command: string
  readonly ruleSet: RuleSetId
  /** `true` when the command was judged under a what-if rule set rather than the one in force at its date. */
  readonly whatIf: boolean
  readonly checks: ReadonlyArray<CheckReport>
  readonly warnings: ReadonlyArray<RuleWarning>
}

/** The name of the entry check of every command, as `explain` reports it. */
const ENTRY_CHECK = 'the input is exactly the documented shape, in range, judged by the rule set in force'

/**
 * Runs every check of a definition and reports each one; pure, no state change. With `whatIf`, the
 * command is judged under that rule set instead of the one in force at its date. @internal
 */
export const judge = <I extends CommandInputBase>(
  definition: CommandDefinition<string, I, object>,
  state: ProgramState,
  raw: unknown,
  whatIf?: RuleSetId,
): Judgement => {
  const hypothetical = whatIf === undefined ? undefined : ruleSetById(whatIf)
  const entered = enter(definition.name, definition.input, raw, hypothetical)
  const whatIfFlag = hypothetical !== undefined
  if (E.isLeft(entered)) {
    const { rule, ruleSet } = entered.left[0]
    const report: CheckReport = { rule, name: ENTRY_CHECK, verdict: 'failed', violations: entered.left }
    return { command: definition.name, ruleSet, whatIf: whatIfFlag, checks: [report], warnings: [] }
  }
  const { input, set } = entered.right
  const context = contextOf(definition, state, input, set)
  const entry: CheckReport = { rule: 'MOD-8', name: ENTRY_CHECK, verdict: 'passed', violations: [] }
  const unknown: RuleWarning[] = []
  const checks = definition.checks.map((c): CheckReport => {
    if (!applies(c as AnyCheck, set)) return { rule: c.rule, name: c.name, verdict: 'notInForce', violations: [] }
    const violations: RuleViolation[] = []
    for (const f of c.check(context))
      if (f.advisory === true) unknown.push(stamp(c.rule, set, f))
      else violations.push(violation(c.rule, set, f))
    return { rule: c.rule, name: c.name, verdict: violations.length === 0 ? 'passed' : 'failed', violations }
  })
  const warnings = [...unknown, ...warningsOf(definition as never, set, context)]
  return { command: definition.name, ruleSet: set.id, whatIf: whatIfFlag, checks: [entry, ...checks], warnings }
}

/**
 * Reports every rule a command would evaluate, with its verdict, without applying anything: first
 * the entry check (the input decodes exactly, MOD-8 / MOD-5), then each rule check. With
 * `options.whatIf`, the command is judged under that rule set instead of the one in force at its
 * date: a hypothetical answer, marked `whatIf: true`, that never changes a state. Works for a command
 * defined with `defineCommand` outside the library too (`explain` runs only the built-in commands).
 *
 * @example
 * ```ts
 * import { emptyState, explainCommand, signMpa } from 'csp-channel'
 * const judgement = explainCommand(signMpa, emptyState, JSON.parse(text))
 * for (const c of judgement.checks) console.log(c.verdict, c.rule, c.name) // passed MOD-8 …, failed MOD-1 …
 * ```
 *
 * @category commands
 * @since 0.1.0
 */
export const explainCommand = <I extends CommandInputBase>(
  command: Command<string, I>,
  state: ProgramState,
  input: I,
  options: { readonly whatIf?: RuleSetId } = {},
): Judgement => judge(command.definition, state, input, options.whatIf)
