/**
 * What a Partner Center import reads: the {@link PartnerCenterImport} codec and type, one field per
 * kind of Partner Center response body (profiles, customers, subscriptions, add-ons, relationships,
 * orders, support contacts), with what the request said that the body does not (the customer or
 * parent subscription of the path, the reseller a customer list was filtered by).
 *
 * @module
 */
import * as t from 'io-ts'
import { IsoDateTime, MpnId, Region, SubscriptionId, TenantId } from '../kernel/ids.js'
import { PartnerRole } from '../model/partner.js'
import { PcOrders, PcSubscriptionBody } from './commercePayloads.js'
import { GraphGdapAccessAssignments, GraphGdapRelationships } from './gdapPayloads.js'
import {
  PcAgreementStatus,
  PcCustomerAgreement,
  PcCustomerBillingProfile,
  PcCustomerCompanyProfile,
  PcCustomers,
  PcCustomerUpdate,
  PcLegalBusinessProfile,
  PcMpnProfile,
  PcOrganizationProfile,
  PcPartnerRelationships,
  PcSupportContact,
  byKey,
  collection,
} from './payloads.js'

const forCustomer = <C extends t.Mixed>(body: C) => t.type({ customerTenantId: TenantId, body })

/** A customer body, or `{ indirectResellerTenantId, body }` for a list filtered by indirect reseller. */
const CustomerEntry = byKey(
  'indirectResellerTenantId',
  t.type({ indirectResellerTenantId: TenantId, body: PcCustomers }),
  PcCustomers,
  'PartnerCenterCustomerEntry',
)

/** Codec for {@link PartnerCenterImport}. @category codecs @since 0.1.0 */
export const PartnerCenterImport = t.intersection(
  [
    t.type({
      at: IsoDateTime,
      partner: t.intersection([
        t.type({ tenantId: TenantId }),
        t.partial({ roles: t.array(PartnerRole), region: Region, mpnId: MpnId }),
      ]),
    }),
    t.partial({
      organizationProfile: PcOrganizationProfile,
      legalBusinessProfile: PcLegalBusinessProfile,
      mpnProfile: PcMpnProfile,
      mpaAgreementStatus: PcAgreementStatus,
      resellerMpaStatuses: t.array(
        t.intersection([t.type({ body: PcAgreementStatus }), t.partial({ mpnId: MpnId, tenantId: TenantId })]),
      ),
      customers: t.array(CustomerEntry),
      customerCompanyProfiles: t.array(PcCustomerCompanyProfile),
      customerBillingProfiles: t.array(forCustomer(PcCustomerBillingProfile)),
      customerAgreements: t.array(forCustomer(collection(PcCustomerAgreement, 'PartnerCenterCustomerAgreementList'))),
      customerUpdates: t.array(forCustomer(PcCustomerUpdate)),
      subscriptions: t.array(forCustomer(PcSubscriptionBody)),
      addOns: t.array(
        t.type({ customerTenantId: TenantId, parentSubscriptionId: SubscriptionId, body: PcSubscriptionBody }),
      ),
      indirectResellers: PcPartnerRelationships,
      indirectProviders: PcPartnerRelationships,
      customerRelationships: t.array(forCustomer(PcPartnerRelationships)),
      orders: t.array(PcOrders),
      supportContacts: t.array(t.type({ subscriptionId: SubscriptionId, body: PcSupportContact })),
      gdapRelationships: t.array(GraphGdapRelationships),
      gdapAccessAssignments: t.array(t.type({ relationshipId: t.string, body: GraphGdapAccessAssignments })),
    }),
  ],
  'PartnerCenterImport',
)

/**
 * What to import. Every body is a Partner Center response body as the API returns it (parsed
 * JSON); where the request named something the body does not, the entry says it beside the body.
 *
 * - `at`: when the data was read (ISO-8601 UTC): the start of imported relationships,
 *   partnerships and enrollments, and the date by which an MPA reported signed was signed.
 * - `partner`: the partner whose API returned the bodies: its tenant ID; its roles, region and MPN ID
 *   (each optional when `base` holds the partner; region and MPN ID may also come from the profiles).
 * - `organizationProfile`, `legalBusinessProfile`, `mpnProfile` (own, without `partnerName`, or by
 *   MPN ID), `mpaAgreementStatus`: the partner's profile bodies and MPA status.
 * - `resellerMpaStatuses`: `{ mpnId | tenantId, body }` per `GET /v1/compliance/csp/agreementstatus`
 *   for another partner (the query names it); the 2203 error body reads as not signed.
 * - `customers`: customer bodies, each a single `Customer`, a list envelope (one per page) or
 *   `{ indirectResellerTenantId, body }` for a list filtered by that indirect reseller.
 * - `customerCompanyProfiles`: `GET /v1/customers/{id}/profiles/company` bodies.
 * - `customerBillingProfiles`, `customerAgreements`, `customerUpdates`: `{ customerTenantId, body }`
 *   for `…/profiles/billing`, `…/agreements` (read into the customer's agreements) and the
 *   PascalCase `PATCH /v1/customers/{id}` body.
 * - `subscriptions`: `{ customerTenantId, body }`, a subscription or a list (PascalCase PATCH bodies
 *   accepted).
 * - `addOns`: `{ customerTenantId, parentSubscriptionId, body }` for `…/subscriptions/{id}/addons`.
 * - `indirectResellers`, `indirectProviders`: the `PartnerRelationship` lists of `GET /v1/relationships`.
 * - `customerRelationships`: `{ customerTenantId, body }` for `GET /v1/customers/{id}/relationships`.
 * - `orders`: order bodies: an order, a list envelope or a cart checkout result.
 * - `supportContacts`: `{ subscriptionId, body }` for `GET …/supportcontact`.
 * - `gdapRelationships`: Microsoft Graph `delegatedAdminRelationship` bodies (`GET`, `POST`, `PATCH`
 *   `…/tenantRelationships/delegatedAdminRelationships[/{id}]`): a relationship or a list (`{ value }`),
 *   `resellerDelegatedAdminRelationship` items included.
 * - `gdapAccessAssignments`: `{ relationshipId, body }` for `…/delegatedAdminRelationships/{id}/accessAssignments[/{id}]`
 *   (an assignment or a list `{ value }`): the relationship is the one of the request path.
 *
 * @category models
 */
export type PartnerCenterImport = t.TypeOf<typeof PartnerCenterImport>

/** The fields of {@link PartnerCenterImport}; any other field of the input is reported as left out. @internal */
export const INPUT_FIELDS: ReadonlyArray<string> = [
  'at',
  'partner',
  ...Object.keys((PartnerCenterImport.types[1] as t.PartialType<t.Props>).props),
]
