/**
 * Decoding a command input's snapshot in place: the value `codec.validate` would give, made of the
 * snapshot's own parts wherever decoding would only copy them (the snapshot is private and fresh, so
 * nothing is shared with the caller). The entry of every command tries it before the full decoding.
 *
 * @internal
 */
import * as t from 'io-ts'
import { ExactType, ListType, own } from './codec.js'

/** What {@link decodeSnapshot} returns for a value that `codec.is` refuses. */
export const REFUSED: unique symbol = Symbol('REFUSED')
/** What {@link decodeSnapshot} returns for a value that only the codec's full decoding can judge. */
export const UNDECIDED: unique symbol = Symbol('UNDECIDED')

/**
 * The decoding of a plain value of a snapshot: what `codec.validate` gives (as `copyOf` copies it),
 * made of the value's own parts where they need no change, or `REFUSED` (`codec.is` refuses it), or
 * `UNDECIDED`. With `owned`, the value itself may be changed into its decoding.
 */
type Read = (value: unknown, owned?: boolean) => unknown

/** The fast read of each codec met so far, built once per codec. */
const reads = new WeakMap<t.Mixed, Read>()

/** The fast read of `codec`; a codec that nests itself sees its own read through a forward reference. */
const readOf = (codec: t.Mixed): Read => {
  let read = reads.get(codec)
  if (read === undefined) {
    let built: Read = () => UNDECIDED
    reads.set(codec, (v) => built(v))
    read = built = buildRead(codec)
    reads.set(codec, read)
  }
  return read
}

/**
 * The fast read of an exact object, as `copyOf` copies it: the known keys in the codec's order
 * (required, then optional), without undefined values; the value itself when it is already so.
 */
const exactRead = (codec: ExactType<t.Props, t.Props>): Read => {
  const count = Object.keys(codec.required).length
  const keys = [...Object.keys(codec.required), ...Object.keys(codec.optional)]
  const index = new Map(keys.map((k, i) => [k, i]))
  if (index.size !== keys.length) return (v) => (codec.is(v) ? UNDECIDED : REFUSED)
  const fields = keys.map((k) => readOf((codec.required[k] ?? codec.optional[k]) as t.Mixed))
  return (v, owned) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return REFUSED
    const record = v as Record<string, unknown>
    const decoded = new Array<unknown>(keys.length) // by position in the codec
    let same = true // nothing changes in decoding: each field decodes to itself, in the codec's order
    let ordered = true // the own keys in the codec's order, none undefined
    let next = 0
    let required = 0
    // `for…in` over a plain object of a snapshot (own keys first, in order); an inherited key is skipped
    for (const key in record) {
      if (!own(record, key)) continue
      let i = next
      while (i < keys.length && keys[i] !== key) i++
      if (i < keys.length) next = i + 1
      else {
        const at = index.get(key)
        if (at === undefined) return REFUSED
        i = at
        same = ordered = false // decoding puts the fields in the codec's order
      }
      if (i < count) required++
      const value = record[key]
      if (value === undefined) {
        same = ordered = false // decoding leaves it out
        if (i >= count) continue
      }
      const field = (fields[i] as Read)(value)
      if (field === REFUSED || field === UNDECIDED) return field
      if (field !== value) same = false
      decoded[i] = field
    }
    if (required < count) return REFUSED
    if (same) return v
    // the copy, or the value itself when the caller owns it and only fields inside it changed
    const out = owned === true && ordered ? record : {}
    for (let i = 0; i < keys.length; i++) if (decoded[i] !== undefined) out[keys[i] as string] = decoded[i]
    return out
  }
}

/** The fast read of `codec`, by its kind; a codec of another kind is only asked its `is`. */
const buildRead = (codec: t.Mixed): Read => {
  if (codec instanceof ExactType) return exactRead(codec)
  if (codec instanceof ListType) {
    const item = readOf(codec.item)
    return (v) => {
      if (!Array.isArray(v) || v.length < codec.min || v.length > codec.max) return REFUSED
      let out: unknown[] | undefined
      for (let i = 0; i < v.length; i++) {
        const one: unknown = i in v ? item(v[i]) : REFUSED
        if (one === REFUSED || one === UNDECIDED) return one
        if (out === undefined && one !== v[i]) out = v.slice(0, i)
        out?.push(one)
      }
      return out ?? v
    }
  }
  if (codec instanceof t.UnionType) {
    // decoding takes the first member whose `is` holds, as `copyOf` does
    const members = (codec.types as ReadonlyArray<t.Mixed>).map(readOf)
    return (v) => {
      for (const member of members) {
        const read = member(v)
        if (read !== REFUSED) return read
      }
      return REFUSED
    }
  }
  const is = codec.is
  return (v) => (!is.call(codec, v) ? REFUSED : typeof v === 'object' && v !== null ? UNDECIDED : v)
}

/**
 * The decoding of `value`, the value of a {@link snapshot} that nothing else holds, by the exact
 * codec `codec`: the value `codec.validate` gives, made of the snapshot's own parts where decoding
 * would copy them unchanged (so it shares nothing with the caller either; `value` may be changed
 * into it). {@link REFUSED} when `codec.is` refuses `value`, {@link UNDECIDED} when only
 * `codec.validate` can judge it (a codec that is not exact at the top, a value it would change
 * beyond copying); then `value` is unchanged. Never throws unless a codec's `is` does.
 */
export const decodeSnapshot = <A>(
  codec: t.Type<A, unknown, unknown>,
  value: unknown,
): A | typeof REFUSED | typeof UNDECIDED =>
  codec instanceof ExactType
    ? (readOf(codec as t.Mixed)(value, true) as A | typeof REFUSED | typeof UNDECIDED)
    : UNDECIDED
