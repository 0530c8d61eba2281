/**
 * Import manifests for `csp-channel import`: an `import.json` file holding the input of the Partner
 * Center importer, where any body may be given as the path of a JSON file instead (relative to the
 * manifest), and command-line flags that replace `at` and the fields of `partner`.
 *
 * @internal
 */
import { statSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import { escapeControls } from '../internal/escape.js'
import { readJsonFile } from './read.js'

/** The file a manifest argument names: `DIR/import.json` for a directory, else the argument. @internal */
export const manifestFile = (argument: string): string => {
  try {
    return statSync(argument).isDirectory() ? join(argument, 'import.json') : argument
  } catch {
    return argument // the reader reports what is wrong with it
  }
}

/** Values given on the command line; each replaces the manifest's value. @internal */
export interface ImportFlags {
  readonly at?: string
  readonly partner?: string
  readonly roles?: ReadonlyArray<string>
  readonly region?: string
  readonly mpn?: string
}

/** A body the manifest names by file: where it goes in the input and the file it was read from. @internal */
export interface BodyFile {
  readonly path: string
  readonly file: string
}

/**
 * A manifest read: its file, the importer input with every named body read and inlined, and the
 * body files by input path.
 *
 * @internal
 */
export interface Manifest {
  readonly file: string
  readonly input: Readonly<Record<string, unknown>>
  readonly bodies: ReadonlyArray<BodyFile>
}

type Result<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly error: string }

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** Reads the bodies named by file in one value of the manifest (a top-level field). */
class BodyReader {
  readonly bodies: BodyFile[] = []
  constructor(private readonly manifest: string) {}

  /** The body at `path`: the JSON of the file a string names, else the value itself. */
  body(path: string, value: unknown): Result<unknown> {
    if (typeof value !== 'string') return { ok: true, value }
    const file = isAbsolute(value) ? value : join(dirname(this.manifest), value)
    const read = readJsonFile(file, 'Partner Center body')
    if (!read.ok)
      return { ok: false, error: `${escapeControls(this.manifest)}: at ${escapeControls(path)}: ${read.error}` }
    this.bodies.push({ path, file })
    return { ok: true, value: read.json }
  }

  /** A top-level field: a body, or a list of bodies or of `{ …, body }` objects. */
  field(key: string, value: unknown): Result<unknown> {
    if (!Array.isArray(value)) return this.body(key, value)
    const out: unknown[] = []
    for (const [i, item] of value.entries()) {
      const path = `${key}[${i}]`
      const read = isObject(item) && Object.hasOwn(item, 'body') ? this.entry(path, item) : this.body(path, item)
      if (!read.ok) return read
      out.push(read.value)
    }
    return { ok: true, value: out }
  }

  private entry(path: string, item: Record<string, unknown>): Result<unknown> {
    const body = this.body(`${path}.body`, item.body)
    return body.ok ? { ok: true, value: { ...item, body: body.value } } : body
  }
}

/** `partner` with the flags that replace its fields; the manifest's value when no flag is given. */
const partnerWith = (partner: unknown, flags: ImportFlags): unknown => {
  const given = Object.entries({
    tenantId: flags.partner,
    roles: flags.roles,
    region: flags.region,
    mpnId: flags.mpn,
  }).filter(([, v]) => v !== undefined)
  return given.length === 0 ? partner : { ...(isObject(partner) ? partner : {}), ...Object.fromEntries(given) }
}

/**
 * Reads the manifest `file` and every body it names by file, and applies the flags. A manifest that
 * is not a JSON object, has no `at` or no `partner` (after the flags), or names a body file that
 * cannot be read as JSON gives an error naming the manifest, the field and the file.
 *
 * @internal
 */
export const readManifest = (file: string, flags: ImportFlags): Result<Manifest> => {
  const read = readJsonFile(file, 'import manifest')
  if (!read.ok) return read
  const fail = (problem: string): Result<Manifest> => ({ ok: false, error: `${escapeControls(file)}: ${problem}` })
  if (!isObject(read.json))
    return fail('an import manifest is a JSON object: the importer input, bodies inline or named by file')
  const input: Record<string, unknown> = {}
  const reader = new BodyReader(file)
  for (const [key, value] of Object.entries(read.json)) {
    const resolved = key === 'at' || key === 'partner' ? { ok: true as const, value } : reader.field(key, value)
    if (!resolved.ok) return resolved
    Object.defineProperty(input, key, { value: resolved.value, enumerable: true, writable: true, configurable: true })
  }
  if (flags.at !== undefined) input.at = flags.at
  const partner = partnerWith(input.partner, flags)
  if (partner !== undefined) input.partner = partner
  if (input.at === undefined) return fail('no "at" (when the bodies were read): give it in the manifest or with --at')
  if (input.partner === undefined)
    return fail('no "partner": give it in the manifest, or its tenant ID and roles with --partner and --roles')
  return { ok: true, value: { file, input, bodies: reader.bodies } }
}

/**
 * The body file an input path (of a decode issue) lies in: `customers[0].items[3].id` lies in the
 * file read for `customers[0]`. `undefined` for a path in an inline body.
 *
 * @internal
 */
export const bodyFileOf =
  (bodies: ReadonlyArray<BodyFile>) =>
  (path: string): string | undefined =>
    bodies.find((b) => path === b.path || path.startsWith(`${b.path}.`) || path.startsWith(`${b.path}[`))?.file
