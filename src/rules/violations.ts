/**
 * Violations as data: every violation tag, what it means and the catalog rules it may be reported
 * under. A check declares one rule; the tags it can return are those this table pairs with that
 * rule, so a tag can never be reported under an unrelated rule (the compiler refuses it, and a test
 * replays every command's findings against the table). Model-integrity tags (unknown entities,
 * reused IDs, lifecycle, shapes) pair only with MOD rules; program tags never with MOD rules.
 *
 * @module
 */
import type { RuleId } from './catalog.js'
import { coded, row, type ViolationEntry } from './violationRow.js'
import { SINCE_2021_VIOLATIONS } from './violationsSince2021.js'
import { ACCESS_VIOLATIONS } from './violationsAccess.js'

export type { ViolationEntry } from './violationRow.js'

/**
 * Every violation tag, with the rules it may be reported under and a sentence saying what it means.
 * Read it to group or filter violations; `docs/rules.md` is generated from it.
 *
 * @example
 * ```ts
 * import { VIOLATIONS } from 'csp-channel'
 * VIOLATIONS.UnknownCustomer.rules // ['MOD-1']
 * ```
 *
 * @category violations
 * @since 0.2.0
 */
export const VIOLATIONS = {
  // model integrity (the library's own rules)
  UnknownPartner: row('No partner with that tenant ID is known.', 'MOD-1'),
  UnknownCustomer: row('No customer tenant with that ID is known.', 'MOD-1'),
  UnknownSubscription: row('No subscription with that ID is known.', 'MOD-1'),
  UnknownInvitation: row('No invitation with that ID is known.', 'MOD-1'),
  UnknownPartnership: row('No partnership between those tenants is known.', 'MOD-1'),
  UnknownTenant: row('No tenant with that ID is known.', 'MOD-1'),
  IdAlreadyUsed: row('The ID is already registered for another entity.', 'MOD-2'),
  DuplicateLine: row('Two lines of one order name the same subscription ID.', 'MOD-2'),
  MpnIdInUse: row('Another partner already holds that MPN ID.', 'MOD-2'),
  PartnerAlreadyRegistered: row('A partner with that tenant ID is already registered.', 'MOD-2'),
  CustomerTenantExists: row('A tenant with that ID already exists; it cannot be created again.', 'MOD-2'),
  SubscriptionNotChangeable: coded([800091], "The subscription's status does not allow that change.", 'MOD-3'),
  AutoRenewOff: row('The subscription is set not to renew automatically at the end of its term.', 'MOD-3'),
  InvalidAddOnParent: row('An add-on needs an active license-based parent of the same customer.', 'MOD-4'),
  ValueOutOfRange: row("A quantity, list length or date is outside Partner Center's limits.", 'MOD-5'),
  DatedBeforeFact: row('The command is dated before a fact it acts on.', 'MOD-6'),
  NotProgramOperator: row('Only Microsoft, as program operator, runs this command.', 'MOD-7'),
  OperatorFactByPartner: row('Only Microsoft records this program fact.', 'MOD-7'),
  RoleNotGranted: row('A transactional role is gained only through the program steps.', 'MOD-7'),
  UnknownField: row('The input has a field its command does not define.', 'MOD-8'),
  InvalidInput: row('The input does not have the shape of its command.', 'MOD-8'),
  RuleSetNotInForce: row('The input names a rule set that is not in force at its date.', 'MOD-8'),
  UnknownCommand: row('No command has that name.', 'MOD-8'),
  // partner types and the MPA
  NoBillingRelationship: row('An indirect reseller has no billing relationship with Microsoft.', 'PGM-2'),
  MpaNotSigned: coded([900124], 'The partner has not signed the Microsoft Partner Agreement.', 'PGM-3', 'PGM-5'),
  MpaAlreadySigned: row('The partner has already signed the Microsoft Partner Agreement.', 'PGM-3'),
  ResellerMpaNotSigned: coded(
    [900123],
    'The reseller has not signed the Microsoft Partner Agreement.',
    'PGM-4',
    'PGM-5',
  ),
  // direct bill requirements
  RequirementNotMet: row(
    'A direct bill requirement is measured and not met.',
    'DB-1',
    'DB-3',
    'DB-5',
    'DB-6',
    'AUTH-7',
  ),
  RequirementNotEvidenced: row(
    'The state holds no evidence of a direct bill requirement.',
    'DB-1',
    'DB-3',
    'DB-5',
    'DB-6',
    'AUTH-7',
  ),
  CreditCheckNotPassed: row('The credit check of the application has not passed.', 'DB-4', 'DB-8'),
  SupportPlanExists: row('The partner already holds a Microsoft support plan.', 'DB-3'),
  DirectBillApplicationExists: row('The partner already has a direct bill application under review.', 'DB-8'),
  NoDirectBillApplication: row('The partner has no direct bill application under review.', 'DB-8'),
  RequirementsMet: row('The state shows the partner meeting every direct bill requirement.', 'DB-9'),
  // transition
  ProfileNotCurrent: row('The partner profile or MPN ID is not current.', 'TRN-2'),
  AuthorizationNotConfirmed: row('The enrollment form does not confirm the authorization to enroll.', 'TRN-2'),
  NotEligibleToTransition: row('The partner is not yet allowed to transition.', 'TRN-3'),
  EnrollmentAlreadySubmitted: row('An enrollment as indirect reseller is already pending or approved.', 'TRN-4'),
  EnrollmentNotPending: row('No enrollment is pending.', 'TRN-4'),
  EnrollmentNotApproved: row('The enrollment is not approved yet.', 'TRN-5'),
  TransitionIrreversible: row('The transition to indirect reseller cannot be undone.', 'TRN-7'),
  NewDirectCustomersClosed: row(
    'The partner enrolled as indirect reseller can no longer add direct customers.',
    'TRN-9',
  ),
  CannotCreateCustomerTenant: row('An indirect reseller cannot create customer tenants.', 'TRN-10'),
  IndirectResellerCustomer: row('The customer is served through the indirect channel.', 'TRN-11'),
  NoResellerRelationship: coded([20002], 'No reseller relationship with that customer.', 'TRN-12', 'ROL-2'),
  // restriction
  NotDirectBillPartner: row('The partner is not a direct bill partner.', 'RST-1', 'RST-6', 'TRN-3'),
  AlreadyRestricted: row('The partner is already restricted.', 'RST-1'),
  PartnerRestricted: row(
    'The partner is restricted and cannot do new business.',
    'RST-2',
    'RST-3',
    'RST-4',
    'RST-5',
    'RST-6',
  ),
  SandboxAlreadyExists: row('The partner already created its integration sandbox.', 'RST-6'),
  // incentives
  IncentiveNotAvailable: row('The partner may not enroll in that incentive program.', 'INC-1', 'INC-2'),
  IncentiveAlreadyEnrolled: row('The partner is already enrolled in that incentive.', 'INC-2'),
  // partnerships
  NotIndirectProvider: row('The partner is not an indirect provider.', 'PRT-1'),
  RoleNotAllowed: coded([900150], "The user's role may not run this task.", 'PRT-1', 'ROL-1'),
  NotIndirectReseller: coded([800016], 'The partner is not an enrolled indirect reseller.', 'PRT-2', 'PGM-5'),
  PartnershipExists: row('The partnership already exists or is requested.', 'PRT-3'),
  PartnershipNotRequested: row('No partnership request is pending between those tenants.', 'PRT-3'),
  PartnershipWithItself: row('A tenant cannot partner with itself.', 'PRT-3'),
  PartnershipNotActive: row('No active partnership between the provider and the reseller.', 'PRT-4'),
  AlreadyAzureTenantOwner: row("The reseller is already tenant owner on the customer's Azure.", 'PRT-7'),
  NotResellersCustomer: row('The customer is not a customer of that reseller.', 'PRT-4'),
  UnknownMpnId: coded([800015], 'No reseller holds the MPN ID given as partner of record.', 'PRT-5'),
  PartnerOfRecordNotValid: coded([800016], "The MPN ID is not the reseller's onboarding location.", 'PRT-5'),
  ProviderAsPartnerOfRecord: coded([2072], "The provider's own MPN ID cannot be the partner of record.", 'PRT-5'),
  TermsNotAcknowledged: row('The terms of removal are not acknowledged.', 'PRT-6'),
  // customers and invitations
  ProviderNotNamed: row('An indirect reseller invitation must name the indirect provider.', 'INV-1'),
  InvitationAlreadyAccepted: row('The invitation was already accepted.', 'INV-3'),
  NotInvitedCustomer: row('Only the invited customer may accept the invitation.', 'INV-3'),
  IssuerLostRight: row('The issuer no longer holds the right to issue the invitation.', 'INV-3'),
  // regions and own use
  RegionMismatch: coded([2030, 2201], 'The two parties are in different CSP regional markets.', 'REG-1', 'REG-2'),
  OwnPartnerTenant: row('A partner buys for its own use on a customer tenant, never on its partner tenant.', 'OWN-1'),
  NotCustomerTenant: row('The tenant is not a customer tenant.', 'OWN-1', 'OWN-2'),
  PartnerTenantAsCustomer: row('A partner tenant never becomes a customer.', 'OWN-2'),
  OwnInternalUseTenant: row('A partner cannot sell to its own internal-use tenant.', 'OWN-2'),
  AffiliatedCustomer: row('A partner cannot sell to an affiliated organization.', 'OWN-2'),
  AlreadyAffiliated: row('The affiliation is already recorded.', 'OWN-2'),
  ResellerAsEndCustomer: row('A reseller cannot be the end customer of its own provider.', 'OWN-3'),
  // roles
  NotGlobalAdmin: coded([900150], "Only the tenant's global admin may do this.", 'ROL-1', 'DB-2', 'TRN-2'),
  ActsForAnotherTenant: coded([900150], 'A partner user acts only for its own partner tenant.', 'ROL-2'),
  NoDelegatedAdmin: row('The partner holds no delegated admin privileges for the customer.', 'ROL-2'),
  NotAzureTenantOwner: coded(
    [20002],
    "The partner is neither billed for the Azure subscription nor tenant owner on the customer's Azure.",
    'ROL-2',
  ),
  ...SINCE_2021_VIOLATIONS,
  ...ACCESS_VIOLATIONS,
} as const satisfies Record<string, ViolationEntry>

/** Every violation tag, in table order. @category violations @since 0.2.0 */
export const VIOLATION_TAGS = Object.keys(VIOLATIONS) as ReadonlyArray<keyof typeof VIOLATIONS>

/**
 * Whether `tag` may be reported under `rule` (the pairing {@link VIOLATIONS} allows).
 *
 * @example
 * ```ts
 * import { mayReport } from 'csp-channel'
 * mayReport('MOD-1', 'UnknownCustomer') // true
 * mayReport('ROL-2', 'UnknownCustomer') // false
 * ```
 *
 * @category violations
 * @since 0.2.0
 */
export const mayReport = (rule: RuleId, tag: keyof typeof VIOLATIONS): boolean =>
  (VIOLATIONS[tag]?.rules as ReadonlyArray<RuleId> | undefined)?.includes(rule) === true
