/**
 * The customer a provider acts on: known (MOD-1), in its market (REG-1), not itself or a reseller of
 * it (OWN-2, OWN-3), held through a reseller relationship with delegated admin (TRN-12, ROL-2), and
 * the named reseller's customer (PRT-4).
 *
 * @internal
 */
import type { TenantId } from '../../kernel/ids.js'
import { getRelationship, getTenant } from '../../model/queries.js'
import type { ResellerRelationship } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import type { Tenant } from '../../model/tenant.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { commerceNeedsDelegatedAdmin, delegatedAdminFinding } from './delegatedAdmin.js'
import { notBefore } from './integrity.js'
import { ownUseChecks } from './ownUse.js'
import type { ProviderInput, ProviderLoaded, ResellerLoaded } from './provider.js'
import { located, sameRegion } from './region.js'

type Ctx<L extends object = object> = CheckContext<ProviderInput, ProviderLoaded & L>

/** What a command acting on a customer loads. */
export interface CustomerLoaded {
  readonly customerTenant: Tenant | undefined
  readonly providerRelationship: ResellerRelationship | undefined
}

/** Looks up the customer tenant and the provider's reseller relationship with it. */
export const loadCustomer = (state: ProgramState, provider: TenantId, customer: TenantId): CustomerLoaded => ({
  customerTenant: getTenant(state, customer),
  providerRelationship: getRelationship(state, provider, customer),
})

/** The customer tenant the command names is known (MOD-1, `UnknownCustomer`; subjects: its tenant ID). */
export const customerKnown = <C extends CheckContext<CommandInputBase, object>>(
  customerId: (c: C) => TenantId,
  known: (c: C) => boolean,
): RuleCheck<C> => ({
  rule: 'MOD-1',
  name: 'the customer tenant is known',
  check: (c) =>
    known(c) ? pass : fail('UnknownCustomer', [customerId(c)], `No customer tenant ${customerId(c)} is known.`),
})

/**
 * The checks on the customer a provider acts on: a known customer tenant (MOD-1), not a reseller of
 * this provider (OWN-3) nor another partner tenant (OWN-2), not the provider's own internal-use
 * tenant nor affiliated with the provider or the reseller (OWN-2), in the provider's region (REG-1,
 * 2030), and held through a reseller relationship (TRN-12, 20002; with delegated admin when
 * `needsDelegatedAdmin`, ROL-2, before GDAP-17 only: from 2022-01-10 commerce needs no DAP). TRN-12 and ROL-2 judge customer tenants only: a partner tenant is
 * reported under OWN-2 or OWN-3, with no advice the rules would refuse.
 */
export const customerChecks = <C extends Ctx<CustomerLoaded & ResellerLoaded>>(
  customerId: (c: C) => TenantId,
  needsDelegatedAdmin: boolean,
): ReadonlyArray<RuleCheck<C>> => [
  ...ownUseChecks<C>(customerId, (c) => c.customerTenant),
  customerKnown<C>(customerId, (c) => c.customerTenant !== undefined),
  sameRegion('REG-1', ({ provider, customerTenant }) => ({
    a: located(provider),
    b: customerTenant?.kind === 'customer' ? { id: customerTenant.tenantId, region: customerTenant.region } : undefined,
  })),
  notBefore(
    'MOD-6',
    ({ providerRelationship: r }) => r && { subjects: [r.partnerTenantId, r.customerTenantId], at: r.since },
    "the provider's reseller relationship with the customer began",
  ),
  {
    rule: 'TRN-12',
    name: 'the provider has a reseller relationship with the customer',
    check: (c) =>
      c.customerTenant?.kind === 'customer' && c.providerRelationship === undefined
        ? fail(
            'NoResellerRelationship',
            [c.input.providerTenantId, customerId(c)],
            `Indirect provider ${c.provider?.name ?? c.input.providerTenantId} has no reseller relationship with customer ${customerId(c)}; a provider orders only for customers that accepted its invitation or that it created.`,
            20002,
          )
        : pass,
  },
  {
    rule: 'ROL-2',
    name: 'the provider holds delegated admin privileges for the customer',
    check: (c) =>
      // from GDAP-17, commerce needs the reseller relationship only
      needsDelegatedAdmin && commerceNeedsDelegatedAdmin(c.ruleSet) && c.providerRelationship !== undefined
        ? delegatedAdminFinding(
            c.providerRelationship,
            c.input.at,
            `Indirect provider ${c.provider?.name ?? c.input.providerTenantId} has no delegated admin privileges for customer ${customerId(c)}.`,
          )
        : pass,
  },
  {
    rule: 'PRT-4',
    name: "the customer is the named reseller's customer",
    check: (c) => {
      const { reseller, state } = c
      if (reseller === undefined || c.customerTenant?.kind !== 'customer') return pass
      return getRelationship(state, reseller.tenantId, customerId(c)) === undefined
        ? fail(
            'NotResellersCustomer',
            [reseller.tenantId, customerId(c)],
            `Customer ${customerId(c)} is not a customer of ${reseller.name}.`,
          )
        : pass
    },
  },
]
