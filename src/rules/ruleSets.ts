/**
 * Dated rule sets as data. The program's rules changed over time; a command is judged by the rule
 * set in force at its `at` instant unless the caller pins one, and every result names the set that
 * judged it. A rule set is a row of {@link RULE_SETS}: the instant it comes into force, its source,
 * what changed, and the parameters that differ between sets (window lengths, thresholds, which
 * customer agreements count). Which rules are in force is not written in the row: it is derived
 * from the catalog's dates ({@link rulesInForce}). A new set is a new row.
 *
 * The rows are listed in the rule set table module; `docs/rules.md` prints them.
 *
 * @module
 */
import type { IsoDateTime } from '../kernel/ids.js'
import { RULE_IDS, ruleInForce, type RuleId } from './catalog.js'
import type { RuleSet, RuleSetId } from './ruleSet.js'
import { RULE_SETS } from './ruleSetTable.js'

export { CustomerAgreementKind, RuleSetId, type RuleSet, type RuleSetParameters } from './ruleSet.js'
export { RULE_SETS } from './ruleSetTable.js'

/** The latest rule set, in force today; it judges inputs whose date cannot be read. @internal */
export const LATEST_RULE_SET = RULE_SETS[RULE_SETS.length - 1] as RuleSet

/** The rule set with ID `id`. @category rules @since 0.1.0 */
export const ruleSet = (id: RuleSetId): RuleSet => RULE_SETS.find((s) => s.id === id) as RuleSet

/** The instant {@link ruleSetAt} was last asked about and its answer: a command log asks about one instant many times. */
let lastAt: string = LATEST_RULE_SET.inForceAt
let lastSet = LATEST_RULE_SET

/**
 * The rule set in force at instant `at` (ISO-8601 UTC): the latest set whose instant is not after
 * `at`. Instants before 2018-12-18 get the 2018 set, the earliest the library models.
 *
 * @example
 * ```ts
 * import { isoDateTime, ruleSetAt } from 'csp-channel'
 * ruleSetAt(isoDateTime('2022-01-10T16:59:59Z')).id // '2020-10-27'
 * ruleSetAt(isoDateTime('2022-01-10T17:00:00Z')).id // '2022-01-10' (new commerce, 72-hour windows)
 * ```
 *
 * @category rules
 * @since 0.1.0
 */
export const ruleSetAt = (at: IsoDateTime): RuleSet => {
  if (at === lastAt) return lastSet
  // the last set in the table whose instant is not after `at`, found from the end (most inputs are recent)
  let chosen = RULE_SETS[0] as RuleSet
  for (let i = RULE_SETS.length - 1; i > 0; i--)
    if ((RULE_SETS[i] as RuleSet).inForceAt <= at) {
      chosen = RULE_SETS[i] as RuleSet
      break
    }
  lastAt = at
  lastSet = chosen
  return chosen
}

/**
 * The rule set a query judges by: the one with ID `id` when the caller names one, otherwise the set
 * in force at `at` ({@link ruleSetAt}). For queries such as the direct bill and distributor
 * assessments, which (unlike commands) may be asked under any set. @internal
 */
export const ruleSetFor = (at: IsoDateTime, id?: RuleSetId): RuleSet => (id === undefined ? ruleSetAt(at) : ruleSet(id))

/**
 * Whether `rule` is in force under `set`, read from the catalog's dates.
 *
 * @example
 * ```ts
 * import { inForceUnder, ruleSet } from 'csp-channel'
 * inForceUnder(ruleSet('2020-02-01'), 'PGM-3') // true: the MPA is required
 * inForceUnder(ruleSet('2020-10-27'), 'NCE-4') // false: no new commerce yet
 * ```
 *
 * @category rules
 * @since 0.2.0
 */
export const inForceUnder = (set: RuleSet, rule: RuleId): boolean => ruleInForce(rule, set.id)

/**
 * The rules in force under `set`, in catalog order, derived from the catalog's dates.
 *
 * @example
 * ```ts
 * import { ruleSet, rulesInForce } from 'csp-channel'
 * rulesInForce(ruleSet('2022-03-10')).includes('NCE-3') // true: legacy seat-based orders refused
 * ```
 *
 * @category rules
 * @since 0.2.0
 */
export const rulesInForce = (set: RuleSet): ReadonlyArray<RuleId> => RULE_IDS.filter((rule) => inForceUnder(set, rule))
