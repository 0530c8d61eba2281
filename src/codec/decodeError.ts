/**
 * Decode errors as typed values. io-ts reports every failure with its full context; this module
 * turns that into a list of `{ path, expected, received }` issues a person can read, without
 * the noise of union branches that were never meant to match.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { RANGE_CODECS } from '../internal/codec.js'

/**
 * What kind of problem a {@link DecodeIssue} is: a field the shape does not have (`unknownField`,
 * MOD-8), a quantity, list length or date out of its range (`outOfRange`, MOD-5), or any other
 * wrong value (`invalid`).
 *
 * @category decoding
 * @since 0.2.0
 */
export type DecodeIssueKind = 'unknownField' | 'outOfRange' | 'invalid'

/**
 * One reason a value failed to decode: the `path` to the offending field (`input.partner.tenantId`,
 * or `(root)`), what was `expected` there, what was `received` (JSON, shortened to 80 characters)
 * and, for decoders of this library, the `kind` of problem.
 *
 * @category decoding
 * @since 0.1.0
 */
export interface DecodeIssue {
  readonly path: string
  readonly expected: string
  readonly received: string
  readonly kind?: DecodeIssueKind
}

/**
 * A value that does not match a codec: the codec's name, the first {@link MAX_DECODE_ISSUES}
 * issues, and how many more issues were found but not listed (`omitted`, 0 when all are listed).
 *
 * @category decoding
 * @since 0.1.0
 */
export interface DecodeError {
  readonly _tag: 'DecodeError'
  readonly codec: string
  readonly issues: ReadonlyArray<DecodeIssue>
  readonly omitted?: number
}

/** The most issues a {@link DecodeError} lists; the rest are counted in `omitted`. @category decoding @since 0.2.0 */
export const MAX_DECODE_ISSUES = 100

type Entries = t.Context

type Described = { readonly _tag?: string; readonly type?: Described }

/** The tag of a codec, looking through wrappers (readonly, refinement, exact) that validate in place. */
const tagOf = (codec: t.Decoder<unknown, unknown> | undefined): string | undefined => {
  let type = codec as Described | undefined
  while (type?._tag === 'ReadonlyType' || type?._tag === 'RefinementType' || type?._tag === 'ExactType')
    type = type.type
  return type?._tag
}

