/**
 * Every command function with its input codec, re-exported by the package entry.
 *
 * @module
 */
export { registerPartner, RegisterPartnerInput } from './registerPartner.js'
export { signMpa, SignMpaInput } from './signMpa.js'
export { updateProfile, UpdateProfileInput } from './updateProfile.js'
export { setProgramFlags, SetProgramFlagsInput } from './setProgramFlags.js'
export { createCustomer, CreateCustomerInput } from './createCustomer.js'
export { purchaseSubscription, PurchaseSubscriptionInput } from './purchaseSubscription.js'
export { changeSeats, ChangeSeatsInput } from './changeSeats.js'
export { suspendSubscription, SuspendSubscriptionInput } from './suspendSubscription.js'
export { cancelSubscription, CancelSubscriptionInput } from './cancelSubscription.js'
export { reactivateSubscription, ReactivateSubscriptionInput } from './reactivateSubscription.js'
export { renewSubscription, RenewSubscriptionInput } from './renewSubscription.js'
export { setAutoRenew, SetAutoRenewInput } from './setAutoRenew.js'
export { manageAzureResources, ManageAzureResourcesInput } from './manageAzureResources.js'
export { createIntegrationSandbox, CreateIntegrationSandboxInput } from './createIntegrationSandbox.js'
export { enrollIndirect, EnrollIndirectInput, approvalDelayInBusinessDays } from './enrollIndirect.js'
export { approveIndirectEnrollment, ApproveIndirectEnrollmentInput } from './approveIndirectEnrollment.js'
export {
  acceptIndirectResellerAgreement,
  AcceptIndirectResellerAgreementInput,
  INCENTIVE_INVITATION_DAYS,
} from './acceptIndirectResellerAgreement.js'
export { withdrawIndirectEnrollment, WithdrawIndirectEnrollmentInput } from './withdrawIndirectEnrollment.js'
export { enrollIncentive, EnrollIncentiveInput } from './enrollIncentive.js'
export { restrictDirectBill, RestrictDirectBillInput } from './restrictDirectBill.js'
export { inviteCustomer, InviteCustomerInput } from './inviteCustomer.js'
export { acceptCustomerInvitation, AcceptCustomerInvitationInput } from './acceptCustomerInvitation.js'
export { requestPartnership, RequestPartnershipInput } from './requestPartnership.js'
export { PROVIDER_TASK_ROLES } from './providerChecks.js'
export { recordMpnMembership, RecordMpnMembershipInput } from './recordMpnMembership.js'
export { recordRevenue, RecordRevenueInput } from './recordRevenue.js'
export { applyForDirectBill, ApplyForDirectBillInput } from './applyForDirectBill.js'
export { recordCreditCheck, RecordCreditCheckInput } from './recordCreditCheck.js'
export { requestDirectBillInformation, RequestDirectBillInformationInput } from './requestDirectBillInformation.js'
export { buySupportPlan, BuySupportPlanInput } from './buySupportPlan.js'
export { completeDirectBillReview, CompleteDirectBillReviewInput } from './completeDirectBillReview.js'
export { placeOrder, PlaceOrderInput } from './placeOrder.js'
export { createCustomerForReseller, CreateCustomerForResellerInput } from './createCustomerForReseller.js'
export { removePartnership, RemovePartnershipInput } from './removePartnership.js'
export { declinePartnership, DeclinePartnershipInput } from './declinePartnership.js'
export { withdrawPartnershipRequest, WithdrawPartnershipRequestInput } from './withdrawPartnershipRequest.js'
export { recordAffiliation, RecordAffiliationInput } from './recordAffiliation.js'
export { addLicenses, AddLicensesInput } from './addLicenses.js'
export { upgradeSubscription, UpgradeSubscriptionInput } from './upgradeSubscription.js'
export {
  associateResellerWithSubscription,
  AssociateResellerWithSubscriptionInput,
} from './associateResellerWithSubscription.js'
export { designateSupportContact, DesignateSupportContactInput } from './designateSupportContact.js'
export { grantAzureTenantOwner, GrantAzureTenantOwnerInput } from './grantAzureTenantOwner.js'

export { acceptPartnership, AcceptPartnershipInput } from './acceptPartnership.js'
