/**
 * The command table: every command of the library by name, its names, and the input type of each.
 *
 * @module
 */
import * as t from 'io-ts'
import { attestCustomerAgreement } from './agreements/attestCustomerAgreement.js'
import { recordCustomerAcceptance } from './agreements/recordCustomerAcceptance.js'
import { assessDistributorAuthorization } from './authorization/assessDistributorAuthorization.js'
import { assessResellerRevenue } from './authorization/assessResellerRevenue.js'
import { noticeResellerRevenueFloor } from './authorization/noticeResellerRevenueFloor.js'
import { reauthorizeReseller } from './authorization/reauthorizeReseller.js'
import { recordAuthorizationFacts } from './authorization/recordAuthorizationFacts.js'
import { recordPartnerStanding } from './authorization/recordPartnerStanding.js'
import type { Command, CommandInputBase } from './contract.js'
import { cancelSubscription } from './directBill/cancelSubscription.js'
import { changeSeats } from './directBill/changeSeats.js'
import { changeTerm } from './directBill/changeTerm.js'
import { createCustomer } from './directBill/createCustomer.js'
import { createIntegrationSandbox } from './directBill/createIntegrationSandbox.js'
import { manageAzureResources } from './directBill/manageAzureResources.js'
import { purchaseSubscription } from './directBill/purchaseSubscription.js'
import { reactivateSubscription } from './directBill/reactivateSubscription.js'
import { renewSubscription } from './directBill/renewSubscription.js'
import { restrictDirectBill } from './directBill/restrictDirectBill.js'
import { scheduleNextTermChanges } from './directBill/scheduleNextTermChanges.js'
import { setAutoRenew } from './directBill/setAutoRenew.js'
import { suspendSubscription } from './directBill/suspendSubscription.js'
import { createGdapRelationship } from './gdap/createGdapRelationship.js'
import { updateGdapRelationship } from './gdap/updateGdapRelationship.js'
import { deleteGdapRelationship } from './gdap/deleteGdapRelationship.js'
import { lockGdapRelationshipForApproval } from './gdap/lockGdapRelationshipForApproval.js'
import { approveGdapRelationship } from './gdap/approveGdapRelationship.js'
import { terminateGdapRelationship } from './gdap/terminateGdapRelationship.js'
import { createGdapAccessAssignment } from './gdap/createGdapAccessAssignment.js'
import { deleteGdapAccessAssignment } from './gdap/deleteGdapAccessAssignment.js'
import { approveResellerGdapRelationship } from './gdap/approveResellerGdapRelationship.js'
import { rejectResellerGdapRelationship } from './gdap/rejectResellerGdapRelationship.js'
import { performAdminTask } from './gdap/performAdminTask.js'
import { transitionDapToGdap } from './gdap/transitionDapToGdap.js'
import { terminateInactiveDap } from './gdap/terminateInactiveDap.js'
import { acceptCustomerInvitation } from './invitations/acceptCustomerInvitation.js'
import { inviteCustomer } from './invitations/inviteCustomer.js'
import { recordAffiliation } from './partner/recordAffiliation.js'
import { registerPartner } from './partner/registerPartner.js'
import { setProgramFlags } from './partner/setProgramFlags.js'
import { signMpa } from './partner/signMpa.js'
import { updateProfile } from './partner/updateProfile.js'
import { acceptPartnership } from './provider/acceptPartnership.js'
import { addLicenses } from './provider/addLicenses.js'
import { associateResellerWithSubscription } from './provider/associateResellerWithSubscription.js'
import { createCustomerForReseller } from './provider/createCustomerForReseller.js'
import { declinePartnership } from './provider/declinePartnership.js'
import { designateSupportContact } from './provider/designateSupportContact.js'
import { grantAzureTenantOwner } from './provider/grantAzureTenantOwner.js'
import { placeOrder } from './provider/placeOrder.js'
import { removePartnership } from './provider/removePartnership.js'
import { requestPartnership } from './provider/requestPartnership.js'
import { upgradeSubscription } from './provider/upgradeSubscription.js'
import { withdrawPartnershipRequest } from './provider/withdrawPartnershipRequest.js'
import { applyForDirectBill } from './requirements/applyForDirectBill.js'
import { buySupportPlan } from './requirements/buySupportPlan.js'
import { completeDirectBillReview } from './requirements/completeDirectBillReview.js'
import { recordCreditCheck } from './requirements/recordCreditCheck.js'
import { recordMpnMembership } from './requirements/recordMpnMembership.js'
import { recordRevenue } from './requirements/recordRevenue.js'
import { requestDirectBillInformation } from './requirements/requestDirectBillInformation.js'
import { acceptIndirectResellerAgreement } from './transition/acceptIndirectResellerAgreement.js'
import { approveIndirectEnrollment } from './transition/approveIndirectEnrollment.js'
import { enrollIncentive } from './transition/enrollIncentive.js'
import { enrollIndirect } from './transition/enrollIndirect.js'
import { withdrawIndirectEnrollment } from './transition/withdrawIndirectEnrollment.js'

