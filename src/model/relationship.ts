/**
 * Reseller relationships (partner to customer) and partnerships (indirect provider to indirect
 * reseller).
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, literals, nullable } from '../internal/codec.js'
import { IsoDateTime, TenantId } from '../kernel/ids.js'

/**
 * The capacity in which a partner holds a reseller relationship with a customer (TRN-13, seed 000):
 * as its direct bill partner, as its indirect reseller, or as the indirect provider that orders
 * for an indirect reseller's customer.
 *
 * @category models
 * @since 0.1.0
 */
export const RelationshipChannel = literals(
  ['directBill', 'indirectReseller', 'indirectProvider'],
  'RelationshipChannel',
)
/** @category models */
export type RelationshipChannel = t.TypeOf<typeof RelationshipChannel>

/** How a reseller relationship came about. @category models @since 0.1.0 */
export const RelationshipOrigin = literals(['customerCreation', 'invitation', 'import'], 'RelationshipOrigin')
/** @category models */
export type RelationshipOrigin = t.TypeOf<typeof RelationshipOrigin>

/** Codec for {@link ResellerRelationship}. @category codecs @since 0.1.0 */
export const ResellerRelationship = exact(
  'ResellerRelationship',
  {
    partnerTenantId: TenantId,
    customerTenantId: TenantId,
    channel: RelationshipChannel,
    indirectProviderTenantId: nullable(TenantId),
    delegatedAdmin: nullable(t.boolean),
    origin: RelationshipOrigin,
    since: IsoDateTime,
  },
  // optional so that state documents and events written before they were modelled still decode
  { azureTenantOwner: t.boolean, delegatedAdminUntil: IsoDateTime },
)
/**
 * A reseller relationship between a partner tenant and a customer tenant: the channel it serves the
 * customer through, the indirect provider it works with for an indirect customer, whether it holds
 * delegated admin privileges (DAP; `null` when unknown: imported from a list body, which omits
 * `allowDelegatedAccess`), how it was acquired and since when. A customer may hold several
 * (MUL-1); at most one exists per partner and customer. `azureTenantOwner` (optional, `true` once
 * recorded): the indirect provider made this indirect reseller tenant owner on the customer's Azure
 * (PRT-7, `grantAzureTenantOwner`), so it deploys and manages resources in the customer's Azure
 * subscriptions (`manageAzureResources`). `delegatedAdminUntil` (optional, ISO-8601 UTC instant): the
 * instant the delegated admin privileges end, set when Microsoft turns them into a GDAP relationship
 * (GDAP-19, `transitionDapToGdap`); from then on the relationship holds none.
 *
 * @category models
 */
export interface ResellerRelationship extends t.TypeOf<typeof ResellerRelationship> {}

/**
 * Whether a reseller relationship holds delegated admin privileges (DAP) at `at` (ISO-8601 UTC):
 * `delegatedAdmin`, unless `delegatedAdminUntil` has passed (GDAP-19); `null` when unknown
 * (imported from a list body).
 *
 * @category queries
 * @since 0.2.0
 */
export const delegatedAdminAt = (r: ResellerRelationship, at: IsoDateTime): boolean | null =>
  r.delegatedAdmin === true && r.delegatedAdminUntil !== undefined && r.delegatedAdminUntil <= at
    ? false
    : r.delegatedAdmin

/**
 * The state of a provider/reseller partnership (PRT-3, PRT-6): `requested` by the provider, `active`
 * once the reseller's global admin accepts it, `removed` once it leaves both lists: removed after
 * acceptance (PRT-6), or, with `acceptedAt: null`, a request the reseller declined or the provider
 * withdrew (the event says which). A removed partnership may be requested again.
 *
 * @category models
 * @since 0.1.0
 */
export const PartnershipStatus = literals(['requested', 'active', 'removed'], 'PartnershipStatus')
/** @category models */
export type PartnershipStatus = t.TypeOf<typeof PartnershipStatus>

/** Codec for {@link Partnership}. @category codecs @since 0.1.0 */
export const Partnership = exact('Partnership', {
  providerTenantId: TenantId,
  resellerTenantId: TenantId,
  status: PartnershipStatus,
  requestedAt: nullable(IsoDateTime),
  acceptedAt: nullable(IsoDateTime),
})
/**
 * A partnership between an indirect provider and an indirect reseller (PRT-3, seed 001): requested
 * by the provider, active once the reseller's global admin accepts it.
 *
 * @category models
 */
export interface Partnership extends t.TypeOf<typeof Partnership> {}

/** The key of a reseller relationship in its table: `partnerTenantId/customerTenantId`. @internal */
export const relationshipKey = (partner: TenantId, customer: TenantId) => `${partner}/${customer}`
/** The key of a partnership in its table: `providerTenantId/resellerTenantId`. @internal */
export const partnershipKey = (provider: TenantId, reseller: TenantId) => `${provider}/${reseller}`
