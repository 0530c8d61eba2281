/**
 * State problems as io-ts validation errors, so that decode errors name their paths: each error's
 * context runs from the state codec's own entry down the keys of the problem's path (list, index,
 * field…), each entry with the codec and the input value there.
 *
 * @module
 */
import * as t from 'io-ts'
import { pathKeys, valueAt, type StateProblem } from './stateCheck.js'

type Wrapped = t.Decoder<unknown, unknown> & {
  readonly _tag?: string
  readonly type?: Wrapped
  readonly item?: Wrapped
  readonly props?: Readonly<Record<string, Wrapped>>
  readonly required?: Readonly<Record<string, Wrapped>>
  readonly optional?: Readonly<Record<string, Wrapped>>
}

/** The codec of the value at `key` below a value of `codec` (a list item or an object field), through wrappers. */
const childCodec = (codec: Wrapped, key: string): Wrapped => {
  let type = codec
  while ((type._tag === 'ReadonlyType' || type._tag === 'RefinementType') && type.type !== undefined) type = type.type
  if (type._tag === 'ReadonlyArrayType' || type._tag === 'ArrayType') return type.type ?? t.unknown
  if (type._tag === 'ListType') return type.item ?? t.unknown
  return type.props?.[key] ?? type.required?.[key] ?? type.optional?.[key] ?? t.unknown
}

/**
 * One validation error per problem of the document `u`: its context is `c` followed by one entry per
 * key of the problem's path (codecs found from `lists`, the codec of the document's lists), its
 * value the input value at the path, its message `MOD-n: …`.
 *
 * @internal
 */
export const problemErrors = (
  lists: t.Decoder<unknown, unknown>,
  u: unknown,
  c: t.Context,
  problems: ReadonlyArray<StateProblem>,
): ReadonlyArray<t.ValidationError> =>
  problems.map((problem) => {
    const context: t.ContextEntry[] = [...c]
    let type = lists as Wrapped
    let actual = u
    for (const key of pathKeys(problem.path)) {
      type = childCodec(type, key)
      actual = valueAt(actual, [key])
      context.push({ key, type, actual })
    }
    return { value: actual, context, message: `${problem.rule}: ${problem.message}` }
  })
