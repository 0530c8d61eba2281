/**
 * The program state: every table of the model, its secondary indexes, the read functions, and the
 * write functions that keep tables and indexes in step (used only by `evolve`).
 *
 * Each table is a persistent map (see the table module), so reading or writing one entity costs
 * O(log32 n) whatever the size of the state, and a new state shares everything else with the old.
 *
 * @module
 */
import type { InvitationId, MpnId, SubscriptionId, TenantId, YearMonth } from './ids.js'
import type { Invitation } from './invitation.js'
import { mpnIdsOf, type Partner } from './partner.js'
import { partnershipKey, relationshipKey, type Partnership, type ResellerRelationship } from './relationship.js'
import { revenueKey, type RevenueCategory, type RevenueEntry } from './revenue.js'
import type { Subscription } from './subscription.js'
import {
  emptyIndex,
  emptyTable,
  indexWorkingCopy,
  sealIndex,
  sealTable,
  tableWorkingCopy,
  indexAdd,
  indexGet,
  indexRemove,
  tableGet,
  tableSet,
  type Index,
  type Table,
} from './table.js'
import type { Customer, Tenant } from './tenant.js'

/**
 * Secondary indexes, maintained with the tables; never serialized (they are rebuilt on decode).
 *
 * @category models
 */
export interface StateIndexes {
  /** Partner tenant IDs by every location MPN ID they hold (a company may have several CSP accounts, one per region). */
  readonly partnersByMpnId: Index<MpnId, TenantId>
  /** Customer tenant IDs by the partner tenant holding a reseller relationship with them. */
  readonly customersByPartner: Index<TenantId, TenantId>
  /** Partner tenant IDs by the customer tenant they hold a reseller relationship with (MUL-1). */
  readonly partnersByCustomer: Index<TenantId, TenantId>
  /** Subscription IDs by customer tenant. */
  readonly subscriptionsByCustomer: Index<TenantId, SubscriptionId>
  /** Reseller tenant IDs by indirect provider, for every partnership not removed. */
  readonly resellersByProvider: Index<TenantId, TenantId>
  /** Provider tenant IDs by indirect reseller, for every partnership not removed. */
  readonly providersByReseller: Index<TenantId, TenantId>
  /** Customer tenant IDs by `providerTenantId/resellerTenantId`, for customers served by the reseller through the provider (CUS-3). */
  readonly customersByProviderReseller: Index<string, TenantId>
  /** Invitation IDs by the customer tenant they invite. */
  readonly invitationsByCustomer: Index<TenantId, InvitationId>
}

/**
 * The state of the CSP program as the library models it. Immutable: commands return a new state and
 * never change the one they are given. Read it with the query functions of this module.
 *
 * - `partners`: by partner tenant ID.
 * - `tenants`: every known tenant (partner, customer, integration sandbox) by tenant ID.
 * - `customers`: customer records by customer tenant ID.
 * - `relationships`: reseller relationships by `partnerTenantId/customerTenantId`.
 * - `partnerships`: provider/reseller partnerships by `providerTenantId/resellerTenantId`.
 * - `invitations`: customer invitations by invitation ID.
 * - `subscriptions`: subscriptions by subscription ID.
 * - `revenue`: CSP revenue entries by `partnerTenantId/YYYY-MM/category` (DB-5).
 * - `indexes`: see {@link StateIndexes}.
 *
 * @category models
 */
export interface ProgramState {
  readonly partners: Table<TenantId, Partner>
  readonly tenants: Table<TenantId, Tenant>
  readonly customers: Table<TenantId, Customer>
  readonly relationships: Table<string, ResellerRelationship>
  readonly partnerships: Table<string, Partnership>
  readonly invitations: Table<InvitationId, Invitation>
  readonly subscriptions: Table<SubscriptionId, Subscription>
  readonly revenue: Table<string, RevenueEntry>
  readonly indexes: StateIndexes
}

/**
 * The empty program state: no partners, tenants, customers or subscriptions.
 *
 * @category constructors
 */
