/**
 * Copies of values along their codecs, for values from code the library does not control (events
 * given to `evolve` / `replay`): only the fields a codec knows are kept, and the caller's objects
 * are never shared or frozen.
 *
 * @internal
 */
import * as t from 'io-ts'
import { copyOf, ExactType, ListType, MISS, own } from './codec.js'

/**
 * A fresh copy of `value` along `codec` (exact objects keep only their fields, lists are new arrays),
 * or `undefined` when `codec.is(value)` does not hold. @internal
 */
export const copyAlong = <A>(codec: t.Type<A, unknown, unknown>, value: unknown): A | undefined => {
  if (!codec.is(value)) return undefined
  const copy = copyOf(codec as t.Mixed, value)
  return copy === MISS ? undefined : (copy as A)
}

/**
 * `value` with every field `codec` does not know dropped, along the codec (exact objects, lists,
 * unions, refinements); nothing is checked, so the result may still not be of the codec's type.
 * For values from code the library does not control (replayed events). @internal
 */
export const pickAlong = (codec: t.Mixed, value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value
  if (codec instanceof ExactType) {
    if (Array.isArray(value)) return value
    const out: Record<string, unknown> = {}
    const record = value as Record<string, unknown>
    for (const fields of [codec.required, codec.optional] as ReadonlyArray<t.Props>)
      for (const key of Object.keys(fields))
        if (own(record, key) && record[key] !== undefined) out[key] = pickAlong(fields[key] as t.Mixed, record[key])
    return out
  }
  if (codec instanceof ListType) return Array.isArray(value) ? value.map((x) => pickAlong(codec.item, x)) : value
  if (codec instanceof t.UnionType) {
    for (const member of codec.types as ReadonlyArray<t.Mixed>) {
      const picked = pickAlong(member, value)
      if (member.is(picked)) return picked
    }
    return value
  }
  if (codec instanceof t.RefinementType || codec instanceof t.ReadonlyType)
    return pickAlong(codec.type as t.Mixed, value)
  return value
}
