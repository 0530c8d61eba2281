/**
 * `csp-channel check`: runs scenario files (the bundled examples when no file is given) and prints
 * each timeline. Exit code 0: every expectation held; 1: at least one did not; 2: a file is
 * unreadable, not JSON or not a valid scenario (the decode error is printed).
 *
 * @internal
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import { decode, formatDecodeError } from '../codec/decodeError.js'
import { stateToJson } from '../codec/state.js'
import { formatReport } from '../scenario/format.js'
import { runScenario, type ScenarioReport } from '../scenario/run.js'
import { Scenario } from '../scenario/scenario.js'

const USAGE = `Usage: csp-channel check [--json] [FILE...]

Runs CSP program scenarios and checks every expected verdict.
With no FILE, runs the example scenarios bundled with the package.

Options:
  --json      print the reports as JSON instead of timelines
  -h, --help  show this help

Exit codes: 0 every expectation held, 1 an expectation failed, 2 a file is malformed.`

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

const load = (file: string): Loaded => {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    return { file, error: `cannot read ${file} as JSON: ${(cause as Error).message}` }
  }
  const scenario = decode(Scenario, json)
  if (E.isLeft(scenario)) return { file, error: formatDecodeError(scenario.left) }
  const report = runScenario(scenario.right)
  return E.isLeft(report) ? { file, error: formatDecodeError(report.left) } : { file, report: report.right }
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
    io.err(`${(cause as Error).message}\n\n${USAGE}`)
    return 2
  }
  const [verb, ...files] = parsed.positionals
  if (parsed.values.help === true) {
    io.out(USAGE)
    return 0
  }
  if (verb !== 'check') {
    io.err(verb === undefined ? USAGE : `Unknown command "${verb}".\n\n${USAGE}`)
    return 2
  }
  const results = (files.length > 0 ? files : scenariosIn(bundledDir)).map(load)
  if (parsed.values.json === true) {
    const out = results.map((r) =>
      'error' in r ? r : { file: r.file, report: { ...r.report, finalState: stateToJson(r.report.finalState) } },
    )
    io.out(JSON.stringify(out, null, 2))
  } else {
    for (const r of results) {
      if ('error' in r) io.err(`✘ ${r.file}\n${r.error}\n`)
      else io.out(`${formatReport(r.report)}\n  (${r.file})\n`)
    }
  }
  if (results.some((r) => 'error' in r)) return 2
  return results.every((r) => 'report' in r && r.report.ok) ? 0 : 1
}