export const emptyState: ProgramState = Object.freeze<ProgramState>({
  partners: emptyTable(),
  tenants: emptyTable(),
  customers: emptyTable(),
  relationships: emptyTable(),
  partnerships: emptyTable(),
  invitations: emptyTable(),
  subscriptions: emptyTable(),
  revenue: emptyTable(),
  indexes: Object.freeze<StateIndexes>({
    partnersByMpnId: emptyIndex(),
    customersByPartner: emptyIndex(),
    partnersByCustomer: emptyIndex(),
    subscriptionsByCustomer: emptyIndex(),
    resellersByProvider: emptyIndex(),
    providersByReseller: emptyIndex(),
    customersByProviderReseller: emptyIndex(),
    invitationsByCustomer: emptyIndex(),
  }),
})

// ---------------------------------------------------------------------------------------------
// Queries

/** The partner with partner tenant ID `id`, or `undefined`. @category queries */
export const getPartner = (state: ProgramState, id: TenantId): Partner | undefined => tableGet(state.partners, id)

/**
 * The partners holding `mpnId` among their location MPN IDs (usually one; a company may have one CSP
 * account per region). Compare with each partner's `mpnId` to know whether it is the ID tied to its
 * CSP account (PRT-5).
 *
 * @category queries
 */
export const getPartnersByMpnId = (state: ProgramState, mpnId: MpnId): ReadonlyArray<Partner> =>
  indexGet(state.indexes.partnersByMpnId, mpnId).flatMap((id) => present(getPartner(state, id)))

/** The tenant with ID `id`, or `undefined`. @category queries */
export const getTenant = (state: ProgramState, id: TenantId): Tenant | undefined => tableGet(state.tenants, id)

/** The customer with customer tenant ID `id`, or `undefined`. @category queries */
export const getCustomer = (state: ProgramState, id: TenantId): Customer | undefined => tableGet(state.customers, id)

/** The subscription with ID `id`, or `undefined`. @category queries */
export const getSubscription = (state: ProgramState, id: SubscriptionId): Subscription | undefined =>
  tableGet(state.subscriptions, id)

/** The invitation with ID `id`, or `undefined`. @category queries */
export const getInvitation = (state: ProgramState, id: InvitationId): Invitation | undefined =>
  tableGet(state.invitations, id)

/** The reseller relationship between a partner and a customer, or `undefined`. @category queries */
export const getRelationship = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
): ResellerRelationship | undefined => tableGet(state.relationships, relationshipKey(partner, customer))

/** The partnership between an indirect provider and an indirect reseller (any status), or `undefined`. @category queries */
export const getPartnership = (state: ProgramState, provider: TenantId, reseller: TenantId): Partnership | undefined =>
  tableGet(state.partnerships, partnershipKey(provider, reseller))

/** The customers a partner holds a reseller relationship with, by tenant ID order. @category queries */
export const customersOfPartner = (state: ProgramState, partner: TenantId): ReadonlyArray<Customer> =>
  indexGet(state.indexes.customersByPartner, partner).flatMap((id) => present(getCustomer(state, id)))

/** The reseller relationships of a customer, one per partner (MUL-1). @category queries */
export const relationshipsOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<ResellerRelationship> =>
  indexGet(state.indexes.partnersByCustomer, customer).flatMap((p) => present(getRelationship(state, p, customer)))

/** The invitations sent to a customer tenant (open or accepted), by invitation ID order. @category queries */
export const invitationsOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<Invitation> =>
  indexGet(state.indexes.invitationsByCustomer, customer).flatMap((id) => present(getInvitation(state, id)))

/** The subscriptions of a customer tenant, by subscription ID order. @category queries */
export const subscriptionsOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<Subscription> =>
  indexGet(state.indexes.subscriptionsByCustomer, customer).flatMap((id) => present(getSubscription(state, id)))

