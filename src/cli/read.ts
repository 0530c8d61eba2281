/**
 * Reads a JSON file for the CLI (a scenario, a state document, an import manifest or a Partner Center
 * body) and classifies every way it can be unreadable: missing, a directory, not a regular file
 * (FIFO, socket, device), over the size limit, empty, binary (NUL bytes), not UTF-8, or not JSON.
 * Never throws and never blocks on a special file.
 *
 * @internal
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { escapeControls } from '../internal/escape.js'

/** The largest file the CLI reads: 16 MiB. Larger files are refused before reading. @internal */
export const MAX_SCENARIO_BYTES = 16 * 1024 * 1024

/** The size limit as people read it. @internal */
export const MAX_SCENARIO_SIZE = '16 MiB'

/**
 * The outcome of reading a file: its JSON value, or an `error` naming the file and what is wrong
 * with it, with control characters already escaped for printing.
 *
 * @internal
 */
export type ReadResult = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly error: string }

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the file name is too long',
  EISDIR: 'it is a directory',
  EEXIST: 'the file already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EXDEV: 'the temporary file is on another file system',
}

/**
 * A file system error as a short sentence (`no such file or directory`, `permission denied`, …),
 * not escaped.
 *
 * @internal
 */
export const systemError = (cause: unknown): string => {
  const code = (cause as { code?: unknown } | null)?.code
  const known = typeof code === 'string' ? SYSTEM_ERRORS[code] : undefined
  return known ?? (cause instanceof Error ? cause.message : String(cause))
}

/** What is wrong with the kind or size of a file, or `undefined` for a regular file within the limit. */
const badKind = (stats: Stats, kind: string): string | undefined => {
  if (stats.isDirectory()) return `it is a directory, not a ${kind}`
  if (stats.isFIFO()) return 'it is a FIFO (named pipe), not a regular file'
  if (stats.isSocket()) return 'it is a socket, not a regular file'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a regular file'
  if (!stats.isFile()) return 'it is not a regular file'
  if (stats.size > MAX_SCENARIO_BYTES)
    return `it is ${stats.size} bytes, over the ${MAX_SCENARIO_SIZE} (${MAX_SCENARIO_BYTES} bytes) limit for a ${kind}`
  return undefined
}

const tooBig = (kind: string) => `it is over the ${MAX_SCENARIO_SIZE} (${MAX_SCENARIO_BYTES} bytes) limit for a ${kind}`

/** Reads at most one byte more than the limit from an open regular file; `undefined` when over it. */
const readBytes = (fd: number): Buffer | undefined => {
  const chunks: Buffer[] = []
  const chunk = Buffer.allocUnsafe(64 * 1024)
  let total = 0
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null)
    if (n === 0) return Buffer.concat(chunks, total)
    total += n
    if (total > MAX_SCENARIO_BYTES) return undefined
    chunks.push(Buffer.from(chunk.subarray(0, n)))
  }
}

/** Opens without blocking (a FIFO swapped in after the `stat` must not hang), checks again, reads. */
const readRegular = (file: string, kind: string): Buffer | string => {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const problem = badKind(fstatSync(fd), kind)
    if (problem !== undefined) return problem
    return readBytes(fd) ?? tooBig(kind)
  } finally {
    closeSync(fd)
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The text of the bytes, a leading byte order mark dropped, or what is wrong with them. */
const decodeText = (bytes: Buffer): { readonly text: string } | string => {
  if (bytes.length === 0) return 'the file is empty'
  if (bytes.includes(0)) return 'it contains NUL bytes: a binary file, not JSON text'
  let text: string
  try {
    text = utf8.decode(bytes) // drops a leading byte order mark (ignoreBOM is false)
  } catch {
    return 'it is not valid UTF-8 text'
  }
  if (text.trim() === '') return 'the file has no content (only white space or a byte order mark)'
  return { text }
}

/**
 * Reads `file` as a JSON document. The file's kind and size are checked with `stat` before it is
 * opened: a directory, FIFO, socket or device, or a file over {@link MAX_SCENARIO_BYTES}, is refused
 * without reading it. The bytes must be UTF-8 without NUL bytes (a leading byte order mark is
 * dropped) and hold one JSON value. `kind` names what the file should be in the messages
 * (`it is a directory, not a scenario file`).
 *
 * @internal
 */
export const readJsonFile = (file: string, kind = 'scenario file'): ReadResult => {
  const fail = (problem: string): ReadResult => ({
    ok: false,
    error: `cannot read ${escapeControls(file)}: ${problem}`,
  })
  let bytes: Buffer | string
  try {
    const problem = badKind(statSync(file), kind)
    if (problem !== undefined) return fail(problem)
    bytes = readRegular(file, kind)
  } catch (cause) {
    return fail(escapeControls(systemError(cause)))
  }
  if (typeof bytes === 'string') return fail(bytes)
  const decoded = decodeText(bytes)
  if (typeof decoded === 'string') return fail(decoded)
  try {
    return { ok: true, json: JSON.parse(decoded.text) as unknown }
  } catch (cause) {
    const message = escapeControls((cause as Error).message ?? String(cause))
    return { ok: false, error: `cannot read ${escapeControls(file)} as JSON: ${message}` }
  }
}
