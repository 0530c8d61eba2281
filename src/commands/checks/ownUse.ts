/**
 * Own use and self-dealing (OWN-2, OWN-3): a partner sells only to customer tenants that are not
 * its own partner tenant, its own internal-use tenant (except Azure for its own use), a reseller in
 * partnership with it, or a tenant of an affiliate.
 *
 * @internal
 */
import type { TenantId } from '../../kernel/ids.js'
import type { Partner } from '../../model/partner.js'
import { getPartnership } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import type { Tenant } from '../../model/tenant.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import type { ProviderInput, ProviderLoaded, ResellerLoaded } from './provider.js'

type Ctx<L extends object = object> = CheckContext<ProviderInput, ProviderLoaded & L>
type AnyCtx = CheckContext<CommandInputBase, object>

/**
 * Whether `tenant` is the partner tenant of an indirect reseller in active partnership with
 * `provider`: that tenant never becomes the provider's end customer (OWN-3).
 */
export const isPartneredReseller = (state: ProgramState, provider: TenantId, tenant: TenantId): boolean =>
  getPartnership(state, provider, tenant)?.status === 'active'

/**
 * OWN-3, on every path by which a provider would make a reseller in partnership with it its end
 * customer (an order, a purchase, a customer created, an invitation): the customer tenant is not
 * the partner tenant of such a reseller (`ResellerAsEndCustomer`, subjects: the provider and the
 * reseller). `providerId` picks the provider the customer would buy from (none: the check passes).
 */
export const notPartneredReseller = <C extends AnyCtx>(
  providerId: (c: C) => TenantId | null | undefined,
  customerId: (c: C) => TenantId,
): RuleCheck<C> => ({
  rule: 'OWN-3',
  name: "a reseller in partnership with the provider is not the provider's end customer on the same tenant",
  check: (c) => {
    const provider = providerId(c)
    if (provider === null || provider === undefined) return pass
    const customer = customerId(c)
    return !isPartneredReseller(c.state, provider, customer)
      ? pass
      : fail(
          'ResellerAsEndCustomer',
          [provider, customer],
          `Tenant ${customer} is the partner tenant of an indirect reseller in partnership with ${provider}; it cannot also be that provider's end customer. A reseller buys for its own use on a separate customer tenant, never on its partner tenant.`,
        )
  },
})

/**
 * Own use and self-dealing, for a customer tenant a provider sells to: not a reseller of the
 * provider becoming its end customer (OWN-3); a customer tenant, not a partner tenant (OWN-2); not
 * the provider's own internal-use tenant (OWN-2: a provider's orders and subscription changes are
 * never the Azure for its own use it may buy there, which is a direct purchase); nor a tenant the
 * seller recorded as affiliated (OWN-2).
 */
export const ownUseChecks = <C extends Ctx<ResellerLoaded>>(
  customerId: (c: C) => TenantId,
  tenant: (c: C) => Tenant | undefined,
): ReadonlyArray<RuleCheck<C>> => [
  notPartneredReseller<C>((c) => c.input.providerTenantId, customerId),
  // a reseller in partnership with the provider is reported under OWN-3 above
  soldToCustomerTenant(customerId, tenant, (c) =>
    isPartneredReseller(c.state, c.input.providerTenantId, customerId(c)),
  ),
  notOwnInternalUse<C>(
    (c) => c.input.providerTenantId,
    tenant,
    () => false,
  ),
  notAffiliated((c) => [c.provider, c.reseller], customerId, tenant),
]

/**
 * OWN-2: a partner sells only to customer tenants, never to a partner or integration sandbox tenant
 * (`NotCustomerTenant`, subjects: the tenant), except where `reportedElsewhere` says another check
 * reports the case (OWN-1 for the partner tenant itself, OWN-3 for a reseller of the provider).
 */
export const soldToCustomerTenant = <C extends AnyCtx>(
  customerId: (c: C) => TenantId,
  tenant: (c: C) => Tenant | undefined,
  reportedElsewhere: (c: C) => boolean = () => false,
): RuleCheck<C> => ({
  rule: 'OWN-2',
  name: 'the buyer is a customer tenant, not a partner or integration sandbox tenant',
  check: (c) => {
    const t = tenant(c)
    return t !== undefined && t.kind !== 'customer' && !reportedElsewhere(c)
      ? fail(
          'NotCustomerTenant',
          [customerId(c)],
          `Tenant ${customerId(c)} is a ${t.kind} tenant; partners sell only to customer tenants, never to themselves or another partner tenant.`,
        )
      : pass
  },
})

/**
 * OWN-2: a partner does not sell to its own internal-use tenant (`OwnInternalUseTenant`, subjects:
 * the seller and the tenant). The one exception the seeds imply is Azure for the partner's own use
 * through the partner shared services offer (RST-3 names it): `ownUseAzure` says whether the sale
 * is that.
 */
export const notOwnInternalUse = <C extends AnyCtx>(
  sellerId: (c: C) => TenantId,
  tenant: (c: C) => Tenant | undefined,
  ownUseAzure: (c: C) => boolean,
): RuleCheck<C> => ({
  rule: 'OWN-2',
  name: 'a partner sells nothing to its own internal-use tenant but Azure for its own use',
  check: (c) => {
    const t = tenant(c)
    const seller = sellerId(c)
    return t?.kind === 'customer' && t.internalUse && t.owner === seller && !ownUseAzure(c)
      ? fail(
          'OwnInternalUseTenant',
          [seller, t.tenantId],
          `Tenant ${t.tenantId} is the internal-use tenant of partner ${seller}, which may not sell to itself: only Azure for its own use (the partner shared services offer) is bought there; anything else it buys as the customer of another CSP partner.`,
        )
      : pass
  },
})

/** The customer tenant is not affiliated with any of the selling partners (OWN-2). */
export const notAffiliated = <C extends AnyCtx>(
  sellers: (c: C) => ReadonlyArray<Partner | undefined>,
  customerId: (c: C) => TenantId,
  tenant: (c: C) => Tenant | undefined = () => undefined,
): RuleCheck<C> => ({
  rule: 'OWN-2',
  name: 'the customer is not the seller itself or an affiliate',
  check: (c) => {
    const customer = customerId(c)
    const owner = tenant(c)?.owner ?? null
    const seller = sellers(c).find(
      (p) =>
        p !== undefined &&
        (p.affiliatedTenants.includes(customer) || (owner !== null && p.affiliatedTenants.includes(owner))),
    )
    return seller === undefined
      ? pass
      : fail(
          'AffiliatedCustomer',
          [seller.tenantId, customer],
          `Customer tenant ${customer} belongs to an organization affiliated with ${seller.name}; a partner may not sell to itself or an affiliate.`,
        )
  },
})