/** The partnerships of an indirect provider that are requested or active. @category queries */
export const partnershipsOfProvider = (state: ProgramState, provider: TenantId): ReadonlyArray<Partnership> =>
  indexGet(state.indexes.resellersByProvider, provider).flatMap((r) => present(getPartnership(state, provider, r)))

/** The partnerships of an indirect reseller that are requested or active. @category queries */
export const partnershipsOfReseller = (state: ProgramState, reseller: TenantId): ReadonlyArray<Partnership> =>
  indexGet(state.indexes.providersByReseller, reseller).flatMap((p) => present(getPartnership(state, p, reseller)))

/**
 * The customers an indirect provider serves through one indirect reseller (CUS-3): those whose
 * reseller relationship with the reseller names the provider. Index-backed.
 *
 * @category queries
 */
export const customersOfProviderByReseller = (
  state: ProgramState,
  provider: TenantId,
  reseller: TenantId,
): ReadonlyArray<Customer> =>
  indexGet(state.indexes.customersByProviderReseller, partnershipKey(provider, reseller)).flatMap((id) =>
    present(getCustomer(state, id)),
  )

/** The partners holding a reseller relationship with a customer (MUL-1). @category queries */
export const partnersOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<Partner> =>
  indexGet(state.indexes.partnersByCustomer, customer).flatMap((id) => present(getPartner(state, id)))

/** The indirect resellers an indirect provider has a partnership with (requested or active). @category queries */
export const resellersOfProvider = (state: ProgramState, provider: TenantId): ReadonlyArray<Partner> =>
  indexGet(state.indexes.resellersByProvider, provider).flatMap((id) => present(getPartner(state, id)))

/** The indirect providers an indirect reseller has a partnership with (requested or active). @category queries */
export const providersOfReseller = (state: ProgramState, reseller: TenantId): ReadonlyArray<Partner> =>
  indexGet(state.indexes.providersByReseller, reseller).flatMap((id) => present(getPartner(state, id)))

/** A partner's recorded revenue for one month and category, or `undefined` if none is recorded. @category queries */
export const getRevenue = (
  state: ProgramState,
  partner: TenantId,
  month: YearMonth,
  category: RevenueCategory,
): RevenueEntry | undefined => tableGet(state.revenue, revenueKey(partner, month, category))

const present = <A>(a: A | undefined): ReadonlyArray<A> => (a === undefined ? [] : [a])

// ---------------------------------------------------------------------------------------------
// Writes: used by evolve and by the state codec only. Each keeps its table and indexes in step.

/** @internal */
export const putPartner = (state: ProgramState, partner: Partner): ProgramState => {
  const previous = getPartner(state, partner.tenantId)
  let byMpn = state.indexes.partnersByMpnId
  const ids = mpnIdsOf(partner)
  for (const id of previous === undefined ? [] : mpnIdsOf(previous))
    if (!ids.includes(id)) byMpn = indexRemove(byMpn, id, partner.tenantId)
  for (const id of ids) byMpn = indexAdd(byMpn, id, partner.tenantId)
  return {
    ...state,
    partners: tableSet(state.partners, partner.tenantId, partner),
    indexes: { ...state.indexes, partnersByMpnId: byMpn },
  }
}

/** @internal */
export const putTenant = (state: ProgramState, tenant: Tenant): ProgramState => ({
  ...state,
  tenants: tableSet(state.tenants, tenant.tenantId, tenant),
})

/** @internal */
export const putCustomer = (state: ProgramState, customer: Customer): ProgramState => ({
  ...state,
  customers: tableSet(state.customers, customer.tenantId, customer),
})

/** The `provider/reseller` key under which an indirect reseller relationship is indexed (CUS-3), if any. @internal */
export const viaProvider = (r: ResellerRelationship | undefined): string | undefined =>
  r?.channel === 'indirectReseller' && r.indirectProviderTenantId !== null
    ? partnershipKey(r.indirectProviderTenantId, r.partnerTenantId)
    : undefined

