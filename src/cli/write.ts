/**
 * Writes the output file of `csp-channel import` atomically: into a temporary file beside it, then
 * renamed over it, so that a reader never sees half a document and a failed write leaves the old
 * file as it was. Never writes over a directory or other non-regular file.
 *
 * @internal
 */
import type * as Crypto from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { escapeControls } from '../internal/escape.js'
import { systemError } from './read.js'

/** `bytes` random bytes in hex; node:crypto is loaded on the first write, not with the CLI (~3 ms of each start). */
const randomHex = (bytes: number): string =>
  (createRequire(import.meta.url)('node:crypto') as typeof Crypto).randomBytes(bytes).toString('hex')

/** What is wrong with writing to `file` as it is now, or `undefined` when it is absent or a regular file. */
const refusal = (file: string): string | undefined => {
  let stats
  try {
    stats = statSync(file)
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code
    return code === 'ENOENT' ? undefined : systemError(cause)
  }
  if (stats.isDirectory()) return 'it is a directory; name the file to write, e.g. state.json'
  return stats.isFile() ? undefined : 'it is not a regular file (a FIFO, socket or device)'
}

/**
 * Writes `text` to `file` atomically (temporary file, flushed, then renamed). Returns `undefined`
 * on success, else what went wrong, naming the file, escaped for printing. An absent parent folder,
 * an existing directory or special file at `file`, or any write error is refused and leaves `file`
 * unchanged.
 *
 * @internal
 */
export const writeAtomically = (file: string, text: string): string | undefined => {
  const fail = (problem: string) => `cannot write ${escapeControls(file)}: ${escapeControls(problem)}`
  const refused = refusal(file)
  if (refused !== undefined) return fail(refused)
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomHex(6)}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temporary, 'wx', 0o666)
    const bytes = Buffer.from(text, 'utf8')
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temporary, file)
    return undefined
  } catch (cause) {
    try {
      if (fd !== undefined) closeSync(fd)
      unlinkSync(temporary)
    } catch {
      // the temporary file was never created, or is gone already
    }
    return fail(systemError(cause))
  }
}
