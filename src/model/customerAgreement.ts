/**
 * The customer agreement on record (MCA-1 … MCA-5): each acceptance of an agreement the model knows
 * for a customer, whether a partner attested it or the customer gave it directly, and the query
 * that says whether a customer may buy at an instant under a rule set.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, list, literals, nullable } from '../internal/codec.js'
import { Email, IsoDate, TenantId, type IsoDateTime } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import { CustomerAgreementKind, type RuleSet } from '../rules/ruleSets.js'

/** Codec for {@link AgreementContact}. @category codecs @since 0.2.0 */
export const AgreementContact = exact('AgreementContact', {
  firstName: Text,
  lastName: Text,
  email: Email,
  phoneNumber: Text,
})
/**
 * The person at the customer who accepted the agreement, as a partner's attestation names them
 * (Partner Center's `primaryContact`): first name, last name, email address and phone number.
 * Microsoft's notice after an attestation goes to this email (MCA-5).
 *
 * @category models
 */
export interface AgreementContact extends t.TypeOf<typeof AgreementContact> {}

/** Codec for {@link AgreementAttestation}. @category codecs @since 0.2.0 */
export const AgreementAttestation = exact('AgreementAttestation', { dateAgreed: IsoDate, contact: AgreementContact })
/**
 * What a partner attests about a customer's acceptance of the Microsoft Customer Agreement: the
 * date the customer accepted it (ISO-8601 date, never after the attestation's own date, MCA-3) and
 * the contact who accepted it. The shape of Partner Center's `POST /v1/customers/{id}/agreements`
 * body without its template ID and type, which are always those of the Customer Agreement.
 *
 * @category models
 */
export interface AgreementAttestation extends t.TypeOf<typeof AgreementAttestation> {}

/** How an agreement was accepted: attested by a partner, or given by the customer itself. @category models @since 0.2.0 */
export const AgreementAcceptance = literals(['partnerAttestation', 'customer'], 'AgreementAcceptance')
/** @category models */
export type AgreementAcceptance = t.TypeOf<typeof AgreementAcceptance>

/** Codec for {@link CustomerAgreement}. @category codecs @since 0.2.0 */
export const CustomerAgreement = exact('CustomerAgreement', {
  kind: CustomerAgreementKind,
  dateAgreed: IsoDate,
  acceptedBy: AgreementAcceptance,
  attestedBy: nullable(TenantId),
  contact: nullable(AgreementContact),
})
/**
 * One acceptance of a customer agreement on record for a customer: which agreement (`kind`), the
 * date it was accepted (ISO-8601 date), how (`partnerAttestation` or `customer`, directly in the
 * Microsoft 365 admin center), the partner tenant that attested it (`null` when the customer
 * accepted directly) and the contact named by the attestation (`null` when the customer accepted
 * directly).
 *
 * @category models
 */
export interface CustomerAgreement extends t.TypeOf<typeof CustomerAgreement> {}

/** Codec for a customer's list of agreements on record. @category codecs @since 0.2.0 */
export const CustomerAgreements = list(CustomerAgreement, 'CustomerAgreements')

/** Whether a customer may buy: an accepted agreement is on record, none is, or the model does not know. @category models @since 0.2.0 */
export type AgreementStatus = 'accepted' | 'notAccepted' | 'unknown'

/**
 * Whether `customer` has accepted, on or before the date of `at` (ISO-8601 UTC instant), an agreement
 * of a kind `set` accepts (MCA-1): `'accepted'`, `'notAccepted'`, or `'unknown'` when the model does
 * not know the customer's agreements (its `agreements` field is absent: a customer created before
 * 2019-10-01, imported without its agreements, or joined through an invitation).
 *
 * @example
 * ```ts
 * import { agreementOnRecord, isoDate, isoDateTime, ruleSet } from 'csp-channel'
 * const customer = {
 *   agreements: [
 *     { kind: 'microsoftCloudAgreement' as const, dateAgreed: isoDate('2019-11-04'), acceptedBy: 'customer' as const, attestedBy: null, contact: null },
 *   ],
 * }
 * agreementOnRecord(customer, isoDateTime('2019-12-02T09:00:00Z'), ruleSet('2019-10-04')) // 'accepted'
 * agreementOnRecord(customer, isoDateTime('2020-03-02T09:00:00Z'), ruleSet('2020-02-01')) // 'notAccepted': the MCA only
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const agreementOnRecord = (
  customer: { readonly agreements?: ReadonlyArray<CustomerAgreement> },
  at: IsoDateTime,
  set: RuleSet,
): AgreementStatus => {
  if (customer.agreements === undefined) return 'unknown'
  const day = dayOf(at)
  return customer.agreements.some((a) => set.customerAgreements.includes(a.kind) && a.dateAgreed <= day)
    ? 'accepted'
    : 'notAccepted'
}

/** The UTC calendar date of the instant `at`. @internal */
export const dayOf = (at: IsoDateTime): IsoDate => at.slice(0, 10) as IsoDate

/** Whether two contacts are the same person for MCA-4: same first name, last name, email and phone number. @internal */
export const sameContact = (a: AgreementContact, b: AgreementContact): boolean =>
  a.firstName === b.firstName && a.lastName === b.lastName && a.email === b.email && a.phoneNumber === b.phoneNumber

/** The agreement record of a partner's attestation: always the Microsoft Customer Agreement. @internal */
export const attestedAgreement = (attestation: AgreementAttestation, partner: TenantId): CustomerAgreement => ({
  kind: 'microsoftCustomerAgreement',
  dateAgreed: attestation.dateAgreed,
  acceptedBy: 'partnerAttestation',
  attestedBy: partner,
  contact: {
    firstName: attestation.contact.firstName,
    lastName: attestation.contact.lastName,
    email: attestation.contact.email,
    phoneNumber: attestation.contact.phoneNumber,
  },
})

/** The agreement record of a customer's own acceptance on the date of `at`: the Customer Agreement, no partner, no contact. @internal */
export const acceptedByCustomer = (at: IsoDateTime): CustomerAgreement => ({
  kind: 'microsoftCustomerAgreement',
  dateAgreed: dayOf(at),
  acceptedBy: 'customer',
  attestedBy: null,
  contact: null,
})
