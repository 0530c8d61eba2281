/**
 * The write functions of the program state, used by `evolve` and by the state codec only. Each
 * keeps its table and the secondary indexes in step; {@link inWorkingCopy} runs bulk writes on a
 * private working copy.
 *
 * @module
 */
import type { Invitation } from './invitation.js'
import { mpnIdsOf, type Partner } from './partner.js'
import { getPartner, getRelationship } from './queries.js'
import { partnershipKey, relationshipKey, type Partnership, type ResellerRelationship } from './relationship.js'
import { revenueKey, type RevenueEntry } from './revenue.js'
import type { ProgramState } from './state.js'
import type { Subscription } from './subscription.js'
import {
  indexAdd,
  indexRemove,
  indexWorkingCopy,
  sealIndex,
  sealTable,
  tableSet,
  tableWorkingCopy,
  type Index,
  type Table,
} from './table.js'
import type { Customer, Tenant } from './tenant.js'

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
