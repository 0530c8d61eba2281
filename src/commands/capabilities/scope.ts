/**
 * What an actor could name in a command, read from the state once per `capabilities` call: the
 * partners it may act as (a partner user: its own tenant; Microsoft: every partner; a customer
 * admin: its customer's partners), and for each of them its customers, the subscriptions billed to
 * it, the resellers serving a customer through it. Every list is an index read, kept for the call.
 *
 * @module
 */
import type { Actor } from '../../model/actor.js'
import type { IsoDateTime, Region, SubscriptionId, TenantId } from '../../kernel/ids.js'
import { hasRole, type Partner } from '../../model/partner.js'
import {
  customersOfPartner,
  entitiesOf,
  getCustomer,
  getPartner,
  getRelationship,
  getSubscription,
  partnersOfCustomer,
  relationshipsOfCustomer,
  subscriptionsOfCustomer,
} from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import type { Subscription } from '../../model/subscription.js'
import { DEFAULT_REGION } from './placeholders.js'

/**
 * The subjects an actor could name, and how to read them. `customersOf` and `subscriptionsOf` are
 * narrowed to one customer (or subscription) when the call asks about one: a narrowing that only
 * leaves out candidates the subject filter would drop anyway. @internal
 */
export interface Scope {
  readonly state: ProgramState
  readonly actor: Actor
  readonly at: IsoDateTime
  /** The kind of actor, `undefined` for a value that is not an actor. */
  readonly kind: Actor['kind'] | undefined
  /** The customer tenant of a customer admin. */
  readonly customerAdminOf: TenantId | undefined
  /** The partner tenants the actor may name as the partner acting (a partner user's own, even unknown). */
  readonly partners: ReadonlyArray<TenantId>
  /** The partner, if the state knows it. */
  readonly partner: (tenant: TenantId) => Partner | undefined
  /** The partner's region, or the default region for an unknown partner. */
  readonly region: (tenant: TenantId) => Region
  /** The customers of `partner` in scope, by tenant ID. */
  readonly customersOf: (partner: TenantId) => ReadonlyArray<TenantId>
  /** The subscriptions billed to `partner` among those of its customers in scope. */
  readonly subscriptionsOf: (partner: TenantId) => ReadonlyArray<Subscription>
  /** The indirect resellers serving `customer` through the indirect provider `provider`. */
  readonly resellersServing: (provider: TenantId, customer: TenantId) => ReadonlyArray<TenantId>
  /** Every partner holding the indirect reseller role, by tenant ID (read once, when first asked). */
  readonly indirectResellers: () => ReadonlyArray<Partner>
}

const byTenant = (a: { readonly tenantId: string }, b: { readonly tenantId: string }) =>
  a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0

const memo = <A>(compute: (key: TenantId) => A): ((key: TenantId) => A) => {
  const cache = new Map<TenantId, A>()
  return (key) => {
    const hit = cache.get(key)
    if (hit !== undefined || cache.has(key)) return hit as A
    const value = compute(key)
    cache.set(key, value)
    return value
  }
}

/** The customer a subject names: itself if it is a customer, the customer of a subscription. */
const customerNamed = (state: ProgramState, subject: string | undefined): TenantId | undefined => {
  if (subject === undefined) return undefined
  const subscription = getSubscription(state, subject as SubscriptionId)
  if (subscription !== undefined) return subscription.customerTenantId
  return getCustomer(state, subject as TenantId)?.tenantId
}

/**
 * The scope of `actor` in `state`, narrowed to what `subject` names when it is a customer or
 * subscription; empty for an actor that is not `valid`. @internal
 */
export const scopeOf = (
  state: ProgramState,
  actor: Actor,
  at: IsoDateTime,
  subject: string | undefined,
  valid = true,
): Scope => {
  const onlyCustomer = valid && actor.kind === 'customerAdmin' ? actor.tenantId : undefined
  const named = customerNamed(state, subject)
  const onlySubscription =
    subject !== undefined && getSubscription(state, subject as SubscriptionId) !== undefined ? subject : undefined
  const partners: ReadonlyArray<TenantId> = !valid
    ? []
    : actor.kind === 'partnerUser'
      ? [actor.tenantId]
      : actor.kind === 'customerAdmin'
        ? partnersOfCustomer(state, actor.tenantId).map((p) => p.tenantId)
        : [...entitiesOf(state, 'partners')].sort(byTenant).map((p) => p.tenantId)
  // one customer asked about (a customer admin's own, or the subject's): a table read, not a list
  const only = onlyCustomer ?? named
  const customersOf = memo((partner): ReadonlyArray<TenantId> =>
    only === undefined
      ? customersOfPartner(state, partner).map((c) => c.tenantId)
      : (onlyCustomer === undefined || named === undefined || onlyCustomer === named) &&
          getRelationship(state, partner, only) !== undefined &&
          getCustomer(state, only) !== undefined
        ? [only]
        : [],
  )
  const resellersOf = memo((customer) =>
    relationshipsOfCustomer(state, customer).filter((r) => r.channel === 'indirectReseller'),
  )
  let resellers: ReadonlyArray<Partner> | undefined
  return {
    state,
    actor,
    at,
    kind: valid ? actor.kind : undefined,
    customerAdminOf: onlyCustomer,
    partners,
    partner: (tenant) => getPartner(state, tenant),
    region: (tenant) => getPartner(state, tenant)?.region ?? DEFAULT_REGION,
    customersOf,
    subscriptionsOf: memo((partner) =>
      customersOf(partner).flatMap((c) =>
        subscriptionsOfCustomer(state, c).filter(
          (s) => s.billedBy === partner && (onlySubscription === undefined || s.id === onlySubscription),
        ),
      ),
    ),
    resellersServing: (provider, customer) =>
      resellersOf(customer)
        .filter((r) => r.indirectProviderTenantId === provider)
        .map((r) => r.partnerTenantId),
    indirectResellers: () =>
      (resellers ??= entitiesOf(state, 'partners')
        .filter((p) => hasRole(p, 'indirectReseller'))
        .sort(byTenant)),
  }
}
