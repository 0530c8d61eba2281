/**
 * The rows of the dated rule sets, oldest first. Each row carries the parameters of the set before
 * it, changed where the program changed; which rules are in force is derived from the catalog.
 *
 * | rule set | in force from (UTC) | what changed | source |
 * | --- | --- | --- | --- |
 * | `2018-12-18` | (the earliest; also for earlier dates) | first transition rules | seed 004 |
 * | `2019-10-01` | 2019-10-01 | the Microsoft Customer Agreement (or the Cloud Agreement) before a purchase | Microsoft's Japanese page on the customer agreement, 2019 |
 * | `2019-10-04` | 2019-10-04 | second transition rules | seed 000 |
 * | `2020-02-01` | 2020-02-01 | the MPA; only the Customer Agreement counts; attestation rules | seed 002 |
 * | `2020-10-27` | 2020-10-27 | direct bill requirements | seed 003 |
 * | `2022-01-10` | 2022-01-10 17:00 | new commerce seat-based offers, 72-hour windows | Microsoft partner blog |
 * | `2022-03-10` | 2022-03-10 | legacy commercial seat-based orders refused; co-terminous end dates | Microsoft partner blog |
 * | `2022-03-19` | 2022-03-19 | 7-day windows | press (secondary) |
 * | `2023-04-15` | 2023-04-15 | email to the customer after an attestation | Partner Center announcements |
 * | `2023-05-22` | 2023-05-22 | Microsoft turns DAP into GDAP (8 roles) | Partner Center announcements |
 * | `2023-07-01` | 2023-07-01 | the Microsoft-led GDAP gains Global Reader (9 roles) | learn |
 * | `2023-10-09` | 2023-10-09 | no DAP with reseller invitations | GDAP FAQ |
 * | `2023-10-10` | 2023-10-10 | the default-GDAP flag on customer creation | GDAP FAQ |
 * | `2023-10-30` | 2023-10-30 | GDAP auto-extension by 180 days | Partner Center announcements |
 * | `2023-11-01` | 2023-11-01 | default GDAP and no DAP on customer creation | GDAP FAQ |
 * | `2024-01-01` | 2024-01-01 | legacy seat-based subscriptions move to new commerce at renewal | Partner Center announcements |
 * | `2024-04-01` | 2024-04-01 | the reseller revenue floor; suspended accounts | learn |
 * | `2024-09-01` | 2024-09-01 | every license-based purchase is new commerce | copy of a learn page (secondary) |
 * | `2025-06-02` | 2025-06-02 | partner-of-record validation of new subscriptions | Microsoft Q&A (secondary) |
 * | `2025-10-01` | 2025-10-01 | FY26 direct bill and distributor thresholds | distributor (secondary) |
 * | `2025-12-01` | 2025-12-01 | partner-of-record validation of changes | copy of a learn page (secondary) |
 *
 * @module
 */
import type { IsoDateTime } from '../kernel/ids.js'
import type { UsdCents } from '../kernel/money.js'
import type { RuleSet, RuleSetId, RuleSetParameters } from './ruleSet.js'

/** A row: the set's ID (its date), its instant when not midnight UTC, its source and changes, and the parameters it changes. */
const next = (
  previous: RuleSet,
  id: RuleSetId,
  source: string,
  changes: string,
  parameters: Partial<RuleSetParameters> = {},
  time = '00:00:00.000',
): RuleSet => ({
  ...previous,
  ...parameters,
  id,
  inForceFrom: id,
  inForceAt: `${id}T${time}Z` as IsoDateTime,
  source,
  changes,
})

