/**
 * Dated rule sets. The program's rules changed over time; a command is judged by the rule set in
 * force on its `at` date unless the caller pins one, and every result names the set that judged it.
 *
 * | rule set | in force from | what changed | seed |
 * | --- | --- | --- | --- |
 * | `2018-12-18` | (the earliest set; also used for earlier dates) | first transition rules: only partners identified for direct bill offboarding; approval within 3 working days; no new direct customers once enrolled | 004 |
 * | `2019-10-04` | 2019-10-04 | second transition rules: anniversary months September to December, or enabled later; approval within 5 business days | 000 |
 * | `2020-02-01` | 2020-02-01 | the Microsoft Partner Agreement is required to transact | 002 |
 * | `2020-10-27` | 2020-10-27 | direct bill requirements (revenue, support plan, …) | 003 |
 *
 * @module
 */
import * as t from 'io-ts'
import { literals } from '../internal/codec.js'
import type { IsoDateTime } from '../kernel/ids.js'

/** The IDs of the dated rule sets, named by the date each comes into force. @category rules @since 0.1.0 */
export const RuleSetId = literals(['2018-12-18', '2019-10-04', '2020-02-01', '2020-10-27'], 'RuleSetId')
/** @category rules */
export type RuleSetId = t.TypeOf<typeof RuleSetId>

/**
 * A dated rule set: its ID, the date it comes into force (ISO-8601 date), which edition of the
 * transition rules it applies, whether the MPA is required and whether the direct bill requirements
 * apply, and the seed page it comes from.
 *
 * @category rules
 * @since 0.1.0
 */
export interface RuleSet {
  readonly id: RuleSetId
  readonly inForceFrom: string
  readonly transitionEdition: '2018' | '2019'
  readonly mpaRequired: boolean
  readonly directBillRequirements: boolean
  readonly seed: string
}

/** Every rule set, oldest first. @category rules @since 0.1.0 */
export const RULE_SETS: ReadonlyArray<RuleSet> = [
  {
    id: '2018-12-18',
    inForceFrom: '2018-12-18',
    transitionEdition: '2018',
    mpaRequired: false,
    directBillRequirements: false,
    seed: '004_b5dbc390814f2347.txt',
  },
  {
    id: '2019-10-04',
    inForceFrom: '2019-10-04',
    transitionEdition: '2019',
    mpaRequired: false,
    directBillRequirements: false,
    seed: '000_92ae907c340273aa.txt',
  },
  {
    id: '2020-02-01',
    inForceFrom: '2020-02-01',
    transitionEdition: '2019',
    mpaRequired: true,
    directBillRequirements: false,
    seed: '002_67f44b5b4431ee71.txt',
  },
  {
    id: '2020-10-27',
    inForceFrom: '2020-10-27',
    transitionEdition: '2019',
    mpaRequired: true,
    directBillRequirements: true,
    seed: '003_422444bab05c1fa4.txt',
  },
]

/** The latest rule set, in force today; it judges inputs whose date cannot be read. @internal */
export const LATEST_RULE_SET = RULE_SETS[RULE_SETS.length - 1] as RuleSet

/** The rule set with ID `id`. @category rules @since 0.1.0 */
export const ruleSet = (id: RuleSetId): RuleSet => RULE_SETS.find((s) => s.id === id) as RuleSet

/**
 * The rule set in force at instant `at` (ISO-8601 UTC): the latest set whose date is not after
 * `at`'s UTC date. Dates before 2018-12-18 get the 2018 set, the earliest the library models.
 *
 * @category rules
 * @since 0.1.0
 */
export const ruleSetAt = (at: IsoDateTime): RuleSet => {
  const day = at.slice(0, 10)
  let chosen = RULE_SETS[0] as RuleSet
  for (const set of RULE_SETS) if (set.inForceFrom <= day) chosen = set
  return chosen
}
