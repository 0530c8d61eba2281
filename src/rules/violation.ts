/**
 * Rule violations and warnings: what a command returns when a rule stops it or advises against it.
 *
 * A violation is plain, serializable data: a stable `_tag` (the machine-readable kind of failure;
 * renaming one is a breaking change), the catalog `rule` it breaks, the `ruleSet` that judged it,
 * the IDs it concerns, a readable message, and the Partner Center error code where Microsoft
 * documents one.
 *
 * @module
 */
import * as t from 'io-ts'
import { literals, nullable } from '../internal/codec.js'
import { RuleId } from './catalog.js'
import { RuleSetId } from './ruleSets.js'
import { VIOLATIONS, VIOLATION_TAGS } from './violations.js'

/**
 * Codec for {@link ViolationTag}: every tag of the {@link VIOLATIONS} table, which pairs each tag with
 * the rules it may be reported under.
 *
 * @category violations
 * @since 0.1.0
 */
export const ViolationTag = literals(
  VIOLATION_TAGS as readonly [keyof typeof VIOLATIONS, ...Array<keyof typeof VIOLATIONS>],
  'ViolationTag',
)
/** A violation tag: a key of {@link VIOLATIONS}. @category violations */
export type ViolationTag = keyof typeof VIOLATIONS

/**
 * The tags a check of rule `R` may report: those {@link VIOLATIONS} pairs with `R`.
 *
 * @category violations
 * @since 0.2.0
 */
export type TagsOf<R extends RuleId> = {
  [T in ViolationTag]: R extends (typeof VIOLATIONS)[T]['rules'][number] ? T : never
}[ViolationTag]

/** Codec for {@link RuleViolation}. @category codecs @since 0.1.0 */
export const RuleViolation = t.readonly(
  t.type({
    _tag: ViolationTag,
    rule: RuleId,
    ruleSet: RuleSetId,
    subjects: t.readonlyArray(t.string),
    message: t.string,
    partnerCenterCode: nullable(t.number),
  }),
  'RuleViolation',
)
/**
 * A broken rule.
 *
 * - `_tag`: stable kind of failure ({@link ViolationTag}).
 * - `rule`: the catalog rule ID (`"RST-2"`).
 * - `ruleSet`: the dated rule set that judged the command.
 * - `subjects`: the IDs concerned (tenant IDs, MPN IDs, subscription or invitation IDs).
 * - `message`: a sentence for people.
 * - `partnerCenterCode`: the Partner Center error code for this failure where documented
 *   (for example 900123, 20002, 2030), else `null`.
 *
 * @category violations
 */
export interface RuleViolation extends t.TypeOf<typeof RuleViolation> {}

/** The tags of advisory warnings. @category violations @since 0.1.0 */
export const WarningTag = literals(
  ['ApprovalAfterDueDate', 'RequirementRecommended', 'FactUnknown', 'NoNoticeSent', 'UpdateLimitNear'],
  'WarningTag',
)
/** @category violations */
export type WarningTag = t.TypeOf<typeof WarningTag>

/** Codec for {@link RuleWarning}. @category codecs @since 0.1.0 */
export const RuleWarning = t.readonly(
  t.type({
    _tag: WarningTag,
    rule: RuleId,
    ruleSet: RuleSetId,
    subjects: t.readonlyArray(t.string),
    message: t.string,
  }),
  'RuleWarning',
)
/**
 * An advisory rule's warning on an accepted command (for example TRN-4 when an approval comes after
 * its due date). Same fields as {@link RuleViolation} without the error code.
 *
 * @category violations
 */
export interface RuleWarning extends t.TypeOf<typeof RuleWarning> {}