const first: RuleSet = {
  id: '2018-12-18',
  inForceFrom: '2018-12-18',
  inForceAt: '2018-12-18T00:00:00.000Z' as IsoDateTime,
  source: 'seed 004_b5dbc390814f2347.txt',
  changes:
    'First transition rules: only partners identified for direct bill offboarding; approval within 3 working days; no new direct customers once enrolled.',
  transitionEdition: '2018',
  transitionApprovalBusinessDays: 3,
  directBillRevenueFloorCents: null,
  customerAgreements: [],
  cancellationWindowHours: null,
  seatReductionWindowHours: null,
  gdapAutoExtendDays: [0],
  microsoftLedGdapRoles: null,
  dapWithInvitations: true,
  dapOnCustomerCreation: 'dap',
  resellerRevenueFloorCents: null,
  distributorRevenueFloorCents: null,
  porValidation: 'none',
}
const mcaAvailable = next(
  first,
  '2019-10-01',
  'learn (ja-jp) partner-center/confirm-customer-agreement, 2019-09-09',
  'The Microsoft Customer Agreement reaches production: a purchase needs the customer to have accepted it or the Microsoft Cloud Agreement.',
  { customerAgreements: ['microsoftCustomerAgreement', 'microsoftCloudAgreement'] },
)
const secondTransition = next(
  mcaAvailable,
  '2019-10-04',
  'seed 000_92ae907c340273aa.txt',
  'Second transition rules: anniversary months September to December, or enabled later; approval within 5 business days.',
  { transitionEdition: '2019', transitionApprovalBusinessDays: 5 },
)
const mpa = next(
  secondTransition,
  '2020-02-01',
  'seed 002_67f44b5b4431ee71.txt',
  'The Microsoft Partner Agreement is required to transact; only the Microsoft Customer Agreement counts, attested under its rules.',
  { customerAgreements: ['microsoftCustomerAgreement'] },
)
const directBill = next(
  mpa,
  '2020-10-27',
  'seed 003_422444bab05c1fa4.txt',
  'Direct bill requirements: revenue, support plan, credit check, MPN ID for the market.',
  { directBillRevenueFloorCents: 30_000_000 as UsdCents },
)
const newCommerce = next(
  directBill,
  '2022-01-10',
  'blog: coming to the CSP program, seat-based offers in new commerce (update of 2021-12-16)',
  'New commerce seat-based offers are generally available from 17:00 UTC, with 72-hour cancellation and seat-reduction windows.',
  { cancellationWindowHours: 72, seatReductionWindowHours: 72 },
  '17:00:00.000',
)
const newCommerceOnly = next(
  newCommerce,
  '2022-03-10',
  'blog: seat-based offers now available in the new commerce experience (update of 2022-03-10)',
  'New orders of commercial seat-based offers must be new commerce (Brazil excepted); custom term end dates align subscriptions.',
)
const sevenDays = next(
  newCommerceOnly,
  '2022-03-19',
  'press: CRN quoting the Microsoft announcement (secondary; the Microsoft blog dates the change 2022-03-17)',
  'The cancellation and seat-reduction windows grow to 7 days (168 hours).',
  { cancellationWindowHours: 168, seatReductionWindowHours: 168 },
)
const attestationEmail = next(
  sevenDays,
  '2023-04-15',
  'learn: partner-center/announcements/2023-april',
  'Microsoft emails the customer after a partner attests its acceptance of the Microsoft Customer Agreement.',
)
const dapToGdap = next(
  attestationEmail,
  '2023-05-22',
  'learn: partner-center/announcements/2023-may (new timelines)',
  'Microsoft starts turning DAP into GDAP relationships of 8 roles for one year, removing the DAP 30 days later.',
  { microsoftLedGdapRoles: 8 },
)
const globalReader = next(
  dapToGdap,
  '2023-07-01',
  'learn: partner-center/customers/gdap-microsoft-led-transition',
  'The GDAP relationships Microsoft makes from DAP gain Global Reader: 9 roles.',
  { microsoftLedGdapRoles: 9 },
)
const noDapInvitations = next(
  globalReader,
  '2023-10-09',
  'learn: partner-center/customers/gdap-faq',
  'Reseller relationship invitations no longer grant DAP.',
  { dapWithInvitations: false },
)
const gdapFlag = next(
  noDapInvitations,
  '2023-10-10',
  'learn: partner-center/customers/gdap-faq',
  'Creating a customer with the default-GDAP flag grants default GDAP (roles by partner type) and no DAP.',
  { dapOnCustomerCreation: 'flagged' },
)
const autoExtend = next(
  gdapFlag,
  '2023-10-30',
  'learn: partner-center/announcements/2023-september',
  'GDAP relationships may auto-extend by 180 days, never with the Global Administrator role.',
  { gdapAutoExtendDays: [0, 180] },
)
const defaultGdap = next(
  autoExtend,
  '2023-11-01',
  'learn: partner-center/customers/gdap-faq',
  'Creating a customer grants default GDAP and no DAP, flag or not (unless the flag is false).',
  { dapOnCustomerCreation: 'defaultGdap' },
)
const migration = next(
  defaultGdap,
  '2024-01-01',
  'learn: partner-center/announcements/2023-july',
  'Microsoft moves legacy commercial seat-based subscriptions to new commerce at their renewal.',
)
const revenueFloor = next(
  migration,
  '2024-04-01',
  'learn: partner-center/enroll/new-indirect-reseller-requirement',
  'Indirect resellers authorized for a year keep their authorization with USD 1,000 of trailing-twelve-month revenue; suspended accounts resell nothing new.',
  { resellerRevenueFloorCents: 100_000 as UsdCents },
)
const allNewCommerce = next(
  revenueFloor,
  '2024-09-01',
  'mirror of learn: partner-center/new-commerce-license-based (secondary)',
  'Every license-based purchase is new commerce, except five- and six-year public-sector legacy offers.',
)

const porNew = next(
  allNewCommerce,
  '2025-06-02',
  'qa: learn.microsoft.com/answers (secondary)',
  'The partner of record of a new subscription is validated; validateresellers checks reseller location IDs.',
  { porValidation: 'newOnly' },
)
const fy26 = next(
  porNew,
  '2025-10-01',
  'distributor: TD SYNNEX on the FY26 CSP program update (secondary)',
  'FY26 authorization: USD 1,000,000 for direct bill partners, USD 30 million per region for indirect providers.',
  { directBillRevenueFloorCents: 100_000_000 as UsdCents, distributorRevenueFloorCents: 3_000_000_000 as UsdCents },
)
const porChanges = next(
  fy26,
  '2025-12-01',
  'mirror of learn: partner-center/customers/indirect-provider-tasks-in-partner-center (secondary)',
  'The partner of record is validated on changes of existing subscriptions too (renewals exempt).',
  { porValidation: 'newAndChanges' },
)

/** Every rule set, oldest first. @category rules @since 0.1.0 */
export const RULE_SETS: ReadonlyArray<RuleSet> = [
  first,
  mcaAvailable,
  secondTransition,
  mpa,
  directBill,
  newCommerce,
  newCommerceOnly,
  sevenDays,
  attestationEmail,
  dapToGdap,
  globalReader,
  noDapInvitations,
  gdapFlag,
  autoExtend,
  defaultGdap,
  migration,
  revenueFloor,
  allNewCommerce,
  porNew,
  fy26,
  porChanges,
]
