/**
 * The command contract. Every command is a pure function
 * `(state, input) => Either<ReadonlyNonEmptyArray<RuleViolation>, Outcome>` built from a
 * {@link CommandDefinition}: the input codec, O(1) look-ups, the named rule checks (data) and the
 * events an accepted command emits. Every check runs against the original state and every failing
 * rule is reported; a rejected command returns the caller's state object untouched (it is not
 * part of the `Left`). An accepted command's new state is the fold of its events with `evolve`.
 * Judging a command without applying it (`explainCommand`) is the judge module.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import * as t from 'io-ts'
import type { DomainEvent } from '../events/events.js'
import { replayOwn } from '../events/evolve.js'
import { exact } from '../internal/codec.js'
import { Actor, type ActorCategory } from '../model/actor.js'
import { IsoDateTime } from '../model/ids.js'
import type { ProgramState } from '../model/state.js'
import type { RuleId } from '../rules/catalog.js'
import { RuleSetId, type RuleSet } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning, TagsOf, ViolationTag, WarningTag } from '../rules/violation.js'
import { enter } from './entry.js'
import { checksUnder, contextOf, stamp, violation, warningsOf } from './evaluate.js'

/**
 * The fields every command input carries: who acts (`actor`), when (`at`, ISO-8601 UTC; the library
 * never reads the clock) and, optionally, the rule set in force at `at` (naming any other set is a
 * rejected command, MOD-8; to judge a command under another rule set, use `explain` with
 * `{ whatIf: ruleSetId }`).
 *
 * @category commands
 */
export interface CommandInputBase {
  readonly actor: Actor
  readonly at: IsoDateTime
  readonly ruleSet?: RuleSetId
}

/**
 * Builds a command input codec: `actor`, `at`, optional `ruleSet`, plus the command's own fields.
 * The codec is exact: any other field is rejected (MOD-8).
 * @internal
 */
export const commandInput = <P extends t.Props>(name: string, props: P) =>
  exact(name, { actor: Actor, at: IsoDateTime, ...props }, { ruleSet: RuleSetId })

/**
 * What an accepted command returns: the new `state`, the `events` that produced it (in order), the
 * advisory `warnings`, and the `ruleSet` that judged the command.
 *
 * @category commands
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
 */
export type CommandResult = E.Either<ReadonlyNonEmptyArray<RuleViolation>, Outcome>

/**
 * One problem a rule check found, before the contract stamps it with the check's rule and the rule
 * set: a violation tag, the IDs concerned, a message and the Partner Center error code if any.
 *
 * @category commands
 */
export type Finding<Tag extends string = ViolationTag> =
  | {
      readonly tag: Tag
      readonly subjects: ReadonlyArray<string>
      readonly message: string
      readonly partnerCenterCode?: number
      readonly advisory?: false
    }
  | {
      /** A check that cannot judge because the state does not know a fact (imported data): a warning, not a violation. */
      readonly advisory: true
      readonly tag: WarningTag
      readonly subjects: ReadonlyArray<string>
      readonly message: string
    }

/**
 * The finding of a check that cannot judge because the state does not know a fact it needs (a
 * customer's region, whether a relationship has delegated admin, an MPA signature date, all
 * unknown after an import from bodies that omit them): the command is judged without it and
 * carries a `FactUnknown` warning that names what to import to know. @internal
 */
export const unknownFact = (subjects: ReadonlyArray<string>, message: string): ReadonlyArray<Finding<never>> => [
  { advisory: true, tag: 'FactUnknown', subjects, message },
]

/** The same check, judged under every rule set (a structural precondition). @internal */
export const structural = <C>(check: RuleCheck<C>): RuleCheck<C> => ({ ...check, always: true })

/**
 * The check, judged only when `predicate` holds for the context (it passes otherwise): for checks
 * that apply to an optional part of an input, such as a named reseller. @internal
 */
export const when = <C>(predicate: (c: C) => boolean, check: RuleCheck<C>): RuleCheck<C> =>
  // the spread keeps the check's own rule, so its tags stay paired with it
  ({ ...check, check: (c: C) => (predicate(c) ? check.check(c) : pass) }) as RuleCheck<C>

/** No finding. @internal */
export const pass: ReadonlyArray<never> = []

