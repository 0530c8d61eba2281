/**
 * The acting partner: known to the model (MOD-1), signed the MPA (PGM-3), not restricted (RST-2 …
 * RST-6); the look-up and context of a command a partner performs for its own tenant.
 *
 * @internal
 */
import type { TenantId } from '../../kernel/ids.js'
import { isRestricted, mpaStandingAt, type Partner } from '../../model/partner.js'
import { getPartner } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { actsForOwnTenant } from './actor.js'
import { mpaDateUnknown } from './facts.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

/** The partner named by `pick` is known to the model (MOD-1, `UnknownPartner`). */
export const partnerKnown = <C extends Ctx>(
  pick: Picker<C, Partner | undefined>,
  id: Picker<C, TenantId>,
  what = 'partner',
): RuleCheck<C> => ({
  rule: 'MOD-1',
  name: `the ${what} is a known partner tenant`,
  check: (c) =>
    pick(c) === undefined
      ? fail('UnknownPartner', [id(c)], `No partner with tenant ID ${id(c)} is known; register or import it first.`)
      : pass,
})

/** The acting partner has signed the MPA (PGM-3; in force from 2020-02-01). */
export const mpaSigned = <C extends Ctx>(pick: Picker<C, Partner | undefined>): RuleCheck<C> => ({
  rule: 'PGM-3',
  name: 'the partner has signed the Microsoft Partner Agreement',
  check: (c) => {
    const partner = pick(c)
    const standing = partner === undefined ? 'signed' : mpaStandingAt(partner, c.input.at)
    if (standing === 'unknown' && partner !== undefined) return mpaDateUnknown(partner)
    return partner !== undefined && standing === 'notSigned'
      ? fail(
          'MpaNotSigned',
          [partner.tenantId],
          `Partner ${partner.name} (${partner.tenantId}) has not signed the Microsoft Partner Agreement.`,
          900124,
        )
      : pass
  },
})

/** The partner is not a restricted direct bill partner (RST-2..RST-6). */
export const notRestricted = <C extends Ctx>(
  rule: 'RST-2' | 'RST-3' | 'RST-4' | 'RST-5' | 'RST-6',
  pick: Picker<C, Partner | undefined>,
  blocked: string,
): RuleCheck<C> => ({
  rule,
  name: `a restricted direct bill partner cannot ${blocked}`,
  check: (c) => {
    const partner = pick(c)
    return partner !== undefined && isRestricted(partner)
      ? fail(
          'PartnerRestricted',
          [partner.tenantId],
          `Partner ${partner.name} is a restricted direct bill partner and cannot ${blocked}.`,
        )
      : pass
  },
})

/** Input of a command a partner performs for its own tenant. */
export type PartnerInput = CommandInputBase & { readonly partnerTenantId: TenantId }
/** What such a command loads: the acting partner. */
export type PartnerLoaded = { readonly partner: Partner | undefined }
/** Check context of such a command. */
export type PartnerContext<I extends PartnerInput = PartnerInput, L extends object = object> = CheckContext<
  I,
  PartnerLoaded & L
>

/** Looks up the acting partner. */
export const loadPartner = (state: ProgramState, input: PartnerInput): PartnerLoaded => ({
  partner: getPartner(state, input.partnerTenantId),
})

/** The two checks every partner command starts with: the partner is known (MOD-1) and the actor is one of its users (ROL-2). */
export const partnerActs = <C extends PartnerContext>(): ReadonlyArray<RuleCheck<C>> => [
  actingPartnerKnown(),
  actsForOwnTenant((c) => c.input.partnerTenantId),
]

/** The partner named by `partnerTenantId` is known (MOD-1). */
export const actingPartnerKnown = <C extends PartnerContext>(): RuleCheck<C> =>
  partnerKnown(
    (c) => c.partner,
    (c) => c.input.partnerTenantId,
  )
