/**
 * The shape of a rule check: the findings it returns, what it sees, and the check itself, whose
 * tags are held to those its rule may carry (`VIOLATIONS`). Part of the command contract.
 *
 * @module
 */
import type { ActorCategory } from '../model/actor.js'
import type { ProgramState } from '../model/state.js'
import type { RuleId } from '../rules/catalog.js'
import type { RuleSet } from '../rules/ruleSets.js'
import type { TagsOf, ViolationTag, WarningTag } from '../rules/violation.js'

/**
 * One problem a rule check found, before the contract stamps it with the check's rule and the rule
 * set: a violation tag, the IDs concerned, a message and the Partner Center error code if any.
 *
 * @category commands
 * @since 0.1.0
 */
export type Finding<Tag extends string = ViolationTag> =
  | {
      readonly tag: Tag
      readonly subjects: ReadonlyArray<string>
      readonly message: string
      readonly partnerCenterCode?: number
      readonly advisory?: false
    }
  | {
      /** A check that cannot judge because the state does not know a fact (imported data): a warning, not a violation. */
      readonly advisory: true
      readonly tag: WarningTag
      readonly subjects: ReadonlyArray<string>
      readonly message: string
    }

/**
 * What a check sees: the state before the command, the decoded input, the rule set, and the
 * entities the command's `load` step looked up.
 *
 * @category commands
 * @since 0.1.0
 */
export type CheckContext<I, L> = { readonly state: ProgramState; readonly input: I; readonly ruleSet: RuleSet } & L

/**
 * A check of rule `R` that may report `Tag`s: the rule it enforces, a short description, and the
 * function that returns the problems it finds (none when the rule holds).
 *
 * @category commands
 * @since 0.2.0
 */
export interface CheckOf<C, R extends RuleId, Tag extends string> {
  readonly rule: R
  readonly name: string
  /** Judged under every rule set, even before its rule comes into force. */
  readonly always?: boolean
  /**
   * For a check about who acts: the actor categories it can let through (others it always
   * rejects). `whoMayRun` and docs/roles.md are derived from it.
   */
  readonly who?: ReadonlyArray<ActorCategory>
  /** Returns the problems found; an empty list when the rule holds. */
  readonly check: (context: C) => ReadonlyArray<Finding<Tag>>
}

/**
 * A named rule check: the rule it enforces, a short description, and the function that returns the
 * problems it finds (none when the rule holds). The tags it may return are those {@link VIOLATIONS}
 * pairs with its rule: the type is a union over rule IDs, so pairing a tag with an unrelated rule
 * does not compile. A check whose rule is not in force under the rule set is skipped, unless it is
 * marked `always`: a structural precondition of the command (who may run it, the state an
 * application must be in), judged under every rule set. Checks do not depend on each other: each
 * one that cannot judge for lack of data (an unknown partner, say) passes and leaves the report to
 * the check for that data.
 *
 * @category commands
 * @since 0.1.0
 */
export type RuleCheck<C> = { [R in RuleId]: CheckOf<C, R, TagsOf<R>> }[RuleId]

/**
 * An advisory check: its findings become warnings on an accepted command.
 *
 * @category commands
 * @since 0.2.0
 */
export type AdvisoryCheck<C> = CheckOf<C, RuleId, WarningTag>
