/**
 * The read functions of the program state: each entity by ID, and the lists the secondary
 * indexes keep (customers of a partner, subscriptions of a customer, partnerships of a provider…).
 * Every query is a table or index read: O(log32 n) whatever the size of the state.
 *
 * @module
 */
import type { InvitationId, MpnId, SubscriptionId, TenantId, YearMonth } from '../kernel/ids.js'
import type { Invitation } from './invitation.js'
import type { Partner } from './partner.js'
import { partnershipKey, relationshipKey, type Partnership, type ResellerRelationship } from './relationship.js'
import { revenueKey, type RevenueCategory, type RevenueEntry } from './revenue.js'
import type { ProgramState } from './state.js'
import type { Subscription } from './subscription.js'
import { tableGet, tableSize, tableValues, type Table } from './table.js'
import { indexGet } from './tableIndex.js'
import type { Customer, Tenant } from './tenant.js'

/** The partner with partner tenant ID `id`, or `undefined`. @category queries @since 0.1.0 */
export const getPartner = (state: ProgramState, id: TenantId): Partner | undefined => tableGet(state.partners, id)

/**
 * The partners holding `mpnId` among their location MPN IDs (usually one; a company may have one CSP
 * account per region). Compare with each partner's `mpnId` to know whether it is the ID tied to its
 * CSP account (PRT-5).
 *
 * @category queries
 * @since 0.1.0
 */
export const getPartnersByMpnId = (state: ProgramState, mpnId: MpnId): ReadonlyArray<Partner> =>
  indexGet(state.indexes.partnersByMpnId, mpnId).flatMap((id) => present(getPartner(state, id)))

/** The tenant with ID `id`, or `undefined`. @category queries @since 0.1.0 */
export const getTenant = (state: ProgramState, id: TenantId): Tenant | undefined => tableGet(state.tenants, id)

/** The customer with customer tenant ID `id`, or `undefined`. @category queries @since 0.1.0 */
export const getCustomer = (state: ProgramState, id: TenantId): Customer | undefined => tableGet(state.customers, id)

/** The subscription with ID `id`, or `undefined`. @category queries @since 0.1.0 */
export const getSubscription = (state: ProgramState, id: SubscriptionId): Subscription | undefined =>
  tableGet(state.subscriptions, id)

/** The invitation with ID `id`, or `undefined`. @category queries @since 0.1.0 */
export const getInvitation = (state: ProgramState, id: InvitationId): Invitation | undefined =>
  tableGet(state.invitations, id)

/** The reseller relationship between a partner and a customer, or `undefined`. @category queries @since 0.1.0 */
export const getRelationship = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
): ResellerRelationship | undefined => tableGet(state.relationships, relationshipKey(partner, customer))

/** The partnership between an indirect provider and an indirect reseller (any status), or `undefined`. @category queries @since 0.1.0 */
export const getPartnership = (state: ProgramState, provider: TenantId, reseller: TenantId): Partnership | undefined =>
  tableGet(state.partnerships, partnershipKey(provider, reseller))

/** The customers a partner holds a reseller relationship with, by tenant ID order. @category queries @since 0.1.0 */
export const customersOfPartner = (state: ProgramState, partner: TenantId): ReadonlyArray<Customer> =>
  indexGet(state.indexes.customersByPartner, partner).flatMap((id) => present(getCustomer(state, id)))

/** The reseller relationships of a customer, one per partner (MUL-1). @category queries @since 0.1.0 */
export const relationshipsOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<ResellerRelationship> =>
  indexGet(state.indexes.partnersByCustomer, customer).flatMap((p) => present(getRelationship(state, p, customer)))

/** The invitations sent to a customer tenant (open or accepted), by invitation ID order. @category queries @since 0.2.0 */
export const invitationsOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<Invitation> =>
  indexGet(state.indexes.invitationsByCustomer, customer).flatMap((id) => present(getInvitation(state, id)))

