/**
 * The command contract. Every command is a pure function
 * `(state, input) => Either<ReadonlyNonEmptyArray<RuleViolation>, Outcome>` built from a
 * {@link CommandDefinition}: the input codec, O(1) look-ups, the named rule checks (data) and the
 * events an accepted command emits. Every check runs against the original state and every failing
 * rule is reported; a rejected command returns the caller's state object untouched (it is not
 * part of the `Left`). An accepted command's new state is the fold of its events with `evolve`.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import * as t from 'io-ts'
import type { DomainEvent } from '../events/events.js'
import { replay } from '../events/evolve.js'
import { exact } from '../internal/codec.js'
import { Actor } from '../model/actor.js'
import { IsoDateTime } from '../model/ids.js'
import type { ProgramState } from '../model/state.js'
import { ruleInForce, type RuleId } from '../rules/catalog.js'
import { RuleSetId, ruleSet as ruleSetById, type RuleSet } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning, ViolationTag, WarningTag } from '../rules/violation.js'
import { enter } from './entry.js'

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
export interface Finding<Tag extends string = ViolationTag> {
  readonly tag: Tag
  readonly subjects: ReadonlyArray<string>
  readonly message: string
  readonly partnerCenterCode?: number
}

/** The same check, judged under every rule set (a structural precondition). @internal */
export const structural = <C, Tag extends string>(check: RuleCheck<C, Tag>): RuleCheck<C, Tag> => ({
  ...check,
  always: true,
})

/** No finding. @internal */
export const pass: ReadonlyArray<never> = []

/** A single finding. @internal */
export const fail = (
  tag: ViolationTag,
  subjects: ReadonlyArray<string>,
  message: string,
  partnerCenterCode?: number,
): ReadonlyArray<Finding> => [
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
 * A named rule check: the rule it enforces, a short description, and the function that returns the
 * problems it finds (none when the rule holds). A check whose rule is not in force under the rule
 * set is skipped, unless it is marked `always`: a structural precondition of the command (who may
 * run it, the state an application must be in), judged under every rule set. Checks do not depend on each other: each one that cannot judge for lack of data
 * (an unknown partner, say) passes and leaves the report to the check for that data.
 *
 * @category commands
 */
export interface RuleCheck<C, Tag extends string = ViolationTag> {
  readonly rule: RuleId
  readonly name: string
  /** Judged under every rule set, even before its rule comes into force. */
  readonly always?: boolean
  /** Returns the problems found; an empty list when the rule holds. */
  readonly check: (context: C) => ReadonlyArray<Finding<Tag>>
}

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
  readonly load: (state: ProgramState, input: I) => L
  /** The rule checks, all run against the original state. */
  readonly checks: ReadonlyArray<RuleCheck<CheckContext<I, L>>>
  /** Advisory checks: their findings become warnings on an accepted command. */
  readonly advisories?: ReadonlyArray<RuleCheck<CheckContext<I, L>, WarningTag>>
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

/**
 * One line of an explanation: a rule check, and whether it passed, failed (with its violations) or
 * was not in force under the rule set.
 *
 * @category commands
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
 */
export interface Judgement {
  readonly command: string
  readonly ruleSet: RuleSetId
  /** `true` when the command was judged under a what-if rule set rather than the one in force at its date. */
  readonly whatIf: boolean
  readonly checks: ReadonlyArray<CheckReport>
  readonly warnings: ReadonlyArray<RuleWarning>
}

type AnyDefinition = CommandDefinition<string, CommandInputBase, object>

const stamp = <Tag extends string>(rule: RuleId, set: RuleSet, f: Finding<Tag>) => ({
  _tag: f.tag,
  rule,
  ruleSet: set.id,
  subjects: f.subjects,
  message: f.message,
})

type AnyCheck<Tag extends string = ViolationTag> = RuleCheck<CheckContext<CommandInputBase, object>, Tag>

/** Whether a check is judged under a rule set: its rule is in force, or it is structural. */
const applies = (c: AnyCheck<string>, set: RuleSet) => c.always === true || ruleInForce(c.rule, set.inForceFrom)

/** The checks of a definition that apply under each rule set, computed once (commands run often). */
const applicable = new WeakMap<object, Map<RuleSetId, ReadonlyArray<AnyCheck>>>()
const checksUnder = (
  definition: CommandDefinition<string, CommandInputBase, object>,
  set: RuleSet,
): ReadonlyArray<AnyCheck> => {
  let bySet = applicable.get(definition)
  if (bySet === undefined) applicable.set(definition, (bySet = new Map()))
  let checks = bySet.get(set.id)
  if (checks === undefined)
    bySet.set(set.id, (checks = (definition.checks as ReadonlyArray<AnyCheck>).filter((c) => applies(c, set))))
  return checks
}

const violation = (rule: RuleId, set: RuleSet, f: Finding): RuleViolation => ({
  ...stamp(rule, set, f),
  partnerCenterCode: f.partnerCenterCode ?? null,
})

const warningsOf = (definition: CommandDefinition<string, CommandInputBase, object>, set: RuleSet, context: object) =>
  (definition.advisories ?? [])
    .filter((a) => applies(a, set))
    .flatMap((a) => (a as AnyCheck<WarningTag>).check(context as never).map((f) => stamp(a.rule, set, f)))

const contextOf = <I extends CommandInputBase>(
  definition: CommandDefinition<string, I, object>,
  state: ProgramState,
  input: I,
  set: RuleSet,
): CheckContext<I, object> => ({ state, input, ruleSet: set, ...definition.load(state, input) })

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
  const checks = definition.checks.map((c): CheckReport => {
    if (!applies(c as AnyCheck, set)) return { rule: c.rule, name: c.name, verdict: 'notInForce', violations: [] }
    const violations = c.check(context).map((f) => violation(c.rule, set, f))
    return { rule: c.rule, name: c.name, verdict: violations.length === 0 ? 'passed' : 'failed', violations }
  })
  const warnings = warningsOf(definition as never, set, context)
  return { command: definition.name, ruleSet: set.id, whatIf: whatIfFlag, checks: [entry, ...checks], warnings }
}

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
    for (const c of checksUnder(erased as never, set))
      for (const f of c.check(context as never)) violations.push(violation(c.rule, set, f))
    const [first, ...rest] = violations
    if (first !== undefined) return E.left([first, ...rest])
    const events = erased.decide(context)
    return E.right({
      state: replay(state, events),
      events,
      warnings: warningsOf(erased as never, set, context),
      ruleSet: set.id,
    })
  }
  return Object.assign(command, { commandName: definition.name, definition: erased })
}

/**
 * Reports every rule a command would evaluate, with its verdict, without applying anything: first
 * the entry check (the input decodes exactly, MOD-8 / MOD-5), then each rule check. With
 * `options.whatIf`, the command is judged under that rule set instead of the one in force at its
 * date: a hypothetical answer, marked `whatIf: true`, that never changes a state.
 *
 * @category commands
 */
export const explainCommand = <I extends CommandInputBase>(
  command: Command<string, I>,
  state: ProgramState,
  input: I,
  options: { readonly whatIf?: RuleSetId } = {},
): Judgement => judge(command.definition, state, input, options.whatIf)

/** The erased definition type used by registries. @internal */
export type { AnyDefinition }
