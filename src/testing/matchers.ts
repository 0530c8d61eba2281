/**
 * Matchers for vitest and jest (`expect.extend(cspMatchers)`): `toBeRejectedWith`, `toEmit`,
 * `toWarn` and `toBeAccepted`, on a command's result or on what `apply` returns. Plain functions
 * returning `{ pass, message }`; nothing of either framework is imported.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { CommandResult } from '../commands/contract.js'
import type { Applied } from '../commands/registry.js'
import type { DomainEvent } from '../events/events.js'
import type { RuleId } from '../rules/catalog.js'
import type { RuleViolation, RuleWarning, TagsOf, WarningTag } from '../rules/violation.js'
import {
  eventDifference,
  indent,
  malformed,
  matchesEvent,
  matchesFinding,
  showEvent,
  showEventExpected,
  showExpected,
  showFinding,
  type EventExpectation,
} from './expectations.js'

/**
 * The matchers' types, for a declaration merge with your test framework's (see `docs/testing.md`):
 * `R` is what a matcher returns in it.
 *
 * @example
 * ```ts
 * // vitest.d.ts (or any module of your tests)
 * import type { CspMatchers } from 'csp-channel/testing'
 * declare module 'vitest' {
 *   interface Matchers<T = any> extends CspMatchers<T> {}
 * }
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export interface CspMatchers<R = unknown> {
  /** The command was rejected with a violation of `rule` (and `tag`, naming exactly `subjects`, when given). */
  toBeRejectedWith<Rule extends RuleId>(rule: Rule, tag?: TagsOf<Rule>, subjects?: ReadonlyArray<string>): R
  /** The command was accepted and emitted an event matching `event` (a tag, or a tag with some fields). */
  toEmit(event: EventExpectation): R
  /** The command was accepted with a warning of `rule` (and `tag`, naming exactly `subjects`, when given). */
  toWarn(rule: RuleId, tag?: WarningTag, subjects?: ReadonlyArray<string>): R
  /** The command was accepted. */
  toBeAccepted(): R
}

/**
 * What a matcher returns to vitest or jest: whether it passed, and the message of a failure (of the
 * matcher, or of its `.not` when it passed).
 *
 * @example
 * ```ts
 * import { purchaseSubscription, type PurchaseSubscriptionInput } from 'csp-channel'
 * import { cspMatchers, type CspMatcherResult } from 'csp-channel/testing'
 *
 * declare const input: PurchaseSubscriptionInput
 * const result: CspMatcherResult = cspMatchers.toBeAccepted(purchaseSubscription(state, input))
 * if (!result.pass) console.log(result.message())
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export interface CspMatcherResult {
  /** Whether the command did what the matcher expects. */
  readonly pass: boolean
  /** The failure message: of the matcher when `pass` is false, of its `.not` when `pass` is true. */
  readonly message: () => string
}

type Verdict =
  | {
      readonly accepted: true
      readonly events: ReadonlyArray<DomainEvent>
      readonly warnings: ReadonlyArray<RuleWarning>
    }
  | { readonly accepted: false; readonly violations: ReadonlyArray<RuleViolation> }

/** The verdict in a command's `Either`, in what `apply` returns, or in a `given(…).when(…)`. */
const verdictOf = (received: unknown): Verdict | undefined => {
  if (typeof received !== 'object' || received === null) return undefined
  const r = received as Partial<Applied> & { readonly result?: unknown; readonly _tag?: unknown }
  if (r._tag === 'Left' || r._tag === 'Right') {
    const result = received as CommandResult
    return E.isLeft(result)
      ? { accepted: false, violations: result.left }
      : { accepted: true, events: result.right.events, warnings: result.right.warnings }
  }
  if (typeof r.accepted === 'boolean' && Array.isArray(r.violations))
    return r.accepted
      ? { accepted: true, events: r.events ?? [], warnings: r.warnings ?? [] }
      : { accepted: false, violations: r.violations }
  return r.result === undefined ? undefined : verdictOf(r.result)
}

const notAResult = (matcher: string, received: unknown): CspMatcherResult => ({
  pass: false,
  message: () =>
    `${matcher}: expected a command result (the Either a command returns, what apply returns, or given(…).when(…)), ` +
    `received ${typeof received === 'object' ? JSON.stringify(received)?.slice(0, 200) : String(received)}`,
})

const rejectedWith = (violations: ReadonlyArray<RuleViolation>): string =>
  `it was rejected with:\n${indent(violations.map(showFinding))}`
const acceptedWith = (events: ReadonlyArray<DomainEvent>): string =>
  `it was accepted with the events:\n${indent(events.map((e) => e._tag))}`

const result = (pass: boolean, message: string): CspMatcherResult => ({ pass, message: () => message })

const expectation = (rule: RuleId, tag: string | undefined, subjects: ReadonlyArray<string> | undefined) =>
  ({ rule, ...(tag === undefined ? {} : { tag }), ...(subjects === undefined ? {} : { subjects }) }) as never

