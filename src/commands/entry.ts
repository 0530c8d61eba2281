/**
 * The entry of every command: the one validation path. Whether a command is called from
 * TypeScript, through `execute` / `apply` / `explain` or from a scenario file, its input is decoded
 * by the command's exact codec before any rule is judged, so the same value always gets the same
 * verdict. A failure is a rejected command, never a thrown error:
 *
 * - `MOD-8`: a field the input does not have (`UnknownField`), a wrong value (`InvalidInput`), or a
 *   rule set named in the input that is not the one in force at its date (`RuleSetNotInForce`);
 * - `MOD-5`: a quantity, a list length or a date out of its range (`ValueOutOfRange`).
 *
 * The rules then see the decoded copy: the caller's object is never shared with the state or the
 * events, and never changed.
 *
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import * as t from 'io-ts'
import { thrownError, toDecodeError, type DecodeError, type DecodeIssue } from '../codec/decodeError.js'
import { ExactType, ListType } from '../internal/codec.js'
import { snapshot } from '../internal/snapshot.js'
import { IsoDateTime } from '../kernel/ids.js'
import type { RuleId } from '../rules/catalog.js'
import { LATEST_RULE_SET, ruleSetAt, type RuleSet, type RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, ViolationTag } from '../rules/violation.js'

/** A private value `is` refuses. */
const NOT: unique symbol = Symbol('NOT')
/** A private value a fast read cannot decode for sure; the full decoding then decides. */
const UNSURE: unique symbol = Symbol('UNSURE')
/**
 * A fast decoding of a private plain value (a snapshot's): what `codec.validate` would give, reusing
 * the parts of the value that decoding would copy unchanged (so no part is shared with a caller), or
 * `NOT` when `codec.is` refuses it, or `UNSURE`.
 */
type Read = (value: unknown) => unknown

/** The fast read of each codec met so far, built once per codec. */
const reads = new WeakMap<t.Mixed, Read>()

/** The fast read of `codec`; a codec that nests itself sees its own read through a forward reference. */
const readOf = (codec: t.Mixed): Read => {
  let read = reads.get(codec)
  if (read === undefined) {
    let built: Read = () => UNSURE
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
  if (index.size !== keys.length) return (v) => (codec.is(v) ? UNSURE : NOT)
  const fields = keys.map((k) => readOf((codec.required[k] ?? codec.optional[k]) as t.Mixed))
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return NOT
    const record = v as Record<string, unknown>
    // the decoding of each field, at its position in the codec
    const decoded = new Array<unknown>(keys.length)
    let same = true
    let next = 0
    let required = 0
    for (const key of Object.keys(record)) {
      let i = next
      while (i < keys.length && keys[i] !== key) i++
      if (i < keys.length) next = i + 1
      else {
        const at = index.get(key)
        if (at === undefined) return NOT
        i = at
        same = false // out of order: the copy puts the fields in the codec's order
      }
      if (i < count) required++
      const value = record[key]
      if (value === undefined && i >= count) same = false // an optional field left out
      else {
        const field = (fields[i] as Read)(value)
        if (field === NOT || field === UNSURE) return field
        if (field !== value || value === undefined) same = false
        decoded[i] = field
      }
    }
    if (required < count) return NOT
    if (same) return v
    const out: Record<string, unknown> = {}
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
      if (!Array.isArray(v) || v.length < codec.min || v.length > codec.max) return NOT
      let out: unknown[] | undefined
      for (let i = 0; i < v.length; i++) {
        const one: unknown = i in v ? item(v[i]) : NOT
        if (one === NOT || one === UNSURE) return one
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
        if (read !== NOT) return read
      }
      return NOT
    }
  }
  const is = codec.is
  return (v) => (!is.call(codec, v) ? NOT : typeof v === 'object' && v !== null ? UNSURE : v)
}

/** The fields every command input carries (see `CommandInputBase`). */
type Base = { readonly at: IsoDateTime; readonly ruleSet?: RuleSetId }

/** The rule set that judges a raw input: the one in force at its `at`, or the latest if `at` is unreadable. */
const ruleSetOfRaw = (input: unknown): RuleSet => {
  const at = typeof input === 'object' && input !== null ? (input as { at?: unknown }).at : undefined
  return IsoDateTime.is(at) ? ruleSetAt(at) : LATEST_RULE_SET
}

