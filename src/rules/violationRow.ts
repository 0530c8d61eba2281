/**
 * How a row of the violation table is written: the rules a tag may be reported under, what it
 * means, and the Partner Center error codes it may carry.
 *
 * @module
 */
import type { RuleId } from './catalog.js'

/** One row of the violation table (`VIOLATIONS`): the rules a tag may be reported under, and what it means. @category violations @since 0.2.0 */
export interface ViolationEntry {
  /** The rules the tag may be reported under. */
  readonly rules: readonly [RuleId, ...RuleId[]]
  /** What the tag means, in one sentence. */
  readonly means: string
  /** The Partner Center error codes a violation with this tag may carry (Partner Center documents none for most). */
  readonly codes: ReadonlyArray<number>
}

/** A row whose violations carry no Partner Center error code. */
export const row = <const R extends readonly [RuleId, ...RuleId[]]>(means: string, ...rules: R) => ({
  rules,
  means,
  codes: [] as ReadonlyArray<number>,
})

/** A row whose violations carry one of Partner Center's documented error `codes`. */
export const coded = <const R extends readonly [RuleId, ...RuleId[]]>(
  codes: ReadonlyArray<number>,
  means: string,
  ...rules: R
) => ({ rules, means, codes })