/** A single finding; its tag must be one the check's rule may report ({@link VIOLATIONS}). @internal */
export const fail = <T extends ViolationTag>(
  tag: T,
  subjects: ReadonlyArray<string>,
  message: string,
  partnerCenterCode?: number,
): ReadonlyArray<Finding<T>> => [
  { tag, subjects, message, ...(partnerCenterCode === undefined ? {} : { partnerCenterCode }) },
]

/**
 * What a check sees: the state before the command, the decoded input, the rule set, and the
 * entities the command's `load` step looked up.
 *
 * @category commands
 */
export type CheckContext<I, L> = { readonly state: ProgramState; readonly input: I; readonly ruleSet: RuleSet } & L

/**
 * A check of rule `R` that may report `Tag`s: the rule it enforces, a short description, and the
 * function that returns the problems it finds (none when the rule holds).
 *
 * @category commands
 */
export interface CheckOf<C, R extends RuleId, Tag extends string> {
  readonly rule: R
  readonly name: string
  /** Judged under every rule set, even before its rule comes into force. */
  readonly always?: boolean
  /**
   * For a check about who acts: the actor categories it can let through (others it always
   * rejects). `whoMayRun` and docs/roles.md are derived from it.
   */
  readonly who?: ReadonlyArray<ActorCategory>
  /** Returns the problems found; an empty list when the rule holds. */
  readonly check: (context: C) => ReadonlyArray<Finding<Tag>>
}

/**
 * A named rule check: the rule it enforces, a short description, and the function that returns the
 * problems it finds (none when the rule holds). The tags it may return are those {@link VIOLATIONS}
 * pairs with its rule: the type is a union over rule IDs, so pairing a tag with an unrelated rule
 * does not compile. A check whose rule is not in force under the rule set is skipped, unless it is
 * marked `always`: a structural precondition of the command (who may run it, the state an
 * application must be in), judged under every rule set. Checks do not depend on each other: each
 * one that cannot judge for lack of data (an unknown partner, say) passes and leaves the report to
 * the check for that data.
 *
 * @category commands
 */
export type RuleCheck<C> = { [R in RuleId]: CheckOf<C, R, TagsOf<R>> }[RuleId]

/**
 * An advisory check: its findings become warnings on an accepted command.
 *
 * @category commands
 */
export type AdvisoryCheck<C> = CheckOf<C, RuleId, WarningTag>

/**
 * The definition of a command, as data: its name, input codec, look-ups, rule checks, advisory
 * checks and decision (the events of an accepted command).
 *
 * @category commands
 */
export interface CommandDefinition<N extends string, I extends CommandInputBase, L extends object> {
  readonly name: N
  /** The io-ts codec of the input, used to run the command from JSON. */
  readonly input: t.Type<I, unknown, unknown>
  /** Looks up the entities the checks need; O(1) table reads only. */
  /**
   * Looks up (and computes) what the checks and `decide` need, under the rule set that judges the
   * command; O(1) table reads, or one computation such as an assessment. `decide` only reads what
   * `load` gave it.
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
 */
export interface Command<N extends string, I extends CommandInputBase> {
  (state: ProgramState, input: I): CommandResult
  readonly commandName: N
  readonly definition: CommandDefinition<N, I, object>
}

/** The erased definition type used by registries. @internal */
export type AnyDefinition = CommandDefinition<string, CommandInputBase, object>

/**
 * Turns a definition into its command function.
 *
 * @category constructors
 */
export const defineCommand = <N extends string, I extends CommandInputBase, L extends object>(
  definition: CommandDefinition<N, I, L>,
): Command<N, I> => {
  const erased = definition as unknown as CommandDefinition<N, I, object>
  const command = (state: ProgramState, raw: I): CommandResult => {
    const entered = enter(erased.name, erased.input, raw)
    if (E.isLeft(entered)) return entered
    const { input, set } = entered.right
    const context = contextOf(erased, state, input, set)
    // the same checks as `judge`, without a report per check: only failures allocate
    const violations: RuleViolation[] = []
    const unknown: RuleWarning[] = []
    for (const c of checksUnder(erased as never, set))
      for (const f of c.check(context as never))
        if (f.advisory === true) unknown.push(stamp(c.rule, set, f))
        else violations.push(violation(c.rule, set, f))
    const [first, ...rest] = violations
    if (first !== undefined) return E.left([first, ...rest])
    const events = erased.decide(context)
    return E.right({
      state: replayOwn(state, events),
      events,
      warnings: [...unknown, ...warningsOf(erased as never, set, context)],
      ruleSet: set.id,
    })
  }
  return Object.assign(command, { commandName: definition.name, definition: erased })
}
