/**
 * The program state: every table of the model and its secondary indexes, and the empty state. Read
 * it with the query functions of the queries module; the write functions of the writes module keep
 * tables and indexes in step (used only by `evolve` and the state codec).
 *
 * Each table is a persistent map (see the table module), so reading or writing one entity costs
 * O(log32 n) whatever the size of the state, and a new state shares everything else with the old.
 *
 * @module
 */
import type { InvitationId, MpnId, SubscriptionId, TenantId } from './ids.js'
import type { Invitation } from './invitation.js'
import type { Partner } from './partner.js'
import type { Partnership, ResellerRelationship } from './relationship.js'
import type { RevenueEntry } from './revenue.js'
import type { Subscription } from './subscription.js'
import { emptyIndex, emptyTable, type Index, type Table } from './table.js'
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
 * never change the one they are given. Read it with the query functions (`getPartner`,
 * `customersOfPartner`, …).
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
