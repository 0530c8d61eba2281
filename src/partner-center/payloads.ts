/**
 * io-ts codecs for Partner Center REST response bodies about partners and customers, as the API
 * returns them: customers, customer profiles and agreements, partner profiles, partner
 * relationships, MPA agreement status and support contacts. Subscription and order bodies are in
 * `commercePayloads`. Only the fields the importer reads are declared; every other field is
 * ignored. Fields the importer cannot do without are required, so a body that lacks one fails with
 * a decode error naming it.
 *
 * @module
 */
import * as t from 'io-ts'

const Address = t.partial({ country: t.string })

/**
 * Any value, read only as being there: a field whose content the importer must not keep (the
 * `userCredentials` of a create-customer response hold a password) or does not need.
 *
 * @category codecs
 */
export const Present = new t.Type<true, true, unknown>(
  'Present',
  (u): u is true => u === true,
  (u, c) => (u === undefined ? t.failure(u, c, 'expected a value') : t.success(true)),
  () => true,
)

/** A Partner Center collection envelope `{ totalCount, items, links?, attributes }`. @category codecs @since 0.1.0 */
export const collection = <C extends t.Mixed>(item: C, name: string) => t.type({ items: t.array(item) }, name)

/**
 * `withKey` for an object that has the own key `key`, else `without`: a union of two codecs whose
 * decode errors name the one branch the value was meant for.
 *
 * @category codecs
 */
export const byKey = <A extends t.Mixed, B extends t.Mixed>(key: string, withKey: A, without: B, name: string) =>
  new t.Type<t.TypeOf<A> | t.TypeOf<B>, unknown, unknown>(
    name,
    (u): u is t.TypeOf<A> | t.TypeOf<B> => withKey.is(u) || without.is(u),
    (u, c) =>
      typeof u === 'object' && u !== null && Object.hasOwn(u, key) ? withKey.validate(u, c) : without.validate(u, c),
    t.identity,
  )

/** A body that is a single resource or a list envelope of them (`{ items }`): `<name>List` or `<name>`. @internal */
export const singleOrList = <C extends t.Mixed>(item: C, name: string) =>
  byKey('items', collection(item, `${name}List`), item, `${name}s`)

/**
 * A Partner Center `Customer` resource: `GET /v1/customers/{id}`, an item of a customer list, or
 * the response of `POST /v1/customers` (whose `companyProfile` has no company name: it is in
 * `billingProfile.companyName`).
 *
 * @category codecs
 * @since 0.1.0
 */
export const PcCustomer = t.intersection(
  [
    t.type({
      id: t.string,
      companyProfile: t.partial({ companyName: t.string, domain: t.string, address: Address }),
    }),
    t.partial({
      relationshipToPartner: t.string,
      allowDelegatedAccess: t.boolean,
      associatedPartnerId: t.string,
      billingProfile: t.partial({ companyName: t.string, defaultAddress: Address }),
      userCredentials: Present,
    }),
  ],
  'PartnerCenterCustomer',
)
/** @category models */
export type PcCustomer = t.TypeOf<typeof PcCustomer>

/** A customer body: a single resource or a list envelope (one page of a list). @category codecs @since 0.1.0 */
export const PcCustomers = singleOrList(PcCustomer, 'PartnerCenterCustomer')
/** @category models */
export type PcCustomers = t.TypeOf<typeof PcCustomers>

/** `GET /v1/customers/{id}/profiles/company`: the tenant ID, company name, domain and address. @category codecs @since 0.2.0 */
export const PcCustomerCompanyProfile = t.intersection(
  [t.type({ tenantId: t.string }), t.partial({ companyName: t.string, domain: t.string, address: Address })],
  'PartnerCenterCustomerCompanyProfile',
)
/** @category models */
export type PcCustomerCompanyProfile = t.TypeOf<typeof PcCustomerCompanyProfile>

/** `GET /v1/customers/{id}/profiles/billing` (its `id` is the billing profile's, not the tenant's). @category codecs @since 0.2.0 */
export const PcCustomerBillingProfile = t.intersection(
  [t.type({ companyName: t.string }), t.partial({ defaultAddress: Address })],
  'PartnerCenterCustomerBillingProfile',
)
/** @category models */
export type PcCustomerBillingProfile = t.TypeOf<typeof PcCustomerBillingProfile>

