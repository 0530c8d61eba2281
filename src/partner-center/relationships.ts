/**
 * The relationships of a Partner Center import: partnerships between the importing partner and
 * indirect resellers or providers (`GET /v1/relationships`), the reseller relationships of
 * customers (`GET /v1/customers/{id}/relationships`), and the partners those lists name.
 *
 * @module
 */
import { TenantId } from '../kernel/ids.js'
import { getPartnership } from '../model/queries.js'
import { partnershipKey, type Partnership } from '../model/relationship.js'
import { count, note, value, type ImportContext } from './context.js'
import { ensureCustomer, ensureRelationship, putRelationship } from './entities.js'
import type { PcPartnerRelationship } from './payloads.js'
import { addPartner, partnerFromList } from './partner.js'

/** Whether a relationship type says the partner named is the importing partner's indirect reseller. */
const isResellerOfImporter = (type: string): boolean =>
  type.toLowerCase().replace(/_/g, '') === 'isindirectcloudsolutionproviderof'

/** The partnership of one entry of a relationship list, adding the partner on the other side. */
const partnershipOf = (c: ImportContext, r: PcPartnerRelationship, path: string): void => {
  const other = value(TenantId, r.id)
  if (other === undefined) {
    note(c, 'leftOut', path, r.id, `Partner ${r.name}: ${JSON.stringify(r.id)} is not a tenant ID; not read.`)
    return
  }
  const providerSide = isResellerOfImporter(r.relationshipType)
  addPartner(c, partnerFromList(c, r, [providerSide ? 'indirectReseller' : 'indirectProvider'], path), path)
  const provider = providerSide ? c.partner.tenantId : other
  const reseller = providerSide ? other : c.partner.tenantId
  const known =
    c.entities.partnerships.get(partnershipKey(provider, reseller)) ?? getPartnership(c.base, provider, reseller)
  const state = r.state?.toLowerCase()
  if (state !== undefined && state !== 'active') {
    // a state other than Active is not one the model reads: the partnership held, if any, stays
    note(
      c,
      'leftOut',
      `${path}.state`,
      other,
      known === undefined
        ? `Partnership state ${JSON.stringify(r.state)} is not one the importer reads: no partnership recorded.`
        : `Partnership state ${JSON.stringify(r.state)} is not one the importer reads: the partnership held (${known.status}) stays.`,
    )
    return
  }
  const partnership: Partnership = {
    providerTenantId: provider,
    resellerTenantId: reseller,
    status: 'active',
    requestedAt: known?.requestedAt ?? null,
    acceptedAt: known?.status === 'active' ? known.acceptedAt : c.input.at,
  }
  c.entities.partnerships.set(partnershipKey(provider, reseller), partnership)
}

/**
 * Makes sure the importing provider holds a partnership with indirect `reseller`, which a body at
 * `path` implies (`why`): a provider serves a reseller's customers only in an active partnership
 * (PRT-4). When neither the import nor `base` holds one (in any status), records an active one from
 * the import's `at`, with a note.
 */
export const ensurePartnership = (c: ImportContext, reseller: TenantId, path: string, why: string): void => {
  const provider = c.partner.tenantId
  const key = partnershipKey(provider, reseller)
  if (c.entities.partnerships.has(key) || getPartnership(c.base, provider, reseller) !== undefined) return
  c.entities.partnerships.set(key, {
    providerTenantId: provider,
    resellerTenantId: reseller,
    status: 'active',
    requestedAt: null,
    acceptedAt: c.input.at,
  })
  note(
    c,
    'inferred',
    path,
    reseller,
    `An active partnership of ${provider} with indirect reseller ${reseller} is recorded: ${why}, and a provider serves a reseller's customers only in a partnership (PRT-4).`,
  )
}

/** The partnerships of `input.indirectResellers` and `input.indirectProviders`, adding the partners on the other side. */
export const importPartnerships = (c: ImportContext): void => {
  for (const field of ['indirectResellers', 'indirectProviders'] as const)
    (c.input[field]?.items ?? []).forEach((r, j) => {
      count(c, field)
      partnershipOf(c, r, `${field}.items[${j}]`)
    })
}

/**
 * The reseller relationships of `input.customerRelationships`: each reseller listed serves the
 * customer through the importing partner as its indirect provider (delegated admin unknown: the
 * body does not say), and the importing partner holds a relationship with the customer.
 */
export const importCustomerRelationships = (c: ImportContext): void => {
  const provider = c.roles.includes('indirectProvider')
  ;(c.input.customerRelationships ?? []).forEach(({ customerTenantId, body }, i) => {
    const path = `customerRelationships[${i}]`
    if (!ensureCustomer(c, customerTenantId, `${path}.customerTenantId`, 'its relationships were listed')) {
      note(c, 'leftOut', path, customerTenantId, `Tenant ${customerTenantId} is not a customer tenant: not read.`)
      return
    }
    ensureRelationship(
      c,
      customerTenantId,
      `${path}.customerTenantId`,
      "Partner Center lists a customer's relationships to its partners only",
      provider ? 'indirectProvider' : undefined,
    )
    body.items.forEach((r, j) => {
      const at = `${path}.body.items[${j}]`
      count(c, 'customerRelationships')
      const reseller = value(TenantId, r.id)
      if (reseller === undefined) {
        note(c, 'leftOut', at, r.id, `Partner ${r.name}: ${JSON.stringify(r.id)} is not a tenant ID; not read.`)
        return
      }
      addPartner(c, partnerFromList(c, r, ['indirectReseller'], at), at)
      if (provider) ensurePartnership(c, reseller, at, `${r.name} serves customer ${customerTenantId} through it`)
      const put = putRelationship(c, {
        partnerTenantId: reseller,
        customerTenantId,
        channel: 'indirectReseller',
        indirectProviderTenantId: provider ? c.partner.tenantId : null,
        delegatedAdmin: null,
      })
      if (put.delegatedAdmin === null)
        note(c, 'unknown', at, reseller, `Whether ${r.name} holds delegated admin for ${customerTenantId} is unknown.`)
    })
  })
}
