/**
 * The reference and shape checks of a state document (MOD-1, MOD-4, MOD-5): every ID an entity
 * names (GDAP relationships' partners, customers and indirect providers included) is held by the
 * document, partner tenants are never customers, add-ons hang from a
 * license-based subscription of the same customer, and seat counts fit the subscription.
 *
 * One pass over each list with map lookups: linear in the size of the document.
 *
 * @module
 */
import type { TenantId } from '../kernel/ids.js'
import { MAX_SEATS, type Subscription } from '../model/subscription.js'
import type { EntityOf, TableName } from '../model/tables.js'
import type { Tenant } from '../model/tenant.js'
import type { ProgramStateDocument } from './state.js'
import type { StateRule } from './stateCheck.js'

/** Records one problem: its rule, its path in the document lists and what is wrong. @internal */
export type Report = (rule: StateRule, path: string, message: string) => void

/** The entities of a document by table and key (the first of each key when a key repeats). @internal */
export type Held = { readonly [N in TableName]: ReadonlyMap<string, EntityOf<N>> }

const ownedByPartners = (tenant: Tenant | undefined): boolean =>
  tenant?.kind === 'partner' || tenant?.kind === 'integrationSandbox'

/**
 * Reports every dangling reference, partner tenant used as a customer, misplaced add-on and seat
 * count out of range in `document`, looking IDs up in `held`.
 *
 * @internal
 */
export const referenceProblems = (document: ProgramStateDocument, held: Held, report: Report): void => {
  const partner = (id: TenantId) => held.partners.has(id)
  const tenant = (id: TenantId) => held.tenants.get(id)
  /** A customer reference: reports a partner tenant used as a customer, or a tenant without a customer record. */
  const customerAt = (id: TenantId, path: string, who: string): void => {
    const t = tenant(id)
    if (ownedByPartners(t))
      report('MOD-1', path, `${t?.kind} tenant ${id} is a customer of ${who}; partner tenants are never customers`)
    else if (!held.customers.has(id))
      report('MOD-1', path, `${who} names customer tenant ${id}, which the document does not hold as a customer`)
  }
  const partnerAt = (id: TenantId | null, path: string, who: string, role = 'partner'): void => {
    if (id !== null && !partner(id))
      report('MOD-1', path, `${who} names ${role} ${id}, which the document does not hold as a partner`)
  }

  document.partners.forEach((p, i) => {
    const t = tenant(p.tenantId)
    if (t?.kind !== 'partner')
      report('MOD-1', `partners[${i}].tenantId`, `partner ${p.tenantId} has no tenant of kind partner in the document`)
    else if (t.region !== p.region)
      report('MOD-1', `partners[${i}].region`, `partner ${p.tenantId} is in ${p.region} but its tenant in ${t.region}`)
    if (p.sandboxTenantId !== null) {
      const sandbox = tenant(p.sandboxTenantId)
      if (sandbox?.kind !== 'integrationSandbox' || sandbox.owner !== p.tenantId)
        report(
          'MOD-1',
          `partners[${i}].sandboxTenantId`,
          `partner ${p.tenantId} names sandbox ${p.sandboxTenantId}, which is not an integration sandbox tenant it owns`,
        )
    }
  })
  document.tenants.forEach((t, i) => {
    if (t.kind === 'partner' && !partner(t.tenantId))
      report('MOD-1', `tenants[${i}].tenantId`, `partner tenant ${t.tenantId} has no partner in the document`)
    if (t.owner !== null && !partner(t.owner))
      report('MOD-1', `tenants[${i}].owner`, `tenant ${t.tenantId} names owner ${t.owner}, which is not a partner`)
    else if (t.kind === 'integrationSandbox' && held.partners.get(t.owner ?? '')?.sandboxTenantId !== t.tenantId)
      report('MOD-1', `tenants[${i}].owner`, `sandbox tenant ${t.tenantId} is not the sandbox of its owner partner`)
    else if (t.owner !== null && t.kind !== 'integrationSandbox' && !(t.kind === 'customer' && t.internalUse))
      report(
        'MOD-1',
        `tenants[${i}].owner`,
        `tenant ${t.tenantId} names an owner but is neither an internal-use customer tenant nor an integration sandbox`,
      )
  })
  document.customers.forEach((c, i) => {
    const t = tenant(c.tenantId)
    if (ownedByPartners(t))
      report('MOD-1', `customers[${i}].tenantId`, `${t?.kind} tenant ${c.tenantId} is a customer (a customer record)`)
    else if (t === undefined)
      report('MOD-1', `customers[${i}].tenantId`, `customer ${c.tenantId} has no tenant in the document`)
  })
  document.relationships.forEach((r, i) => {
    const who = `the relationship of ${r.partnerTenantId} with ${r.customerTenantId}`
    partnerAt(r.partnerTenantId, `relationships[${i}].partnerTenantId`, who)
    customerAt(r.customerTenantId, `relationships[${i}].customerTenantId`, who)
    partnerAt(r.indirectProviderTenantId, `relationships[${i}].indirectProviderTenantId`, who, 'indirect provider')
  })
  document.partnerships.forEach((p, i) => {
    const who = `the partnership of ${p.providerTenantId} with ${p.resellerTenantId}`
    partnerAt(p.providerTenantId, `partnerships[${i}].providerTenantId`, who, 'provider')
    partnerAt(p.resellerTenantId, `partnerships[${i}].resellerTenantId`, who, 'reseller')
  })
  document.invitations.forEach((v, i) => {
    const who = `invitation ${v.id}`
    partnerAt(v.partnerTenantId, `invitations[${i}].partnerTenantId`, who)
    partnerAt(v.indirectProviderTenantId, `invitations[${i}].indirectProviderTenantId`, who, 'indirect provider')
    const path = `invitations[${i}].customerTenantId`
    const t = tenant(v.customerTenantId)
    if (ownedByPartners(t))
      report('MOD-1', path, `${t?.kind} tenant ${v.customerTenantId} is invited as a customer by ${who}`)
    else if (t === undefined && (v.newCustomer === null || v.acceptedAt !== null))
      report(
        'MOD-1',
        path,
        `${who} names customer tenant ${v.customerTenantId}, which the document does not hold` +
          (v.newCustomer === null ? ' (and it describes no new customer)' : ' (and it was accepted)'),
      )
  })
  ;(document.gdapRelationships ?? []).forEach((g, i) => {
    const who = `GDAP relationship ${g.id}`
    partnerAt(g.partnerTenantId, `gdapRelationships[${i}].partnerTenantId`, who)
    if (g.customerTenantId !== null) customerAt(g.customerTenantId, `gdapRelationships[${i}].customerTenantId`, who)
    partnerAt(g.indirectProviderTenantId, `gdapRelationships[${i}].indirectProviderTenantId`, who, 'indirect provider')
  })
  document.subscriptions.forEach((s, i) => subscriptionProblems(s, i, held, report, customerAt))
  ;(document.revenue ?? []).forEach((r, i) =>
    partnerAt(r.partnerTenantId, `revenue[${i}].partnerTenantId`, `revenue of ${r.month} (${r.category})`),
  )
}

