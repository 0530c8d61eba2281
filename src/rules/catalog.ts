/**
 * The rule catalog: every rule of the CSP program the library enforces, with its stable ID, its
 * kind, a one-line statement, its source (seed page and section) and the period it is in force.
 *
 * Kinds: `must` rules reject a command with a violation; `effect` rules describe what a successful
 * command does; `advisory` rules add a warning to a successful command. Where the pages are vague,
 * `decision` records how the library reads them: that is the library's interpretation, not a fact
 * about Microsoft.
 *
 * @module
 */
import * as t from 'io-ts'
import { INTEGRITY_RULES } from './integrity.js'

/** How a rule acts. @category rules */
export type RuleKind = 'must' | 'effect' | 'advisory'

/**
 * One entry of the catalog.
 *
 * - `kind`: see {@link RuleKind}.
 * - `statement`: the rule in one line.
 * - `source`: the seed page (file name in the project's seed set) and the section anchor; for the
 *   model-integrity rules MOD-1 … MOD-8, `library` / `model-integrity` (the library's own rules).
 * - `inForce`: the first rule set the rule belongs to, and the rule set that replaced it (`null`: still in force).
 * - `decision`: the library's reading where the source is vague, if any.
 *
 * @category rules
 */
export interface RuleEntry {
  readonly kind: RuleKind
  readonly statement: string
  readonly source: { readonly seed: string; readonly section: string }
  readonly inForce: { readonly from: string; readonly until: string | null }
  readonly decision?: string
}

const S000 = '000_92ae907c340273aa.txt'
const S001 = '001_6988bf3aa16de2e8.txt'
const S002 = '002_67f44b5b4431ee71.txt'
const S003 = '003_422444bab05c1fa4.txt'
const S004 = '004_b5dbc390814f2347.txt'

const always = { from: '2018-12-18', until: null }
const fromMpa = { from: '2020-02-01', until: null }
const fromDirectBillRequirements = { from: '2020-10-27', until: null }
const only2018 = { from: '2018-12-18', until: '2019-10-04' }

const rule = (
  kind: RuleKind,
  seed: string,
  section: string,
  statement: string,
  inForce: RuleEntry['inForce'] = always,
  decision?: string,
): RuleEntry => ({
  kind,
  statement,
  source: { seed, section },
  inForce,
  ...(decision === undefined ? {} : { decision }),
})

const TYPES = 'types-of-partner-relationships-in-the-csp-program'
const MPA = 'csp-program-requirements-signing-the-microsoft-partner-agreement-mpa'
const TRANSACTIONS = 'supported-partner-transactions-in-the-csp-program'
const MINIMUM = 'minimum-requirements'
const GET_STARTED = 'get-started'
const RESTRICTED = 'affected-direct-bill-capabilities'

/**
 * The catalog, keyed by rule ID. Read it to display rules to users; the IDs are stable.
 *
 * @category rules
 */