const TAGS: Record<NonNullable<DecodeIssue['kind']>, { readonly tag: ViolationTag; readonly rule: RuleId }> = {
  unknownField: { tag: 'UnknownField', rule: 'MOD-8' },
  outOfRange: { tag: 'ValueOutOfRange', rule: 'MOD-5' },
  invalid: { tag: 'InvalidInput', rule: 'MOD-8' },
}

/** One violation per decode issue (the first issues, then a count of the rest in the last message). */
export const decodeViolations = (
  command: string,
  error: DecodeError,
  set: RuleSet,
): ReadonlyNonEmptyArray<RuleViolation> => {
  const violations = error.issues.map((issue, i): RuleViolation => {
    const { tag, rule } = TAGS[issue.kind ?? 'invalid']
    const more = i === error.issues.length - 1 && (error.omitted ?? 0) > 0 ? ` (${error.omitted} more problems)` : ''
    const what = tag === 'UnknownField' ? 'has no such field' : `expected ${issue.expected}`
    return {
      _tag: tag,
      rule,
      ruleSet: set.id,
      subjects: [issue.path],
      message: `Invalid ${command} input at ${issue.path}: ${what}, received ${issue.received}.${more}`,
      partnerCenterCode: null,
    }
  })
  const [first, ...rest] = violations
  return first === undefined
    ? [entryViolation('InvalidInput', 'MOD-8', set, [], `Invalid ${command} input.`)]
    : [first, ...rest]
}

/** A violation found at the entry of a command. */
export const entryViolation = (
  tag: ViolationTag,
  rule: RuleId,
  set: RuleSet,
  subjects: ReadonlyArray<string>,
  message: string,
): RuleViolation => ({ _tag: tag, rule, ruleSet: set.id, subjects, message, partnerCenterCode: null })

/** A decoded input and the rule set that judges it. */
export interface Entered<I> {
  readonly input: I
  readonly set: RuleSet
}

/**
 * Decodes a command input and picks its rule set: the one in force at `at`, or `whatIf` when the
 * caller asks for a hypothetical judgement (explain only). A rule set named in the input must be
 * the one in force at `at` (MOD-8): pinning another would judge a real state under rules that were
 * not in force. Never throws.
 */
export const enter = <I extends Base>(
  command: string,
  codec: t.Type<I, unknown, unknown>,
  raw: unknown,
  whatIf?: RuleSet,
): E.Either<ReadonlyNonEmptyArray<RuleViolation>, Entered<I>> => {
  // read the caller's value once, as plain data: getters, proxies and holes cannot change under the check
  const read = snapshot(raw)
  if (!('ok' in read))
    return E.left([
      entryViolation(
        'InvalidInput',
        'MOD-8',
        whatIf ?? LATEST_RULE_SET,
        [read.path],
        `Invalid ${command} input at ${read.path}: it cannot be read, ${read.reason}.`,
      ),
    ])
  const plain = read.value
  let result: t.Validation<I>
  try {
    // the snapshot is private and fresh: when decoding it would give an equal copy, it is the decoded input
    const fast = codec instanceof ExactType ? readOf(codec)(plain) : UNSURE
    result =
      fast !== NOT && fast !== UNSURE
        ? E.right(fast as I)
        : codec.validate(plain, [{ key: '', type: codec, actual: plain }])
  } catch (cause) {
    return E.left(decodeViolations(command, thrownError(codec.name, cause), whatIf ?? ruleSetOfRaw(plain)))
  }
  if (E.isLeft(result))
    return E.left(decodeViolations(command, toDecodeError(codec.name, result.left), whatIf ?? ruleSetOfRaw(plain)))
  const input = result.right
  const inForce = ruleSetAt(input.at)
  if (whatIf !== undefined) return E.right({ input, set: whatIf })
  if (input.ruleSet !== undefined && input.ruleSet !== inForce.id)
    return E.left([
      entryViolation(
        'RuleSetNotInForce',
        'MOD-8',
        inForce,
        [input.ruleSet],
        `The input names rule set ${input.ruleSet}, but on ${input.at} the rule set in force is ${inForce.id}; a command is judged by the rules in force at its date (use explain with a what-if rule set to see another).`,
      ),
    ])
  return E.right({ input, set: inForce })
}
