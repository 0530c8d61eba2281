/**
 * The state document file a scenario names in `start.stateFile`, read for `csp-channel check`:
 * its path is relative to the scenario file, it is read like any file the CLI reads (size limit,
 * byte order mark, FIFO, binary) and checked with `ProgramStateCodec`.
 *
 * @internal
 */
import { dirname, resolve } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { decode, ProgramStateCodec, type ProgramState } from 'csp-channel'
import { escapeControls } from '../internal/escape.js'
import { readJsonFile } from './read.js'
import { decodeErrorText } from './text.js'

/**
 * The state in the file `stateFile` (relative to the directory of `scenarioFile`), or what is wrong
 * with it, escaped for printing and naming both files.
 *
 * @internal
 */
export const readStateFile = (
  scenarioFile: string,
  stateFile: string,
): { readonly state: ProgramState } | { readonly error: string } => {
  const path = resolve(dirname(scenarioFile), stateFile)
  const named = `start.stateFile ${escapeControls(JSON.stringify(stateFile))}`
  const read = readJsonFile(path, 'state document')
  if (!read.ok) return { error: `${named}: ${read.error}` }
  const state = decode(ProgramStateCodec, read.json)
  return E.isRight(state)
    ? { state: state.right }
    : { error: `${named}: ${escapeControls(path)} is not a valid state document:\n${decodeErrorText(state.left)}` }
}
