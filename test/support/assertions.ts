/** Assertions on command results: accepted, rejected with exactly these (rule, tag, subjects), refused with the state untouched; every violation paired with its rule as VIOLATIONS allows. */
import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import {
  apply,
  type CommandResult,
  type Outcome,
  type ProgramCommand,
  type ProgramState,
  type RuleId,
  type RuleViolation,
  type ViolationTag,
} from '../../src/index.js'
import type { TagsOf } from '../../src/rules/violation.js'
import { mayReport, VIOLATIONS } from '../../src/rules/violations.js'
import { ids, subs } from './ids.js'

/** Unwraps an accepted result, failing the test with the violations otherwise. */
export const accepted = (result: CommandResult): Outcome => {
  if (E.isLeft(result)) throw new Error(`expected acceptance, got ${JSON.stringify(result.left, null, 2)}`)
  return result.right
}

/** Whether `tag` is a model-integrity tag: one that {@link VIOLATIONS} pairs only with MOD rules. */
const isModTag = (tag: ViolationTag): boolean => VIOLATIONS[tag].rules.every((r) => r.startsWith('MOD-'))

/**
 * Asserts that every violation names a rule its tag may be reported under (`mayReport`, the
 * {@link VIOLATIONS} table) and that a model-integrity tag never comes with a program rule.
 */
export const pairedAsTable = (violations: ReadonlyArray<RuleViolation>): void => {
  for (const v of violations) {
    expect(mayReport(v.rule, v._tag), `${v.rule} may not report ${v._tag}`).toBe(true)
    if (isModTag(v._tag)) expect(v.rule.startsWith('MOD-'), `${v._tag} reported under ${v.rule}`).toBe(true)
    if (v.partnerCenterCode !== null)
      expect(VIOLATIONS[v._tag].codes, `${v._tag} with code ${v.partnerCenterCode}`).toContain(v.partnerCenterCode)
  }
}

/**
 * Unwraps a rejected result, failing the test if it was accepted or if a violation pairs its rule
 * and tag otherwise than the {@link VIOLATIONS} table allows ({@link pairedAsTable}).
 */
export const rejected = (result: CommandResult): ReadonlyArray<RuleViolation> => {
  if (E.isRight(result))
    throw new Error(`expected rejection, got events ${result.right.events.map((e) => e._tag).join(', ')}`)
  pairedAsTable(result.left)
  return result.left
}

/**
 * One expected violation: the rule, a tag that rule may report, and the subjects (the IDs the
 * violation names, in the order it names them).
 */
export type Expected = {
  [R in RuleId]: readonly [rule: R, tag: TagsOf<R>, subjects: ReadonlyArray<string>]
}[RuleId]

/** The world's IDs by value, so that a failing comparison reads `ids.customer` rather than a UUID. */
const names: ReadonlyMap<string, string> = new Map<string, string>([
  ...Object.entries(ids).map(([name, id]): [string, string] => [id, `ids.${name}`]),
  ...Object.entries(subs).map(([name, id]): [string, string] => [id, `subs.${name}`]),
])

const key = (rule: string, tag: string, subjects: ReadonlyArray<string>): string =>
  `${rule} ${tag} [${subjects.map((s) => names.get(s) ?? JSON.stringify(s)).join(', ')}]`

/**
 * Asserts a rejection whose violations, as a set of (rule, tag, subjects), are exactly `expected`:
 * order-insensitive between violations (each expectation may match several identical violations,
 * and every violation must match one), but the subjects of one violation are compared in order.
 * Every violation must also pair its rule and tag as the {@link VIOLATIONS} table allows (see
 * {@link rejected}), and so must every expectation. Returns the violations.
 *
 * @example
 * ```ts
 * rejectsWith(result, ['MOD-1', 'UnknownCustomer', [ids.customer2]], ['ROL-2', 'NoDelegatedAdmin', [ids.direct, ids.customer]])
 * ```
 */
export const rejectsWith = (
  result: CommandResult,
  ...expected: readonly [Expected, ...Expected[]]
): ReadonlyArray<RuleViolation> => {
  const violations = rejected(result)
  for (const [rule, tag] of expected)
    expect(mayReport(rule, tag), `the expectation ${rule} ${tag} is not a pairing of the table`).toBe(true)
  const got = [...new Set(violations.map((v) => key(v.rule, v._tag, v.subjects)))].sort()
  const want = [...new Set(expected.map(([rule, tag, subjects]) => key(rule, tag, subjects)))].sort()
  expect(got).toEqual(want)
  return violations
}

/** The violations as (rule, tag, subjects) triples, sorted, for a `toEqual` on a whole rejection. */
export const triples = (
  violations: ReadonlyArray<RuleViolation>,
): ReadonlyArray<readonly [RuleId, ViolationTag, ReadonlyArray<string>]> =>
  violations.map((v) => [v.rule, v._tag, v.subjects] as const).sort((x, y) => key(...x).localeCompare(key(...y)))

/**
 * Asserts that `command` is rejected on `state` with a violation of `rule` tagged `tag` naming
 * exactly `subjects`, that every violation pairs rule and tag as the table allows
 * ({@link pairedAsTable}), and that the state returned is the very object given; returns the
 * violations.
 */
export const refuses = (
  state: ProgramState,
  command: ProgramCommand,
  rule: RuleId,
  tag: RuleViolation['_tag'],
  subjects: ReadonlyArray<string>,
): ReadonlyArray<RuleViolation> => {
  const applied = apply(state, command)
  expect(applied.accepted).toBe(false)
  expect(applied.state).toBe(state)
  expect(applied.events).toEqual([])
  pairedAsTable(applied.violations)
  expect(applied.violations).toContainEqual(expect.objectContaining({ rule, _tag: tag, subjects }))
  return applied.violations
}

/** Runs a command and returns the new state, failing the test if it was rejected. */
export const step = (result: CommandResult): ProgramState => accepted(result).state
