/**
 * The direct bill requirements as rule checks, for the commands that judge them (the review of an
 * application, a restriction).
 *
 * @internal
 */
import type { Partner } from '../model/partner.js'
import { REQUIREMENTS } from '../directBill/requirements.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from './contract.js'

type Ctx = CheckContext<CommandInputBase, { readonly partner: Partner | undefined }>

/** One rule check per measured requirement (DB-1, DB-3, DB-5, DB-6): unmet or unknown fails. */
export const requirementChecks = <C extends Ctx>(): ReadonlyArray<RuleCheck<C>> =>
  REQUIREMENTS.map((r): RuleCheck<C> => ({
    rule: r.rule,
    name: r.name,
    check: ({ state, partner, input }) => {
      if (partner === undefined) return pass
      const result = r.measure(state, partner, input.at)
      if (result.status === 'met') return pass
      return result.status === 'unmet'
        ? fail('RequirementNotMet', [partner.tenantId], result.message)
        : fail('RequirementNotEvidenced', [partner.tenantId], result.message)
    },
  }))