export const RULES = {
  'PGM-1': rule(
    'effect',
    S002,
    TYPES,
    'There are three transactional roles (indirect provider, indirect reseller, direct bill partner) and one partner tenant can hold several of them.',
    always,
    'Registering a tenant that is already a partner is rejected under this rule: roles are added by enrolling, not by registering again.',
  ),
  'PGM-2': rule(
    'must',
    S002,
    TYPES,
    'An indirect reseller does not bill with Microsoft: it cannot buy or place orders itself; an indirect provider it works with orders for its customers.',
  ),
  'PGM-3': rule(
    'must',
    S002,
    MPA,
    'From 2020-02-01 a partner must have signed the Microsoft Partner Agreement before it transacts.',
    fromMpa,
  ),
  'PGM-4': rule(
    'must',
    S002,
    MPA,
    'From 2020-02-01 a provider may not put a reseller on a new subscription or do new business with it until the reseller has signed the MPA.',
    fromMpa,
  ),
  'PGM-5': rule(
    'must',
    S002,
    MPA,
    'An indirect reseller needs a Partner Center account, an active indirect reseller enrollment and (from 2020-02-01) the MPA before any new business.',
  ),
  'DB-1': rule(
    'must',
    S003,
    MINIMUM,
    'A direct bill partner needs an active partner program membership and an MPN ID for the market it sells in.',
    fromDirectBillRequirements,
    'Membership is data Microsoft records (recordMpnMembership); a partner enters the model with an active membership.',
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
    'Trailing-twelve-month CSP cloud revenue (perpetual software excluded) must reach USD 300,000.',
    fromDirectBillRequirements,
    'Trailing twelve months are the twelve complete calendar months before the month of the date (UTC). Revenue is recorded by Microsoft by month and category in exact cents; every category but perpetual software counts. With no revenue recorded for the period the requirement cannot be judged: the assessment lists it as unknown and a review does not pass.',
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
    'The credit check and the review are commands by Microsoft. A partner whose credit check failed may apply again.',
  ),
  'DB-9': rule(
    'effect',
    S003,
    'enroll-as-a-direct-partner',
    'Existing direct bill partners are held to the same requirements; an assessment lists every requirement they miss, and those that miss one are restricted.',
    fromDirectBillRequirements,
    'The assessment lists unmet requirements with measured and required values, and requirements it lacks the data to judge. From 2020-10-27 a restriction records the unmet requirements it is given plus those the assessment finds, and a partner the state shows meeting every requirement cannot be restricted.',
  ),
  'TRN-1': rule(
    'effect',
    S000,
    GET_STARTED,
    'A direct bill partner enrolls as indirect reseller on its existing tenant; no new tenant is created.',
  ),
  'TRN-2': rule(
    'must',
    S000,
    GET_STARTED,
    "Enrolling needs a current partner profile and MPN ID, and is done by the tenant's global admin.",
  ),
  'TRN-3': rule(
    'must',
    S000,
    GET_STARTED,
    'Who may transition: under the 2018 rules only partners identified for direct bill offboarding; under the 2019 rules partners with an anniversary date from September to December, others once enabled.',
    always,
    'The 2019 enablement "later" is modelled as a flag Microsoft sets on the partner (setProgramFlags).',
  ),
  'TRN-4': rule(
    'effect',
    S000,
    GET_STARTED,
    'An enrollment stays pending until Microsoft approves it, which is due within 3 working days (2018) or 5 business days (2019); approval is emailed to the primary contact.',
    always,
    'Approval is a command by Microsoft. The due date counts weekdays only. Approving after the due date is accepted with an advisory warning.',
  ),
  'TRN-5': rule(
    'must',
    S000,
    GET_STARTED,
    'Indirect reseller capabilities start only when the partner accepts the indirect reseller agreement, which it can do only after approval.',
  ),
  'TRN-6': rule(
    'effect',
    S000,
    GET_STARTED,
    'Once the agreement is accepted the partner is both direct bill partner and indirect reseller.',
  ),
  'TRN-7': rule(
    'must',
    S000,
    GET_STARTED,
    'The transition cannot be undone: nothing may take the indirect reseller role away from a tenant that transitioned.',
    always,
    'Withdrawing a pending enrollment is allowed; from approval on, withdrawal is rejected.',
  ),
  'TRN-8': rule(
    'effect',
    S000,
    'while-you-transition-from-direct-to-indirect-reseller',
    'While transitioning the partner keeps managing its direct customers and their billing, and may take customers from its provider.',
  ),
  'TRN-9': rule(
    'must',
    S004,
    'while-you-transition-from-direct-to-indirect-reseller',
    'Under the 2018 rules a partner enrolled as indirect reseller can no longer add new direct customers.',
    only2018,
    'The partner counts as enrolled from approval on.',
  ),
  'TRN-10': rule(
    'must',
    S000,
    'acquire-new-customers-as-indirect-reseller',
    'An indirect reseller cannot create customer tenants; its provider creates them and names it.',
  ),
  'TRN-11': rule(
    'must',
    S000,
    'managing-your-direct-bill-customers-and-your-indirect-reseller-customers',
    'A partner may not use its direct bill capability to buy for a customer it serves as indirect reseller.',
  ),
  'TRN-12': rule(
    'must',
    S000,
    'move-your-direct-bill-customers-to-your-indirect-provider',
    'A provider orders for a customer only once it has a reseller relationship with it; a direct customer moves to the indirect model only by accepting an indirect reseller invitation.',
  ),
  'TRN-13': rule(
    'effect',
    S000,
    'managing-your-direct-bill-customers-and-your-indirect-reseller-customers',
    'What a partner can do for a customer depends on how it serves it: direct bill customers get orders, reservations, software and direct billing; for indirect customers the provider orders and the reseller manages licenses, users and renewals.',
  ),
  'RST-1': rule(
    'effect',
    S000,
    'what-happens-when-your-direct-bill-capabilities-have-been-restricted',
    'A direct bill partner that misses the requirements is notified and its status becomes restricted, whether or not it is also an indirect reseller.',
    always,
    'Only Microsoft restricts. The unmet requirements are an input, completed and checked by the direct bill assessment from 2020-10-27 (see DB-9).',
  ),
  'RST-2': rule(
    'must',
    S000,
    RESTRICTED,
    'A restricted partner makes no new purchases for customers: Azure, license-based, new add-ons, software and reservations.',
    always,
    'The restriction is on the partner tenant, not on one command: no new subscription is billed to it by any path, its orders as an indirect provider included; what RST-8 allows stays allowed. An add-on must name an active license-based parent subscription of the same customer; other purchases name none. Both are checked under this rule.',
  ),
  'RST-3': rule(
    'must',
    S000,
    RESTRICTED,
    'A restricted partner buys no new Azure subscriptions for its own use (Azure partner shared services).',
  ),
  'RST-4': rule(
    'must',
    S000,
    RESTRICTED,
    'A restricted partner creates no new customer tenants.',
    always,
    'By any path: the customers it would create for a reseller as an indirect provider included.',
  ),
  'RST-5': rule(
    'must',
    S000,
    RESTRICTED,
    'A restricted partner sends no direct reseller relationship invitations; as an enrolled indirect reseller it may still send indirect reseller invitations.',
  ),
  'RST-6': rule(
    'must',
    S000,
    RESTRICTED,
    'A direct bill partner tenant may create one integration sandbox; a restricted partner without one can no longer create it, and a second one is never allowed.',
  ),
  'RST-7': rule(
    'effect',
    S000,
    'whats-not-affected',
    'Existing direct bill subscriptions stay valid, keep renewing and stay billed to the partner until cancelled.',
  ),
  'RST-8': rule(
    'must',
    S000,
    'whats-not-affected',
    'A restricted partner can still suspend and cancel subscriptions and change the seats of existing license-based subscriptions and add-ons.',
    always,
    'Cancelling is allowed because existing subscriptions are billed "until you cancel them". Seat changes, suspensions and cancellations of subscriptions in the wrong state are rejected under this rule.',
  ),
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
  'PRT-1': rule(
    'must',
    S001,
    'indirect-provider-tasks-in-the-partner-center',
    'Provider tasks are done by a global admin, user admin, admin agent or sales agent.',
  ),
  'PRT-2': rule(
    'must',
    S001,
    'connect-with-indirect-resellers',
    'A provider works only with resellers that are enrolled as indirect resellers and have a Partner Center account.',
  ),
  'PRT-3': rule(
    'effect',
    S001,
    'connect-with-indirect-resellers',
    "A partnership is requested by the provider and exists once the reseller's global admin accepts it.",
    always,
    'A second request while one is open or active, and removing a partnership that does not exist, are rejected under this rule.',
  ),
  'PRT-4': rule(
    'must',
    S001,
    'connect-with-indirect-resellers',
    'Only with an active partnership may a provider add customers for the reseller, order for its customers, associate it with a subscription or make it support contact.',
    always,
    "An order for an indirect reseller's customer also needs the reseller to serve that customer (a reseller relationship with it).",
  ),
  'PRT-5': rule(
    'must',
    S001,
    'add-new-subscriptions-to-customer-accounts',
    'The reseller MPN ID on a subscription is the one of the partner location account the reseller onboarded with.',
    always,
    "Partners record all their partner location MPN IDs; the partner of record must be the named reseller's MPN ID tied to its CSP account. The provider's own MPN ID is rejected with 2072, an unknown one with 800015, one of another partner with 800016.",
  ),
  'PRT-6': rule(
    'effect',
    S001,
    'remove-partnership-with-indirect-resellers',
    'Removing a partnership keeps the customers and delegated admin privileges, takes the reseller off the list, and requires the provider to acknowledge the terms.',
    always,
    'The acknowledgement is an explicit input flag.',
  ),
  'PRT-7': rule(
    'effect',
    S001,
    'connect-with-customers',
    'A reseller can be involved at four levels: on the customer account, as owner of the customer Azure tenant, on a subscription, or as its support contact.',
  ),
  'CUS-1': rule(
    'effect',
    S001,
    'add-new-customers-and-associate-them-with-indirect-resellers',
    'A provider creating a customer for a reseller creates the tenant and its first subscriptions all at once, gives the reseller admin access and returns the admin credentials once.',
  ),
  'CUS-2': rule(
    'effect',
    S001,
    'add-new-subscriptions-to-customer-accounts',
    "A provider makes new subscriptions, upgrades and extra licenses for a reseller's customer, optionally naming the reseller on them.",
    always,
    'New subscriptions default their support contact to the provider. An add-on line names an active license-based subscription of the customer or an earlier line of the same order; this is checked under this rule for provider orders.',
  ),
  'CUS-3': rule('effect', S001, 'connect-with-customers', 'A provider can list its customers by indirect reseller.'),
  'INV-1': rule(
    'effect',
    S000,
    'acquire-new-customers-as-indirect-reseller',
    'An indirect reseller invitation asks one customer to take both the reseller and its provider as partners at once.',
    always,
    'A customer tenant that already exists in the model cannot be created again: it has to be invited.',
  ),
  'INV-2': rule(
    'effect',
    S000,
    'acquire-new-customers-as-indirect-reseller',
    'When the customer accepts, the reseller gets admin permissions and the provider may order for the customer.',
  ),
  'INV-3': rule(
    'must',
    S000,
    'move-your-direct-bill-customers-to-your-indirect-provider',
    'Only the invited customer can accept an invitation, only once, and only while its issuer may still issue it.',
    always,
    'Derived from INV-1, INV-2 and RST-5.',
  ),
  'MUL-1': rule('effect', S002, TRANSACTIONS, 'A customer can work with several partners at once.'),
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
  'ROL-1': rule(
    'must',
    S000,
    GET_STARTED,
    "Enrolling, accepting the indirect reseller agreement, signing the MPA and accepting a partnership take the tenant's global admin.",
    always,
    'Only the roles Partner Center gives a task may run it: buying and creating customers take a global admin, admin agent or sales agent, inviting a global admin or admin agent, profile changes the global admin; helpdesk agents and billing admins never transact. The full table, one row per command, is docs/roles.md.',
  ),
  'ROL-2': rule(
    'must',
    S001,
    'indirect-provider-tasks-in-the-partner-center',
    'A partner user acts only for its own tenant, and on a customer only through a reseller relationship with delegated admin.',
    always,
    'References to partners, customers or subscriptions the model does not hold, and new entities whose ID is already in use, are rejected under this rule. Orders need a reseller relationship (TRN-12); managing an existing subscription of a customer also needs delegated admin privileges.',
  ),
  ...INTEGRITY_RULES,
} as const satisfies Record<string, RuleEntry>

/** A rule ID of the catalog, such as `"TRN-3"`. @category rules */
export type RuleId = keyof typeof RULES

/** Every rule ID, in catalog order. @category rules */
export const RULE_IDS = Object.keys(RULES) as ReadonlyArray<RuleId>

/** Codec for {@link RuleId}. @category codecs */
export const RuleId = t.keyof(Object.fromEntries(RULE_IDS.map((id) => [id, null])) as Record<RuleId, null>, 'RuleId')

/** Whether `rule` is in force under the rule set that came into force on `ruleSetDate` (ISO date). @category rules */
export const ruleInForce = (rule: RuleId, ruleSetDate: string): boolean => {
  const { from, until } = (RULES[rule] as RuleEntry).inForce
  return from <= ruleSetDate && (until === null || ruleSetDate < until)
}
