/**
 * `csp-channel check`: runs scenario files (the bundled examples when no file is given) and prints
 * each timeline. Exit code 0: every expectation held; 1: at least one did not (and every file was
 * read); 2: a file is unreadable or malformed (see `readJsonFile`), or not a valid scenario (the
 * decode error is printed), or the state file it names in `start.stateFile` is unreadable or not a
 * valid state document, or checking it failed. Never throws: every problem is reported against
 * its file. Text from files is printed with control characters escaped.
 *
 * @internal
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import { decode, stateToJson } from 'csp-channel'
import { formatReport, runScenario, Scenario, type ScenarioReport } from 'csp-channel/scenario'
import { escapeControls } from '../scenario/format.js'
import { readJsonFile } from './read.js'
import { readStateFile } from './stateFile.js'
import { decodeErrorText, thrownText } from './text.js'
import { CHECK_USAGE, USAGE } from './usage.js'

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
  const read = readJsonFile(file)
  if (!read.ok) return { file, error: read.error }
  try {
    const scenario = decode(Scenario, read.json)
    if (E.isLeft(scenario)) return { file, error: decodeErrorText(scenario.left) }
    const { state, stateFile } = scenario.right.start ?? {}
    // a state file beside an inline state is left to runScenario, which rejects the pair
    const loaded = stateFile === undefined || state !== undefined ? undefined : readStateFile(file, stateFile)
    if (loaded !== undefined && 'error' in loaded) return { file, error: loaded.error }
    const report = runScenario(scenario.right, loaded === undefined ? {} : { stateFile: loaded.state })
    return E.isLeft(report) ? { file, error: decodeErrorText(report.left) } : { file, report: report.right }
  } catch (cause) {
    return { file, error: `cannot check ${escapeControls(file)}: internal error: ${thrownText(cause)}` }
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
    io.err(`${thrownText(cause)}\n\n${CHECK_USAGE}`)
    return 2
  }
  const [verb, ...files] = parsed.positionals
  if (parsed.values.help === true) {
    io.out(verb === 'check' ? CHECK_USAGE : USAGE)
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
