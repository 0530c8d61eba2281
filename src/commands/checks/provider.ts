/**
 * The indirect provider and the reseller it names: the provider acts (PRT-1, PGM-2, TRN-10, PGM-3),
 * the reseller is an enrolled indirect reseller in active partnership with it (PRT-2, PGM-4, REG-2,
 * PRT-4).
 *
 * @internal
 */
import type { TenantId } from '../../kernel/ids.js'
import { hasRole, type Partner, billsWithMicrosoft } from '../../model/partner.js'
import { getPartner, getPartnership } from '../../model/queries.js'
import type { Partnership } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import { fail, pass, when, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { actsForOwnTenant, PROVIDER_TASK_ROLES, roleAmong } from './actor.js'
import { notBeforePartnership } from './integrity.js'
import { mpaSigned, partnerKnown } from './partner.js'
import { isIndirectReseller, resellerMpaSigned } from './partnership.js'
import { located, sameRegion } from './region.js'

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
  const applies = ({ provider }: C) => provider !== undefined && !billsWithMicrosoft(provider)
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
      a: located(provider),
      b: located(reseller),
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
