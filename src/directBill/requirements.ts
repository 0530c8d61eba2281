/**
 * The direct bill requirements (DB-1 to DB-7, seed 003, and from 2025-10-01 the FY26 ones of AUTH-7)
 * measured against the state: the assessment of a partner. Pure queries.
 *
 * DB-2 (the applicant's authority) is about who acts and DB-4 (support plan only after the credit
 * check) about the order of events: commands enforce them; the assessment does not list them.
 *
 * @module
 */
import type { IsoDateTime, TenantId } from '../kernel/ids.js'
import { formatUsd, type UsdCents } from '../kernel/money.js'
import type { Partner } from '../model/partner.js'
import { getPartner } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import { describeRegion } from '../model/markets.js'
import { ruleInForce, type RuleId } from '../rules/catalog.js'
import { ruleSet, ruleSetFor, type RuleSetId } from '../rules/ruleSets.js'
import type { RuleWarning } from '../rules/violation.js'
import { FY26_REQUIREMENTS } from './fy26Requirements.js'
import { met, unknown, unmet, type Requirement } from './requirementStatus.js'
import { trailingTwelveMonthCloudRevenue, trailingTwelveMonths } from './trailingRevenue.js'

/** The trailing-twelve-month cloud revenue a direct bill partner needs from 2020-10-27: USD 300,000.00, in cents (DB-5), as the `2020-10-27` rule set's `directBillRevenueFloorCents` gives it. @category rules @since 0.1.0 */
export const DIRECT_BILL_REVENUE_THRESHOLD_CENTS = ruleSet('2020-10-27').directBillRevenueFloorCents as UsdCents

export { trailingTwelveMonths, trailingTwelveMonthCloudRevenue } from './trailingRevenue.js'
export type { RequirementStatus } from './requirementStatus.js'

/** The requirements the assessment measures (the FY26 ones of AUTH-7 last), each as a function of the state, the partner and the date. @internal */
export const REQUIREMENTS: ReadonlyArray<Requirement> = [
  {
    rule: 'DB-1',
    name: 'active partner program membership with an MPN ID for the market',
    measure: (_, p) =>
      p.mpnMembershipActive
        ? met
        : unmet(
            'membership inactive',
            'active membership',
            `${p.name}'s partner program membership (MPN ID ${p.mpnId}, for the market of ${describeRegion(p.region)}) is not active.`,
          ),
  },
  {
    rule: 'DB-3',
    name: 'first-level technical support and a Microsoft support plan',
    measure: (_, p) => {
      if (p.directBillDeclarations === null)
        return unknown(`${p.name} has not declared its first-level support capability.`)
      const missing = [
        ...(p.directBillDeclarations.firstLevelSupport ? [] : ['first-level technical support']),
        ...(p.supportPlan === null ? ['a Microsoft support plan'] : []),
      ]
      return missing.length === 0
        ? met
        : unmet(
            `missing ${missing.join(' and ')}`,
            'first-level support and Advanced Support or Premier Support for Partners',
            `${p.name} lacks ${missing.join(' and ')}.`,
          )
    },
  },
  {
    rule: 'DB-5',
    name: 'trailing-twelve-month cloud revenue of at least USD 300,000',
    measure: (state, p, at, set) => {
      const floor = set.directBillRevenueFloorCents ?? DIRECT_BILL_REVENUE_THRESHOLD_CENTS
      const { cents, entries } = trailingTwelveMonthCloudRevenue(state, p.tenantId, at)
      const months = trailingTwelveMonths(at)
      if (entries === 0) return unknown(`No revenue of ${p.name} is recorded for ${months[0]} to ${months[11]}.`)
      const measured = `trailing-twelve-month cloud revenue USD ${formatUsd(cents)}`
      const required = formatUsd(floor)
      return cents >= floor
        ? met
        : unmet(
            measured,
            required,
            `${p.name}: ${measured} (${months[0]} to ${months[11]}, perpetual software excluded), required ${required}.`,
          )
    },
  },
  {
    rule: 'DB-6',
    name: 'customer accounting infrastructure for billing and provisioning',
    measure: (_, p) => {
      if (p.directBillDeclarations === null)
        return unknown(`${p.name} has not declared its customer accounting infrastructure.`)
      return p.directBillDeclarations.customerAccountingInfrastructure
        ? met
        : unmet(
            'no customer accounting infrastructure',
            'customer accounting infrastructure',
            `${p.name} has no customer accounting infrastructure for billing and provisioning.`,
          )
    },
  },
  ...FY26_REQUIREMENTS,
]

