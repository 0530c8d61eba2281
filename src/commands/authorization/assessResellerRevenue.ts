/**
 * `assessResellerRevenue`: Microsoft judges an indirect reseller's trailing-twelve-month revenue in
 * its anniversary month against the revenue floor.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { TenantId, YearMonth } from '../../kernel/ids.js'
import { formatUsd, UsdCents } from '../../kernel/money.js'
import type { ProgramState } from '../../model/state.js'
import { operatorOnly } from '../checks/actor.js'
import { commandInput, defineCommand, fail, pass } from '../contract.js'
import {
  anniversaryOfAuthorization,
  loadRevenueReseller,
  measuredIn,
  revenueResellerChecks,
  type RevenueFloorContext,
} from './revenueFloor.js'

/** Codec for {@link AssessResellerRevenueInput}. @category codecs @since 0.2.0 */
export const AssessResellerRevenueInput = commandInput('AssessResellerRevenueInput', {
  resellerTenantId: TenantId,
  anniversaryMonth: YearMonth,
  trailingTwelveMonthRevenueCents: UsdCents,
})
/**
 * Input of {@link assessResellerRevenue}: the indirect reseller tenant, its onboarding anniversary
 * month (`YYYY-MM`, the month of the command's date) and its trailing-twelve-month CSP revenue, in
 * USD cents, as its providers billed it (perpetual software included; the library does not compute
 * it).
 *
 * @category commands
 */
export interface AssessResellerRevenueInput extends t.TypeOf<typeof AssessResellerRevenueInput> {}

type Context = RevenueFloorContext<AssessResellerRevenueInput>

const events = ({ input, reseller, ruleSet }: Context): ReadonlyArray<DomainEvent> => {
  const floor = ruleSet.resellerRevenueFloorCents
  const revenue = input.trailingTwelveMonthRevenueCents
  const measured = floor !== null && reseller !== undefined && measuredIn(reseller, input.anniversaryMonth)
  const outcome = !measured ? 'notMeasured' : revenue < floor ? 'belowFloor' : 'met'
  const base = { at: input.at, partnerTenantId: input.resellerTenantId }
  return [
    {
      _tag: 'ResellerRevenueAssessed',
      ...base,
      anniversaryMonth: input.anniversaryMonth,
      revenueCents: revenue,
      floorCents: floor,
      outcome,
    },
    ...(outcome === 'belowFloor' ? [{ _tag: 'ResellerDeauthorized' as const, ...base }] : []),
  ]
}

/**
 * Judges an indirect reseller's trailing-twelve-month CSP revenue in its anniversary month (AUTH-1,
 * from 2024-04-01): below the rule set's `resellerRevenueFloorCents` (USD 1,000.00) the reseller is
 * deauthorized; exactly the floor passes. A reseller authorized for less than 12 months by that month
 * is not measured (AUTH-4: the floor is no condition of enrolling), nor is any reseller before the
 * floor is in force: the assessment is recorded as `notMeasured`. A deauthorized reseller is assigned
 * to no order and is reauthorized a year later at the earliest (AUTH-3, {@link reauthorizeReseller}).
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown reseller,
 * `UnknownPartner`), `AUTH-1` (not an active indirect reseller or already deauthorized,
 * `NotAuthorizedReseller`; the command's date is not in `anniversaryMonth`, or that month is not an
 * anniversary of its authorization, `OutsideAssessmentWindow`).
 *
 * Emits `ResellerRevenueAssessed` (the month, the revenue and floor in USD cents, and the outcome
 * `met`, `belowFloor` or `notMeasured`), then `ResellerDeauthorized` when below the floor.
 *
 * @example
 * ```ts
 * import { assessResellerRevenue, microsoft, yearMonth } from 'csp-channel'
 * assessResellerRevenue(state, {
 *   actor: microsoft,
 *   at,
 *   resellerTenantId,
 *   anniversaryMonth: yearMonth('2024-05'),
 *   trailingTwelveMonthRevenueCents: 99_999, // USD 999.99
 * })
 * // Right: ResellerRevenueAssessed (belowFloor), ResellerDeauthorized; 100_000 cents passes
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const assessResellerRevenue = defineCommand({
  name: 'assessResellerRevenue',
  input: AssessResellerRevenueInput,
  load: (state: ProgramState, input: AssessResellerRevenueInput) => loadRevenueReseller(state, input),
  checks: [
    operatorOnly<Context>("assess a reseller's revenue"),
    ...revenueResellerChecks<AssessResellerRevenueInput>('AUTH-1'),
    anniversaryOfAuthorization<AssessResellerRevenueInput>('AUTH-1'),
    {
      rule: 'AUTH-1',
      name: 'the reseller is assessed in its anniversary month',
      check: ({ input, reseller }) =>
        input.at.slice(0, 7) === input.anniversaryMonth
          ? pass
          : fail(
              'OutsideAssessmentWindow',
              [input.resellerTenantId, input.anniversaryMonth],
              `${reseller?.name ?? input.resellerTenantId} is assessed in its anniversary month ${input.anniversaryMonth}, not on ${input.at} (revenue USD ${formatUsd(input.trailingTwelveMonthRevenueCents)}).`,
            ),
    },
  ],
  decide: events,
})
