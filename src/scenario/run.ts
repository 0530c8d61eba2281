/**
 * Runs a scenario: pure, returns a report; printing and exit codes belong to the CLI.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { ProgramStateCodec } from '../codec/state.js'
import { decode, preview, type DecodeError } from '../codec/decodeError.js'
import type { DomainEvent } from '../events/events.js'
import type { Actor } from '../model/actor.js'
import { emptyState, type ProgramState } from '../model/state.js'
import { importPartnerCenter } from '../partner-center/import.js'
import type { RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning } from '../rules/violation.js'
import type { Expectation } from './expectations.js'
import { compare, runStep, type QueryReport } from './outcome.js'
import { decodeScenario, type Scenario } from './scenario.js'

/**
 * The outcome of one step: its number (`index`, counted from 1 as in the timeline and in decode
 * errors), what was run, by whom, when, the verdict and what was expected, whether everything
 * expected held (`ok`), and the violations, warnings and events. `whatIf` is the rule set a what-if
 * step was judged under (`null` for a step that was applied); `mismatches` says, one sentence each,
 * which expected events, warnings or query results did not hold; `queries` gives each expected
 * query with its result.
 *
 * @category models
 * @since 0.1.0
 */
export interface StepReport {
  readonly index: number
  readonly title: string | null
  readonly command: string
  readonly actor: Actor
  readonly at: string
  readonly ruleSet: RuleSetId
  readonly whatIf: RuleSetId | null
  readonly verdict: 'accepted' | 'rejected'
  readonly expected: Expectation
  readonly ok: boolean
  readonly mismatches: ReadonlyArray<string>
  readonly violations: ReadonlyArray<RuleViolation>
  readonly warnings: ReadonlyArray<RuleWarning>
  readonly events: ReadonlyArray<DomainEvent>
  readonly queries: ReadonlyArray<QueryReport>
}

/**
 * A scenario's report: every step, whether all expectations held, and the final state.
 *
 * @category models
 * @since 0.1.0
 */
export interface ScenarioReport {
  readonly title: string
  readonly steps: ReadonlyArray<StepReport>
  readonly ok: boolean
  readonly finalState: ProgramState
}

/**
 * What a scenario may be given besides its text: `stateFile`, the state read from the file the
 * scenario names in `start.stateFile` (the scenario functions read no files; `csp-channel check`
 * reads it, relative to the scenario file, and checks it with `ProgramStateCodec`).
 *
 * @category models
 * @since 0.2.0
 */
export interface ScenarioOptions {
  readonly stateFile?: ProgramState
}

const startIssue = (expected: string, stateFile: string): DecodeError => ({
  _tag: 'DecodeError',
  codec: 'Scenario',
  issues: [{ path: 'start.stateFile', expected, received: preview(stateFile), kind: 'invalid' }],
})

/** The state a scenario starts from before its imports: inline, read from its state file, or empty. */
const startDocument = (scenario: Scenario, options: ScenarioOptions): E.Either<DecodeError, ProgramState> => {
  const { state: document, stateFile } = scenario.start ?? {}
  if (stateFile !== undefined) {
    if (document !== undefined) return E.left(startIssue('start.state or start.stateFile, not both', stateFile))
    if (options.stateFile === undefined)
      return E.left(
        startIssue('the state read from the file passed as options.stateFile (runScenario reads no files)', stateFile),
      )
    return E.right(options.stateFile)
  }
  // the state document is checked like any state document: unique IDs, no dangling reference, …
  const decoded = document === undefined ? E.right(emptyState) : decode(ProgramStateCodec, document)
  return E.isLeft(decoded)
    ? E.left({ ...decoded.left, issues: decoded.left.issues.map((x) => ({ ...x, path: `start.state.${x.path}` })) })
    : decoded
}

/**
 * Builds the starting state of a scenario: its state document (inline in `start.state`, or the
 * state `options.stateFile` read from the file named by `start.stateFile`; else the empty state),
 * then each Partner Center import in order. A payload that does not decode, an inline document that
 * fails the state check, or a `start.stateFile` without `options.stateFile` (or beside
 * `start.state`) gives a {@link DecodeError}.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { decode } from 'csp-channel'
 * import { Scenario, scenarioStart } from 'csp-channel/scenario'
 * const scenario = decode(Scenario, JSON.parse(readFileSync('my-scenario.json', 'utf8')))
 * const start = E.flatMap(scenario, (s) => scenarioStart(s)) // the state before the first step
 * ```
 *
 * @category commands
 * @since 0.1.0
 */
export const scenarioStart = (
  scenario: Scenario,
  options: ScenarioOptions = {},
): E.Either<DecodeError, ProgramState> => {
  const decoded = startDocument(scenario, options)
  if (E.isLeft(decoded)) return decoded
  let state = decoded.right
  for (const [i, payload] of (scenario.start?.partnerCenter ?? []).entries()) {
    const imported = importPartnerCenter(payload, state)
    if (E.isLeft(imported))
      return E.left({
        ...imported.left,
        issues: imported.left.issues.map((x) => ({ ...x, path: `start.partnerCenter[${i}].${x.path}` })),
      })
    state = imported.right
  }
  return E.right(state)
}

/**
 * Runs every step in order from the scenario's starting state, carrying the state forward (a
 * rejected step, or a `whatIf` step, leaves it unchanged), and compares each outcome with what the
 * step expects: `accepted`, or rejected with exactly the expected set of rule IDs; the events and
 * warnings of an accepted step; the results of queries on the state after it. A `whatIf` step is
 * judged as `explain` judges it, under the rule set it names. Takes any value and never throws: a value
 * that is not a {@link Scenario}, or whose starting state cannot be built (see
 * {@link scenarioStart}), gives a {@link DecodeError}. A scenario naming `start.stateFile` runs only
 * with `options.stateFile`, the state the caller read from that file.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { formatReport, runScenario } from 'csp-channel/scenario'
 * const report = runScenario(JSON.parse(readFileSync('my-scenario.json', 'utf8')))
 * if (E.isRight(report)) console.log(formatReport(report.right)) // exit code: report.right.ok ? 0 : 1
 * ```
 *
 * @category commands
 * @since 0.1.0
 */
export const runScenario = (
  value: Scenario | unknown,
  options: ScenarioOptions = {},
): E.Either<DecodeError, ScenarioReport> => {
  // any value is accepted: a typed scenario decodes to itself, anything else gives its decode error
  const decoded = decodeScenario(value)
  if (E.isLeft(decoded)) return decoded
  const scenario = decoded.right
  const start = scenarioStart(scenario, options)
  if (E.isLeft(start)) return start
  let state = start.right
  const steps = scenario.steps.map((step, index): StepReport => {
    const outcome = runStep(state, step)
    state = outcome.state
    const { verdictOk, mismatches, queries } = compare(step, outcome, state)
    return {
      index: index + 1,
      title: step.title ?? null,
      command: step.command,
      actor: step.input.actor,
      at: step.input.at,
      ruleSet: outcome.ruleSet,
      whatIf: step.whatIf ?? null,
      verdict: outcome.accepted ? 'accepted' : 'rejected',
      expected: step.expect,
      ok: verdictOk && mismatches.length === 0,
      mismatches,
      violations: outcome.violations,
      warnings: outcome.warnings,
      events: outcome.events,
      queries,
    }
  })
  return E.right({ title: scenario.title, steps, ok: steps.every((s) => s.ok), finalState: state })
}
