/**
 * `requestPartnership`: an indirect provider asks an indirect reseller for a partnership.
 *
 * @module
 */
import type * as t from 'io-ts'
import { hasRole } from '../../model/partner.js'
import { getPartner, getPartnership } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { actsForOwnTenant, roleAmong } from '../checks/actor.js'
import { partnerKnown } from '../checks/partner.js'
import { located, sameRegion } from '../checks/region.js'
import { PROVIDER_TASK_ROLES } from '../checks/actor.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import { isIndirectReseller, partnershipFields, resellerMpaSigned } from '../checks/partnership.js'

/** Codec for {@link RequestPartnershipInput}. @category codecs @since 0.1.0 */
export const RequestPartnershipInput = commandInput('RequestPartnershipInput', partnershipFields)
/** Input of {@link requestPartnership}: the indirect provider tenant and the indirect reseller tenant. @category commands */
export interface RequestPartnershipInput extends t.TypeOf<typeof RequestPartnershipInput> {}

const load = (state: ProgramState, input: RequestPartnershipInput) => ({
  provider: getPartner(state, input.providerTenantId),
  reseller: getPartner(state, input.resellerTenantId),
  existing: getPartnership(state, input.providerTenantId, input.resellerTenantId),
})
type Context = CheckContext<RequestPartnershipInput, ReturnType<typeof load>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  partnerKnown(
    (c) => c.provider,
    (c) => c.input.providerTenantId,
    'indirect provider',
  ),
  partnerKnown(
    (c) => c.reseller,
    (c) => c.input.resellerTenantId,
    'indirect reseller',
  ),
  actsForOwnTenant((c) => c.input.providerTenantId),
  roleAmong('PRT-1', PROVIDER_TASK_ROLES, 'do indirect provider tasks'),
  {
    rule: 'PRT-3',
    name: 'the provider and the reseller are two tenants',
    check: ({ input }) =>
      input.providerTenantId === input.resellerTenantId
        ? fail(
            'PartnershipWithItself',
            [input.providerTenantId],
            'A partnership joins an indirect provider and another tenant, an indirect reseller; a tenant does not partner with itself.',
          )
        : pass,
  },
  {
    rule: 'PRT-1',
    name: 'the requesting partner is an indirect provider',
    check: ({ provider }) =>
      provider !== undefined && !hasRole(provider, 'indirectProvider')
        ? fail('NotIndirectProvider', [provider.tenantId], `Partner ${provider.name} is not an indirect provider.`)
        : pass,
  },
  isIndirectReseller('PRT-2', (c) => c.reseller),
  sameRegion('REG-2', ({ provider, reseller }) => ({
    a: located(provider),
    b: located(reseller),
  })),
  resellerMpaSigned('PGM-4', (c) => c.reseller),
  {
    rule: 'PRT-3',
    name: 'no partnership is requested or active already',
    check: ({ existing }) =>
      existing !== undefined && existing.status !== 'removed'
        ? fail(
            'PartnershipExists',
            [existing.providerTenantId, existing.resellerTenantId],
            `A partnership between ${existing.providerTenantId} and ${existing.resellerTenantId} is already ${existing.status}.`,
          )
        : pass,
  },
]

/**
 * Requests a partnership (PRT-3, seed 001); it exists once the reseller's global admin accepts it
 * (`acceptPartnership`). A reseller may have several providers in its region. A pending request may
 * be withdrawn (`withdrawPartnershipRequest`) or declined (`declinePartnership`); a declined,
 * withdrawn or removed partnership may be requested again.
 *
 * Violations: `MOD-1` (unknown provider or reseller, `UnknownPartner`), `ROL-2` (actor of another
 * tenant, `ActsForAnotherTenant`), `PRT-1` (role not allowed, code 900150; the partner is not an
 * indirect provider), `PRT-2` (the reseller is not an enrolled indirect reseller, code 800016),
 * `REG-2` (different regions, code 2201), `PGM-4` (the reseller has not signed the MPA, code 900123,
 * from 2020-02-01), `PRT-3` (already requested or active, `PartnershipExists`, or the provider and
 * the reseller are the same tenant, `PartnershipWithItself`).
 *
 * Emits `PartnershipRequested`.
 *
 * @example
 * ```ts
 * import { isoDateTime, partnerUser, requestPartnership } from 'csp-channel'
 * const out = requestPartnership(state, {
 *   actor: partnerUser(providerTenantId, 'salesAgent'),
 *   at: isoDateTime('2020-03-02T09:00:00Z'),
 *   providerTenantId,
 *   resellerTenantId,
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const requestPartnership = defineCommand({
  name: 'requestPartnership',
  input: RequestPartnershipInput,
  load,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'PartnershipRequested',
      at: input.at,
      partnership: {
        providerTenantId: input.providerTenantId,
        resellerTenantId: input.resellerTenantId,
        status: 'requested',
        requestedAt: input.at,
        acceptedAt: null,
      },
    },
  ],
})
