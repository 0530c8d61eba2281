/**
 * `csp-channel check`: runs scenario files (a folder stands for its `*.json` files; the bundled
 * examples when no file is given) and prints each timeline, then, for more than one file, a total
 * of files and steps passed and failed. Exit code 0: every expectation held; 1: at least one did not (and every file was
 * read); 2: a file is unreadable or malformed (see `readJsonFile`), or not a valid scenario (the
 * decode error is printed), or the state file it names in `start.stateFile` is unreadable or not a
 * valid state document, or checking it failed. Never throws: every problem is reported against
 * its file. Text from files is printed with control characters escaped.
 *
 * @internal
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import { stateToJson } from 'csp-channel'
import { Expectation, decodeScenario, formatReport, runScenario, type ScenarioReport } from 'csp-channel/scenario'
import { escapeControls } from '../internal/escape.js'
import { readJsonFile, systemError } from './read.js'
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

/**
 * The scenario files an argument names: a folder stands for its `*.json` files (sorted, not in
 * subfolders); anything else is itself, to be read (and refused there if it cannot be).
 */
const expand = (target: string): ReadonlyArray<string | Loaded> => {
  let isDirectory = false
  try {
    isDirectory = statSync(target).isDirectory()
  } catch {
    return [target] // reading it says why it cannot be read
  }
  if (!isDirectory) return [target]
  try {
    const files = scenariosIn(target)
    const none = `cannot read ${escapeControls(target)}: it is a directory with no scenario files (*.json)`
    return files.length > 0 ? files : [{ file: target, error: none }]
  } catch (cause) {
    return [{ file: target, error: `cannot read ${escapeControls(target)}: ${escapeControls(systemError(cause))}` }]
  }
}

/** A report as JSON: the final state as a state document, each expectation as written in a file. */
const reportJson = (report: ScenarioReport) => ({
  ...report,
  steps: report.steps.map((s) => ({ ...s, expected: Expectation.encode(s.expected) })),
  finalState: stateToJson(report.finalState),
})

/** `Total: 5 files, 61 steps, 61 passed, 0 failed`, and how many files could not be checked. */
const total = (results: ReadonlyArray<Loaded>): string => {
  const steps = results.flatMap((r) => ('report' in r ? r.report.steps : []))
  const passed = steps.filter((s) => s.ok).length
  const bad = results.filter((r) => 'error' in r).length
  const files = `${results.length} file${results.length === 1 ? '' : 's'}${bad === 0 ? '' : ` (${bad} unreadable or malformed)`}`
  return `Total: ${files}, ${steps.length} steps, ${passed} passed, ${steps.length - passed} failed`
}

const load = (file: string): Loaded => {
  const read = readJsonFile(file)
  if (!read.ok) return { file, error: read.error }
  try {
    const scenario = decodeScenario(read.json)
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
  let targets: ReadonlyArray<string | Loaded>
  try {
    targets = files.length > 0 ? files.flatMap(expand) : scenariosIn(bundledDir)
  } catch (cause) {
    io.err(`cannot list the bundled scenarios in ${escapeControls(bundledDir)}: ${escapeControls(String(cause))}`)
    return 2
  }
  const results = targets.map((t) => (typeof t === 'string' ? load(t) : t))
  if (parsed.values.json === true) {
    const out = results.map((r) => ('error' in r ? r : { file: r.file, report: reportJson(r.report) }))
    io.out(JSON.stringify(out, null, 2))
  } else {
    for (const r of results) {
      if ('error' in r) io.err(`✘ ${escapeControls(r.file)}\n${r.error}\n`)
      else io.out(`${formatReport(r.report)}\n  (${escapeControls(r.file)})\n`)
    }
    if (results.length > 1) io.out(total(results))
  }
  if (results.some((r) => 'error' in r)) return 2
  return results.every((r) => 'report' in r && r.report.ok) ? 0 : 1
}
