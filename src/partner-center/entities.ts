/**
 * The entities of a Partner Center import: looking them up (as built so far, else as `base` holds
 * them), putting them so that what is known is never replaced by what a later body does not say,
 * and creating the customer tenants and reseller relationships that bodies name without
 * describing.
 *
 * @module
 */
import type { MpnId, SubscriptionId, TenantId } from '../kernel/ids.js'
import type { Partner } from '../model/partner.js'
import {
  getCustomer,
  getPartner,
  getPartnersByMpnId,
  getRelationship,
  getSubscription,
  getTenant,
} from '../model/queries.js'
import { relationshipKey, type RelationshipChannel, type ResellerRelationship } from '../model/relationship.js'
import type { Subscription } from '../model/subscription.js'
import type { Customer, Tenant } from '../model/tenant.js'
import { note, optional, type ImportContext } from './context.js'

/** The tenant `id`, as imported so far, else as `base` holds it. */
export const heldTenant = (c: ImportContext, id: TenantId): Tenant | undefined =>
  c.entities.tenants.get(id) ?? getTenant(c.base, id)

/** The customer record `id`, as imported so far, else as `base` holds it. */
export const heldCustomer = (c: ImportContext, id: TenantId): Customer | undefined =>
  c.entities.customers.get(id) ?? getCustomer(c.base, id)

/** The partner `id`, as imported so far, else as `base` holds it. */
export const heldPartner = (c: ImportContext, id: TenantId): Partner | undefined =>
  c.entities.partners.get(id) ?? getPartner(c.base, id)

/** The partner holding MPN ID `mpnId` (tied or location), as imported so far, else in `base`. */
export const heldPartnerByMpnId = (c: ImportContext, mpnId: MpnId): Partner | undefined =>
  [...c.entities.partners.values()].find((p) => p.mpnId === mpnId || p.locationMpnIds.includes(mpnId)) ??
  getPartnersByMpnId(c.base, mpnId)[0]

/** The reseller relationship of a partner with a customer, as imported so far, else in `base`. */
export const heldRelationship = (
  c: ImportContext,
  partner: TenantId,
  customer: TenantId,
): ResellerRelationship | undefined =>
  c.entities.relationships.get(relationshipKey(partner, customer)) ?? getRelationship(c.base, partner, customer)

/** The subscription `id`, as imported so far, else as `base` holds it. */
export const heldSubscription = (c: ImportContext, id: SubscriptionId): Subscription | undefined =>
  c.entities.subscriptions.get(id) ?? getSubscription(c.base, id)

/** The partner tenant of a partner. */
export const partnerTenant = (p: Partner): Tenant => ({
  tenantId: p.tenantId,
  kind: 'partner',
  owner: null,
  region: p.region,
  internalUse: false,
})

/** Puts a partner and its partner tenant. */
export const putPartner = (c: ImportContext, p: Partner): void => {
  c.entities.partners.set(p.tenantId, p)
  c.entities.tenants.set(p.tenantId, partnerTenant(p))
}

/** Puts a tenant; a region already known stays when this one is unknown (`null`). */
export const putTenant = (c: ImportContext, tenant: Tenant): void => {
  const known = heldTenant(c, tenant.tenantId)
  c.entities.tenants.set(tenant.tenantId, { ...tenant, region: tenant.region ?? known?.region ?? null })
}

/**
 * Puts a customer record; a `placeholder` name (`Customer <tenant ID>`) never replaces a known one,
 * and the agreements known stay when the record read has none (only an agreements body gives them).
 */
export const putCustomer = (c: ImportContext, customer: Customer, placeholder: boolean): void => {
  const known = heldCustomer(c, customer.tenantId)
  if (placeholder && known !== undefined) return
  c.entities.customers.set(customer.tenantId, {
    tenantId: customer.tenantId,
    companyName: customer.companyName,
    domain: customer.domain ?? known?.domain ?? null,
    ...optional('agreements', customer.agreements ?? known?.agreements),
  })
}

/** What a body says of a reseller relationship: everything but how it came about and since when. */
export type RelationshipReading = Omit<ResellerRelationship, 'origin' | 'since'> & {
  readonly origin?: ResellerRelationship['origin']
}

