/**
 * The rule catalog: every rule of the CSP program the library enforces, with its stable ID, its
 * kind, a one-line statement, its source (seed page and section) and the period it is in force.
 *
 * Kinds: `must` rules reject a command with a violation; `effect` rules describe what a successful
 * command does; `advisory` rules add a warning to a successful command. Where the pages are vague,
 * `decision` records how the library reads them: that is the library's interpretation, not a fact
 * about Microsoft.
 *
 * The entries are written by program area (partner types, direct bill, transition, restriction,
 * incentives, partnerships, customers, regions and own use, roles, and since 2021 new commerce, GDAP,
 * partner-of-record validation and authorization, and the customer agreement) in the `catalog/` modules and the
 * model-integrity rules in the integrity module; this module assembles them in catalog order.
 *
 * @module
 */
import * as t from 'io-ts'
import { PROGRAM_RULES } from './catalog/program.js'
import { DIRECT_BILL_RULES } from './catalog/directBill.js'
import { TRANSITION_RULES } from './catalog/transition.js'
import { RESTRICTION_RULES } from './catalog/restricted.js'
import { INCENTIVE_RULES } from './catalog/incentives.js'
import { PARTNERSHIP_RULES } from './catalog/partnerships.js'
import { CUSTOMER_RULES } from './catalog/customers.js'
import { REGION_RULES } from './catalog/regions.js'
import { ROLE_RULES } from './catalog/roles.js'
import { NEW_COMMERCE_RULES } from './catalog/newCommerce.js'
import { CUSTOMER_AGREEMENT_RULES } from './catalog/customerAgreement.js'
import { GDAP_RULES } from './catalog/gdap.js'
import { AUTHORIZATION_RULES } from './catalog/authorization.js'
import type { RuleEntry } from './catalog/rule.js'
import { INTEGRITY_RULES } from './integrity.js'

export type { Confidence, RuleEntry, RuleKind } from './catalog/rule.js'

/**
 * The catalog, keyed by rule ID. Read it to display rules to users; the IDs are stable.
 *
 * @category rules
 * @since 0.1.0
 */
export const RULES = {
  ...PROGRAM_RULES,
  ...DIRECT_BILL_RULES,
  ...TRANSITION_RULES,
  ...RESTRICTION_RULES,
  ...INCENTIVE_RULES,
  ...PARTNERSHIP_RULES,
  ...CUSTOMER_RULES,
  ...REGION_RULES,
  ...ROLE_RULES,
  ...NEW_COMMERCE_RULES,
  ...GDAP_RULES,
  ...AUTHORIZATION_RULES,
  ...CUSTOMER_AGREEMENT_RULES,
  ...INTEGRITY_RULES,
} as const satisfies Record<string, RuleEntry>

/** A rule ID of the catalog, such as `"TRN-3"`. @category rules @since 0.1.0 */
export type RuleId = keyof typeof RULES

/** Every rule ID, in catalog order. @category rules @since 0.1.0 */
export const RULE_IDS = Object.keys(RULES) as ReadonlyArray<RuleId>

/** Codec for {@link RuleId}. @category codecs */
export const RuleId = t.keyof(Object.fromEntries(RULE_IDS.map((id) => [id, null])) as Record<RuleId, null>, 'RuleId')

/** Whether `rule` is in force under the rule set that came into force on `ruleSetDate` (ISO date). @category rules @since 0.1.0 */
export const ruleInForce = (rule: RuleId, ruleSetDate: string): boolean => {
  const { from, until } = (RULES[rule] as RuleEntry).inForce
  return from <= ruleSetDate && (until === null || ruleSetDate < until)
}
