/**
 * The JSON form of {@link ProgramState}: every table as a flat list of entities, sorted by key so
 * that equal states encode to equal JSON. Indexes are not serialized; decoding rebuilds them.
 *
 * @module
 */
import * as t from 'io-ts'
import { freezeDeep } from '../internal/immer.js'
import { Invitation } from '../model/invitation.js'
import { Partner, mpnIdsOf } from '../model/partner.js'
import { Partnership, ResellerRelationship } from '../model/relationship.js'
import { partnershipKey, relationshipKey } from '../model/relationship.js'
import { emptyState, getPartner, getRelationship, viaProvider, type ProgramState } from '../model/state.js'
import { RevenueEntry, revenueKey } from '../model/revenue.js'
import { Subscription } from '../model/subscription.js'
import { indexAddMany, indexRemove, tableSetMany, tableValues } from '../model/table.js'
import { Customer, Tenant } from '../model/tenant.js'

/** Codec of the JSON document form of a state (lists of entities). @category codecs */
export const ProgramStateDocument = t.intersection(
  [
    t.type({
      partners: t.readonlyArray(Partner),
      tenants: t.readonlyArray(Tenant),
      customers: t.readonlyArray(Customer),
      relationships: t.readonlyArray(ResellerRelationship),
      partnerships: t.readonlyArray(Partnership),
      invitations: t.readonlyArray(Invitation),
      subscriptions: t.readonlyArray(Subscription),
    }),
    // optional so that documents written before revenue was recorded still decode
    t.partial({ revenue: t.readonlyArray(RevenueEntry) }),
  ],
  'ProgramStateDocument',
)
/**
 * The JSON document form of a {@link ProgramState}: `partners`, `tenants`, `customers`,
 * `relationships`, `partnerships`, `invitations`, `subscriptions` and (optional) `revenue`, each a
 * list of entities.
 *
 * @category models
 */
export type ProgramStateDocument = t.TypeOf<typeof ProgramStateDocument>
/** The plain-JSON output type of {@link ProgramStateDocument}. @category models */
export type ProgramStateJson = t.OutputOf<typeof ProgramStateDocument>

const sortedBy = <A>(values: ReadonlyArray<A>, key: (a: A) => string) =>
  [...values].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))

const toDocument = (state: ProgramState): ProgramStateDocument => ({
  partners: sortedBy(tableValues(state.partners), (p) => p.tenantId),
  tenants: sortedBy(tableValues(state.tenants), (x) => x.tenantId),
  customers: sortedBy(tableValues(state.customers), (c) => c.tenantId),
  relationships: sortedBy(tableValues(state.relationships), (r) => `${r.partnerTenantId}/${r.customerTenantId}`),
  partnerships: sortedBy(tableValues(state.partnerships), (p) => `${p.providerTenantId}/${p.resellerTenantId}`),
  invitations: sortedBy(tableValues(state.invitations), (i) => i.id),
  subscriptions: sortedBy(tableValues(state.subscriptions), (s) => s.id),
  revenue: sortedBy(tableValues(state.revenue), (r) => revenueKey(r.partnerTenantId, r.month, r.category)),
})

/**
 * Builds a state from its document form, or merges one into `base`: entities are frozen, added in
 * list order (a later entity with the same key replaces an earlier one) and indexed, in bulk.
 * Removed partnerships are kept in their table but not listed in the partnership indexes.
 *
 * @category constructors
 */
