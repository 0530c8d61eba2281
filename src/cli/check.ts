/**
 * `csp-channel check`: runs scenario files (the bundled examples when no file is given) and prints
 * each timeline. Exit code 0: every expectation held; 1: at least one did not (and every file was
 * read); 2: a file is unreadable or malformed (see `readJsonFile`), or not a valid scenario (the
 * decode error is printed), or checking it failed. Never throws: every problem is reported against
 * its file. Text from files is printed with control characters escaped.
 *
 * @internal
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import { decode, formatDecodeError, type DecodeError } from '../codec/decodeError.js'
import { stateToJson } from '../codec/state.js'
import { escapeControls, formatReport } from '../scenario/format.js'
import { runScenario, type ScenarioReport } from '../scenario/run.js'
import { Scenario } from '../scenario/scenario.js'
import { MAX_SCENARIO_SIZE, readJsonFile } from './read.js'

const USAGE = `Usage: csp-channel check [--json] [FILE...]

Runs CSP program scenarios and checks every expected verdict.
With no FILE, runs the example scenarios bundled with the package.

Options:
  --json      print the reports as JSON instead of timelines
  -h, --help  show this help

Exit codes:
  0  every expectation held
  1  an expectation failed (every file was read and is a valid scenario)
  2  a file is unreadable or malformed: missing, a directory or other non-regular
     file (FIFO, socket, device), over ${MAX_SCENARIO_SIZE}, empty, binary (NUL bytes),
     not UTF-8, not JSON, or not a valid scenario (unknown fields, no steps, ...);
     also a wrong command line

Files are UTF-8 JSON; a leading byte order mark is accepted.`

/** Where the CLI writes: standard output and standard error. */
export interface Io {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
}

const scenariosIn = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f))

type Loaded =
  { readonly file: string; readonly report: ScenarioReport } | { readonly file: string; readonly error: string }

/** A decode error as text, its paths and values (which come from the file) escaped. */
const decodeErrorText = (error: DecodeError): string =>
  formatDecodeError({
    ...error,
    issues: error.issues.map((i) => ({
      path: escapeControls(i.path),
      expected: escapeControls(i.expected),
      received: escapeControls(i.received),
    })),
  })

const load = (file: string): Loaded => {
  const read = readJsonFile(file)
  if (!read.ok) return { file, error: read.error }
  try {
    const scenario = decode(Scenario, read.json)
    if (E.isLeft(scenario)) return { file, error: decodeErrorText(scenario.left) }
    const report = runScenario(scenario.right)
    return E.isLeft(report) ? { file, error: decodeErrorText(report.left) } : { file, report: report.right }
  } catch (cause) {
    const message = escapeControls(cause instanceof Error ? cause.message : String(cause))
    return { file, error: `cannot check ${escapeControls(file)}: internal error: ${message}` }
  }
}

/** Runs the command line `argv` (without `node` and the script); returns the exit code. */
export const check = (argv: ReadonlyArray<string>, io: Io, bundledDir: string): number => {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (cause) {
    io.err(`${escapeControls((cause as Error).message)}\n\n${USAGE}`)
    return 2
  }
  const [verb, ...files] = parsed.positionals
  if (parsed.values.help === true) {
    io.out(USAGE)
    return 0
  }
  if (verb !== 'check') {
    io.err(verb === undefined ? USAGE : `Unknown command "${escapeControls(verb)}".\n\n${USAGE}`)
    return 2
  }
  let targets: ReadonlyArray<string>
  try {
    targets = files.length > 0 ? files : scenariosIn(bundledDir)
  } catch (cause) {
    io.err(`cannot list the bundled scenarios in ${escapeControls(bundledDir)}: ${escapeControls(String(cause))}`)
    return 2
  }
  const results = targets.map(load)
  if (parsed.values.json === true) {
    const out = results.map((r) =>
      'error' in r ? r : { file: r.file, report: { ...r.report, finalState: stateToJson(r.report.finalState) } },
    )
    io.out(JSON.stringify(out, null, 2))
  } else {
    for (const r of results) {
      if ('error' in r) io.err(`✘ ${escapeControls(r.file)}\n${r.error}\n`)
      else io.out(`${formatReport(r.report)}\n  (${escapeControls(r.file)})\n`)
    }
  }
  if (results.some((r) => 'error' in r)) return 2
  return results.every((r) => 'report' in r && r.report.ok) ? 0 : 1
}
