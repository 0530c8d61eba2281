/**
 * What the testing kit compares and how it says it: expectations of violations, warnings and events,
 * the matching of each, and the lines of a readable failure message. No test framework is imported:
 * a failed expectation is a {@link CspAssertionError}.
 *
 * @module
 */
import type { DomainEvent, DomainEventTag } from '../events/events.js'
import type { RuleId } from '../rules/catalog.js'
import type { RuleViolation, RuleWarning, TagsOf, WarningTag } from '../rules/violation.js'
import { mayReport, VIOLATIONS } from '../rules/violations.js'

/**
 * The error a failed `given(…).when(…)` expectation throws: a plain `Error` named `AssertionError`
 * (vitest, jest and node's test runner all report it as a failed assertion), with what was expected
 * and what the command did as readable lines in `message`.
 *
 * @example
 * ```ts
 * import { purchaseSubscription, type PurchaseSubscriptionInput } from 'csp-channel'
 * import { CspAssertionError, given, restrictedWorld } from 'csp-channel/testing'
 *
 * declare const input: PurchaseSubscriptionInput // a purchase by the restricted partner
 * try {
 *   given(restrictedWorld()).when(purchaseSubscription, input).accepts()
 * } catch (e) {
 *   // purchaseSubscription: expected the command to be accepted, but it was rejected with: …
 *   if (e instanceof CspAssertionError) console.log(e.message)
 * }
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export class CspAssertionError extends Error {
  override readonly name = 'AssertionError'
}

/**
 * One expected violation: its rule, and optionally its tag (one the {@link VIOLATIONS} table pairs
 * with the rule) and its subjects (the IDs it names, in order). What is left out matches anything.
 *
 * @example
 * ```ts
 * import { restrictedWorld, type ViolationExpectation } from 'csp-channel/testing'
 *
 * const { ids } = restrictedWorld()
 * const restricted: ViolationExpectation = { rule: 'RST-2', tag: 'PartnerRestricted', subjects: [ids.partner] }
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export type ViolationExpectation = {
  [R in RuleId]: { readonly rule: R; readonly tag?: TagsOf<R>; readonly subjects?: ReadonlyArray<string> }
}[RuleId]

/**
 * One expected warning: its rule, and optionally its tag and subjects.
 *
 * @example
 * ```ts
 * import type { WarningExpectation } from 'csp-channel/testing'
 *
 * const late: WarningExpectation = { rule: 'TRN-4', tag: 'ApprovalAfterDueDate' }
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export interface WarningExpectation {
  readonly rule: RuleId
  readonly tag?: WarningTag
  readonly subjects?: ReadonlyArray<string>
}

/**
 * One expected event: its tag, or its tag with some of its fields (each compared by value; the
 * fields left out match anything).
 *
 * @example
 * ```ts
 * import type { EventExpectation } from 'csp-channel/testing'
 *
 * const events: ReadonlyArray<EventExpectation> = ['SubscriptionPurchased', { _tag: 'SeatsChanged', seats: 12 }]
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export type EventExpectation =
  | DomainEventTag
  | { [T in DomainEventTag]: { readonly _tag: T } & Partial<Extract<DomainEvent, { _tag: T }>> }[DomainEventTag]

/** Two plain data values (JSON-like) are equal. */
export const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  )
}

type Finding = RuleViolation | RuleWarning
type FindingExpectation = ViolationExpectation | WarningExpectation

/** A violation or warning matches an expectation: same rule, and same tag and subjects where given. */
export const matchesFinding = (found: Finding, expected: FindingExpectation): boolean =>
  found.rule === expected.rule &&
  (expected.tag === undefined || found._tag === expected.tag) &&
  (expected.subjects === undefined || same(found.subjects, expected.subjects))

/** An event matches an expectation: same tag, and every field the expectation gives equal. */
export const matchesEvent = (event: DomainEvent, expected: EventExpectation): boolean =>
  typeof expected === 'string'
    ? event._tag === expected
    : Object.entries(expected).every(([k, v]) => same((event as Record<string, unknown>)[k], v))

