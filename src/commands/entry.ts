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
import type * as t from 'io-ts'
import { thrownError, toDecodeError, type DecodeError, type DecodeIssue } from '../codec/decodeError.js'
import { decodeSnapshot, REFUSED, UNDECIDED } from '../internal/decodeSnapshot.js'
import { snapshot } from '../internal/snapshot.js'
import { IsoDateTime } from '../kernel/ids.js'
import type { RuleId } from '../rules/catalog.js'
import { LATEST_RULE_SET, ruleSetAt, type RuleSet, type RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, ViolationTag } from '../rules/violation.js'

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
    // the snapshot is private and fresh: the parts that decoding would copy unchanged are decoded in place
    const fast = decodeSnapshot(codec, plain)
    result =
      fast !== REFUSED && fast !== UNDECIDED
        ? E.right(fast)
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