/** Whether a managed service, IP service or customer solution is recorded (DB-7, advisory). @internal */
export const managedServiceRecommendation = (p: Partner): string | undefined =>
  p.directBillDeclarations?.managedServices === true
    ? undefined
    : `${p.name} records no managed service, IP service or customer solution application; at least one is recommended.`

/** An unmet requirement: its rule, what was measured and what is required, and a sentence. @category models @since 0.1.0 */
export interface UnmetRequirement {
  readonly rule: RuleId
  readonly measured: string
  readonly required: string
  readonly message: string
}

/**
 * The assessment of a partner against the direct bill requirements at a date (DB-9):
 * - `ruleSet` that judged it and `inForce` (false before 2020-10-27: nothing is assessed);
 * - `unmet`: every requirement not met, with measured and required values;
 * - `unknown`: requirements the state holds no data to judge (no declarations, no revenue);
 * - `warnings`: DB-7's advisory when no managed service is recorded;
 * - `trailingTwelveMonthCloudRevenueCents`: the DB-5 figure, `null` without revenue data.
 *
 * @category models
 * @since 0.1.0
 */
export interface DirectBillAssessment {
  readonly partnerTenantId: TenantId
  readonly at: IsoDateTime
  readonly ruleSet: RuleSetId
  readonly inForce: boolean
  readonly unmet: ReadonlyArray<UnmetRequirement>
  readonly unknown: ReadonlyArray<{ readonly rule: RuleId; readonly message: string }>
  readonly warnings: ReadonlyArray<RuleWarning>
  readonly trailingTwelveMonthCloudRevenueCents: UsdCents | null
}

/**
 * Assesses a partner against the direct bill requirements (DB-1, DB-3, DB-5 until 2025-09-30, DB-6,
 * DB-7 as a warning, and from 2025-10-01 the FY26 items of AUTH-7) at `at`, under the rule set in
 * force then or the one given. Lists every unmet
 * requirement, not just the first. A query: it changes nothing. `undefined` for an unknown partner.
 *
 * @category queries
 * @since 0.1.0
 */
export const assessDirectBill = (
  state: ProgramState,
  partnerTenantId: TenantId,
  at: IsoDateTime,
  ruleSet?: RuleSetId,
): DirectBillAssessment | undefined => {
  const partner = getPartner(state, partnerTenantId)
  if (partner === undefined) return undefined
  const set = ruleSetFor(at, ruleSet)
  const measured = REQUIREMENTS.filter((r) => ruleInForce(r.rule, set.inForceFrom)).map((r) => ({
    rule: r.rule,
    result: r.measure(state, partner, at, set),
  }))
  const advice = ruleInForce('DB-7', set.inForceFrom) ? managedServiceRecommendation(partner) : undefined
  const revenue = trailingTwelveMonthCloudRevenue(state, partnerTenantId, at)
  return {
    partnerTenantId,
    at,
    ruleSet: set.id,
    inForce: set.directBillRevenueFloorCents !== null,
    unmet: measured.flatMap(({ rule, result }) =>
      result.status === 'unmet'
        ? [{ rule, measured: result.measured, required: result.required, message: result.message }]
        : [],
    ),
    unknown: measured.flatMap(({ rule, result }) =>
      result.status === 'unknown' ? [{ rule, message: result.message }] : [],
    ),
    warnings:
      advice === undefined
        ? []
        : [
            {
              _tag: 'RequirementRecommended',
              rule: 'DB-7',
              ruleSet: set.id,
              subjects: [partnerTenantId],
              message: advice,
            },
          ],
    trailingTwelveMonthCloudRevenueCents: revenue.entries === 0 ? null : revenue.cents,
  }
}
