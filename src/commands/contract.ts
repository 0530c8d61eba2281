/**
 * The command contract. Every command is a pure function
 * `(state, input) => Either<ReadonlyNonEmptyArray<RuleViolation>, Outcome>` built from a
 * {@link CommandDefinition}: the input codec, O(1) look-ups, the named rule checks (data) and the
 * events an accepted command emits. Every check runs against the original state and every failing
 * rule is reported; a rejected command returns the caller's state object untouched (it is not
 * part of the `Left`). An accepted command's new state is the fold of its events with `evolve`.
 * Judging a command without applying it (`explainCommand`) is the judge module.
 *
 * The public part of this module is also the extension API: `defineCommand`, `commandInput`, `pass`,
 * `fail`, `when` and the types they use (see `docs/extending.md`). `structural` and `unknownFact`
 * stay internal: a check may set `always` itself, and an advisory finding is a {@link Finding}.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type * as t from 'io-ts'
import type { DomainEvent } from '../events/events.js'
import { replayOwn } from '../events/evolve.js'
import type { IsoDateTime } from '../kernel/ids.js'
import type { Actor } from '../model/actor.js'
import { recalling } from '../model/recentLookups.js'
import type { ProgramState } from '../model/state.js'
import type { RuleSet, RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning } from '../rules/violation.js'
import type { AdvisoryCheck, CheckContext, RuleCheck } from './check.js'
import { decideCommand } from './run.js'

export { commandInput, fail, pass, when } from './building.js'
export type { AdvisoryCheck, CheckContext, CheckOf, Finding, RuleCheck } from './check.js'

/**
 * The fields every command input carries: who acts (`actor`), when (`at`, ISO-8601 UTC; the library
 * never reads the clock) and, optionally, the rule set in force at `at` (naming any other set is a
 * rejected command, MOD-8; to judge a command under another rule set, use `explain` with
 * `{ whatIf: ruleSetId }`).
 *
 * @category commands
 * @since 0.1.0
 */
export interface CommandInputBase {
  readonly actor: Actor
  readonly at: IsoDateTime
  readonly ruleSet?: RuleSetId
}

/**
 * What an accepted command returns: the new `state`, the `events` that produced it (in order), the
 * advisory `warnings`, and the `ruleSet` that judged the command.
 *
 * @category commands
 * @since 0.1.0
 */
export interface Outcome {
  readonly state: ProgramState
  readonly events: ReadonlyArray<DomainEvent>
  readonly warnings: ReadonlyArray<RuleWarning>
  readonly ruleSet: RuleSetId
}

/**
 * The result of a command: every violation (`Left`), or the {@link Outcome} (`Right`).
 *
 * @category commands
 * @since 0.1.0
 */
export type CommandResult = E.Either<ReadonlyNonEmptyArray<RuleViolation>, Outcome>

/**
 * The definition of a command, as data: its name, input codec, look-ups, rule checks, advisory
 * checks and decision (the events of an accepted command).
 *
 * @category commands
 * @since 0.1.0
 */
export interface CommandDefinition<N extends string, I extends CommandInputBase, L extends object> {
  readonly name: N
  /**
   * The io-ts codec of the input: every call decodes its input with it (MOD-8, MOD-5), so a typed
   * call and a call with JSON get the same verdict. (The input type is not inferred from it: see
   * `load`.)
   */
  readonly input: t.Type<NoInfer<I>, unknown, unknown>
  /**
   * Looks up (and computes) what the checks and `decide` need, under the rule set that judges the
   * command; O(1) table reads, or one computation such as an assessment. `decide` only reads what
   * `load` gave it. Type its `input` parameter with the input interface: the command's type then
   * names it (`Command<'pause', PauseInput>`); otherwise the input type is the codec's.
   */
  readonly load: (state: ProgramState, input: I, ruleSet: RuleSet) => L
  /** The rule checks, all run against the original state. */
  readonly checks: ReadonlyArray<RuleCheck<CheckContext<I, L>>>
  /** Advisory checks: their findings become warnings on an accepted command. */
  readonly advisories?: ReadonlyArray<AdvisoryCheck<CheckContext<I, L>>>
  /** The events of an accepted command (called only when every check passed). */
  readonly decide: (context: CheckContext<I, L>) => ReadonlyArray<DomainEvent>
}

/**
 * A command function with its definition attached (used by `execute` and `explain`).
 *
 * @category commands
 * @since 0.1.0
 */
export interface Command<N extends string, I extends CommandInputBase> {
  (state: ProgramState, input: I): CommandResult
  readonly commandName: N
  readonly definition: CommandDefinition<N, I, object>
}

/** The erased definition type used by registries. @internal */
export type AnyDefinition = CommandDefinition<string, CommandInputBase, object>

/**
 * Turns a definition into its command function: the same contract as every built-in command (the
 * input decoded exactly by its codec, every check run against the original state, every failing
 * rule reported, the new state the fold of the events). A command you define is a function you call
 * directly, and `explainCommand` judges it; `execute`, `apply`, `explain` and `whoMayRun` know only
 * the built-in commands. Its checks judge catalog rules with the tags {@link VIOLATIONS} pairs with
 * them, and `decide` returns the library's {@link DomainEvent}s. Guide: `docs/extending.md`;
 * complete example: `examples/custom-command.ts`.
 *
 * @example
 * ```ts
 * import type * as t from 'io-ts'
 * import { commandInput, defineCommand, fail, getSubscription, pass, SubscriptionId, type ProgramState } from 'csp-channel'
 *
 * export const PauseInput = commandInput('PauseInput', { subscriptionId: SubscriptionId })
 * export interface PauseInput extends t.TypeOf<typeof PauseInput> {}
 *
 * export const pause = defineCommand({
 *   name: 'pause',
 *   input: PauseInput,
 *   load: (state: ProgramState, input: PauseInput) => ({ subscription: getSubscription(state, input.subscriptionId) }),
 *   checks: [
 *     {
 *       rule: 'MOD-1',
 *       name: 'the subscription is known',
 *       check: ({ subscription, input }) =>
 *         subscription === undefined ? fail('UnknownSubscription', [input.subscriptionId], 'Unknown subscription.') : pass,
 *     },
 *   ],
 *   decide: ({ input }) => [{ _tag: 'SubscriptionSuspended', at: input.at, subscriptionId: input.subscriptionId }],
 * })
 * // pause(state, { actor, at, subscriptionId }): Left(violations) or Right({ state, events, warnings, ruleSet })
 * ```
 *
 * @category extending
 * @since 0.1.0
 */
export const defineCommand = <
  N extends string,
  C extends t.Type<any, unknown, unknown>, // eslint-disable-line @typescript-eslint/no-explicit-any
  L extends object,
  I extends CommandInputBase = t.TypeOf<C>,
>(
  definition: CommandDefinition<N, I, L> & { readonly input: C },
): Command<N, I> => {
  const erased = definition as unknown as CommandDefinition<N, I, object>
  const command = (state: ProgramState, raw: I): CommandResult => {
    // the entities the command looks up are read once: its events and writes read them again
    return recalling((): CommandResult => {
      const decided = decideCommand(definition as unknown as AnyDefinition, state, raw)
      if (E.isLeft(decided)) return decided
      const { events, warnings, ruleSet } = decided.right
      return E.right({ state: replayOwn(state, events), events, warnings, ruleSet })
    })
  }
  return Object.assign(command, { commandName: definition.name, definition: erased })
}
