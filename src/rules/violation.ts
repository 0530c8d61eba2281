/**
 * Rule violations and warnings: what a command returns when a rule stops it or advises against it.
 *
 * A violation is plain, serializable data: a stable `_tag` (the machine-readable kind of failure;
 * renaming one is a breaking change), the catalog `rule` it breaks, the `ruleSet` that judged it,
 * the IDs it concerns, a readable message, and the Partner Center error code where Microsoft
 * documents one.
 *
 * @module
 */
import * as t from 'io-ts'
import { literals, nullable } from '../internal/codec.js'
import { RuleId } from './catalog.js'
import { RuleSetId } from './ruleSets.js'

/**
 * Every violation tag, with the rule it is reported under in the command that raises it (see each
 * command's documentation).
 *
 * @category violations
 */
export const ViolationTag = literals(
  [
    'UnknownPartner',
    'UnknownCustomer',
    'UnknownSubscription',
    'UnknownInvitation',
    'UnknownPartnership',
    'ActsForAnotherTenant',
    'NotGlobalAdmin',
    'RoleNotAllowed',
    'NotProgramOperator',
    'NoResellerRelationship',
    'NoDelegatedAdmin',
    'MpaNotSigned',
    'ResellerMpaNotSigned',
    'MpaAlreadySigned',
    'PartnerAlreadyRegistered',
    'NoBillingRelationship',
    'CannotCreateCustomerTenant',
    'PartnerRestricted',
    'NotDirectBillPartner',
    'SandboxAlreadyExists',
    'RegionMismatch',
    'OwnPartnerTenant',
    'IndirectResellerCustomer',
    'NewDirectCustomersClosed',
    'ProfileNotCurrent',
    'NotEligibleToTransition',
    'EnrollmentAlreadySubmitted',
    'EnrollmentNotPending',
    'EnrollmentNotApproved',
    'TransitionIrreversible',
    'CustomerTenantExists',
    'NotIndirectReseller',
    'NotIndirectProvider',
    'PartnershipNotActive',
    'PartnershipExists',
    'PartnershipNotRequested',
    'InvitationAlreadyAccepted',
    'NotInvitedCustomer',
    'IssuerLostRight',
    'InvalidAddOnParent',
    'SubscriptionNotChangeable',
    'IncentiveAlreadyEnrolled',
    'IncentiveNotAvailable',
    'AlreadyRestricted',
    'IdAlreadyUsed',
    'ProviderNotNamed',
    'NotCustomerTenant',
    'TermsNotAcknowledged',
    'NotResellersCustomer',
    'PartnerOfRecordNotValid',
    'ProviderAsPartnerOfRecord',
    'UnknownMpnId',
    'AffiliatedCustomer',
    'ResellerAsEndCustomer',
    'AlreadyAffiliated',
    'DuplicateLine',
    'RequirementNotMet',
    'RequirementNotEvidenced',
    'RequirementsMet',
    'DirectBillApplicationExists',
    'NoDirectBillApplication',
    'CreditCheckNotPassed',
    'SupportPlanExists',
    'UnknownTenant',
    'UnknownField',
    'InvalidInput',
    'ValueOutOfRange',
    'RuleSetNotInForce',
    'UnknownCommand',
    'MpnIdInUse',
    'DatedBeforeFact',
    'RoleNotGranted',
    'OperatorFactByPartner',
    'PartnerTenantAsCustomer',
    'PartnershipWithItself',
  ],
  'ViolationTag',
)
/** @category violations */
export type ViolationTag = t.TypeOf<typeof ViolationTag>

/** Codec for {@link RuleViolation}. @category codecs */
export const RuleViolation = t.readonly(
  t.type({
    _tag: ViolationTag,
    rule: RuleId,
    ruleSet: RuleSetId,
    subjects: t.readonlyArray(t.string),
    message: t.string,
    partnerCenterCode: nullable(t.number),
  }),
  'RuleViolation',
)
/**
 * A broken rule.
 *
 * - `_tag`: stable kind of failure ({@link ViolationTag}).
 * - `rule`: the catalog rule ID (`"RST-2"`).
 * - `ruleSet`: the dated rule set that judged the command.
 * - `subjects`: the IDs concerned (tenant IDs, MPN IDs, subscription or invitation IDs).
 * - `message`: a sentence for people.
 * - `partnerCenterCode`: the Partner Center error code for this failure where documented
 *   (for example 900123, 20002, 2030), else `null`.
 *
 * @category violations
 */
export interface RuleViolation extends t.TypeOf<typeof RuleViolation> {}

/** The tags of advisory warnings. @category violations */
export const WarningTag = literals(['ApprovalAfterDueDate', 'RequirementRecommended', 'FactUnknown'], 'WarningTag')
/** @category violations */
export type WarningTag = t.TypeOf<typeof WarningTag>

/** Codec for {@link RuleWarning}. @category codecs */
export const RuleWarning = t.readonly(
  t.type({
    _tag: WarningTag,
    rule: RuleId,
    ruleSet: RuleSetId,
    subjects: t.readonlyArray(t.string),
    message: t.string,
  }),
  'RuleWarning',
)
/**
 * An advisory rule's warning on an accepted command (for example TRN-4 when an approval comes after
 * its due date). Same fields as {@link RuleViolation} without the error code.
 *
 * @category violations
 */
export interface RuleWarning extends t.TypeOf<typeof RuleWarning> {}