/** The subscriptions of a customer tenant, by subscription ID order. @category queries @since 0.1.0 */
export const subscriptionsOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<Subscription> =>
  indexGet(state.indexes.subscriptionsByCustomer, customer).flatMap((id) => present(getSubscription(state, id)))

/** The partnerships of an indirect provider that are requested or active. @category queries @since 0.1.0 */
export const partnershipsOfProvider = (state: ProgramState, provider: TenantId): ReadonlyArray<Partnership> =>
  indexGet(state.indexes.resellersByProvider, provider).flatMap((r) => present(getPartnership(state, provider, r)))

/** The partnerships of an indirect reseller that are requested or active. @category queries @since 0.1.0 */
export const partnershipsOfReseller = (state: ProgramState, reseller: TenantId): ReadonlyArray<Partnership> =>
  indexGet(state.indexes.providersByReseller, reseller).flatMap((p) => present(getPartnership(state, p, reseller)))

/**
 * The customers an indirect provider serves through one indirect reseller (CUS-3): those whose
 * reseller relationship with the reseller names the provider. Index-backed.
 *
 * @category queries
 * @since 0.1.0
 */
export const customersOfProviderByReseller = (
  state: ProgramState,
  provider: TenantId,
  reseller: TenantId,
): ReadonlyArray<Customer> =>
  indexGet(state.indexes.customersByProviderReseller, partnershipKey(provider, reseller)).flatMap((id) =>
    present(getCustomer(state, id)),
  )

/** The partners holding a reseller relationship with a customer (MUL-1). @category queries @since 0.1.0 */
export const partnersOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<Partner> =>
  indexGet(state.indexes.partnersByCustomer, customer).flatMap((id) => present(getPartner(state, id)))

/** The indirect resellers an indirect provider has a partnership with (requested or active). @category queries @since 0.1.0 */
export const resellersOfProvider = (state: ProgramState, provider: TenantId): ReadonlyArray<Partner> =>
  indexGet(state.indexes.resellersByProvider, provider).flatMap((id) => present(getPartner(state, id)))

/** The indirect providers an indirect reseller has a partnership with (requested or active). @category queries @since 0.1.0 */
export const providersOfReseller = (state: ProgramState, reseller: TenantId): ReadonlyArray<Partner> =>
  indexGet(state.indexes.providersByReseller, reseller).flatMap((id) => present(getPartner(state, id)))

/** A partner's recorded revenue for one month and category, or `undefined` if none is recorded. @category queries @since 0.1.0 */
export const getRevenue = (
  state: ProgramState,
  partner: TenantId,
  month: YearMonth,
  category: RevenueCategory,
): RevenueEntry | undefined => tableGet(state.revenue, revenueKey(partner, month, category))

/**
 * Every entity of one table of the state (`'partners'`, `'customers'`, `'subscriptions'`, …: the
 * table fields of {@link ProgramState}), in no particular order: sort them if order matters. O(n);
 * to read one entity or the entities of one owner, use the `get…` and `…Of…` queries instead.
 *
 * @example
 * ```ts
 * import { emptyState, entitiesOf } from 'csp-channel'
 * const restricted = entitiesOf(emptyState, 'partners').filter((p) => p.directBill?.status === 'restricted')
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const entitiesOf = <N extends Exclude<keyof ProgramState, 'indexes'>>(
  state: ProgramState,
  table: N,
): ReadonlyArray<ProgramState[N] extends Table<never, infer E> ? E : never> => tableValues(state[table] as never)

/**
 * The number of entities in one table of the state. O(1).
 *
 * @example
 * ```ts
 * import { countOf, emptyState } from 'csp-channel'
 * countOf(emptyState, 'subscriptions') // 0
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const countOf = (state: ProgramState, table: Exclude<keyof ProgramState, 'indexes'>): number =>
  tableSize(state[table] as Table<string, unknown>)

const present = <A>(a: A | undefined): ReadonlyArray<A> => (a === undefined ? [] : [a])