/**
 * Every command of the library, by name.
 *
 * @category commands
 * @since 0.1.0
 */
export const COMMANDS = {
  registerPartner,
  signMpa,
  updateProfile,
  setProgramFlags,
  createCustomer,
  purchaseSubscription,
  changeSeats,
  suspendSubscription,
  cancelSubscription,
  reactivateSubscription,
  renewSubscription,
  setAutoRenew,
  scheduleNextTermChanges,
  changeTerm,
  manageAzureResources,
  createIntegrationSandbox,
  enrollIndirect,
  approveIndirectEnrollment,
  acceptIndirectResellerAgreement,
  withdrawIndirectEnrollment,
  enrollIncentive,
  restrictDirectBill,
  inviteCustomer,
  acceptCustomerInvitation,
  requestPartnership,
  acceptPartnership,
  placeOrder,
  createCustomerForReseller,
  removePartnership,
  declinePartnership,
  withdrawPartnershipRequest,
  recordAffiliation,
  addLicenses,
  upgradeSubscription,
  associateResellerWithSubscription,
  designateSupportContact,
  grantAzureTenantOwner,
  recordMpnMembership,
  recordRevenue,
  applyForDirectBill,
  recordCreditCheck,
  requestDirectBillInformation,
  buySupportPlan,
  completeDirectBillReview,
  attestCustomerAgreement,
  recordCustomerAcceptance,
  createGdapRelationship,
  updateGdapRelationship,
  deleteGdapRelationship,
  lockGdapRelationshipForApproval,
  approveGdapRelationship,
  terminateGdapRelationship,
  createGdapAccessAssignment,
  deleteGdapAccessAssignment,
  approveResellerGdapRelationship,
  rejectResellerGdapRelationship,
  performAdminTask,
  transitionDapToGdap,
  terminateInactiveDap,
  recordPartnerStanding,
  assessResellerRevenue,
  noticeResellerRevenueFloor,
  reauthorizeReseller,
  recordAuthorizationFacts,
  assessDistributorAuthorization,
} as const

/** The name of a command. @category commands @since 0.1.0 */
export type CommandName = keyof typeof COMMANDS

/** The input type of the command named `N`. @category commands @since 0.1.0 */
export type CommandInput<N extends CommandName> = (typeof COMMANDS)[N] extends Command<string, infer I> ? I : never

/** Every command name, in registry order. @category commands @since 0.1.0 */
export const COMMAND_NAMES = Object.keys(COMMANDS) as ReadonlyArray<CommandName>

/** The registry entry of `name`, with its input type erased. @internal */
export const erased = (name: CommandName) => COMMANDS[name] as unknown as Command<string, CommandInputBase>

/** Codec for {@link CommandName}. @internal */
export const CommandNameCodec = t.keyof(
  Object.fromEntries(COMMAND_NAMES.map((n) => [n, null])) as Record<CommandName, null>,
)
