/**
 * Commands as data: every command by name, and {@link execute} / {@link explain} / {@link apply} to
 * run or judge a command given as data (the `ProgramCommand` codec is the programCommand module).
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { DomainEvent } from '../events/events.js'
import type { ProgramState } from '../model/state.js'
import { LATEST_RULE_SET, type RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning } from '../rules/violation.js'
import type { CommandResult } from './contract.js'
import { entryViolation } from './entry.js'
import { explainCommand, type Judgement } from './judge.js'
import type { ProgramCommand } from './programCommand.js'

import { COMMAND_NAMES, CommandNameCodec, erased, type CommandName } from './table.js'

export { COMMAND_NAMES, COMMANDS, type CommandInput, type CommandName } from './table.js'

/** The command a value names, or the violation that says why it names none (MOD-8). */
const named = (raw: unknown): E.Either<RuleViolation, { name: CommandName; input: unknown }> => {
  // read the envelope's own enumerable fields once (the input itself is read by the command's entry);
  // a getter or a revoked proxy that throws is a rejected command, never a thrown error
  let envelope: { readonly keys: ReadonlyArray<string>; readonly name: unknown; readonly input: unknown }
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return E.left(
        entryViolation('InvalidInput', 'MOD-8', LATEST_RULE_SET, [], 'A command is an object { command, input }.'),
      )
    const keys = Object.keys(raw)
    const field = (key: string) => (keys.includes(key) ? (raw as Record<string, unknown>)[key] : undefined)
    envelope = { keys, name: field('command'), input: field('input') }
  } catch {
    return E.left(entryViolation('InvalidInput', 'MOD-8', LATEST_RULE_SET, [], 'The command cannot be read.'))
  }
  const name = envelope.name
  if (!CommandNameCodec.is(name))
    return E.left(
      entryViolation(
        'UnknownCommand',
        'MOD-8',
        LATEST_RULE_SET,
        typeof name === 'string' ? [name.slice(0, 64)] : [],
        `${typeof name === 'string' ? `There is no command named ${JSON.stringify(name.slice(0, 64))}` : 'The command name is missing'}; the commands are ${COMMAND_NAMES.join(', ')}.`,
      ),
    )
  const extra = envelope.keys.filter((k) => k !== 'command' && k !== 'input')
  if (extra.length > 0)
    return E.left(
      entryViolation(
        'UnknownField',
        'MOD-8',
        LATEST_RULE_SET,
        extra.slice(0, 8),
        `A command has the fields command and input only; unknown: ${extra.slice(0, 8).join(', ')}.`,
      ),
    )
  return E.right({ name, input: envelope.input })
}

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
export interface Applied {
  readonly state: ProgramState
  readonly accepted: boolean
  readonly events: ReadonlyArray<DomainEvent>
  readonly warnings: ReadonlyArray<RuleWarning>
  readonly violations: ReadonlyArray<RuleViolation>
  readonly ruleSet: RuleSetId
}

/**
 * Runs a command given as data and always returns a state to continue from: the new state when the
 * command is accepted, the given state object itself when it is rejected. Convenient for running a
 * sequence of commands (the scenario checker does).
 *
 * @category commands
 * @since 0.1.0
 */
export const apply = (state: ProgramState, command: ProgramCommand | unknown): Applied => {
  const result = execute(state, command)
  return E.isRight(result)
    ? { ...result.right, accepted: true, violations: [] }
    : { state, accepted: false, events: [], warnings: [], violations: result.left, ruleSet: result.left[0].ruleSet }
}
