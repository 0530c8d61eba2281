/**
 * Checks shared by the indirect provider commands: who acts for the provider, the reseller it
 * names and the customer it acts on. Own use (OWN-2, OWN-3) and the partner of record (PRT-5) have
 * their own modules.
 *
 * @internal
 */
import type { TenantId } from '../model/ids.js'
import { hasRole, type Partner } from '../model/partner.js'
import type { Partnership, ResellerRelationship } from '../model/relationship.js'
import { getPartner, getPartnership, getRelationship, getTenant } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import type { Tenant } from '../model/tenant.js'
import { actsForOwnTenant, mpaSigned, partnerKnown, roleAmong } from './checks.js'
import { sameRegion } from './regionChecks.js'
import { fail, pass, when, type CheckContext, type CommandInputBase, type RuleCheck } from './contract.js'
import { ownUseChecks } from './ownUseChecks.js'
import { notBefore, notBeforePartnership } from './integrityChecks.js'
import { delegatedAdminUnknown } from './unknownFacts.js'
import { isIndirectReseller, resellerMpaSigned } from './partnershipChecks.js'

/** The Partner Center roles that may do indirect provider tasks (PRT-1). */
export const PROVIDER_TASK_ROLES = ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent'] as const

/** Input of a provider command. */
export type ProviderInput = CommandInputBase & { readonly providerTenantId: TenantId }
/** What every provider command loads. */
export interface ProviderLoaded {
  readonly provider: Partner | undefined
}
type Ctx<L extends object = object> = CheckContext<ProviderInput, ProviderLoaded & L>

/** Looks up the acting provider. */
export const loadProvider = (state: ProgramState, input: ProviderInput): ProviderLoaded => ({
  provider: getPartner(state, input.providerTenantId),
})

/**
 * The provider is known, the actor is one of its users with a provider task role (PRT-1), and it is
 * an indirect provider: an indirect reseller without a billing relationship is rejected under
 * `resellerRule` (PGM-2 for orders, TRN-10 for customer tenants), any other partner under PRT-1.
 */
const notResellerItself = <C extends Ctx>(task: string, rule: 'PGM-2' | 'TRN-10'): RuleCheck<C> => {
  const applies = ({ provider }: C) =>
    provider !== undefined && !hasRole(provider, 'indirectProvider') && !hasRole(provider, 'directBillPartner')
  const message = ({ provider }: C) =>
    `Partner ${provider?.name} is an indirect reseller: it cannot ${task}; its indirect provider does that for it.`
  const name = 'an indirect reseller does not do provider tasks itself'
  return rule === 'TRN-10'
    ? {
        rule,
        name,
        check: (c) => (applies(c) ? fail('CannotCreateCustomerTenant', [c.input.providerTenantId], message(c)) : pass),
      }
    : {
        rule,
        name,
        check: (c) => (applies(c) ? fail('NoBillingRelationship', [c.input.providerTenantId], message(c)) : pass),
      }
}

export const providerActs = <C extends Ctx>(
  task: string,
  resellerRule: 'PGM-2' | 'TRN-10',
): ReadonlyArray<RuleCheck<C>> => [
  partnerKnown(
    (c) => c.provider,
    (c) => c.input.providerTenantId,
    'indirect provider',
  ),
  actsForOwnTenant((c) => c.input.providerTenantId),
  roleAmong('PRT-1', PROVIDER_TASK_ROLES, task),
  {
    rule: 'PRT-1',
    name: 'the partner is an indirect provider',
    check: ({ provider }) =>
      provider !== undefined && !hasRole(provider, 'indirectProvider') && hasRole(provider, 'directBillPartner')
        ? fail(
            'NotIndirectProvider',
            [provider.tenantId],
            `Partner ${provider.name} is not an indirect provider and cannot ${task}.`,
          )
        : pass,
  },
  notResellerItself<C>(task, resellerRule),
  mpaSigned((c) => c.provider),
]