/**
 * The matchers, for `expect.extend(cspMatchers)` in vitest or jest. Each takes what a command returns
 * (its `Either`), what `apply` returns, or a `given(…).when(…)`:
 *
 * - `toBeRejectedWith(rule, tag?, subjects?)`: rejected with at least one violation of `rule`
 *   (tagged `tag`, naming exactly `subjects`, when given); every violation must also pair its rule
 *   and tag as the `VIOLATIONS` table does;
 * - `toEmit(event)`: accepted, and one event matches (a tag, or a tag with some fields);
 * - `toWarn(rule, tag?, subjects?)`: accepted with a matching warning;
 * - `toBeAccepted()`: accepted.
 *
 * Failure messages list what the command did (its violations with their messages, or its events).
 *
 * @example
 * ```ts
 * import { expect } from 'vitest'
 * import { placeOrder, purchaseSubscription, type PlaceOrderInput, type PurchaseSubscriptionInput } from 'csp-channel'
 * import { cspMatchers } from 'csp-channel/testing'
 *
 * declare const input: PurchaseSubscriptionInput // a purchase by a restricted partner
 * declare const order: PlaceOrderInput
 * expect.extend(cspMatchers)
 * expect(purchaseSubscription(state, input)).toBeRejectedWith('RST-2', 'PartnerRestricted')
 * expect(placeOrder(state, order)).toEmit('SubscriptionPurchased')
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export const cspMatchers = {
  /** Rejected with a violation of `rule` (tagged `tag`, naming exactly `subjects`, when given). */
  toBeRejectedWith(received: unknown, rule: RuleId, tag?: string, subjects?: ReadonlyArray<string>): CspMatcherResult {
    const verdict = verdictOf(received)
    if (verdict === undefined) return notAResult('toBeRejectedWith', received)
    const wanted = expectation(rule, tag, subjects)
    const named = showExpected(wanted)
    if (verdict.accepted)
      return result(false, `expected the command to be rejected with ${named}, but ${acceptedWith(verdict.events)}`)
    const wrong = verdict.violations.flatMap((v) => malformed(v) ?? [])
    if (wrong.length > 0) return result(false, `malformed violations:\n${indent(wrong)}`)
    const found = verdict.violations.filter((v) => matchesFinding(v, wanted))
    return found.length > 0
      ? result(true, `expected the command not to be rejected with ${named}, but ${rejectedWith(found)}`)
      : result(false, `expected the command to be rejected with ${named}, but ${rejectedWith(verdict.violations)}`)
  },

  /** Accepted, and one event matches `event` (a tag, or a tag with some fields). */
  toEmit(received: unknown, event: EventExpectation): CspMatcherResult {
    const verdict = verdictOf(received)
    if (verdict === undefined) return notAResult('toEmit', received)
    const named = showEventExpected(event)
    if (!verdict.accepted)
      return result(false, `expected the command to emit ${named}, but ${rejectedWith(verdict.violations)}`)
    const found = verdict.events.filter((e) => matchesEvent(e, event))
    if (found.length > 0)
      return result(true, `expected the command not to emit ${named}, but it did:\n${indent(found.map(showEvent))}`)
    if (verdict.events.length === 0) return result(false, `expected the command to emit ${named}, but it emitted none`)
    const tag = typeof event === 'string' ? event : event._tag
    const emitted = verdict.events.map((e) => (e._tag === tag ? `${tag} (${eventDifference(e, event)})` : e._tag))
    return result(false, `expected the command to emit ${named}, but it emitted:\n${indent(emitted)}`)
  },

  /** Accepted with a warning of `rule` (tagged `tag`, naming exactly `subjects`, when given). */
  toWarn(received: unknown, rule: RuleId, tag?: WarningTag, subjects?: ReadonlyArray<string>): CspMatcherResult {
    const verdict = verdictOf(received)
    if (verdict === undefined) return notAResult('toWarn', received)
    const wanted = expectation(rule, tag, subjects)
    const named = showExpected(wanted)
    if (!verdict.accepted)
      return result(
        false,
        `expected the command to be accepted with the warning ${named}, but ${rejectedWith(verdict.violations)}`,
      )
    const found = verdict.warnings.filter((w) => matchesFinding(w, wanted))
    return found.length > 0
      ? result(true, `expected no warning ${named}, but it warned:\n${indent(found.map(showFinding))}`)
      : result(
          false,
          verdict.warnings.length === 0
            ? `expected the warning ${named}, but the command was accepted without warnings`
            : `expected the warning ${named}, but it warned:\n${indent(verdict.warnings.map(showFinding))}`,
        )
  },

  /** Accepted. */
  toBeAccepted(received: unknown): CspMatcherResult {
    const verdict = verdictOf(received)
    if (verdict === undefined) return notAResult('toBeAccepted', received)
    return verdict.accepted
      ? result(true, `expected the command to be rejected, but ${acceptedWith(verdict.events)}`)
      : result(false, `expected the command to be accepted, but ${rejectedWith(verdict.violations)}`)
  },
}
