/**
 * The violation tags of GDAP (GDAP-1 … GDAP-19), partner-of-record validation (POR-1 … POR-4) and
 * reseller and partner authorization (AUTH-1 … AUTH-8). Part of the violation table `VIOLATIONS`.
 *
 * @module
 */
import { coded, row, type ViolationEntry } from './violationRow.js'

/** The violation tags of GDAP, partner-of-record validation and authorization. @internal */
export const ACCESS_VIOLATIONS = {
  // GDAP relationships (GDAP lifecycle rows)
  GdapNotAvailable: row(
    'GDAP relationships are asked for before GDAP exists (the library dates it 2022-01-10).',
    'GDAP-1',
  ),
  UnknownGdapRelationship: row('No GDAP relationship with that ID is known.', 'MOD-1'),
  UnknownGdapAccessAssignment: row('The GDAP relationship holds no access assignment with that ID.', 'MOD-1'),
  GdapRelationshipNotEditable: row(
    'The GDAP relationship is no longer created: it cannot be edited, deleted or locked for approval.',
    'GDAP-2',
  ),
  GdapDurationOutOfRange: row('A GDAP relationship lasts from 1 to 730 days.', 'GDAP-3'),
  GdapDisplayNameTooLong: row('The display name of a GDAP relationship has at most 50 characters.', 'GDAP-3'),
  GdapDisplayNameTaken: row("Another of the partner's GDAP relationships has that display name.", 'GDAP-3'),
  GdapRelationshipNotAwaitingApproval: row('The GDAP relationship is not locked for approval.', 'GDAP-4'),
  GdapApproverNotCustomerAdmin: row('Only a global admin of the customer approves a GDAP relationship.', 'GDAP-4'),
  GdapApproverNotNamedCustomer: row('The GDAP relationship names another customer.', 'GDAP-4'),
  GdapRequestExpired: row('The request was locked for approval 90 days ago or more: it has expired.', 'GDAP-5'),
  GdapAutoExtendNotAllowed: row('The rule set accepts no such auto-extension period.', 'GDAP-7'),
  GdapAutoExtendWithGlobalAdmin: row(
    'A GDAP relationship holding the Global Administrator role cannot auto-extend.',
    'GDAP-7',
  ),
  GdapAutoExtendNotChangeable: row('Auto-extension is set only while the relationship is created or active.', 'GDAP-7'),
  GdapRelationshipNotActive: row('The GDAP relationship is not active.', 'GDAP-9', 'GDAP-11'),
  GdapTerminatorNotParty: row(
    "Only the partner's admin agent or global admin, or the customer's global admin, terminates.",
    'GDAP-9',
  ),
  GdapRolesFixed: row(
    'Past created, the only role change is removing Global Administrator while the relationship is active.',
    'GDAP-10',
  ),
  GdapAccessAssignmentDeleted: row('The access assignment is already deleted.', 'GDAP-11'),
  GdapResellerNotPartner: row('The indirect provider has no active partnership with that reseller.', 'GDAP-15'),
  GdapNotResellerAdmin: row("Only the reseller's admin agent or global admin approves or rejects it.", 'GDAP-15'),
  GdapPartnerConsentNotPending: row('The relationship awaits no reseller consent.', 'GDAP-15'),
  GdapPartnerConsentPending: row('The reseller has not yet approved the relationship.', 'GDAP-15'),
  GdapNotAdminAgent: row("Only the partner's admin agent or global admin requests and manages GDAP.", 'GDAP-16'),
  // GDAP on customers and administrative tasks (GDAP access rows)
  NoAdminAccess: row(
    'The partner user holds neither an active GDAP role assignment nor delegated admin privileges for the customer.',
    'GDAP-17',
  ),
  TaskNotCoveredByGdapRoles: row(
    'No role the partner user holds through GDAP for the customer covers the administrative task.',
    'GDAP-18',
  ),
  DapPhaseOutNotStarted: row('Microsoft phases DAP out from 2023-05-22 only.', 'GDAP-19'),
  NoDelegatedAdminToEnd: row(
    'The partner holds no delegated admin privileges for the customer for Microsoft to end.',
    'GDAP-19',
  ),
  GdapRelationshipExists: row(
    'The partner already has a GDAP relationship with the customer: Microsoft does not turn its DAP into one.',
    'GDAP-19',
  ),
  DapEndAlreadyScheduled: row(
    'Microsoft already turned these delegated admin privileges into GDAP: their end is scheduled.',
    'GDAP-19',
  ),
  DapRecentlyUsed: row('The delegated admin privileges were used within the last 90 days.', 'GDAP-19'),
  // partner-of-record validation and authorization (POR AUTH rows)
  PartnerOfRecordNotCompliant: coded(
    [900400],
    'The partner of record is not an active and compliant indirect reseller (suspended, deauthorized, not enrolled or without the MPA).',
    'POR-2',
    'POR-3',
  ),
  PartnerOfRecordNotListed: coded(
    [900400],
    "The partner of record's reseller has no active partnership with the indirect provider.",
    'POR-4',
    'POR-3',
  ),
  ResellerDeauthorized: row('The indirect reseller is deauthorized: no order is assigned to it.', 'AUTH-3'),
  ReauthorizationTooSoon: row('A year has not passed since the reseller was deauthorized.', 'AUTH-3'),
  ResellerNotDeauthorized: row('The reseller is not deauthorized, so there is nothing to reauthorize.', 'AUTH-3'),
  PartnerSuspended: row(
    "The partner's account is suspended: it resells no new licenses (no purchase, order or seat increase).",
    'AUTH-5',
  ),
  StandingUnchanged: row('The partner already has the account standing asked for.', 'AUTH-5'),
  NotAuthorizedReseller: row('The partner is not an authorized indirect reseller.', 'AUTH-1', 'AUTH-2'),
  OutsideAssessmentWindow: row(
    "The date is outside the reseller's anniversary month, or for a warning outside the 90 days before it.",
    'AUTH-1',
    'AUTH-2',
  ),
  RevenueNotBelowFloor: row("The reseller's revenue is not below the floor in force: no notice is sent.", 'AUTH-2'),
  ResellerNotYetMeasured: row(
    'The reseller has been authorized for less than 12 months: it is not measured.',
    'AUTH-4',
  ),
  DistributorRevenueBelowFloor: row(
    "The indirect provider's trailing-twelve-month CSP revenue in a region is below the distributor threshold.",
    'AUTH-8',
  ),
  DistributorRevenueNotEvidenced: row(
    'No CSP revenue of the indirect provider is recorded for the twelve months the distributor threshold measures.',
    'AUTH-8',
  ),
} as const satisfies Record<string, ViolationEntry>
