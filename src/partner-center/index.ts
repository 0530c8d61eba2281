/**
 * `csp-channel/partner-center`: import Partner Center REST response bodies and Microsoft Graph
 * GDAP bodies into a {@link ProgramState}, with a report of what was read, inferred, created, left
 * unknown and left out; and read Partner Center webhook events as domain events.
 *
 * @packageDocumentation
 */
export { importPartnerCenter, importPartnerCenterWithReport } from './import.js'
export type { ImportNote, ImportReport, Imported } from './report.js'
export { PartnerCenterImport } from './importInput.js'
export { subscriptionKind } from './kinds.js'
export { lineSubscriptionId } from './lineIds.js'
export {
  PcAgreementStatus,
  PcCustomer,
  PcCustomerBillingProfile,
  PcCustomerCompanyProfile,
  PcCustomerUpdate,
  PcCustomers,
  PcLegalBusinessProfile,
  PcMpnProfile,
  PcSupportContact,
  PcOrganizationProfile,
  PcPartnerRelationship,
  PcPartnerRelationships,
  agreementSigned,
  collection,
} from './payloads.js'
export {
  PcOrder,
  PcOrderLine,
  PcOrders,
  PcSubscription,
  PcSubscriptionBody,
  PcSubscriptions,
} from './commercePayloads.js'
export {
  GraphGdapAccessAssignment,
  GraphGdapAccessAssignments,
  GraphGdapRelationship,
  GraphGdapRelationships,
  PcWebhookEvent,
} from './gdapPayloads.js'
export { domainEventsOfWebhook } from './webhooks.js'
export type { WebhookNotMappedReason, WebhookReading } from './webhooks.js'
export type { ProgramState } from '../model/state.js'
export type { DecodeError, DecodeIssue } from '../codec/decodeError.js'