const INDEXED = new Set(['ArrayType', 'ReadonlyArrayType', 'TupleType', 'ListType'])

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
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [e])
    else group.push(e)
  }
  const kept = [...groups.values()].flatMap((group) => {
    const at = firstUnion(group[0]?.context ?? [], from)
    const depth = (e: t.ValidationError) => e.context.length
    const byBranch = new Map<string, t.ValidationError[]>()
    for (const e of group) {
      const branch = e.context[at]?.key ?? ''
      const same = byBranch.get(branch)
      if (same === undefined) byBranch.set(branch, [e])
      else same.push(e)
    }
    const reach = (es: ReadonlyArray<t.ValidationError>) => es.reduce((m, e) => Math.max(m, depth(e)), 0)
    const best = [...byBranch.values()].reduce((m, es) => Math.max(m, reach(es)), 0)
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

const PREVIEW = 80

/** Writes at most `budget` characters of JSON-like text for `value`, whatever its depth or size. */
const previewOf = (value: unknown, budget: number): string => {
  if (budget <= 0) return '…'
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return String(value)
  if (typeof value === 'string') return JSON.stringify(value.length > budget ? value.slice(0, budget) : value)
  if (typeof value !== 'object') return typeof value
  const array = Array.isArray(value)
  const keys = array ? [] : Object.keys(value)
  const count = array ? value.length : keys.length
  let text = array ? '[' : '{'
  for (let i = 0; i < count && text.length < budget; i++) {
    const key = keys[i] ?? ''
    const child = array ? (value as unknown[])[i] : (value as Record<string, unknown>)[key]
    text += (i > 0 ? ',' : '') + (array ? '' : `${JSON.stringify(key)}:`)
    text += previewOf(child, budget - text.length)
  }
  return text.length >= budget ? text : text + (array ? ']' : '}')
}

/**
 * A short, safe preview of any value for messages: JSON-like, at most 80 characters, `…` where it is
 * cut. Never throws (deep nesting, huge lists, lone surrogates and odd keys included).
 *
 * @example
 * ```ts
 * import { preview } from 'csp-channel'
 * preview({ seats: -3.5 }) // '{"seats":-3.5}'
 * ```
 *
 * @category decoding
 */
export const preview = (value: unknown): string => {
  if (value === undefined) return 'nothing (the field is missing)'
  const text = previewOf(value, PREVIEW)
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW - 3)}...` : text
}

const kindOf = (e: t.ValidationError): DecodeIssueKind => {
  const name = e.context[e.context.length - 1]?.type.name ?? ''
  return name === 'UnknownField' ? 'unknownField' : RANGE_CODECS.has(name) ? 'outOfRange' : 'invalid'
}
const RANK: Record<DecodeIssueKind, number> = { unknownField: 2, outOfRange: 1, invalid: 0 }

/**
 * Builds a {@link DecodeError} from io-ts validation errors: one issue per failing path (branches of
 * a union that did not match are dropped when another branch got further), expected types of one
 * path merged with ` | `.
 *
 * @category decoding
 * @since 0.1.0
 */
export const toDecodeError = (codec: string, errors: ReadonlyArray<t.ValidationError>): DecodeError => {
  const byPath = new Map<string, { expected: string[]; received: string; kind: DecodeIssueKind }>()
  let omitted = 0
  for (const e of prune(errors)) {
    const path = pathOf(e.context)
    const last = e.context[e.context.length - 1]
    const expected = e.message ?? `expected ${last?.type.name ?? 'a value'}`
    let entry = byPath.get(path)
    if (entry === undefined) {
      if (byPath.size >= MAX_DECODE_ISSUES) {
        omitted++
        continue
      }
      entry = { expected: [], received: preview(e.value), kind: kindOf(e) }
      byPath.set(path, entry)
    }
    if (RANK[kindOf(e)] > RANK[entry.kind]) entry.kind = kindOf(e)
    if (!entry.expected.includes(expected)) entry.expected.push(expected)
  }
  const issues = [...byPath].map(([path, { expected, received, kind }]) => ({
    path,
    expected: expected.map((x) => x.replace(/^expected /, '')).join(' | '),
    received,
    kind,
  }))
  return { _tag: 'DecodeError', codec, issues, ...(omitted > 0 ? { omitted } : {}) }
}

/**
 * Decodes `value` with `codec`, returning a {@link DecodeError} on failure. Never throws.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decode = <A, O>(codec: t.Type<A, O, unknown>, value: unknown): E.Either<DecodeError, A> => {
  let result: t.Validation<A>
  try {
    result = codec.decode(value)
  } catch (cause) {
    // a codec that recurses into a value nested deeper than the stack allows, or a custom codec that throws
    return E.left(thrownError(codec.name, cause))
  }
  return E.isRight(result) ? result : E.left(toDecodeError(codec.name, result.left))
}

/** The decode error for a codec that threw instead of failing. @internal */
export const thrownError = (codec: string, cause: unknown): DecodeError => ({
  _tag: 'DecodeError',
  codec,
  issues: [
    {
      path: '(root)',
      expected: `a value ${codec} can read (${cause instanceof RangeError ? 'it is nested too deeply' : 'the decoder failed'})`,
      received: 'a value that could not be read',
      kind: 'invalid',
    },
  ],
})

/**
 * Renders a {@link DecodeError} as text, one issue per line:
 * `at input.at: expected an ISO-8601 UTC instant …, received "tomorrow"`.
 *
 * @category decoding
 * @since 0.1.0
 */
export const formatDecodeError = (error: DecodeError): string =>
  [
    `Invalid ${error.codec}:`,
    ...error.issues.map((i) => `  at ${i.path}: expected ${i.expected}, received ${i.received}`),
    ...((error.omitted ?? 0) > 0 ? [`  … and ${error.omitted} more problems`] : []),
  ].join('\n')
