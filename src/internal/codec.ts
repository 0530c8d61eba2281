/**
 * Small io-ts helpers shared by the codecs: exact objects and fresh lists (public, since every
 * input codec is built with them), and internal helpers. @module
 */
import * as t from 'io-ts'
import { suggestField } from './suggest.js'

/** `T | null`, named after the inner codec. @internal */
export const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null], `${codec.name} | null`)

/** A string literal union from a list of literals, named for readable decode errors. @internal */
export const literals = <const L extends readonly [string, ...string[]]>(values: L, name: string) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as { [K in L[number]]: null }, name)

/**
 * The names of the codecs that bound a quantity, a list length or a date (MOD-5). A decode failure
 * at one of them is an out-of-range value, not a wrong shape.
 *
 * @internal
 */
export const RANGE_CODECS = new Set<string>()

/** A whole number from `min` to `max` (default: the largest safe integer); a range codec (MOD-5). @internal */
export const intAtLeast = (min: number, name: string, max = Number.MAX_SAFE_INTEGER) => {
  RANGE_CODECS.add(name)
  return t.refinement(t.number, (n) => Number.isInteger(n) && n >= min && n <= max, name)
}

/** The decoded type of an {@link ExactType}: its required properties, then its optional ones. @category codecs @since 0.2.0 */
export type ExactOf<P extends t.Props, O extends t.Props> = { readonly [K in keyof P]: t.TypeOf<P[K]> } & {
  readonly [K in keyof O]?: t.TypeOf<O[K]>
}
/** The JSON (output) form of an {@link ExactType}. @category codecs @since 0.2.0 */
export type ExactOutputOf<P extends t.Props, O extends t.Props> = { readonly [K in keyof P]: t.OutputOf<P[K]> } & {
  readonly [K in keyof O]?: t.OutputOf<O[K]>
}

/** Whether `u` has `key` as an own property (never an inherited one). @internal */
export const own = (u: object, key: string): boolean => Object.prototype.hasOwnProperty.call(u, key)
const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** What {@link copyOf} returns when it cannot copy a value along its codec (the slow path then decodes it). */
export const MISS: unique symbol = Symbol('MISS')

/**
 * A fresh copy of `value`, which `codec.is` accepts, built along the codec: exact objects keep only
 * their own known fields, lists are new arrays, primitives are themselves. {@link MISS} for a codec
 * this does not know how to follow.
 */
export const copyOf = (codec: t.Mixed, value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value
  if (codec instanceof ExactType) {
    // along the codec's own fields (not the value's keys): what `is` checked is exactly what is copied
    const out: Record<string, unknown> = {}
    const record = value as Record<string, unknown>
    for (const fields of [codec.required, codec.optional] as ReadonlyArray<t.Props>)
      for (const key of Object.keys(fields)) {
        if (!own(record, key) || record[key] === undefined) continue
        const copy = copyOf(fields[key] as t.Mixed, record[key])
        if (copy === MISS) return MISS
        out[key] = copy
      }
    return out
  }
  if (codec instanceof ListType) {
    const out: unknown[] = []
    for (const item of value as ReadonlyArray<unknown>) {
      const copy = copyOf(codec.item, item)
      if (copy === MISS) return MISS
      out.push(copy)
    }
    return out
  }
  if (codec instanceof t.UnionType) {
    const member = (codec.types as ReadonlyArray<t.Mixed>).find((m) => m.is(value))
    return member === undefined ? MISS : copyOf(member, value)
  }
  if (codec instanceof t.RefinementType || codec instanceof t.ReadonlyType) return copyOf(codec.type as t.Mixed, value)
  return MISS
}

/** How many failing items of a list are reported in full; the rest are only counted. */
const MAX_FAILING_ITEMS = 100

/** The codec an unknown field fails against; its name tells the reader what went wrong. */
const NoSuchField = new t.Type<never, never, unknown>(
  'UnknownField',
  (_): _ is never => false,
  (u, c) => t.failure(u, c),
  (a) => a,
)

/**
 * An exact object codec (MOD-8): `required` properties must be present, `optional` ones may be, and
 * any other own property is a decode failure, never dropped and never kept. Decoding always builds
 * a new object holding only the known properties (read as own properties, so `__proto__` or
 * `constructor` keys never reach a prototype); the caller's object is never shared or changed.
 *
 * @example
 * ```ts
 * import { NewCustomer } from 'csp-channel'
 * NewCustomer.decode({ tenantId: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b', companyName: 'Fabrikam',
 *   domain: null, region: 'US', extra: 1 }) // Left: no field "extra" in NewCustomer
 * ```
 *
 * @category codecs
 * @since 0.2.0
 */
export class ExactType<P extends t.Props, O extends t.Props> extends t.Type<
  ExactOf<P, O>,
  ExactOutputOf<P, O>,
  unknown
