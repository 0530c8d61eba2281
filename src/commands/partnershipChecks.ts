/**
 * Checks about indirect resellers shared by the partnership and invitation commands.
 *
 * @internal
 */
import { TenantId } from '../model/ids.js'
import { hasRole, mpaStandingAt, type Partner } from '../model/partner.js'
import { mpaDateUnknown } from './unknownFacts.js'
import type { CommandInputBase } from './contract.js'
import { fail, pass, type CheckContext, type RuleCheck } from './contract.js'

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
    if (c.ruleSet.mpaRequired && standing === 'unknown' && partner !== undefined) return mpaDateUnknown(partner)
    return c.ruleSet.mpaRequired && partner !== undefined && standing === 'notSigned'
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