export const stateFromDocument = (document: ProgramStateDocument, base: ProgramState = emptyState): ProgramState => {
  const frozen = <A>(values: ReadonlyArray<A>) => values.map(freezeDeep)
  const partners = frozen(document.partners)
  const relationships = frozen(document.relationships)
  const partnerships = frozen(document.partnerships)
  const subscriptions = frozen(document.subscriptions)
  const listed = partnerships.filter((p) => p.status !== 'removed')
  // a partner whose MPN ID changes leaves its old MPN ID's index entry
  let byMpn = base.indexes.partnersByMpnId
  for (const p of partners) {
    const previous = getPartner(base, p.tenantId)
    for (const id of previous === undefined ? [] : mpnIdsOf(previous))
      if (!mpnIdsOf(p).includes(id)) byMpn = indexRemove(byMpn, id, p.tenantId)
  }
  // a relationship that no longer goes through the same provider leaves its provider/reseller entry
  let byProviderReseller = base.indexes.customersByProviderReseller
  for (const r of relationships) {
    const before = viaProvider(getRelationship(base, r.partnerTenantId, r.customerTenantId))
    if (before !== undefined && before !== viaProvider(r))
      byProviderReseller = indexRemove(byProviderReseller, before, r.customerTenantId)
  }
  // a partnership the document marks removed leaves the partnership indexes
  let { resellersByProvider, providersByReseller } = base.indexes
  for (const p of partnerships.filter((x) => x.status === 'removed')) {
    resellersByProvider = indexRemove(resellersByProvider, p.providerTenantId, p.resellerTenantId)
    providersByReseller = indexRemove(providersByReseller, p.resellerTenantId, p.providerTenantId)
  }
  const { indexes } = base
  return {
    partners: tableSetMany(base.partners, partners, (p) => p.tenantId),
    tenants: tableSetMany(base.tenants, frozen(document.tenants), (t) => t.tenantId),
    customers: tableSetMany(base.customers, frozen(document.customers), (c) => c.tenantId),
    relationships: tableSetMany(base.relationships, relationships, (r) =>
      relationshipKey(r.partnerTenantId, r.customerTenantId),
    ),
    partnerships: tableSetMany(base.partnerships, partnerships, (p) =>
      partnershipKey(p.providerTenantId, p.resellerTenantId),
    ),
    invitations: tableSetMany(base.invitations, frozen(document.invitations), (i) => i.id),
    subscriptions: tableSetMany(base.subscriptions, subscriptions, (s) => s.id),
    revenue: tableSetMany(base.revenue, frozen(document.revenue ?? []), (r) =>
      revenueKey(r.partnerTenantId, r.month, r.category),
    ),
    indexes: {
      partnersByMpnId: indexAddMany(
        byMpn,
        partners.flatMap((p) => mpnIdsOf(p).map((id) => [id, p.tenantId] as const)),
      ),
      customersByPartner: indexAddMany(
        indexes.customersByPartner,
        relationships.map((r) => [r.partnerTenantId, r.customerTenantId] as const),
      ),
      partnersByCustomer: indexAddMany(
        indexes.partnersByCustomer,
        relationships.map((r) => [r.customerTenantId, r.partnerTenantId] as const),
      ),
      subscriptionsByCustomer: indexAddMany(
        indexes.subscriptionsByCustomer,
        subscriptions.map((s) => [s.customerTenantId, s.id] as const),
      ),
      customersByProviderReseller: indexAddMany(
        byProviderReseller,
        relationships.flatMap((r) => {
          const key = viaProvider(r)
          return key === undefined ? [] : [[key, r.customerTenantId] as const]
        }),
      ),
      resellersByProvider: indexAddMany(
        resellersByProvider,
        listed.map((p) => [p.providerTenantId, p.resellerTenantId] as const),
      ),
      providersByReseller: indexAddMany(
        providersByReseller,
        listed.map((p) => [p.resellerTenantId, p.providerTenantId] as const),
      ),
    },
  }
}

/**
 * Codec for {@link ProgramState}: decodes the JSON document form (see
 * {@link ProgramStateDocument}) into a state and encodes a state to it. The round trip is lossless.
 *
 * @category codecs
 */
export const ProgramStateCodec = new t.Type<ProgramState, ProgramStateJson, unknown>(
  'ProgramState',
  (u): u is ProgramState => typeof u === 'object' && u !== null && 'indexes' in u && 'partners' in u,
  (u, c) => {
    const document = ProgramStateDocument.validate(u, c)
    return document._tag === 'Left' ? document : t.success(stateFromDocument(document.right))
  },
  (state) => ProgramStateDocument.encode(toDocument(state)),
)

/** Encodes a state to plain JSON-ready data. @category codecs */
export const stateToJson = (state: ProgramState): ProgramStateJson => ProgramStateCodec.encode(state)
