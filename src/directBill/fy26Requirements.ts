/**
 * The FY26 direct bill requirements (AUTH-7, from 2025-10-01), measured against the state: the
 * trailing-twelve-month revenue against the rule set's `directBillRevenueFloorCents` (USD 1,000,000,
 * replacing DB-5), the direct bill MPA and a support plan from the partner's record, and the facts
 * Microsoft records with `recordAuthorizationFacts`. A fact never recorded is unknown.
 *
 * @module
 */
import { formatUsd } from '../kernel/money.js'
import { mpaStandingAt, type Partner } from '../model/partner.js'
import type { AuthorizationFacts } from '../model/standing.js'
import { met, unknown, unmet, type Requirement } from './requirementStatus.js'
import { trailingTwelveMonthCloudRevenue, trailingTwelveMonths } from './trailingRevenue.js'

/** A requirement read from one recorded authorization fact: `true` met, `false` unmet, absent unknown. */
const fact = (key: keyof AuthorizationFacts, name: string): Requirement => ({
  rule: 'AUTH-7',
  name,
  measure: (_, p: Partner) => {
    const value = p.authorizationFacts?.[key]
    if (value === undefined) return unknown(`No record says whether ${p.name} has ${name}.`)
    return value ? met : unmet(`no ${name}`, name, `${p.name} does not have ${name}.`)
  },
})

/** The FY26 items of AUTH-7, one requirement each. @internal */
export const FY26_REQUIREMENTS: ReadonlyArray<Requirement> = [
  {
    rule: 'AUTH-7',
    name: 'trailing-twelve-month CSP revenue of at least USD 1,000,000',
    measure: (state, p, at, set) => {
      const floor = set.directBillRevenueFloorCents
      const { cents, entries } = trailingTwelveMonthCloudRevenue(state, p.tenantId, at)
      const months = trailingTwelveMonths(at)
      if (floor === null) return met
      if (entries === 0) return unknown(`No revenue of ${p.name} is recorded for ${months[0]} to ${months[11]}.`)
      const measured = `trailing-twelve-month CSP revenue USD ${formatUsd(cents)}`
      return cents >= floor
        ? met
        : unmet(
            measured,
            formatUsd(floor),
            `${p.name}: ${measured} (${months[0]} to ${months[11]}), required ${formatUsd(floor)}.`,
          )
    },
  },
  fact('transactingResellerYear', 'twelve months as a transacting indirect reseller'),
  fact('businessVetting', 'a completed business vetting'),
  {
    rule: 'AUTH-7',
    name: 'the direct bill Microsoft Partner Agreement accepted',
    measure: (_, p, at) => {
      const standing = mpaStandingAt(p, at)
      if (standing === 'unknown')
        return unknown(`Whether ${p.name} has accepted the Microsoft Partner Agreement by ${at} is unknown.`)
      return standing === 'signed'
        ? met
        : unmet('MPA not accepted', 'the MPA accepted', `${p.name} has not accepted the Microsoft Partner Agreement.`)
    },
  },
  fact('solutionsPartnerDesignation', 'a Solutions Partner designation'),
  fact('securityScore', 'the mandatory Partner Center security-score items done'),
  {
    rule: 'AUTH-7',
    name: 'an active Advanced or Premier support plan',
    measure: (_, p) =>
      p.supportPlan === null
        ? unmet(
            'no support plan',
            'Advanced Support or Premier Support for Partners',
            `${p.name} has no Microsoft support plan.`,
          )
        : met,
  },
  fact('automatedAssessment', 'a passed automated assessment'),
]
