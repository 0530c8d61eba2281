/**
 * Own use and self-dealing (OWN-2, OWN-3): a partner sells only to customer tenants that are not
 * its own partner tenant, a reseller in partnership with it, or a tenant of an affiliate.
 *
 * @internal
 */
import type { TenantId } from '../model/ids.js'
import type { Partner } from '../model/partner.js'
import { getPartnership } from '../model/queries.js'
import type { Tenant } from '../model/tenant.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from './contract.js'
import type { ProviderInput, ProviderLoaded, ResellerLoaded } from './providerChecks.js'

type Ctx<L extends object = object> = CheckContext<ProviderInput, ProviderLoaded & L>

/**
 * Own use and self-dealing, for a customer tenant a partner sells to: it is a customer tenant, not
 * a partner tenant (OWN-2), and not a reseller of the provider becoming its end customer (OWN-3);
 * nor a tenant the seller recorded as affiliated (OWN-2).
 */
export const ownUseChecks = <C extends Ctx<ResellerLoaded>>(
  customerId: (c: C) => TenantId,
  tenant: (c: C) => Tenant | undefined,
): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'OWN-3',
    name: "a reseller in partnership with the provider is not the provider's end customer on the same tenant",
    check: (c) =>
      tenant(c)?.kind === 'partner' &&
      getPartnership(c.state, c.input.providerTenantId, customerId(c))?.status === 'active'
        ? fail(
            'ResellerAsEndCustomer',
            [c.input.providerTenantId, customerId(c)],
            `Tenant ${customerId(c)} is an indirect reseller in partnership with this provider; it can buy from it only on another tenant, after ending the partnership, or from another provider.`,
          )
        : pass,
  },
  // a reseller in partnership with the provider is reported under OWN-3 above
  soldToCustomerTenant(
    customerId,
    tenant,
    (c) => getPartnership(c.state, c.input.providerTenantId, customerId(c))?.status === 'active',
  ),
  notAffiliated((c) => [c.provider, c.reseller], customerId, tenant),
]

/**
 * OWN-2: a partner sells only to customer tenants, never to a partner or integration sandbox tenant
 * (`NotCustomerTenant`, subjects: the tenant), except where `reportedElsewhere` says another check
 * reports the case (OWN-1 for the partner tenant itself, OWN-3 for a reseller of the provider).
 */
export const soldToCustomerTenant = <C extends CheckContext<CommandInputBase, object>>(
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

/** The customer tenant is not affiliated with any of the selling partners (OWN-2). */
export const notAffiliated = <C extends CheckContext<CommandInputBase, object>>(
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