/**
 * Puts a reseller relationship: one already held keeps its origin and start (a new one starts at
 * the import's `at`), its delegated admin when this reading does not know it (`null`), and whether the
 * reseller owns the customer's Azure tenant (PRT-7). Returns
 * the relationship as put.
 */
export const putRelationship = (c: ImportContext, r: RelationshipReading): ResellerRelationship => {
  const known = heldRelationship(c, r.partnerTenantId, r.customerTenantId)
  const put: ResellerRelationship = {
    ...r,
    delegatedAdmin: r.delegatedAdmin ?? known?.delegatedAdmin ?? null,
    origin: known?.origin ?? r.origin ?? 'import',
    since: known?.since ?? c.input.at,
    // no body says who owns the customer's Azure tenant: what the state knows stays
    ...(r.azureTenantOwner === undefined && known?.azureTenantOwner !== undefined
      ? { azureTenantOwner: known.azureTenantOwner }
      : {}),
  }
  c.entities.relationships.set(relationshipKey(r.partnerTenantId, r.customerTenantId), put)
  return put
}

/**
 * The channel through which the importing partner serves its customers: as direct bill partner,
 * else as indirect provider, else as indirect reseller.
 */
export const ownChannel = ({ roles }: ImportContext): RelationshipChannel =>
  roles.includes('directBillPartner')
    ? 'directBill'
    : roles.includes('indirectProvider')
      ? 'indirectProvider'
      : 'indirectReseller'

/**
 * Makes sure the state holds customer tenant `id`, which a body at `path` names (`why`, a
 * sentence): when neither the import nor `base` holds it, creates it (kind customer, region
 * unknown, company name `Customer <tenant ID>`) and says so in the report. Returns `false` when
 * `id` is a partner or sandbox tenant, which is never a customer (MOD-1).
 */
export const ensureCustomer = (c: ImportContext, id: TenantId, path: string, why: string): boolean => {
  const tenant = heldTenant(c, id)
  if (tenant !== undefined && tenant.kind !== 'customer') return false
  if (tenant !== undefined && heldCustomer(c, id) !== undefined) return true
  if (tenant === undefined)
    putTenant(c, { tenantId: id, kind: 'customer', owner: null, region: null, internalUse: false })
  putCustomer(c, { tenantId: id, companyName: `Customer ${id}`, domain: null }, true)
  note(c, 'created', path, id, `Customer tenant ${id} created (region unknown, named "Customer ${id}"): ${why}.`)
  if (tenant === undefined)
    note(c, 'unknown', path, id, `The region of customer ${id} is unknown: no body gives its address.`)
  return true
}

/**
 * Makes sure the importing partner holds a reseller relationship with customer `id`, which a body
 * at `path` implies (`why`): when neither the import nor `base` holds one, creates it through
 * `channel` (delegated admin unknown) and says so in the report.
 */
export const ensureRelationship = (
  c: ImportContext,
  id: TenantId,
  path: string,
  why: string,
  channel: RelationshipChannel = ownChannel(c),
): void => {
  if (heldRelationship(c, c.partner.tenantId, id) !== undefined) return
  putRelationship(c, {
    partnerTenantId: c.partner.tenantId,
    customerTenantId: id,
    channel,
    indirectProviderTenantId: null,
    delegatedAdmin: null,
  })
  note(
    c,
    'created',
    path,
    id,
    `Reseller relationship of ${c.partner.tenantId} with customer ${id} created (${channel}, delegated admin unknown): ${why}.`,
  )
}

/** {@link ensureCustomer} and {@link ensureRelationship} for a customer a body of the importing partner names. */
export const ensureOwnCustomer = (c: ImportContext, id: TenantId, path: string, why: string): boolean => {
  if (!ensureCustomer(c, id, path, why)) {
    note(c, 'leftOut', path, id, `Tenant ${id} is a ${heldTenant(c, id)?.kind} tenant, never a customer: left out.`)
    return false
  }
  ensureRelationship(c, id, path, why)
  return true
}
