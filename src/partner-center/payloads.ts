/**
 * io-ts codecs for Partner Center REST response bodies, as the API returns them. Only the fields the
 * importer reads are declared; every other field is ignored. Fields the importer cannot do without
 * are required, so a body that lacks one fails with a decode error naming it.
 *
 * @module
 */
import * as t from 'io-ts'

const Address = t.partial({ country: t.string })

/** A Partner Center `Customer` resource (`GET /v1/customers/{id}`, or an item of a customer list). @category codecs */
export const PcCustomer = t.intersection(
  [
    t.type({
      id: t.string,
      companyProfile: t.intersection([
        t.type({ companyName: t.string }),
        t.partial({ domain: t.string, address: Address }),
      ]),
    }),
    t.partial({
      relationshipToPartner: t.string,
      allowDelegatedAccess: t.boolean,
      associatedPartnerId: t.string,
      billingProfile: t.partial({ defaultAddress: Address }),
    }),
  ],
  'PartnerCenterCustomer',
)
/** @category models */
export type PcCustomer = t.TypeOf<typeof PcCustomer>

/** A Partner Center `Subscription` resource. @category codecs */
export const PcSubscription = t.intersection(
  [
    t.type({ id: t.string, quantity: t.number, status: t.string }),
    t.partial({
      offerId: t.string,
      unitType: t.string,
      billingType: t.string,
      parentSubscriptionId: t.string,
      autoRenewEnabled: t.boolean,
      partnerId: t.union([t.string, t.null]),
      creationDate: t.string,
      productType: t.partial({ id: t.string }),
    }),
  ],
  'PartnerCenterSubscription',
)
/** @category models */
export type PcSubscription = t.TypeOf<typeof PcSubscription>

/** A Partner Center `PartnerRelationship` (indirect reseller or indirect provider). @category codecs */
export const PcPartnerRelationship = t.intersection(
  [
    t.type({ id: t.string, name: t.string, relationshipType: t.string, mpnId: t.string }),
    t.partial({ state: t.string, location: t.string }),
  ],
  'PartnerCenterPartnerRelationship',
)
/** @category models */
export type PcPartnerRelationship = t.TypeOf<typeof PcPartnerRelationship>

/** A Partner Center collection envelope `{ totalCount, items, … }`. @category codecs */
export const collection = <C extends t.Mixed>(item: C, name: string) => t.type({ items: t.array(item) }, name)

/** A customer body: a single resource or a list envelope. @category codecs */
export const PcCustomers = t.union(
  [collection(PcCustomer, 'PartnerCenterCustomerList'), PcCustomer],
  'PartnerCenterCustomers',
)

/** A subscription body: a single resource or a list envelope. @category codecs */
export const PcSubscriptions = t.union(
  [collection(PcSubscription, 'PartnerCenterSubscriptionList'), PcSubscription],
  'PartnerCenterSubscriptions',
)

/** `GET /v1/profiles/mpn`. @category codecs */
export const PcMpnProfile = t.type({ partnerName: t.string, mpnId: t.string }, 'PartnerCenterMpnProfile')

/** `GET /v1/profiles/organization`. @category codecs */
export const PcOrganizationProfile = t.intersection(
  [t.type({ companyName: t.string }), t.partial({ email: t.string, defaultAddress: Address })],
  'PartnerCenterOrganizationProfile',
)

/** `GET /v1/profiles/legalbusiness`. @category codecs */
export const PcLegalBusinessProfile = t.intersection(
  [t.type({ companyName: t.string }), t.partial({ address: Address, primaryContact: t.partial({ email: t.string }) })],
  'PartnerCenterLegalBusinessProfile',
)

/** `GET /v1/compliance/csp/agreementstatus`. @category codecs */
export const PcAgreementStatus = t.type({ isAgreementSigned: t.boolean }, 'PartnerCenterAgreementStatus')

/** `GET /v1/customers/{id}/subscriptions/{id}/supportcontact`. @category codecs */
export const PcSupportContact = t.intersection(
  [t.type({ supportTenantId: t.string }), t.partial({ supportMpnId: t.string, name: t.string })],
  'PartnerCenterSupportContact',
)

/** A Partner Center `Order` (create or update response). @category codecs */
export const PcOrder = t.intersection(
  [
    t.type({
      referenceCustomerId: t.string,
      lineItems: t.array(
        t.intersection([
          t.type({ offerId: t.string, quantity: t.number }),
          t.partial({
            subscriptionId: t.union([t.string, t.null]),
            parentSubscriptionId: t.union([t.string, t.null]),
            partnerIdOnRecord: t.union([t.string, t.null]),
          }),
        ]),
      ),
    }),
    t.partial({ creationDate: t.string }),
  ],
  'PartnerCenterOrder',
)