/** @internal */
export const putRelationship = (state: ProgramState, relationship: ResellerRelationship): ProgramState => {
  const { partnerTenantId: partner, customerTenantId: customer } = relationship
  const previous = getRelationship(state, partner, customer)
  let byProviderReseller = state.indexes.customersByProviderReseller
  const before = viaProvider(previous)
  const after = viaProvider(relationship)
  if (before !== undefined && before !== after) byProviderReseller = indexRemove(byProviderReseller, before, customer)
  if (after !== undefined) byProviderReseller = indexAdd(byProviderReseller, after, customer)
  return {
    ...state,
    relationships: tableSet(state.relationships, relationshipKey(partner, customer), relationship),
    indexes: {
      ...state.indexes,
      customersByPartner: indexAdd(state.indexes.customersByPartner, partner, customer),
      partnersByCustomer: indexAdd(state.indexes.partnersByCustomer, customer, partner),
      customersByProviderReseller: byProviderReseller,
    },
  }
}

/** @internal */
export const putPartnership = (state: ProgramState, partnership: Partnership): ProgramState => {
  const { providerTenantId: provider, resellerTenantId: reseller } = partnership
  const listed = partnership.status !== 'removed'
  const { resellersByProvider, providersByReseller } = state.indexes
  return {
    ...state,
    partnerships: tableSet(state.partnerships, partnershipKey(provider, reseller), partnership),
    indexes: {
      ...state.indexes,
      resellersByProvider: listed
        ? indexAdd(resellersByProvider, provider, reseller)
        : indexRemove(resellersByProvider, provider, reseller),
      providersByReseller: listed
        ? indexAdd(providersByReseller, reseller, provider)
        : indexRemove(providersByReseller, reseller, provider),
    },
  }
}

/** @internal */
export const putInvitation = (state: ProgramState, invitation: Invitation): ProgramState => ({
  ...state,
  invitations: tableSet(state.invitations, invitation.id, invitation),
  indexes: {
    ...state.indexes,
    invitationsByCustomer: indexAdd(state.indexes.invitationsByCustomer, invitation.customerTenantId, invitation.id),
  },
})

/** @internal */
export const putSubscription = (state: ProgramState, subscription: Subscription): ProgramState => ({
  ...state,
  subscriptions: tableSet(state.subscriptions, subscription.id, subscription),
  indexes: {
    ...state.indexes,
    subscriptionsByCustomer: indexAdd(
      state.indexes.subscriptionsByCustomer,
      subscription.customerTenantId,
      subscription.id,
    ),
  },
})

/** @internal */
export const putRevenue = (state: ProgramState, entry: RevenueEntry): ProgramState => ({
  ...state,
  revenue: tableSet(state.revenue, revenueKey(entry.partnerTenantId, entry.month, entry.category), entry),
})

const TABLES = [
  'partners',
  'tenants',
  'customers',
  'relationships',
  'partnerships',
  'invitations',
  'subscriptions',
  'revenue',
] as const

const mapTables = (
  state: ProgramState,
  table: <V>(t: Table<string, V>) => Table<string, V>,
  index: (i: Index<string, string>) => Index<string, string>,
): ProgramState =>
  ({
    ...Object.fromEntries(TABLES.map((name) => [name, table(state[name] as Table<string, unknown>)])),
    indexes: Object.fromEntries(
      Object.entries(state.indexes).map(([name, i]) => [name, index(i as Index<string, string>)]),
    ),
  }) as unknown as ProgramState

/**
 * Runs `work` on a private working copy of `state` whose tables are edited in place, then seals
 * the result. For bulk work whose intermediate states nobody sees (replaying a log): the same
 * writes, without copying a path of each table per write. `state` itself is never changed.
 *
 * @internal
 */
export const inWorkingCopy = (state: ProgramState, work: (copy: ProgramState) => ProgramState): ProgramState =>
  mapTables(work(mapTables(state, tableWorkingCopy, indexWorkingCopy)), sealTable, sealIndex)
