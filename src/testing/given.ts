/**
 * `given(state or events).when(command, input)` and what a test expects of it: `.then(events)`,
 * `.rejects(…violations)`, `.warns(…warnings)`, `.accepts()`. Each throws a
 * {@link CspAssertionError} with a readable message when the command did otherwise.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { Command, CommandInputBase, CommandResult, Outcome } from '../commands/contract.js'
import type { ProgramCommand } from '../commands/programCommand.js'
import { execute, type CommandInput, type CommandName } from '../commands/registry.js'
import type { DomainEvent } from '../events/events.js'
import { replay } from '../events/evolve.js'
import { emptyState, type ProgramState } from '../model/state.js'
import type { RuleViolation } from '../rules/violation.js'
import {
  compareExactly,
  CspAssertionError,
  eventDifference,
  impossible,
  indent,
  malformed,
  matchesEvent,
  showEvent,
  showEventExpected,
  showExpected,
  showFinding,
  type EventExpectation,
  type ViolationExpectation,
  type WarningExpectation,
} from './expectations.js'

/**
 * A command run by `given(…).when(…)`, and the expectations a test may end it with. Each expectation
 * returns what it checked, so a test can go on from it.
 *
 * @example
 * ```ts
 * import { changeSeats, partnerUser } from 'csp-channel'
 * import { directBillWorld, given, type When } from 'csp-channel/testing'
 *
 * const { state, ids, now } = directBillWorld()
 * const actor = partnerUser(ids.partner, 'globalAdmin')
 * const run: When = given(state).when(changeSeats, {
 *   actor,
 *   at: now,
 *   partnerTenantId: ids.partner,
 *   subscriptionId: ids.license,
 *   seats: 12,
 * })
 * const { state: after } = run.then([{ _tag: 'SeatsChanged', seats: 12 }])
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export interface When {
  /** The command's result, as the command returned it. */
  readonly result: CommandResult
  /**
   * Expects the command to be accepted with exactly these events, in this order (a tag, or a tag with some
   * fields each equal by value); returns the outcome. Warnings are not compared (see `warns`).
   */
  then(events: ReadonlyArray<EventExpectation>): Outcome
  /**
   * Expects the command to be rejected with exactly these violations, compared as sets: every violation
   * matches an expectation and every expectation a violation. With no expectation, any rejection.
   * Every violation must also pair its rule and tag as the `VIOLATIONS` table does. Returns the
   * violations.
   */
  rejects(...expected: ReadonlyArray<ViolationExpectation>): ReadonlyNonEmptyArray<RuleViolation>
  /** Expects the command to be accepted with exactly these warnings, compared as sets; returns the outcome. */
  warns(...expected: ReadonlyArray<WarningExpectation>): Outcome
  /** Expects the command to be accepted, whatever its events and warnings; returns the outcome. */
  accepts(): Outcome
}

/**
 * A starting state, ready for the command under test.
 *
 * @example
 * ```ts
 * import { placeOrder, type PlaceOrderInput } from 'csp-channel'
 * import { given, providerWorld, type Given } from 'csp-channel/testing'
 *
 * declare const order: PlaceOrderInput // the provider orders for First Up's customer
 * const start: Given = given(providerWorld())
 * start.when(placeOrder, order).then(['SubscriptionPurchased'])
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export interface Given {
  /** The state the command runs on. */
  readonly state: ProgramState
  /** Runs a command function (built-in or defined with `defineCommand`) on the state. */
  when<I extends CommandInputBase>(command: Command<string, I>, input: I): When
  /** Runs the built-in command of this name on the state. */
  when<N extends CommandName>(command: N, input: CommandInput<N>): When
  /** Runs a command given as data (`{ command, input }`) on the state. */
  when(command: ProgramCommand): When
}

/**
 * Where a test starts: a state, the events that build one from the empty state (replayed), or a
 * world (`{ state }`, as the world builders return).
 *
 * @example
 * ```ts
 * import { directBillWorld, given, type Start } from 'csp-channel/testing'
 *
 * const fromEvents: Start = directBillWorld().events // replayed over the empty state
 * given(fromEvents).when('changeSeats', { actor, at, partnerTenantId, subscriptionId, seats: 12 }).accepts()
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export type Start = ProgramState | ReadonlyArray<DomainEvent> | { readonly state: ProgramState }

const stateOf = (start: Start): ProgramState =>
  Array.isArray(start)
    ? replay(emptyState, start as ReadonlyArray<DomainEvent>)
    : 'state' in start && typeof start.state === 'object'
      ? start.state
      : (start as ProgramState)

/** What an expectation found: the value it returns, or the message of its failure. */
type Verdict<T> = { readonly value: T } | { readonly failure: string }

const rejection = (violations: ReadonlyArray<RuleViolation>): string =>
  `it was rejected with:\n${indent(violations.map(showFinding))}`

const accepted = (result: CommandResult, expecting: string): Verdict<Outcome> =>
  E.isRight(result)
    ? { value: result.right }
    : { failure: `expected ${expecting}${expecting.endsWith('\n') ? '' : ', '}but ${rejection(result.left)}` }

