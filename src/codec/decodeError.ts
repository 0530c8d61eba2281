/**
 * Decode errors as typed values. io-ts reports every failure with its full context; this module
 * turns that into a list of `{ path, expected, received }` issues a person can read, without
 * the noise of union branches that were never meant to match.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'

/**
 * One reason a value failed to decode: the `path` to the offending field (`input.partner.tenantId`,
 * or `(root)`), what was `expected` there, and what was `received` (JSON, shortened).
 *
 * @category decoding
 */
export interface DecodeIssue {
  readonly path: string
  readonly expected: string
  readonly received: string
}

/**
 * A value that does not match a codec: the codec's name and every issue.
 *
 * @category decoding
 */
export interface DecodeError {
  readonly _tag: 'DecodeError'
  readonly codec: string
  readonly issues: ReadonlyArray<DecodeIssue>
}

type Entries = t.Context

type Described = { readonly _tag?: string; readonly type?: Described }

/** The tag of a codec, looking through wrappers (readonly, refinement, exact) that validate in place. */
const tagOf = (codec: t.Decoder<unknown, unknown> | undefined): string | undefined => {
  let type = codec as Described | undefined
  while (type?._tag === 'ReadonlyType' || type?._tag === 'RefinementType' || type?._tag === 'ExactType')
    type = type.type
  return type?._tag
}

const INDEXED = new Set(['ArrayType', 'ReadonlyArrayType', 'TupleType'])

const isBranching = (type: t.Decoder<unknown, unknown>) => {
  const tag = tagOf(type)
  return tag === 'UnionType' || tag === 'IntersectionType'
}

const firstUnion = (context: Entries, from: number): number => {
  for (let i = Math.max(from, 1); i < context.length; i++) if (tagOf(context[i - 1]?.type) === 'UnionType') return i
  return -1
}

/** Keeps, at every union, only the branches that got furthest: they are the ones the value meant. */
const prune = (errors: ReadonlyArray<t.ValidationError>, from = 0): ReadonlyArray<t.ValidationError> => {
  const plain = errors.filter((e) => firstUnion(e.context, from) === -1)
  const groups = new Map<t.Decoder<unknown, unknown>, t.ValidationError[]>()
  for (const e of errors) {
    const i = firstUnion(e.context, from)
    if (i === -1) continue
    const key = e.context[i - 1]?.type as t.Decoder<unknown, unknown>
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const kept = [...groups.values()].flatMap((group) => {
    const at = firstUnion(group[0]?.context ?? [], from)
    const depth = (e: t.ValidationError) => e.context.length
    const byBranch = new Map<string, t.ValidationError[]>()
    for (const e of group) {
      const branch = e.context[at]?.key ?? ''
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e])
    }
    const reach = (es: ReadonlyArray<t.ValidationError>) => Math.max(...es.map(depth))
    const best = Math.max(...[...byBranch.values()].map(reach))
    return [...byBranch.values()].filter((es) => reach(es) === best).flatMap((es) => prune(es, at + 1))
  })
  return [...plain, ...kept]
}

const pathOf = (context: Entries): string => {
  const keys: string[] = []
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1]
    const entry = context[i]
    if (parent === undefined || entry === undefined || isBranching(parent.type)) continue
    // a numeric key is an index only below an array or tuple; elsewhere it numbers a member a codec delegates to
    if (/^\d+$/.test(entry.key) && !INDEXED.has(tagOf(parent.type) ?? '')) continue
    keys.push(/^\d+$/.test(entry.key) ? `[${entry.key}]` : keys.length === 0 ? entry.key : `.${entry.key}`)
  }
  return keys.length === 0 ? '(root)' : keys.join('')
}

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing (the field is missing)'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

/**
 * Builds a {@link DecodeError} from io-ts validation errors: one issue per failing path (branches of
 * a union that did not match are dropped when another branch got further), expected types of one
 * path merged with ` | `.
 *
 * @category decoding
 */
export const toDecodeError = (codec: string, errors: ReadonlyArray<t.ValidationError>): DecodeError => {
  const byPath = new Map<string, { expected: string[]; received: string }>()
  for (const e of prune(errors)) {
    const path = pathOf(e.context)
    const last = e.context[e.context.length - 1]
    const expected = e.message ?? `expected ${last?.type.name ?? 'a value'}`
    const entry = byPath.get(path) ?? { expected: [], received: show(e.value) }
    if (!entry.expected.includes(expected)) entry.expected.push(expected)
    byPath.set(path, entry)
  }
  const issues = [...byPath].map(([path, { expected, received }]) => ({
    path,
    expected: expected.map((x) => x.replace(/^expected /, '')).join(' | '),
    received,
  }))
  return { _tag: 'DecodeError', codec, issues }
}

/**
 * Decodes `value` with `codec`, returning a {@link DecodeError} on failure. Never throws.
 *
 * @category decoding
 */
export const decode = <A, O>(codec: t.Type<A, O, unknown>, value: unknown): E.Either<DecodeError, A> => {
  const result = codec.decode(value)
  return E.isRight(result) ? result : E.left(toDecodeError(codec.name, result.left))
}

/**
 * Renders a {@link DecodeError} as text, one issue per line:
 * `at input.at: expected an ISO-8601 UTC instant …, received "tomorrow"`.
 *
 * @category decoding
 */
export const formatDecodeError = (error: DecodeError): string =>
  [
    `Invalid ${error.codec}:`,
    ...error.issues.map((i) => `  at ${i.path}: expected ${i.expected}, received ${i.received}`),
  ].join('\n')
