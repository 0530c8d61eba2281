/**
 * `csp-channel/scenario`: the scenario checker as a library. A scenario is a starting point (a state
 * document, Partner Center payloads to import, or both) and steps, each a command with its input and
 * the expected verdict (see `docs/scenarios.md`). {@link runScenario} runs one and returns a report,
 * {@link formatReport} renders the report as the timeline `csp-channel check` prints. Nothing here
 * reads files or the clock; the CLI does the reading and is built on this entry.
 *
 * This entry bundles the Partner Center importer (a scenario may start from payloads); the main
 * entry, `csp-channel`, does not.
 *
 * @packageDocumentation
 */
export { Scenario, ScenarioStep, Expectation } from './scenario.js'
export { runScenario, scenarioStart, type ScenarioReport, type StepReport, type ScenarioOptions } from './run.js'
export { formatReport } from './format.js'
export type { ProgramState } from '../model/state.js'
export type { DecodeError, DecodeIssue } from '../codec/decodeError.js'
