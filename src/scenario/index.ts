/**
 * `csp-channel/scenario`: the scenario checker as a library. A scenario is a starting point (a state
 * document, Partner Center payloads to import, or both) and steps, each a command with its input and
 * what is expected of it: the verdict, and optionally the events, warnings and query results (see
 * `docs/scenarios.md`). {@link decodeScenario} reads one, {@link runScenario} runs one and returns a
 * report, {@link formatReport} renders the report as the timeline `csp-channel check` prints, and
 * {@link scenarioJsonSchema} gives the JSON Schema of scenario files (shipped as
 * `schema/scenario.schema.json`). Nothing here reads files or the clock; the CLI does the reading
 * and is built on this entry.
 *
 * This entry bundles the Partner Center importer (a scenario may start from payloads); the main
 * entry, `csp-channel`, does not.
 *
 * @packageDocumentation
 */
export { Scenario, ScenarioStep, decodeScenario } from './scenario.js'
export { Expectation, ExpectedEvent } from './expectations.js'
export { ExpectedQuery } from './queries.js'
export type { QueryReport } from './outcome.js'
export { runScenario, scenarioStart, type ScenarioReport, type StepReport, type ScenarioOptions } from './run.js'
export { formatReport } from './format.js'
export { scenarioJsonSchema } from './schema.js'
export type { ProgramState } from '../model/state.js'
export type { DecodeError, DecodeIssue } from '../codec/decodeError.js'
