/**
 * Direct bill requirements (DB-1 … DB-9): what a direct bill partner must have (membership,
 * support, revenue, infrastructure), the application review and the assessment of existing direct
 * bill partners.
 *
 * @module
 */
import { rule, S003, fromDirectBillRequirements, MINIMUM, type RuleEntry } from './rule.js'

/**
 * The direct bill requirement rules DB-1 … DB-9, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const DIRECT_BILL_RULES = {
  'DB-1': rule(
    'must',
    S003,
    MINIMUM,
    'A direct bill partner needs an active partner program membership and an MPN ID for the market where its sales are made.',
    fromDirectBillRequirements,
    "Membership is data Microsoft records (recordMpnMembership); a partner enters the model with an active membership. The partner's MPN ID is registered with its country, whose CSP regional market (MARKETS) is the market where it sells: REG-1 keeps every sale in that market, and the assessment names it.",
  ),
  'DB-2': rule(
    'must',
    S003,
    MINIMUM,
    "Only someone who may sign contracts for the organization (the tenant's global admin) applies for direct bill.",
    fromDirectBillRequirements,
  ),
  'DB-3': rule(
    'must',
    S003,
    MINIMUM,
    'A direct bill partner needs first-level technical support and a Microsoft support plan (Advanced Support or Premier Support for Partners).',
    fromDirectBillRequirements,
    'First-level support is what the applicant declares; the support plan is the one it bought (buySupportPlan).',
  ),
  'DB-4': rule(
    'must',
    S003,
    MINIMUM,
    'The support plan can be bought only once the credit check has passed.',
    fromDirectBillRequirements,
  ),
  'DB-5': rule(
    'must',
    S003,
    MINIMUM,
    'For an indirect reseller, the CSP revenue of the trailing twelve months must reach USD 300,000, counted on cloud revenue (perpetual software excluded); the sales may be reviewed and more information asked for.',
    { from: fromDirectBillRequirements.from, until: '2025-10-01' },
    "Replaced from 2025-10-01 by AUTH-7 (USD 1,000,000). The page states the threshold for an indirect reseller; the library measures the applicant's CSP revenue as Microsoft records it, without splitting it by channel. Trailing twelve months are the twelve complete calendar months before the month of the date (UTC). Revenue is recorded by Microsoft by month and category in exact cents; every category but perpetual software counts. With no revenue recorded for the period the requirement cannot be judged: the assessment lists it as unknown and a review does not pass.",
  ),
  'DB-6': rule(
    'must',
    S003,
    MINIMUM,
    'A direct bill partner needs customer accounting infrastructure for billing and provisioning.',
    fromDirectBillRequirements,
  ),
  'DB-7': rule(
    'advisory',
    S003,
    MINIMUM,
    'A managed service, IP service or customer solution is recommended; lacking one only warns.',
    fromDirectBillRequirements,
  ),
  'DB-8': rule(
    'effect',
    S003,
    'verify-direct-bill-eligibility',
    'A direct bill application is reviewed (credit check, email on success); enrollment completes only after the review.',
    fromDirectBillRequirements,
    'The credit check and the review are commands by Microsoft; during the review Microsoft may ask the partner for more information (requestDirectBillInformation, notified to the primary contact). A partner whose credit check failed may apply again.',
  ),
  'DB-9': rule(
    'effect',
    S003,
    'enroll-as-a-direct-partner',
    'Existing direct bill partners are held to the same requirements; an assessment lists every requirement they miss, and those that miss one are restricted.',
    fromDirectBillRequirements,
    'The assessment lists unmet requirements with measured and required values, and requirements it lacks the data to judge. From 2020-10-27 a restriction records the unmet requirements it is given plus those the assessment finds, and a partner the state shows meeting every requirement cannot be restricted.',
  ),
} as const satisfies Record<string, RuleEntry>
