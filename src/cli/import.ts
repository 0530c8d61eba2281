/**
 * `csp-channel import`: imports Partner Center response bodies saved as files, named by import
 * manifests, and writes the state document. Exit code 0: imported and written; 2: a manifest or a
 * body is unreadable or malformed, the import gives a decode error, the output cannot be written,
 * or the command line is wrong. Never throws; nothing is written unless every manifest imports.
 *
 * @internal
 */
import { parseArgs } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import { emptyState, stateToJson, type DecodeError, type ProgramState } from 'csp-channel'
import { importPartnerCenterWithReport, type ImportReport } from 'csp-channel/partner-center'
import { escapeControls } from '../internal/escape.js'
import type { Io } from './check.js'
import { formatImportReport, formatWritten } from './importReport.js'
import { bodyFileOf, manifestFile, readManifest, type ImportFlags, type Manifest } from './manifest.js'
import { decodeErrorText, thrownText } from './text.js'
import { IMPORT_USAGE } from './usage.js'
import { writeAtomically } from './write.js'

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  partner: { type: 'string' },
  roles: { type: 'string' },
  region: { type: 'string' },
  mpn: { type: 'string' },
  at: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

/** The flags that fill in or replace the manifest's values; `--roles` is a comma-separated list. */
const flagsOf = (values: {
  readonly [flag in 'at' | 'partner' | 'roles' | 'region' | 'mpn']?: string
}): ImportFlags => {
  const roles = values.roles
    ?.split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '')
  const entries = Object.entries({ at: values.at, partner: values.partner, region: values.region, mpn: values.mpn })
  return {
    ...Object.fromEntries(entries.filter(([, v]) => v !== undefined)),
    ...(roles === undefined ? {} : { roles }),
  }
}

type Step = { readonly file: string; readonly report: ImportReport }

/** Imports one manifest into `base`, or the error to print. */
const importOne = (manifest: Manifest, base: ProgramState): E.Either<string, Step & { state: ProgramState }> => {
  let imported: E.Either<DecodeError, { state: ProgramState; report: ImportReport }>
  try {
    imported = importPartnerCenterWithReport(manifest.input, base)
  } catch (cause) {
    return E.left(`cannot import ${escapeControls(manifest.file)}: internal error: ${thrownText(cause)}`)
  }
  if (E.isRight(imported)) return E.right({ file: manifest.file, ...imported.right })
  const error = imported.left
  // issues of the state check name paths in the state document, not in the manifest
  const where = error.codec === 'ProgramState' ? undefined : bodyFileOf(manifest.bodies)
  const note = error.codec === 'ProgramState' ? '\n(paths in the imported state document)' : ''
  return E.left(`${decodeErrorText(error, where)}${note}`)
}

/** Imports every manifest in order, each into the state of those before; the first error stops. */
const importAll = (
  manifests: ReadonlyArray<string>,
  flags: ImportFlags,
): E.Either<{ file: string; error: string }, { state: ProgramState; steps: ReadonlyArray<Step> }> => {
  let state = emptyState
  const steps: Step[] = []
  for (const argument of manifests) {
    const file = manifestFile(argument)
    const manifest = readManifest(file, flags)
    if (!manifest.ok) return E.left({ file, error: manifest.error })
    const imported = importOne(manifest.value, state)
    if (E.isLeft(imported)) return E.left({ file, error: imported.left })
    state = imported.right.state
    steps.push({ file, report: imported.right.report })
  }
  return E.right({ state, steps })
}

/** Runs `csp-channel import …` (`argv` without `node` and the script); returns the exit code. */
export const importCommand = (argv: ReadonlyArray<string>, io: Io): number => {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS })
  } catch (cause) {
    io.err(`${thrownText(cause)}\n\n${IMPORT_USAGE}`)
    return 2
  }
  const { values } = parsed
  const manifests = parsed.positionals.slice(1) // after the verb
  if (values.help === true) {
    io.out(IMPORT_USAGE)
    return 0
  }
  const output = values.output
  if (manifests.length === 0 || output === undefined || output === '') {
    const missing = manifests.length === 0 ? 'No manifest or folder to import.' : 'No output file: give -o FILE.'
    io.err(`${missing}\n\n${IMPORT_USAGE}`)
    return 2
  }
  const result = importAll(manifests, flagsOf(values))
  if (E.isLeft(result)) {
    io.err(`✘ ${escapeControls(result.left.file)}\n${result.left.error}\n`)
    return 2
  }
  const { state, steps } = result.right
  const document = stateToJson(state)
  const failed = writeAtomically(output, `${JSON.stringify(document, null, 2)}\n`)
  if (failed !== undefined) {
    io.err(`✘ ${failed}\n`)
    return 2
  }
  if (values.json === true) io.out(JSON.stringify({ output, imports: steps }, null, 2))
  else {
    for (const s of steps) io.out(formatImportReport(s.file, s.report))
    io.out(formatWritten(output, document))
  }
  return 0
}
