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
  'REG-1': rule(
    'must',
    S002,
    TRANSACTIONS,
    'A partner sells only to customers in its own region.',
    always,
    "A region is a CSP regional market, not a country: a partner in France may sell to a customer in Germany (both in Europe). A tenant's region holds its country; the country-to-market table (MARKETS) is data from Microsoft's regional authorization page (MARKET_SOURCE). Violations name both markets.",
  ),
  'REG-2': rule(
    'must',
    S002,
    TRANSACTIONS,
    'A partner forms relationships only with partners in its own region.',
    always,
    'Judged by CSP regional market, as REG-1: a provider and a reseller work together when their countries are in one market.',
  ),
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
    "Affiliations are data the caller records (recordAffiliation). A partner tenant is never a customer of its own partner: selling to a partner or sandbox tenant, or to the partner's own internal-use tenant, is rejected under this rule; the only exception is Azure bought for the partner's own use through partner shared services (RST-3).",
  ),
  'OWN-3': rule(
    'must',
    S002,
    TRANSACTIONS,
    "A reseller in partnership with a provider cannot be that provider's end customer on the same tenant.",
    always,
    'Checked on every path by which a provider would make a reseller in partnership with it its end customer: an order, a purchase, a customer created for a reseller, an invitation. Buying from another provider stays allowed.',
  ),
} as const satisfies Record<string, RuleEntry>
