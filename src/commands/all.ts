/**
 * Every command function with its input codec, re-exported by the package entry.
 *
 * @module
 */
export { registerPartner, RegisterPartnerInput } from './partner/registerPartner.js'
export { signMpa, SignMpaInput } from './partner/signMpa.js'
export { updateProfile, UpdateProfileInput } from './partner/updateProfile.js'
export { setProgramFlags, SetProgramFlagsInput } from './partner/setProgramFlags.js'
export { createCustomer, CreateCustomerInput } from './directBill/createCustomer.js'
export { purchaseSubscription, PurchaseSubscriptionInput } from './directBill/purchaseSubscription.js'
export { changeSeats, ChangeSeatsInput } from './directBill/changeSeats.js'
export { suspendSubscription, SuspendSubscriptionInput } from './directBill/suspendSubscription.js'
export { cancelSubscription, CancelSubscriptionInput } from './directBill/cancelSubscription.js'
export { reactivateSubscription, ReactivateSubscriptionInput } from './directBill/reactivateSubscription.js'
export { renewSubscription, RenewSubscriptionInput } from './directBill/renewSubscription.js'
export { setAutoRenew, SetAutoRenewInput } from './directBill/setAutoRenew.js'
export { scheduleNextTermChanges, ScheduleNextTermChangesInput } from './directBill/scheduleNextTermChanges.js'
export { changeTerm, ChangeTermInput } from './directBill/changeTerm.js'
export { manageAzureResources, ManageAzureResourcesInput } from './directBill/manageAzureResources.js'
export { createIntegrationSandbox, CreateIntegrationSandboxInput } from './directBill/createIntegrationSandbox.js'
export { enrollIndirect, EnrollIndirectInput, approvalDelayInBusinessDays } from './transition/enrollIndirect.js'
export { approveIndirectEnrollment, ApproveIndirectEnrollmentInput } from './transition/approveIndirectEnrollment.js'
export {
  acceptIndirectResellerAgreement,
  AcceptIndirectResellerAgreementInput,
  INCENTIVE_INVITATION_DAYS,
} from './transition/acceptIndirectResellerAgreement.js'
export { withdrawIndirectEnrollment, WithdrawIndirectEnrollmentInput } from './transition/withdrawIndirectEnrollment.js'
export { enrollIncentive, EnrollIncentiveInput } from './transition/enrollIncentive.js'
export { restrictDirectBill, RestrictDirectBillInput } from './directBill/restrictDirectBill.js'
export { inviteCustomer, InviteCustomerInput } from './invitations/inviteCustomer.js'
export { acceptCustomerInvitation, AcceptCustomerInvitationInput } from './invitations/acceptCustomerInvitation.js'
export { requestPartnership, RequestPartnershipInput } from './provider/requestPartnership.js'
export { recordMpnMembership, RecordMpnMembershipInput } from './requirements/recordMpnMembership.js'
export { recordRevenue, RecordRevenueInput } from './requirements/recordRevenue.js'
export { applyForDirectBill, ApplyForDirectBillInput } from './requirements/applyForDirectBill.js'
export { recordCreditCheck, RecordCreditCheckInput } from './requirements/recordCreditCheck.js'
export {
  requestDirectBillInformation,
  RequestDirectBillInformationInput,
} from './requirements/requestDirectBillInformation.js'
export { buySupportPlan, BuySupportPlanInput } from './requirements/buySupportPlan.js'
export { completeDirectBillReview, CompleteDirectBillReviewInput } from './requirements/completeDirectBillReview.js'
export { placeOrder, PlaceOrderInput } from './provider/placeOrder.js'
export { createCustomerForReseller, CreateCustomerForResellerInput } from './provider/createCustomerForReseller.js'
export { removePartnership, RemovePartnershipInput } from './provider/removePartnership.js'
export { declinePartnership, DeclinePartnershipInput } from './provider/declinePartnership.js'
export { withdrawPartnershipRequest, WithdrawPartnershipRequestInput } from './provider/withdrawPartnershipRequest.js'
export { recordAffiliation, RecordAffiliationInput } from './partner/recordAffiliation.js'
export { addLicenses, AddLicensesInput } from './provider/addLicenses.js'
export { upgradeSubscription, UpgradeSubscriptionInput } from './provider/upgradeSubscription.js'
export {
  associateResellerWithSubscription,
  AssociateResellerWithSubscriptionInput,
} from './provider/associateResellerWithSubscription.js'
export { designateSupportContact, DesignateSupportContactInput } from './provider/designateSupportContact.js'
export { grantAzureTenantOwner, GrantAzureTenantOwnerInput } from './provider/grantAzureTenantOwner.js'
export { attestCustomerAgreement, AttestCustomerAgreementInput } from './agreements/attestCustomerAgreement.js'
export { recordCustomerAcceptance, RecordCustomerAcceptanceInput } from './agreements/recordCustomerAcceptance.js'

export { acceptPartnership, AcceptPartnershipInput } from './provider/acceptPartnership.js'
export { createGdapRelationship, CreateGdapRelationshipInput } from './gdap/createGdapRelationship.js'
export {
  updateGdapRelationship,
  UpdateGdapRelationshipInput,
  GdapRelationshipChanges,
} from './gdap/updateGdapRelationship.js'
export { deleteGdapRelationship, DeleteGdapRelationshipInput } from './gdap/deleteGdapRelationship.js'
export {
  lockGdapRelationshipForApproval,
  LockGdapRelationshipForApprovalInput,
} from './gdap/lockGdapRelationshipForApproval.js'
export { approveGdapRelationship, ApproveGdapRelationshipInput } from './gdap/approveGdapRelationship.js'
export { terminateGdapRelationship, TerminateGdapRelationshipInput } from './gdap/terminateGdapRelationship.js'
export { createGdapAccessAssignment, CreateGdapAccessAssignmentInput } from './gdap/createGdapAccessAssignment.js'
export { deleteGdapAccessAssignment, DeleteGdapAccessAssignmentInput } from './gdap/deleteGdapAccessAssignment.js'
export {
  approveResellerGdapRelationship,
  ApproveResellerGdapRelationshipInput,
} from './gdap/approveResellerGdapRelationship.js'
export {
  rejectResellerGdapRelationship,
  RejectResellerGdapRelationshipInput,
} from './gdap/rejectResellerGdapRelationship.js'
export { performAdminTask, PerformAdminTaskInput } from './gdap/performAdminTask.js'
export { transitionDapToGdap, TransitionDapToGdapInput } from './gdap/transitionDapToGdap.js'
export { terminateInactiveDap, TerminateInactiveDapInput } from './gdap/terminateInactiveDap.js'
export { recordPartnerStanding, RecordPartnerStandingInput } from './authorization/recordPartnerStanding.js'
export { assessResellerRevenue, AssessResellerRevenueInput } from './authorization/assessResellerRevenue.js'
export {
  noticeResellerRevenueFloor,
  NoticeResellerRevenueFloorInput,
  REVENUE_WARNING_DAYS,
} from './authorization/noticeResellerRevenueFloor.js'
export { reauthorizeReseller, ReauthorizeResellerInput } from './authorization/reauthorizeReseller.js'
export { recordAuthorizationFacts, RecordAuthorizationFactsInput } from './authorization/recordAuthorizationFacts.js'
export {
  assessDistributorAuthorization,
  AssessDistributorAuthorizationInput,
} from './authorization/assessDistributorAuthorization.js'
