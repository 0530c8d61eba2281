/**
 * A plain-data snapshot of a value from outside, read once: the first thing every entry does with
 * what a caller hands it. Whatever the value is (an object with getters, a `Proxy`, a class
 * instance, an array with holes), the snapshot holds only plain objects, arrays and primitives, as
 * `JSON.stringify` would see them: own enumerable string keys, holes read as `undefined`. Every
 * property is read exactly once, so what is checked afterwards is what is kept.
 *
 * A snapshot nothing else holds can then be decoded in place (the decodeSnapshot module): the
 * parts that decoding would copy unchanged are kept, so a valid input is not copied a second time.
 *
 * @internal
 */

/** The most values (objects, arrays and primitives together) a snapshot reads. */
export const MAX_SNAPSHOT_VALUES = 1_000_000

/** The deepest nesting a snapshot reads; command inputs nest a few levels, documents about six. */
export const MAX_SNAPSHOT_DEPTH = 64

/** Options of {@link snapshot}; the defaults are those of command inputs. */
export interface SnapshotOptions {
  /** The most values read (default {@link MAX_SNAPSHOT_VALUES}). */
  readonly maxValues?: number
  /** The deepest nesting read (default {@link MAX_SNAPSHOT_DEPTH}). */
  readonly maxDepth?: number
  /** Object keys not read at all (e.g. `"__proto__"`); each one dropped is passed to `onDrop`. */
  readonly dropKeys?: ReadonlySet<string>
  /** Called with the path of each key dropped (`partner.__proto__`). */
  readonly onDrop?: (path: string) => void
}

/** Why a value could not be read (too large, too deep, or its reading threw), and where. */
export interface SnapshotFailure {
  readonly _tag: 'SnapshotFailure'
  readonly reason: string
  /** The path of the value that could not be read, as decode errors write it (`lines[0].seats`, `(root)`). */
  readonly path: string
}

class Unreadable extends Error {}

const pathText = (keys: ReadonlyArray<string | number>): string =>
  keys.length === 0 ? '(root)' : keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('')

/**
 * The snapshot of `value`, or a {@link SnapshotFailure} when it has more than
 * {@link MAX_SNAPSHOT_VALUES} values, nests deeper than {@link MAX_SNAPSHOT_DEPTH}, or throws while
 * being read (a getter, a revoked proxy). `options` change the limits and name keys to drop.
 * Never throws.
 */
export const snapshot = (
  value: unknown,
  options: SnapshotOptions = {},
): { readonly ok: true; readonly value: unknown } | SnapshotFailure => {
  const maxValues = options.maxValues ?? MAX_SNAPSHOT_VALUES
  const maxDepth = options.maxDepth ?? MAX_SNAPSHOT_DEPTH
  const drop = options.dropKeys
  let budget = maxValues
  // the keys from the root to the value being read (the first `reading` of them), for the report of a failure
  const keys: Array<string | number> = []
  let reading = 0
  const tooMany = (): never => {
    throw new Unreadable(`it holds more than ${maxValues} values`)
  }
  const read = (v: unknown, depth: number): unknown => {
    reading = depth
    if (--budget < 0) tooMany()
    if (v === null || typeof v !== 'object') return v
    if (depth >= maxDepth) throw new Unreadable(`it nests deeper than ${maxDepth} levels`)
    if (Array.isArray(v)) {
      const length = v.length
      if (length > budget) throw new Unreadable(`it holds more than ${maxValues} values`)
      const out: unknown[] = new Array(length)
      for (let i = 0; i < length; i++) {
        keys[depth] = i
        reading = depth + 1
        out[i] = read(v[i], depth + 1)
      }
      return out
    }
    const out: Record<string, unknown> = {}
    const names = Object.keys(v)
    for (let i = 0; i < names.length; i++) {
      const key = names[i] as string
      keys[depth] = key
      reading = depth + 1
      if (drop !== undefined && drop.has(key)) {
        options.onDrop?.(pathText(keys.slice(0, depth + 1)))
        continue
      }
      const raw = (v as Record<string, unknown>)[key]
      // a primitive is read here, without a call: most values are
      const field = raw === null || typeof raw !== 'object' ? (--budget < 0 ? tooMany() : raw) : read(raw, depth + 1)
      // a "__proto__" key stays an own data property, never a prototype
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: field, enumerable: true, writable: true, configurable: true })
      else out[key] = field
    }
    return out
  }
  try {
    return { ok: true, value: read(value, 0) }
  } catch (cause) {
    const reason =
      cause instanceof Unreadable
        ? cause.message
        : cause instanceof RangeError
          ? 'it nests too deeply'
          : 'reading it threw an error'
    return { _tag: 'SnapshotFailure', reason, path: pathText(keys.slice(0, reading)) }
  }
}
