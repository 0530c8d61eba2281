/**
 * Runs one step and compares what happened with what it expects: the verdict and rule IDs, the
 * events and warnings of an accepted command, and the results of queries on the state after it.
 *
 * @module
 */
import { apply, explain, type Applied } from '../commands/registry.js'
import { DomainEvent } from '../events/events.js'
import type { ProgramState } from '../model/state.js'
import type { RuleId } from '../rules/catalog.js'
import { ruleSetAt } from '../rules/ruleSets.js'
import { differences } from './codecs.js'
import { expectedEventJson, expectsAcceptance, type Expectation, type ExpectedEvent } from './expectations.js'
import { runQuery, type QueryResult } from './queries.js'
import type { ScenarioStep } from './scenario.js'

/**
 * The result of an expected query: what was asked (`partner 3b33e682`), the fields expected and the
 * result found (JSON; `null`: there is none), and whether they agree.
 *
 * @category models
 * @since 0.2.0
 */
export interface QueryReport {
  readonly label: string
  readonly expected: { readonly [field: string]: unknown } | null
  readonly actual: { readonly [field: string]: unknown } | null
  readonly ok: boolean
}

/**
 * Runs a step: applies its command, or with `whatIf` judges it under that rule set as `explain`
 * does (accepted when no check fails; no events; the state unchanged). An input that names a rule
 * set other than the one in force at its date is rejected either way (MOD-8). @internal
 */
export const runStep = (state: ProgramState, step: ScenarioStep): Applied => {
  const command = { command: step.command, input: step.input }
  const { at, ruleSet } = step.input
  // an input naming a rule set not in force is rejected (MOD-8) with or without a what-if question
  if (step.whatIf === undefined || (ruleSet !== undefined && ruleSet !== ruleSetAt(at).id)) return apply(state, command)
  const judgement = explain(state, command, { whatIf: step.whatIf })
  const violations = judgement.checks.flatMap((c) => (c.verdict === 'failed' ? c.violations : []))
  const accepted = violations.length === 0
  return {
    state,
    accepted,
    events: [],
    warnings: accepted ? judgement.warnings : [],
    violations,
    ruleSet: judgement.ruleSet,
  }
}

const json = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value))

/** The value at a dotted path of a JSON value (`(value)`: the value itself). */
const at = (value: unknown, path: string): unknown =>
  path === '(value)'
    ? value
    : path
        .split('.')
        .reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as never)[k] : undefined), value)

/** `unmetRequirements expected ["DB-3"], found ["DB-3","DB-5"]` for each field that differs. */
const fieldDifferences = (expected: unknown, actual: unknown): string =>
  differences(expected, actual)
    .map((p) => `${p === '(value)' ? '' : `${p} `}expected ${json(at(expected, p))}, found ${json(at(actual, p))}`)
    .join('; ')

const list = (items: ReadonlyArray<string>) => (items.length === 0 ? 'none' : items.join(', '))

const eventMismatches = (
  expected: ReadonlyArray<ExpectedEvent>,
  events: ReadonlyArray<DomainEvent>,
): ReadonlyArray<string> => {
  const wanted = expected.map(expectedEventJson)
  const tags = wanted.map((e) => e._tag)
  if (tags.length !== events.length || tags.some((tag, i) => events[i]?._tag !== tag))
    return [`events: expected ${list(tags)}; emitted ${list(events.map((e) => e._tag))}`]
  return wanted.flatMap((e, i) => {
    const text = fieldDifferences(e, DomainEvent.encode(events[i] as DomainEvent))
    return text === '' ? [] : [`event ${i + 1} ${e._tag}: ${text}`]
  })
}

const sameSet = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) => {
  const x = new Set(a)
  const y = new Set(b)
  return x.size === y.size && [...x].every((r) => y.has(r))
}

/** How a query's result differs from the one expected (`null`: there is none), or the empty string. */
const queryMismatch = (expected: QueryResult, actual: QueryResult): string =>
  expected !== null && actual !== null
    ? fieldDifferences(expected, actual)
    : expected === actual
      ? ''
      : `expected ${expected === null ? 'none' : json(expected)}, found ${actual === null ? 'none' : 'one'}`

/** What a step's outcome is compared by: its verdict, each mismatch as a sentence, its queries. */
export interface Comparison {
  readonly verdictOk: boolean
  readonly mismatches: ReadonlyArray<string>
  readonly queries: ReadonlyArray<QueryReport>
}

/**
 * Compares the outcome of a step with its expectation: the verdict (and the set of rule IDs of a
 * rejection), then, when the verdict agrees, the events and warnings an accepted step expects, and
 * always the queries, run on `after`, the state after the step. @internal
 */
export const compare = (step: ScenarioStep, outcome: Applied, after: ProgramState): Comparison => {
  const e: Expectation = step.expect
  const rules = outcome.violations.map((v) => v.rule)
  const verdictOk = expectsAcceptance(e)
    ? outcome.accepted
    : !outcome.accepted && sameSet(rules, e.rejected as ReadonlyArray<RuleId>)
  const mismatches: string[] = []
  if (verdictOk && typeof e === 'object' && 'accepted' in e) {
    if (e.events !== undefined)
      mismatches.push(...eventMismatches(e.events as ReadonlyArray<ExpectedEvent>, outcome.events))
    const warned = outcome.warnings.map((w) => w.rule)
    if (e.warnings !== undefined && !sameSet(warned, e.warnings))
      mismatches.push(`warnings: expected ${list([...new Set(e.warnings)])}; warned ${list([...new Set(warned)])}`)
  }
  const queries = (typeof e === 'object' ? (e.queries ?? []) : []).map((q): QueryReport => {
    const { label, expected, actual } = runQuery(after, q, step.input.at)
    const mismatch = queryMismatch(expected, actual)
    if (mismatch !== '') mismatches.push(`${label}: ${mismatch}`)
    return { label, expected, actual, ok: mismatch === '' }
  })
  return { verdictOk, mismatches, queries }
}
