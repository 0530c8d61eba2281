/**
 * Commands as data: every command by name, and {@link execute} / {@link explain} / {@link apply} to
 * run or judge a command given as data (the `ProgramCommand` codec is the programCommand module).
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ProgramState } from '../model/state.js'
import { type RuleSetId } from '../rules/ruleSets.js'
import type { CommandResult } from './contract.js'
import { explainCommand, type Judgement } from './judge.js'
import type { ProgramCommand } from './programCommand.js'

import { NONE } from '../internal/none.js'
import { rejectedVerdict, type Verdict } from './batch.js'
import { named } from './named.js'
import { erased } from './table.js'

export { COMMAND_NAMES, COMMANDS, type CommandInput, type CommandName } from './table.js'

/**
 * Runs a command given as data (`{ command: name, input }`, usually parsed from JSON); same result
 * as calling the command function, whose input codec decodes `input` exactly. Any value is
 * accepted and never throws: a value that names no command, or has other fields, is rejected with
 * a `MOD-8` violation.
 *
 * @example
 * ```ts
 * import { emptyState, execute } from 'csp-channel'
 * const result = execute(emptyState, JSON.parse('{"command":"signMpa","input":{}}'))
 * // Left: MOD-8 InvalidInput violations naming input.actor, input.at, input.partnerTenantId
 * ```
 *
 * @category commands
 * @since 0.1.0
 */
export const execute = (state: ProgramState, command: ProgramCommand | unknown): CommandResult => {
  const found = named(command)
  return E.isLeft(found) ? E.left([found.left]) : erased(found.right.name)(state, found.right.input as never)
}

/**
 * Judges a command given as data without applying it: the entry check (MOD-8 / MOD-5), then every
 * rule check with its verdict (passed, failed, not in force under the rule set) and the warnings an
 * accepted command would carry. `options.whatIf` judges it under another rule set than the one in
 * force at its date (a hypothetical answer, marked `whatIf: true`; no command ever applies a rule
 * set other than the one in force). Never throws.
 *
 * @category commands
 * @since 0.1.0
 */
export const explain = (
  state: ProgramState,
  command: ProgramCommand | unknown,
  options: { readonly whatIf?: RuleSetId } = {},
): Judgement => {
  const found = named(command)
  if (E.isLeft(found)) {
    const v = found.left
    const report = { rule: v.rule, name: 'the value names a command', verdict: 'failed' as const, violations: [v] }
    return { command: '', ruleSet: v.ruleSet, whatIf: false, checks: [report], warnings: [] }
  }
  return explainCommand(erased(found.right.name), state, found.right.input as never, options)
}

/**
 * The result of {@link apply}: the state after the command (the very same object when it was
 * rejected), whether it was accepted, its events, warnings and violations, and the rule set that
 * judged it.
 *
 * @category commands
 * @since 0.1.0
 */
export interface Applied extends Verdict {
  readonly state: ProgramState
}

/**
 * Runs a command given as data and always returns a state to continue from: the new state when the
 * command is accepted, the given state object itself when it is rejected. Convenient for running a
 * sequence of commands when each intermediate state matters (the scenario checker does); {@link applyAll}
 * runs a whole log faster.
 *
 * @category commands
 * @since 0.1.0
 */
export const apply = (state: ProgramState, command: ProgramCommand | unknown): Applied => {
  const result = execute(state, command)
  return E.isRight(result)
    ? { ...result.right, accepted: true, violations: NONE }
    : { state, ...rejectedVerdict(result.left) }
}
