/**
 * The model's public surface: actors, partners, tenants and customers with their agreements,
 * relationships and partnerships, invitations, subscriptions with their terms and new commerce
 * windows, the state and its queries. Re-exported by the package entry.
 *
 * @module
 */
export {
  Actor,
  PartnerUserRole,
  partnerUser,
  customerAdmin,
  microsoft,
  ACTOR_CATEGORIES,
  PARTNER_USER_ROLES,
  categoryOf,
  type ActorCategory,
} from './actor.js'
export {
  Partner,
  PartnerRole,
  DirectBillStanding,
  IndirectResellerEnrollment,
  IncentiveStatus,
  IncentiveProgram,
  SupportPlanKind,
  DirectBillDeclarations,
  DirectBillApplication,
  partnerRoles,
  hasRole,
  isRestricted,
  billsWithMicrosoft,
} from './partner.js'
export {
  ResellerAuthorization,
  AccountSuspension,
  AuthorizationFacts,
  authorizationOf,
  isDeauthorized,
  isSuspended,
} from './standing.js'
export { Tenant, TenantKind, Customer, NewCustomer, CustomerProfile } from './tenant.js'
export {
  AgreementAcceptance,
  AgreementAttestation,
  AgreementContact,
  CustomerAgreement,
  CustomerAgreements,
  agreementOnRecord,
  type AgreementStatus,
} from './customerAgreement.js'
export {
  ResellerRelationship,
  RelationshipChannel,
  RelationshipOrigin,
  Partnership,
  PartnershipStatus,
  delegatedAdminAt,
} from './relationship.js'
export { Invitation, InvitationKind } from './invitation.js'
export {
  Subscription,
  NewSubscription,
  OrderLine,
  SubscriptionKind,
  SubscriptionStatus,
  Seats,
  MAX_SEATS,
  NewCommerceTerms,
  TermDuration,
  BillingCycle,
  SeatBatch,
  ScheduledChanges,
  AzureResourceAction,
  isValidAddOnParent,
  isNewCommerce,
} from './subscription.js'
export {
  TERMED_KINDS,
  hasTerm,
  termEndOf,
  nextTermEnd,
  EXPIRED_DAYS,
  DISABLED_DAYS,
  type TermEndStep,
} from './terms.js'
export { OFFER_LADDERS, upgradeDirection } from './offerLadders.js'
export {
  cancellationWindowEnd,
  refundableQuantityAt,
  seatBatchesAfter,
  type RefundableBatch,
  type RefundableQuantity,
} from './newCommerce.js'
export {
  GdapRelationship,
  GdapAccessAssignment,
  GdapStoredStatus,
  GdapAccessAssignmentStatus,
  GdapRoles,
  GdapDurationDays,
  GdapAutoExtendDays,
  SecurityGroupId,
  GDAP_MAX_DURATION_DAYS,
  GDAP_MAX_NAME_LENGTH,
  GDAP_APPROVAL_DAYS,
  GDAP_EXPIRING_DAYS,
  GDAP_AUTO_EXTEND_DAYS,
  GDAP_REMINDER_DAYS,
  gdapEndAt,
  gdapStatusAt,
  gdapIsActiveAt,
  gdapRemindersOf,
  type GdapStatus,
  type GdapReminder,
  type SecurityGroupIdBrand,
} from './gdap.js'
export {
  RoleDefinitionId,
  ENTRA_ROLES,
  ENTRA_ROLE_NAMES,
  holdsGlobalAdministrator,
  type EntraRoleName,
  type RoleDefinitionIdBrand,
} from './gdapRoles.js'
export { getGdapRelationship, gdapRelationshipsOfPartner, gdapRelationshipsOfCustomer } from './gdapQueries.js'
export { AdminTask, AdminAccess, ADMIN_TASK_ROLES, rolesCoverTask, gdapRolesOfGroup } from './adminTasks.js'
export {
  DEFAULT_GDAP_DAYS,
  MICROSOFT_LED_GDAP_DAYS,
  DAP_REMOVAL_DAYS,
  DAP_INACTIVITY_DAYS,
  DEFAULT_GDAP_ROLES,
  MICROSOFT_LED_GDAP_ROLES,
  microsoftLedRolesUnder,
  accessOnCreation,
  defaultGdapRelationship,
  microsoftLedRelationship,
  microsoftLedRelationshipId,
  type DefaultGdapPartnerType,
  type AccessOnCreation,
  type TransitionGroups,
} from './defaultGdap.js'
export type { Table } from './table.js'
export type { Index } from './tableIndex.js'
export { emptyState, type ProgramState, type StateIndexes } from './state.js'
export {
  getPartner,
  getPartnersByMpnId,
  getTenant,
  getCustomer,
  getSubscription,
  getInvitation,
  getRelationship,
  getPartnership,
  customersOfPartner,
  relationshipsOfCustomer,
  invitationsOfCustomer,
  subscriptionsOfCustomer,
  partnershipsOfProvider,
  partnershipsOfReseller,
  getRevenue,
  customersOfProviderByReseller,
  partnersOfCustomer,
  resellersOfProvider,
  providersOfReseller,
  entitiesOf,
  countOf,
} from './queries.js'
export type { CustomerCapability } from './capabilities.js'
export { TRIAL_SEATS, TRIAL_DAYS } from './newCommerceOrder.js'
export { NewCommerceOrder, Segment } from './newCommerceTerms.js'