/** `RST-2 PartnerRestricted [id, …]`: an expectation, as the failure messages name it. */
export const showExpected = (e: FindingExpectation): string =>
  e.subjects === undefined
    ? [e.rule, ...(e.tag === undefined ? [] : [e.tag])].join(' ')
    : `${e.rule} ${e.tag ?? '(any tag)'} [${e.subjects.join(', ')}]`

/** `RST-2 PartnerRestricted [id, …]: message`: a violation or warning as it was reported. */
export const showFinding = (f: Finding): string => `${f.rule} ${f._tag} [${f.subjects.join(', ')}]: ${f.message}`

/** An event's fields other than its tag, as compact JSON. */
const fieldsOf = (event: object): string =>
  JSON.stringify(Object.fromEntries(Object.entries(event).filter(([k]) => k !== '_tag')))

/** `SeatsChanged {"seats":12}`: an event expectation, as the failure messages name it. */
export const showEventExpected = (e: EventExpectation): string =>
  typeof e === 'string' ? e : `${e._tag} ${fieldsOf(e)}`

/** `SeatsChanged {…every field…}`: an emitted event. */
export const showEvent = (event: DomainEvent): string => `${event._tag} ${fieldsOf(event)}`

/** How an event differs from an expectation of the same tag: `seats: expected 12, received 15`. */
export const eventDifference = (event: DomainEvent, e: EventExpectation): string =>
  typeof e === 'string'
    ? `expected ${e}, received ${event._tag}`
    : Object.entries(e)
        .filter(([k, v]) => !same((event as Record<string, unknown>)[k], v))
        .map(([k, v]) => `${k}: expected ${JSON.stringify(v)}, received ${JSON.stringify((event as never)[k])}`)
        .join('; ')

/** Lines indented under a heading, or `(none)`. */
export const indent = (lines: ReadonlyArray<string>): string =>
  lines.length === 0 ? '  (none)' : lines.map((l) => `  ${l}`).join('\n')

/**
 * Why a violation is malformed, if it is: its tag is not one the {@link VIOLATIONS} table pairs
 * with its rule, or it carries a Partner Center code the table does not give its tag.
 */
export const malformed = (v: RuleViolation): string | undefined => {
  if (!mayReport(v.rule, v._tag)) return `${v.rule} ${v._tag}: VIOLATIONS does not pair ${v._tag} with ${v.rule}`
  if (v.partnerCenterCode !== null && !VIOLATIONS[v._tag].codes.includes(v.partnerCenterCode))
    return `${v.rule} ${v._tag}: Partner Center code ${v.partnerCenterCode} is not one VIOLATIONS gives ${v._tag}`
  return undefined
}

/** Why an expectation can never match, if it cannot: its tag is not paired with its rule. */
export const impossible = (e: ViolationExpectation): string | undefined =>
  e.tag === undefined || mayReport(e.rule, e.tag)
    ? undefined
    : `the expectation ${showExpected(e)} can never match: VIOLATIONS does not pair ${e.tag} with ${e.rule}`

/**
 * Compares findings with expectations as sets: every finding must match an expectation and every
 * expectation a finding. Returns the message of a mismatch, a diff (`- ` an expectation nothing
 * matched, `+ ` a finding no expectation matched), or `undefined` when they agree.
 */
export const compareExactly = (
  what: 'violations' | 'warnings',
  found: ReadonlyArray<Finding>,
  expected: ReadonlyArray<FindingExpectation>,
): string | undefined => {
  const missing = expected.filter((e) => !found.some((f) => matchesFinding(f, e)))
  const extra = found.filter((f) => !expected.some((e) => matchesFinding(f, e)))
  if (missing.length === 0 && extra.length === 0) return undefined
  return [
    `expected exactly these ${what} (- expected but missing, + received but not expected):`,
    ...missing.map((e) => `  - ${showExpected(e)}`),
    ...found.map((f) => `  ${extra.includes(f) ? '+' : ' '} ${showFinding(f)}`),
  ].join('\n')
}