/** What a command naming a reseller loads. */
export interface ResellerLoaded {
  readonly reseller: Partner | undefined
  readonly partnership: Partnership | undefined
}

/** Looks up the named reseller and its partnership with the provider (nothing if no reseller is named). */
export const loadReseller = (state: ProgramState, provider: TenantId, reseller: TenantId | null): ResellerLoaded => ({
  reseller: reseller === null ? undefined : getPartner(state, reseller),
  partnership: reseller === null ? undefined : getPartnership(state, provider, reseller),
})

/**
 * The checks on a reseller the provider works with: known (MOD-1), an enrolled indirect reseller
 * (PRT-2, 800016), signed the MPA (PGM-4, 900123, from 2020-02-01), in the provider's region
 * (REG-2, 2201) and in an active partnership with it (PRT-4). Skipped when no reseller is named.
 */
export const resellerChecks = <C extends Ctx<ResellerLoaded>>(
  resellerId: (c: C) => TenantId | null,
  task: string,
): ReadonlyArray<RuleCheck<C>> => {
  return [
    when(
      (c) => resellerId(c) !== null,
      partnerKnown(
        (c) => c.reseller,
        (c) => resellerId(c) as TenantId,
        'indirect reseller',
      ),
    ),
    isIndirectReseller('PRT-2', (c) => c.reseller),
    resellerMpaSigned('PGM-4', (c) => c.reseller),
    sameRegion('REG-2', ({ provider, reseller }) => ({
      a: provider && { id: provider.tenantId, region: provider.region, name: provider.name },
      b: reseller && { id: reseller.tenantId, region: reseller.region, name: reseller.name },
    })),
    notBeforePartnership((c) => c.partnership),
    {
      rule: 'PRT-4',
      name: `the provider has an active partnership with the reseller to ${task}`,
      check: ({ reseller, partnership, provider }) =>
        reseller === undefined || provider === undefined || partnership?.status === 'active'
          ? pass
          : fail(
              'PartnershipNotActive',
              [provider.tenantId, reseller.tenantId],
              `Indirect provider ${provider.name} has no active partnership with ${reseller.name}, so it cannot ${task}.`,
            ),
    },
  ]
}

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

/**
 * The checks on the customer a provider acts on: a known customer tenant (MOD-1), not a reseller of
 * this provider (OWN-3) nor another partner tenant (OWN-2), not the provider's own internal-use
 * tenant nor affiliated with the provider or the reseller (OWN-2), in the provider's region (REG-1,
 * 2030), and held through a reseller relationship (TRN-12, 20002; with delegated admin when
 * `needsDelegatedAdmin`, ROL-2). TRN-12 and ROL-2 judge customer tenants only: a partner tenant is
 * reported under OWN-2 or OWN-3, with no advice the rules would refuse.
 */
export const customerChecks = <C extends Ctx<CustomerLoaded & ResellerLoaded>>(
  customerId: (c: C) => TenantId,
  needsDelegatedAdmin: boolean,
): ReadonlyArray<RuleCheck<C>> => [
  ...ownUseChecks<C>(customerId, (c) => c.customerTenant),
  {
    rule: 'MOD-1',
    name: 'the customer tenant is known',
    check: (c) =>
      c.customerTenant === undefined
        ? fail('UnknownCustomer', [customerId(c)], `No customer tenant ${customerId(c)} is known.`)
        : pass,
  },
  sameRegion('REG-1', ({ provider, customerTenant }) => ({
    a: provider && { id: provider.tenantId, region: provider.region, name: provider.name },
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
      needsDelegatedAdmin && c.providerRelationship?.delegatedAdmin === null
        ? delegatedAdminUnknown(c.providerRelationship)
        : needsDelegatedAdmin && c.providerRelationship !== undefined && !c.providerRelationship.delegatedAdmin
          ? fail(
              'NoDelegatedAdmin',
              [c.input.providerTenantId, customerId(c)],
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
