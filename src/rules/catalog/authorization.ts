/**
 * Partner-of-record validation (POR-1 … POR-4) and reseller and partner authorization (AUTH-1 …
 * AUTH-8), the program since 2024: orders and changes refused for a reseller that is not authorized,
 * the reseller revenue floor, suspended accounts and the FY26 authorization thresholds.
 *
 * @module
 */
import { since2021, type RuleEntry } from './rule.js'

const POR_PAGE = 'mirror:learn:partner-center/customers/indirect-provider-tasks-in-partner-center'
const QA = 'qa:learn.microsoft.com/answers/questions/5792224'
const FLOOR = 'learn:partner-center/enroll/new-indirect-reseller-requirement'
const STANDING =
  'Standing is data the caller records (authorized, deauthorized with its date, suspended); the library does not compute revenue, but judges the USD 1,000 floor when given the trailing-twelve-month figure.'

/**
 * The partner-of-record and authorization rules, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const AUTHORIZATION_RULES = {
  'POR-1': since2021(
    'effect',
    'learn:partner-center/developer/validate-reseller-partner-of-record',
    'request',
    'Partner Center checks a batch of reseller location IDs as partners of record without changing anything: each is valid or comes with an error code (900400) and a description; an admin agent asks.',
    '2025-06-02',
    'official',
    'The query `validateResellers` answers it. The date is the library’s: the first enforcement.',
  ),
  'POR-2': since2021(
    'must',
    QA,
    'answer',
    'A new subscription whose partner of record is an indirect reseller that is not active and compliant is refused: suspended, deauthorized, without an authorized location ID or without an accepted MPA.',
    '2025-06-02',
    'secondary',
    `Read from a Microsoft Q&A answer only. ${STANDING}`,
  ),
  'POR-3': since2021(
    'must',
    POR_PAGE,
    'partner-of-record-validation',
    'From 2025-12-01 the partner of record is also validated on changes of existing subscriptions (seats, billing plan, term, transfers, migration to new commerce); the automatic renewal of a term is exempt.',
    '2025-12-01',
    'secondary',
    'Read on a copy of the Microsoft page and a distributor’s note.',
  ),
  'POR-4': since2021(
    'must',
    POR_PAGE,
    'partner-of-record-validation',
    'A reseller location ID is a valid partner of record for a distributor only once the reseller has accepted that distributor’s partnership request.',
    '2025-06-02',
    'secondary',
    'Read on a copy of the Microsoft page. The partnership must be active (PRT-4) at the order.',
  ),
  'AUTH-1': since2021(
    'must',
    FLOOR,
    'requirement',
    'An indirect reseller authorized for at least 12 months that has less than USD 1,000 of trailing-twelve-month CSP revenue in its onboarding anniversary month is deauthorized; perpetual software counts.',
    '2024-04-01',
    'official',
    `${STANDING} Exactly USD 1,000.00 passes. The figure is per reseller tenant (open question 14).`,
  ),
  'AUTH-2': since2021(
    'effect',
    'learn:partner-center/announcements/2023-october',
    'new-annual-revenue-requirement-for-resellers',
    'A reseller below the floor and its providers are warned 90 days before its anniversary month, and told again in that month.',
    '2024-01-01',
    'official',
    'A notice is judged against the floor its anniversary month will be measured by: that of the rule set in force when the month begins, not the one at the notice’s date, because the warnings start (2024-01-01) before the floor (2024-04-01). Under a what-if rule set the floor is that set’s own. The caller gives the revenue figure; a notice changes no standing.',
  ),
  'AUTH-3': since2021(
    'must',
    FLOOR,
    'requirement',
    'A deauthorized reseller is assigned to no order, and does not enroll again as indirect reseller before a year has passed since its deauthorization.',
    '2024-04-01',
    'official',
  ),
  'AUTH-4': since2021(
    'must',
    FLOOR,
    'requirement',
    'The revenue floor is no condition of enrolling: a reseller is measured only once authorized for 12 months.',
    '2024-04-01',
    'official',
  ),
  'AUTH-5': since2021(
    'must',
    'learn:partner-center/account-settings/suspended-partner-center-account',
    'suspended-account',
    'A partner whose account is suspended keeps managing what it has but resells no new licenses until its account is in good standing.',
    '2024-04-01',
    'official',
    'The page is undated; the date is the library’s (open question 20). Reselling no new licenses reads: a suspended partner buys no subscription, and as indirect provider or named reseller orders none; a seat increase billed to it (more seats by `changeSeats`, `addLicenses` by a provider) is refused. Decreases, cancellations, renewals, auto-renew and the other management of what it has stay allowed.',
  ),
  'AUTH-6': since2021(
    'effect',
    QA,
    'answer',
    'When a reseller’s tenant is suspended, every GDAP relationship of that reseller, with every customer, is revoked.',
    '2025-06-02',
    'secondary',
  ),
  'AUTH-7': since2021(
    'must',
    'partner:partnership/cloud-solution-provider-requirements',
    'direct-bill',
    'From FY26 a direct bill partner needs USD 1,000,000 of trailing-twelve-month CSP revenue, 12 months as a transacting indirect reseller, business vetting, the direct bill MPA, a Solutions Partner designation, the mandatory security-score items, an Advanced or Premier support plan and a passed automated assessment.',
    '2025-10-01',
    'secondary',
    'The requirements are official; the date is a distributor’s. The revenue replaces DB-5’s USD 300,000 from this date and is measured as DB-5 measures it: the cloud revenue Microsoft records over the twelve complete calendar months before the date, perpetual software excluded.',
  ),
  'AUTH-8': since2021(
    'must',
    'distributor:softwareone/microsoft-csp-program-updates-prepare-for-change',
    'distributors',
    'From FY26 an indirect provider needs USD 30 million of trailing-twelve-month CSP revenue in each CSP region it serves.',
    '2025-10-01',
    'secondary',
    'No Microsoft page says it. Revenue is measured as for DB-5: the cloud revenue Microsoft records over the twelve complete calendar months before the date, perpetual software excluded. Microsoft’s review (`assessDistributorAuthorization`) refuses a provider below the floor in a region, or without recorded revenue; recorded revenue has no region, so the provider tenant counts as one region. The restricted, suspended and revoked steps reported on a forum are not modelled (open question 15).',
  ),
} as const satisfies Record<string, RuleEntry>
