/**
 * Checks about indirect resellers shared by the partnership and invitation commands.
 *
 * @internal
 */
import { TenantId } from '../../kernel/ids.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { hasRole, mpaStandingAt, type Partner } from '../../model/partner.js'
import { getPartner, getPartnership } from '../../model/queries.js'
import type { Partnership } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import type { CommandInputBase } from '../contract.js'
import { fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import { actsForOwnTenant, globalAdminOnly } from './actor.js'
import { mpaDateUnknown } from './facts.js'
import { notBefore } from './integrity.js'
import { partnerKnown } from './partner.js'

type Ctx = CheckContext<CommandInputBase, object>

/** The partner is an enrolled (active) indirect reseller (PRT-2, PGM-5; code 800016). */
export const isIndirectReseller = <C extends Ctx>(
  rule: 'PRT-2' | 'PGM-5',
  pick: (c: C) => Partner | undefined,
): RuleCheck<C> => ({
  rule,
  name: 'the reseller is an enrolled indirect reseller with a Partner Center account',
  check: (c) => {
    const partner = pick(c)
    return partner !== undefined && !hasRole(partner, 'indirectReseller')
      ? fail(
          'NotIndirectReseller',
          [partner.tenantId, partner.mpnId],
          `Partner ${partner.name} is not an enrolled indirect reseller (enrollment: ${partner.indirectReseller.status}).`,
          800016,
        )
      : pass
  },
})

/** The indirect reseller has signed the MPA, checked from 2020-02-01 (PGM-4, PGM-5; code 900123). */
export const resellerMpaSigned = <C extends Ctx>(
  rule: 'PGM-4' | 'PGM-5',
  pick: (c: C) => Partner | undefined,
): RuleCheck<C> => ({
  rule,
  name: 'the indirect reseller has signed the Microsoft Partner Agreement',
  check: (c) => {
    const partner = pick(c)
    const standing = partner === undefined ? 'signed' : mpaStandingAt(partner, c.input.at)
    const required = inForceUnder(c.ruleSet, 'PGM-3')
    if (required && standing === 'unknown' && partner !== undefined) return mpaDateUnknown(partner)
    return required && partner !== undefined && standing === 'notSigned'
      ? fail(
          'ResellerMpaNotSigned',
          [partner.tenantId, partner.mpnId],
          `Indirect reseller ${partner.name} (MPN ID ${partner.mpnId}) has not accepted the Microsoft Partner Agreement.`,
          900123,
        )
      : pass
  },
})

/** The input fields naming a partnership: the indirect provider and the indirect reseller tenants. */
export const partnershipFields = { providerTenantId: TenantId, resellerTenantId: TenantId }

/** Input of a command on one partnership: the provider and reseller tenants it joins. */
export type PartnershipInput = CommandInputBase & {
  readonly providerTenantId: TenantId
  readonly resellerTenantId: TenantId
}

/** What a command on a partnership request loads: both partners and the partnership between them. */
export const loadRequest = (state: ProgramState, input: PartnershipInput) => ({
  provider: getPartner(state, input.providerTenantId),
  reseller: getPartner(state, input.resellerTenantId),
  partnership: getPartnership(state, input.providerTenantId, input.resellerTenantId),
})
type RequestContext = CheckContext<PartnershipInput, { readonly partnership: Partnership | undefined }>

/**
 * The reseller answers a partnership request: it is a known partner (MOD-1), the actor is one of
 * its users (ROL-2) and its global admin (ROL-1, seed 001).
 */
export const resellerAnswers = <C extends CheckContext<PartnershipInput, { readonly reseller: Partner | undefined }>>(
  task: string,
): ReadonlyArray<RuleCheck<C>> => [
  partnerKnown(
    (c) => c.reseller,
    (c) => c.input.resellerTenantId,
    'indirect reseller',
  ),
  actsForOwnTenant((c) => c.input.resellerTenantId),
  globalAdminOnly('ROL-1', task),
]

/** MOD-6: the command is not dated before the partnership was requested (subjects: provider and reseller). */
export const notBeforeRequest = <C extends RequestContext>(): RuleCheck<C> =>
  notBefore(
    'MOD-6',
    ({ partnership }) =>
      partnership && {
        subjects: [partnership.providerTenantId, partnership.resellerTenantId],
        at: partnership.requestedAt,
      },
    'the partnership was requested',
  )

/**
 * The checks of a command that ends a pending partnership request (declining or withdrawing it):
 * the partnership is known (MOD-1, `UnknownPartnership`), it is a pending request (PRT-3,
 * `PartnershipNotRequested`: an active or removed one is not), and the command is not dated before
 * the request (MOD-6). Subjects: the provider and reseller tenant IDs.
 */
export const pendingRequest = <C extends RequestContext>(
  ending: 'declined' | 'withdrawn',
): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'MOD-1',
    name: 'a partnership between the two tenants is known',
    check: ({ partnership, input }) =>
      partnership === undefined
        ? fail(
            'UnknownPartnership',
            [input.providerTenantId, input.resellerTenantId],
            `No partnership between ${input.providerTenantId} and ${input.resellerTenantId} was ever requested; there is no request to be ${ending}.`,
          )
        : pass,
  },
  {
    rule: 'PRT-3',
    name: 'the partnership is a pending request',
    check: ({ partnership }) =>
      partnership !== undefined && partnership.status !== 'requested'
        ? fail(
            'PartnershipNotRequested',
            [partnership.providerTenantId, partnership.resellerTenantId],
            `The partnership between ${partnership.providerTenantId} and ${partnership.resellerTenantId} is ${partnership.status}, not a pending request: only a pending request can be ${ending}.`,
          )
        : pass,
  },
  notBeforeRequest<C>(),
]
