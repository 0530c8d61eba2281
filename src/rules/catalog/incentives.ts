/**
 * Incentives (INC-1, INC-2): the indirect reseller incentive invitation and separate incentive
 * enrollments on one tenant.
 *
 * @module
 */
import { rule, S000, always, type RuleEntry } from './rule.js'

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
    always,
    "The invitation is scheduled when the partner accepts the indirect reseller agreement; a direct bill partner that holds the indirect reseller role enrolls in that incentive only once invited. A partner that is an indirect reseller only is not gated (the seeds describe the invitation for the transition alone), and one registered with both roles is taken as invited (it transitioned before the model's history).",
  ),
  'INC-2': rule(
    'effect',
    S000,
    'enroll-for-indirect-reseller-incentives',
    'Direct bill incentives and indirect reseller incentives are enrolled separately on the same tenant.',
  ),
} as const satisfies Record<string, RuleEntry>