const thenVerdict = (result: CommandResult, events: ReadonlyArray<EventExpectation>): Verdict<Outcome> => {
  const expected = `the events:\n${indent(events.map(showEventExpected))}\n`
  const outcome = accepted(result, `the command to be accepted with ${expected}`)
  if (!('value' in outcome)) return outcome
  const got = outcome.value.events
  const at = Array.from({ length: Math.max(got.length, events.length) }, (_, i) => i).find((i) => {
    const [event, expectation] = [got[i], events[i]]
    return event === undefined || expectation === undefined || !matchesEvent(event, expectation)
  })
  if (at === undefined) return outcome
  const [event, expectation] = [got[at], events[at]]
  const detail =
    event === undefined
      ? `event ${at + 1} is missing`
      : expectation === undefined
        ? `event ${at + 1} is not expected`
        : `event ${at + 1}: ${eventDifference(event, expectation)}`
  return { failure: `expected ${expected}received:\n${indent(got.map(showEvent))}\n${detail}` }
}

const rejectsVerdict = (
  result: CommandResult,
  expected: ReadonlyArray<ViolationExpectation>,
): Verdict<ReadonlyNonEmptyArray<RuleViolation>> => {
  if (E.isRight(result)) {
    const what = expected.length === 0 ? ', but' : ` with:\n${indent(expected.map(showExpected))}\nbut`
    const events = indent(result.right.events.map((e) => e._tag))
    return { failure: `expected the command to be rejected${what} it was accepted with the events:\n${events}` }
  }
  const wrong = [...expected.flatMap((e) => impossible(e) ?? []), ...result.left.flatMap((v) => malformed(v) ?? [])]
  if (wrong.length > 0) return { failure: `malformed violations or expectations:\n${indent(wrong)}` }
  const differs = expected.length === 0 ? undefined : compareExactly('violations', result.left, expected)
  return differs === undefined ? { value: result.left } : { failure: differs }
}

const warnsVerdict = (result: CommandResult, expected: ReadonlyArray<WarningExpectation>): Verdict<Outcome> => {
  const outcome = accepted(result, 'the command to be accepted with warnings')
  const differs = 'value' in outcome ? compareExactly('warnings', outcome.value.warnings, expected) : undefined
  return differs === undefined ? outcome : { failure: differs }
}

const runOf = (name: string, result: CommandResult): When => {
  /** The value, or a thrown {@link CspAssertionError} whose stack starts at the test's call of `from`. */
  const settle = <T>(verdict: Verdict<T>, from: (...args: never[]) => unknown): T => {
    if ('value' in verdict) return verdict.value
    const error = new CspAssertionError(`${name}: ${verdict.failure}`)
    Error.captureStackTrace?.(error, from)
    throw error
  }
  const run: When = {
    result,
    then(events) {
      if (typeof events === 'function')
        throw new TypeError(`${name}: given(…).when(…) is not a promise; end it with .then([events]) or .rejects(…)`)
      return settle(thenVerdict(result, events), run.then)
    },
    rejects: (...expected) => settle(rejectsVerdict(result, expected), run.rejects),
    warns: (...expected) => settle(warnsVerdict(result, expected), run.warns),
    accepts: () => settle(accepted(result, 'the command to be accepted'), run.accepts),
  }
  return run
}

/**
 * Starts a test of a command: `given(start).when(command, input)` runs the command and
 * `.then(events)`, `.rejects(…)`, `.warns(…)` or `.accepts()` says what must come of it. The start
 * is a state, the events that build one from the empty state, or a world (`{ state }`, as
 * {@link directBillWorld} returns). A failed expectation throws a {@link CspAssertionError} whose
 * message lists what was expected and what the command did; any test runner reports it.
 *
 * `.then` takes events, not callbacks: a `given(…).when(…)` is not a promise (awaiting it throws).
 *
 * @example
 * ```ts
 * import { purchaseSubscription, partnerUser, isoDateTime, subscriptionId } from 'csp-channel'
 * import { given, restrictedWorld } from 'csp-channel/testing'
 *
 * const { state, ids } = restrictedWorld()
 * given(state)
 *   .when(purchaseSubscription, {
 *     actor: partnerUser(ids.partner, 'globalAdmin'),
 *     at: isoDateTime('2020-12-01T09:00:00Z'),
 *     partnerTenantId: ids.partner,
 *     subscription: {
 *       id: subscriptionId('a0000000-0000-4000-8000-000000000009'),
 *       customerTenantId: ids.customer,
 *       kind: 'azure',
 *       parentId: null,
 *       offerId: 'MS-AZR-0145P',
 *       seats: 1,
 *       autoRenew: true,
 *     },
 *   })
 *   .rejects({ rule: 'RST-2', tag: 'PartnerRestricted', subjects: [ids.partner] })
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export const given = (start: Start): Given => {
  const state = stateOf(start)
  return {
    state,
    when: (command: Command<string, CommandInputBase> | CommandName | ProgramCommand, input?: unknown): When => {
      if (typeof command === 'function') return runOf(command.commandName, command(state, input as never))
      if (typeof command === 'string') return runOf(command, execute(state, { command, input }))
      return runOf(String(command.command), execute(state, command))
    },
  } as Given
}
