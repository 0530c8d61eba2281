/**
 * Incentives (INC-1, INC-2): the indirect reseller incentive invitation and separate incentive
 * enrollments on one tenant.
 *
 * @module
 */
import { rule, S000, type RuleEntry } from './rule.js'

/**
 * The incentive rules INC-1 and INC-2, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const INCENTIVE_RULES = {
  'INC-1': rule(
    'effect',
    S000,
    'enroll-for-indirect-reseller-incentives',
    'After enrolling as indirect reseller on its tenant the partner is invited, within 30 days, to the indirect reseller incentive, at the email of its MPN account.',
  ),
  'INC-2': rule(
    'effect',
    S000,
    'enroll-for-indirect-reseller-incentives',
    'Direct bill incentives and indirect reseller incentives are enrolled separately on the same tenant.',
  ),
} as const satisfies Record<string, RuleEntry>