> {
  readonly _tag = 'ExactObjectType' as const
  constructor(
    name: string,
    readonly required: P,
    readonly optional: O,
  ) {
    const known = new Set([...Object.keys(required), ...Object.keys(optional)])
    const requiredEntries = Object.entries(required) as ReadonlyArray<readonly [string, t.Mixed]>
    const optionalEntries = Object.entries(optional) as ReadonlyArray<readonly [string, t.Mixed]>
    const entries = (o: Record<string, unknown>, f: (codec: t.Mixed, key: string) => void) => {
      for (const [key, codec] of requiredEntries) f(codec, key)
      for (const [key, codec] of optionalEntries) if (own(o, key) && o[key] !== undefined) f(codec, key)
    }
    const is = (u: unknown): u is ExactOf<P, O> => {
      if (!isRecord(u)) return false
      for (const key in u) if (own(u, key) && !known.has(key)) return false
      for (const [key, codec] of requiredEntries) if (!own(u, key) || !codec.is(u[key])) return false
      for (const [key, codec] of optionalEntries)
        if (own(u, key) && u[key] !== undefined && !codec.is(u[key])) return false
      return true
    }
    super(
      name,
      is,
      (u, c) => {
        // fast path: a value that is already exactly of this type is copied without building contexts
        if (is(u)) {
          const copy = copyOf(this, u)
          if (copy !== MISS) return t.success(copy as ExactOf<P, O>)
        }
        if (!isRecord(u)) return t.failure(u, c, `expected an object (${name})`)
        const errors: t.ValidationError[] = []
        const out: Record<string, unknown> = {}
        for (const key of Object.keys(u))
          if (!known.has(key))
            errors.push({
              value: u[key],
              context: t.appendContext(c, key, NoSuchField, u[key]),
              message: `no field "${key}" in ${name} (unknown fields are rejected)${suggestField(key, known, u)}`,
            })
        entries(u, (codec, key) => {
          const value = own(u, key) ? u[key] : undefined
          const result = codec.validate(value, t.appendContext(c, key, codec, value))
          if (result._tag === 'Left') for (const e of result.left) errors.push(e)
          else out[key] = result.right
        })
        return errors.length > 0 ? t.failures(errors) : t.success(out as ExactOf<P, O>)
      },
      (a) => {
        const out: Record<string, unknown> = {}
        entries(a as Record<string, unknown>, (codec, key) => {
          out[key] = codec.encode((a as Record<string, unknown>)[key])
        })
        return out as ExactOutputOf<P, O>
      },
    )
  }
}

/** Builds an {@link ExactType}. @internal */
export const exact = <P extends t.Props, O extends t.Props = Record<never, never>>(
  name: string,
  required: P,
  optional: O = {} as O,
): ExactType<P, O> => new ExactType(name, required, optional)

/**
 * A list codec that always decodes to a new array (the caller's array is never shared), with an
 * optional minimum and maximum length (a range codec, MOD-5, when a bound is given).
 *
 * @category codecs
 * @since 0.2.0
 */
export class ListType<C extends t.Mixed> extends t.Type<
  ReadonlyArray<t.TypeOf<C>>,
  ReadonlyArray<t.OutputOf<C>>,
  unknown
> {
  readonly _tag = 'ListType' as const
  constructor(
    readonly item: C,
    name: string,
    readonly min = 0,
    readonly max = Number.MAX_SAFE_INTEGER,
  ) {
    const sized = (n: number) => n >= min && n <= max
    super(
      name,
      (u): u is ReadonlyArray<t.TypeOf<C>> => {
        if (!Array.isArray(u) || !sized(u.length)) return false
        // a loop, not `every`: a hole is an item that is missing, not one to skip
        for (let i = 0; i < u.length; i++) if (!(i in u) || !item.is(u[i])) return false
        return true
      },
      (u, c) => {
        if (!Array.isArray(u)) return t.failure(u, c, `expected a list (${name})`)
        if (!sized(u.length)) return t.failure(u, c, `expected ${name}: ${sizeText(min, max)}`)
        const errors: t.ValidationError[] = []
        const out: Array<t.TypeOf<C>> = []
        let failing = 0
        let unreported = 0
        for (let i = 0; i < u.length; i++) {
          // past the first failing items, only count the others: a report lists the first problems
          if (failing >= MAX_FAILING_ITEMS) {
            if (!item.is(u[i])) unreported++
            continue
          }
          const result = item.validate(u[i], t.appendContext(c, String(i), item, u[i]))
          if (result._tag === 'Left') {
            failing++
            for (const e of result.left) errors.push(e)
          } else out.push(result.right)
        }
        if (unreported > 0)
          errors.unshift({
            value: u,
            context: c,
            message: `expected ${name} (${unreported} more invalid items not listed)`,
          })
        return errors.length > 0 ? t.failures(errors) : t.success(out)
      },
      (a) => a.map((x) => item.encode(x)),
    )
    if (min > 0 || max < Number.MAX_SAFE_INTEGER) RANGE_CODECS.add(name)
  }
}

const sizeText = (min: number, max: number) =>
  max === Number.MAX_SAFE_INTEGER ? `at least ${min} item${min === 1 ? '' : 's'}` : `from ${min} to ${max} items`

/** Builds a {@link ListType}. @internal */
export const list = <C extends t.Mixed>(item: C, name = `ReadonlyArray<${item.name}>`, min = 0, max?: number) =>
  new ListType(item, name, min, max)

/** A list with at least one item (MOD-5). @internal */
export const nonEmptyList = <C extends t.Mixed>(item: C, name: string) => new ListType(item, name, 1)