/**
 * An item of `GET /v1/customers/{id}/agreements`: the agreement type (`MicrosoftCustomerAgreement`,
 * `MicrosoftCloudAgreement`), its template ID, when it was agreed and the customer's contact a
 * partner's attestation names (`primaryContact`).
 *
 * @category codecs
 */
export const PcCustomerAgreement = t.intersection(
  [
    t.type({ type: t.string }),
    t.partial({
      templateId: t.string,
      dateAgreed: t.string,
      primaryContact: t.union([
        t.partial({ firstName: t.string, lastName: t.string, email: t.string, phoneNumber: t.string }),
        t.null,
      ]),
    }),
  ],
  'PartnerCenterCustomerAgreement',
)
/** @category models */
export type PcCustomerAgreement = t.TypeOf<typeof PcCustomerAgreement>

/**
 * The body of `PATCH /v1/customers/{id}` that removes a reseller relationship, PascalCase as
 * documented (`{ "Id": null, …, "RelationshipToPartner": "none" }`): only the relationship is read.
 *
 * @category codecs
 * @since 0.2.0
 */
export const PcCustomerUpdate = t.type({ RelationshipToPartner: t.string }, 'PartnerCenterCustomerUpdate')

/** A Partner Center `PartnerRelationship` (indirect reseller or indirect provider). @category codecs @since 0.1.0 */
export const PcPartnerRelationship = t.intersection(
  [
    t.type({ id: t.string, name: t.string, relationshipType: t.string, mpnId: t.string }),
    t.partial({ state: t.string, location: t.string }),
  ],
  'PartnerCenterPartnerRelationship',
)
/** @category models */
export type PcPartnerRelationship = t.TypeOf<typeof PcPartnerRelationship>

/** A list of `PartnerRelationship`s (`GET /v1/relationships`, `GET /v1/customers/{id}/relationships`). @category codecs @since 0.2.0 */
export const PcPartnerRelationships = collection(PcPartnerRelationship, 'PartnerCenterPartnerRelationshipList')

/**
 * `GET /v1/profiles/mpn` (the partner's own profile, without `partnerName`) or
 * `GET /v1/profiles/mpn?mpnId=…` (with it).
 *
 * @category codecs
 * @since 0.1.0
 */
export const PcMpnProfile = t.intersection(
  [t.type({ mpnId: t.string }), t.partial({ partnerName: t.string })],
  'PartnerCenterMpnProfile',
)

/** `GET /v1/profiles/organization`. @category codecs @since 0.1.0 */
export const PcOrganizationProfile = t.intersection(
  [t.type({ companyName: t.string }), t.partial({ email: t.string, defaultAddress: Address })],
  'PartnerCenterOrganizationProfile',
)

/** `GET /v1/profiles/legalbusiness`. @category codecs @since 0.1.0 */
export const PcLegalBusinessProfile = t.intersection(
  [t.type({ companyName: t.string }), t.partial({ address: Address, primaryContact: t.partial({ email: t.string }) })],
  'PartnerCenterLegalBusinessProfile',
)

/**
 * `GET /v1/compliance/csp/agreementstatus`: `{ "isAgreementSigned": true }`, or the error body
 * Partner Center returns instead when the MPA is not signed (code 2203), read as not signed. Any
 * other error body fails to decode.
 *
 * @category codecs
 * @since 0.1.0
 */
export const PcAgreementStatus = t.union(
  [t.type({ isAgreementSigned: t.boolean }), t.type({ code: t.literal(2203) }, 'PartnerCenterMpaNotSignedError')],
  'PartnerCenterAgreementStatus',
)
/** @category models */
export type PcAgreementStatus = t.TypeOf<typeof PcAgreementStatus>

/** Whether an agreement status body says the MPA is signed (an error 2203 says it is not). @category importers @since 0.2.0 */
export const agreementSigned = (body: PcAgreementStatus): boolean =>
  'isAgreementSigned' in body ? body.isAgreementSigned : false

/** `GET /v1/customers/{id}/subscriptions/{id}/supportcontact`. @category codecs @since 0.1.0 */
export const PcSupportContact = t.intersection(
  [t.type({ supportTenantId: t.string }), t.partial({ supportMpnId: t.string, name: t.string })],
  'PartnerCenterSupportContact',
)
