/**
 * The direct bill requirements as rule checks, for the commands that judge them (the review of an
 * application, a restriction), and the checks on the application Microsoft's steps act on.
 *
 * @internal
 */
import { REQUIREMENTS } from '../../directBill/requirements.js'
import type { DirectBillApplication, Partner } from '../../model/partner.js'
import { structural } from '../building.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { notBefore } from './integrity.js'

type Ctx = CheckContext<CommandInputBase, { readonly partner: Partner | undefined }>

/** One rule check per measured requirement (DB-1, DB-3, DB-5, DB-6): unmet or unknown fails. */
export const requirementChecks = <C extends Ctx>(): ReadonlyArray<RuleCheck<C>> =>
  REQUIREMENTS.map((r): RuleCheck<C> => ({
    rule: r.rule,
    name: r.name,
    check: ({ state, partner, input, ruleSet }) => {
      if (partner === undefined) return pass
      const result = r.measure(state, partner, input.at, ruleSet)
      if (result.status === 'met') return pass
      return result.status === 'unmet'
        ? fail('RequirementNotMet', [partner.tenantId], result.message)
        : fail('RequirementNotEvidenced', [partner.tenantId], result.message)
    },
  }))

/**
 * The partner's direct bill application is in one of `statuses`, `waiting` (DB-8,
 * `NoDirectBillApplication`, subjects: the partner tenant; judged under every rule set).
 */
export const applicationIn = <C extends Ctx>(
  statuses: ReadonlyArray<DirectBillApplication['status']>,
  waiting: string,
): RuleCheck<C> =>
  structural({
    rule: 'DB-8',
    name: `an application is ${waiting}`,
    check: ({ partner }) => {
      const status = partner?.directBillApplication?.status
      return partner !== undefined && !statuses.some((s) => s === status)
        ? fail(
            'NoDirectBillApplication',
            [partner.tenantId],
            `${partner.name} has no direct bill application ${waiting}${status === undefined ? '' : ` (its application is ${status})`}.`,
          )
        : pass
    },
  })

/** The command is not dated before the partner's direct bill application was submitted (MOD-6). */
export const notBeforeApplication = <C extends Ctx>(): RuleCheck<C> =>
  notBefore(
    'MOD-6',
    ({ partner }) =>
      partner?.directBillApplication == null
        ? undefined
        : { subjects: [partner.tenantId], at: partner.directBillApplication.submittedAt },
    'the direct bill application was submitted',
  )
