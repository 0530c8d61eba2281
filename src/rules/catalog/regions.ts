/**
 * Regions and own use (REG-1, REG-2, OWN-1 … OWN-3): partners sell and relate within their region,
 * buy for their own use on an internal-use tenant, and never sell to themselves.
 *
 * @module
 */
import { rule, S002, always, TRANSACTIONS, type RuleEntry } from './rule.js'

/**
 * The region and own-use rules REG-1, REG-2 and OWN-1 … OWN-3, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const REGION_RULES = {
  'REG-1': rule('must', S002, TRANSACTIONS, 'A partner sells only to customers in its own region.'),
  'REG-2': rule('must', S002, TRANSACTIONS, 'A partner forms relationships only with partners in its own region.'),
  'OWN-1': rule(
    'must',
    S002,
    TRANSACTIONS,
    'A partner buys for its own use on a separate internal-use customer tenant, never on its partner tenant.',
  ),
  'OWN-2': rule(
    'must',
    S002,
    TRANSACTIONS,
    'A partner does not sell to itself or to an affiliate.',
    always,
    'Affiliations are data the caller records (recordAffiliation). Selling to a partner or sandbox tenant is also rejected under this rule.',
  ),
  'OWN-3': rule(
    'must',
    S002,
    TRANSACTIONS,
    "A reseller in partnership with a provider cannot be that provider's end customer on the same tenant.",
    always,
    'Checked when an indirect provider sells to the partner tenant of a reseller in active partnership with it.',
  ),
} as const satisfies Record<string, RuleEntry>