const subscriptionProblems = (
  s: Subscription,
  i: number,
  held: Held,
  report: Report,
  customerAt: (id: TenantId, path: string, who: string) => void,
): void => {
  const at = (field: string) => `subscriptions[${i}].${field}`
  const who = `subscription ${s.id}`
  const ownAzure = s.kind === 'azure' && s.billedBy === s.customerTenantId
  // Azure for the partner's own use, bought through partner shared services, sits on its partner tenant
  if (!(ownAzure && held.tenants.get(s.customerTenantId)?.kind === 'partner'))
    customerAt(s.customerTenantId, at('customerTenantId'), who)
  if (!held.partners.has(s.billedBy))
    report('MOD-1', at('billedBy'), `${who} is billed by ${s.billedBy}, which the document does not hold as a partner`)
  if (s.supportContact !== null && !held.tenants.has(s.supportContact))
    report('MOD-1', at('supportContact'), `${who} names support contact ${s.supportContact}, an unknown tenant`)
  if (s.kind === 'addOn' && s.parentId === null)
    report('MOD-4', at('parentId'), `${who} is an add-on without a parent subscription`)
  if (s.kind !== 'addOn' && s.parentId !== null)
    report('MOD-4', at('parentId'), `${who} is a ${s.kind} subscription; only an add-on names a parent`)
  if (s.parentId !== null) {
    const parent = held.subscriptions.get(s.parentId)
    if (parent === undefined)
      report('MOD-1', at('parentId'), `${who} names parent ${s.parentId}, which the document does not hold`)
    else if (s.kind === 'addOn' && (parent.kind !== 'licenseBased' || parent.customerTenantId !== s.customerTenantId))
      report(
        'MOD-4',
        at('parentId'),
        `add-on ${s.id} hangs from ${parent.kind} subscription ${parent.id} of customer ${parent.customerTenantId}; ` +
          `its parent must be a license-based subscription of customer ${s.customerTenantId}`,
      )
  }
  if (s.seats > MAX_SEATS)
    report('MOD-5', at('seats'), `${who} has ${s.seats} seats; Partner Center counts at most ${MAX_SEATS}`)
  else if (s.kind === 'azure' && s.seats !== 1 && !(s.status === 'cancelled' && s.seats === 0))
    report('MOD-5', at('seats'), `Azure subscription ${s.id} has ${s.seats} seats; usage-based Azure has exactly 1`)
  else if (s.seats < 1 && s.status !== 'cancelled')
    report('MOD-5', at('seats'), `${who} is ${s.status} with ${s.seats} seats; only a cancelled one has none`)
}
