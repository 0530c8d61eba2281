/**
 * `csp-channel/partner-center`: import Partner Center REST response bodies into a
 * {@link ProgramState}.
 *
 * @packageDocumentation
 */
export { importPartnerCenter, importPartnerCenterWithReport } from './import.js'
export type { ImportNote, ImportReport, Imported } from './report.js'
export { PartnerCenterImport } from './importInput.js'
export { subscriptionKind } from './subscriptions.js'
export {
  PcAgreementStatus,
  PcCustomer,
  PcCustomers,
  PcLegalBusinessProfile,
  PcMpnProfile,
  PcOrder,
  PcSupportContact,
  PcOrganizationProfile,
  PcPartnerRelationship,
  PcSubscription,
  PcSubscriptions,
  collection,
} from './payloads.js'
export type { ProgramState } from '../model/state.js'
export type { DecodeError, DecodeIssue } from '../codec/decodeError.js'
