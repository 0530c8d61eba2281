/**
 * Codec building blocks of scenario files: unions chosen by a name field ({@link KeyedUnion}) or by
 * shape ({@link ChoiceType}), whose decode errors name the one member the value was meant for and
 * suggest the closest name; partial codecs for expected values ({@link partialOf}); and the
 * comparison of an expected value with an actual one ({@link matches}).
 *
 * @module
 */
import * as t from 'io-ts'
import { ExactType, exact } from '../internal/codec.js'
import { didYouMean } from '../internal/suggest.js'

/** A JSON Schema (draft-07) as a plain object. @internal */
export type JsonSchema = { readonly [keyword: string]: unknown }

/** A codec that writes its own JSON Schema, given the schema of any codec it refers to. @internal */
export interface DescribesItself {
  readonly toJsonSchema: (walk: (codec: t.Mixed) => JsonSchema) => JsonSchema
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** The codec an unknown name fails against. */
const UnknownName = new t.Type<never, never, unknown>(
  'UnknownName',
  (_): _ is never => false,
  (u, c) => t.failure(u, c),
  (a) => a,
)

/**
 * A union of object codecs chosen by the string in one field (`key`): `{ "query": "partner", … }`.
 * An unknown name fails at that field, with the closest known name suggested; a known one is
 * decoded by its member only, so errors name that member's fields. @internal
 */
export class KeyedUnion<M extends Readonly<Record<string, t.Mixed>>>
  extends t.Type<t.TypeOf<M[keyof M]>, unknown, unknown>
  implements DescribesItself
{
  readonly _tag = 'KeyedUnion' as const
  constructor(
    name: string,
    readonly key: string,
    readonly members: M,
    /** What a name names, for messages: `a query (partner, subscription, …)`. */
    readonly noun: string,
  ) {
    const names = Object.keys(members)
    const member = (u: unknown): t.Mixed | undefined => {
      const value = isRecord(u) ? u[key] : undefined
      return typeof value === 'string' && Object.hasOwn(members, value) ? members[value] : undefined
    }
    super(
      name,
      (u): u is t.TypeOf<M[keyof M]> => member(u)?.is(u) === true,
      (u, c) => {
        if (!isRecord(u)) return t.failure(u, c, `expected an object (${name})`)
        const chosen = member(u)
        if (chosen !== undefined) return chosen.validate(u, c)
        const value = u[key]
        const hint = typeof value === 'string' ? didYouMean(value, names) : ''
        return t.failure(value, t.appendContext(c, key, UnknownName, value), `expected ${noun}${hint}`)
      },
      (a) => member(a)?.encode(a) ?? a,
    )
  }
  toJsonSchema(walk: (codec: t.Mixed) => JsonSchema): JsonSchema {
    return { oneOf: Object.values(this.members).map(walk) }
  }
}

/**
 * One of a closed set of names (a command, an event tag), as a string; an unknown one fails with
 * the closest name suggested. @internal
 */
export class NameType<N extends string> extends t.Type<N, string, unknown> implements DescribesItself {
  readonly _tag = 'NameType' as const
  constructor(
    name: string,
    readonly names: ReadonlyArray<N>,
    /** What a name names, for messages: `the name of a command`. */
    noun: string,
  ) {
    const known = new Set<string>(names)
    const is = (u: unknown): u is N => typeof u === 'string' && known.has(u)
    super(
      name,
      is,
      (u, c) =>
        is(u) ? t.success(u) : t.failure(u, c, `expected ${noun}${typeof u === 'string' ? didYouMean(u, names) : ''}`),
      (a) => a,
    )
  }
  toJsonSchema(): JsonSchema {
    return { type: 'string', enum: this.names }
  }
}

/**
 * A union whose member is chosen by the value's shape (`choose`); a value no member fits fails
 * with `expected`. @internal
 */
export class ChoiceType<A> extends t.Type<A, unknown, unknown> implements DescribesItself {
  readonly _tag = 'ChoiceType' as const
  constructor(
    name: string,
    readonly members: ReadonlyArray<t.Mixed>,
    choose: (u: unknown) => t.Mixed | string,
  ) {
    super(
      name,
      (u): u is A => members.some((m) => m.is(u)),
      (u, c) => {
        const chosen = choose(u)
        return typeof chosen === 'string' ? t.failure(u, c, chosen) : (chosen.validate(u, c) as t.Validation<A>)
      },
      (a) => members.find((m) => m.is(a))?.encode(a) ?? a,
    )
  }
  toJsonSchema(walk: (codec: t.Mixed) => JsonSchema): JsonSchema {
    return { oneOf: this.members.map(walk) }
  }
}

const partials = new WeakMap<t.Mixed, t.Mixed>()

/**
 * The codec of an expected value of `codec`: objects (exact codecs) with every field optional, at
 * every depth through objects and unions (not lists), named `Partial<Name>`. Other codecs are
 * themselves. @internal
 */
export const partialOf = (codec: t.Mixed): t.Mixed => {
  const known = partials.get(codec)
  if (known !== undefined) return known
  let partial: t.Mixed = codec
  if (codec instanceof ExactType) {
    const fields = { ...(codec.required as t.Props), ...(codec.optional as t.Props) }
    const optional = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, partialOf(v)]))
    partial = exact(`Partial<${codec.name}>`, {}, optional)
  } else if (codec instanceof t.UnionType) {
    const members = (codec.types as ReadonlyArray<t.Mixed>).map(partialOf)
    if (members.some((m, i) => m !== codec.types[i]))
      partial = t.union(members as [t.Mixed, t.Mixed, ...t.Mixed[]], members.map((m) => m.name).join(' | '))
  } else if (codec instanceof t.ReadonlyType) partial = partialOf(codec.type as t.Mixed)
  partials.set(codec, partial)
  return partial
}

/** Whether two JSON values are equal (objects by their keys, not their order). */
const equal = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]))
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]))
  }
  return a === b
}

/**
 * The fields of the JSON value `expected` that differ from `actual`, as paths (`subscription.seats`),
 * or `(value)` when the values themselves differ: an object matches when each field it gives matches
 * (a field left out is not compared); lists and other values must be equal. @internal
 */
export const differences = (expected: unknown, actual: unknown, path = ''): ReadonlyArray<string> => {
  if (isRecord(expected) && isRecord(actual))
    return Object.keys(expected).flatMap((k) => differences(expected[k], actual[k], path === '' ? k : `${path}.${k}`))
  return equal(expected, actual) ? [] : [path === '' ? '(value)' : path]
}

/** Whether `actual` matches everything `expected` gives (see {@link differences}). @internal */
export const matches = (expected: unknown, actual: unknown): boolean => differences(expected, actual).length === 0
