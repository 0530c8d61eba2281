/**
 * What a Partner Center import reads: the {@link PartnerCenterImport} codec and type, one field per
 * Partner Center response body (profiles, customers, subscriptions, relationships, orders, support
 * contacts).
 *
 * @module
 */
import * as t from 'io-ts'
import { IsoDateTime, MpnId, Region, SubscriptionId, TenantId } from '../model/ids.js'
import { PartnerRole } from '../model/partner.js'
import {
  PcAgreementStatus,
  PcCustomers,
  PcLegalBusinessProfile,
  PcMpnProfile,
  PcOrganizationProfile,
  PcPartnerRelationship,
  PcOrder,
  PcSubscriptions,
  PcSupportContact,
  collection,
} from './payloads.js'

/** Codec for {@link PartnerCenterImport}. @category codecs */
export const PartnerCenterImport = t.intersection(
  [
    t.type({
      at: IsoDateTime,
      partner: t.intersection([
        t.type({ tenantId: TenantId, roles: t.array(PartnerRole) }),
        t.partial({ region: Region, mpnId: MpnId }),
      ]),
    }),
    t.partial({
      organizationProfile: PcOrganizationProfile,
      legalBusinessProfile: PcLegalBusinessProfile,
      mpnProfile: PcMpnProfile,
      mpaAgreementStatus: PcAgreementStatus,
      customers: t.array(PcCustomers),
      subscriptions: t.array(t.type({ customerTenantId: TenantId, body: PcSubscriptions })),
      indirectResellers: collection(PcPartnerRelationship, 'PartnerCenterPartnerRelationshipList'),
      customerRelationships: t.array(
        t.type({
          customerTenantId: TenantId,
          body: collection(PcPartnerRelationship, 'PartnerCenterPartnerRelationshipList'),
        }),
      ),
      orders: t.array(PcOrder),
      supportContacts: t.array(t.type({ subscriptionId: SubscriptionId, body: PcSupportContact })),
    }),
  ],
  'PartnerCenterImport',
)

/**
 * What to import:
 * - `at`: when the data was read (ISO-8601 UTC). Used as the MPA signature date when the agreement
 *   status says signed (Partner Center does not return the date) and as the start of imported
 *   relationships and enrollments.
 * - `partner`: the partner whose API returned the bodies: its tenant ID and roles, optionally its
 *   region and MPN ID (otherwise taken from the profiles).
 * - `organizationProfile`, `legalBusinessProfile`, `mpnProfile`, `mpaAgreementStatus`: profile bodies.
 * - `customers`: customer bodies, each a single `Customer` or a list envelope.
 * - `subscriptions`: per customer tenant, a subscription body (single or list).
 * - `indirectResellers`: the `PartnerRelationship` list of `GET /v1/relationships`.
 * - `customerRelationships`: per customer tenant, the list of `GET /v1/customers/{id}/relationships`.
 * - `orders`: order bodies; each line's `partnerIdOnRecord` becomes the partner of record of its
 *   subscription (created from the line if the state does not hold it yet).
 * - `supportContacts`: per subscription, the body of `GET …/supportcontact`.
 *
 * @category models
 */
export type PartnerCenterImport = t.TypeOf<typeof PartnerCenterImport>
