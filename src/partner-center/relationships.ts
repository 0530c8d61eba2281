/**
 * The relationships of a Partner Center import: partnerships between the importing partner and
 * indirect resellers or providers (`GET /v1/relationships`), reseller relationships of customers
 * (`GET /v1/customers/{id}/relationships`), and the partners those lists name.
 *
 * @module
 */
import { TenantId } from '../model/ids.js'
import type { Partner } from '../model/partner.js'
import { getPartner, getRelationship } from '../model/queries.js'
import type { Partnership, RelationshipChannel, ResellerRelationship } from '../model/relationship.js'
import { value, type ImportContext } from './context.js'
import { partnerFromList, partnerTenant } from './partner.js'

/**
 * The reseller relationship between a partner and a customer, as imported: one `base` holds keeps
 * its origin and start; a new one starts at the import's `at`.
 */
export const relationshipOf = (
  { base, input: { at } }: ImportContext,
  partnerTenantId: TenantId,
  customerTenantId: TenantId,
  channel: RelationshipChannel,
  provider: TenantId | null,
  delegatedAdmin: boolean,
): ResellerRelationship => ({
  ...(getRelationship(base, partnerTenantId, customerTenantId) ?? { origin: 'import', since: at }),
  partnerTenantId,
  customerTenantId,
  channel,
  indirectProviderTenantId: provider,
  delegatedAdmin,
})

/** Adds a partner named by a relationship list, unless `base` or the document already holds it. */
const addPartner = ({ base, document }: ImportContext, p: Partner | undefined) => {
  if (
    p === undefined ||
    getPartner(base, p.tenantId) !== undefined ||
    document.partners.some((x) => x.tenantId === p.tenantId)
  )
    return
  document.partners.push(p)
  document.tenants.push(partnerTenant(p))
}

/** The partnerships of `input.indirectResellers`, adding the partners on the other side. */
export const importPartnerships = (context: ImportContext): void => {
  const { input, partner, region, document } = context
  const { at } = input
  for (const r of input.indirectResellers?.items ?? []) {
    const other = value(TenantId, r.id)
    if (other === undefined) continue
    const providerSide = r.relationshipType.toLowerCase().replace(/_/g, '') === 'isindirectcloudsolutionproviderof'
    addPartner(context, partnerFromList(r, at, [providerSide ? 'indirectReseller' : 'indirectProvider'], region))
    const partnership: Partnership = {
      providerTenantId: providerSide ? partner.tenantId : other,
      resellerTenantId: providerSide ? other : partner.tenantId,
      status: r.state === undefined || r.state.toLowerCase() === 'active' ? 'active' : 'requested',
      requestedAt: null,
      acceptedAt: at,
    }
    document.partnerships.push(partnership)
  }
}

/** The reseller relationships of `input.customerRelationships`, adding the resellers they name. */
export const importCustomerRelationships = (context: ImportContext): void => {
  const { input, partner, region, document } = context
  const { at } = input
  for (const { customerTenantId, body } of input.customerRelationships ?? []) {
    for (const r of body.items) {
      const reseller = value(TenantId, r.id)
      if (reseller === undefined) continue
      addPartner(context, partnerFromList(r, at, ['indirectReseller'], region))
      document.relationships.push(
        relationshipOf(context, reseller, customerTenantId, 'indirectReseller', partner.tenantId, true),
      )
    }
  }
}
