/**
 * `noticeResellerRevenueFloor`: Microsoft tells a reseller below the revenue floor, and its
 * providers, before and in its anniversary month.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { RevenueNoticeKind } from '../../events/authorizationEvents.js'
import { TenantId, YearMonth } from '../../kernel/ids.js'
import { addDaysUtc } from '../../kernel/dates.js'
import { formatUsd, UsdCents } from '../../kernel/money.js'
import { partnershipsOfReseller } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { ruleSetAt } from '../../rules/ruleSets.js'
import { operatorOnly } from '../checks/actor.js'
import { commandInput, defineCommand, fail, pass } from '../contract.js'
import {
  anniversaryOfAuthorization,
  loadRevenueReseller,
  measuredIn,
  monthStart,
  revenueResellerChecks,
  type RevenueFloorContext,
} from './revenueFloor.js'

/** The days before the anniversary month from which the warning is sent (AUTH-2). @category rules @since 0.2.0 */
export const REVENUE_WARNING_DAYS = 90

/** Codec for {@link NoticeResellerRevenueFloorInput}. @category codecs @since 0.2.0 */
export const NoticeResellerRevenueFloorInput = commandInput('NoticeResellerRevenueFloorInput', {
  resellerTenantId: TenantId,
  anniversaryMonth: YearMonth,
  trailingTwelveMonthRevenueCents: UsdCents,
  notice: RevenueNoticeKind,
})
/**
 * Input of {@link noticeResellerRevenueFloor}: the indirect reseller tenant, its anniversary month
 * (`YYYY-MM`), its trailing-twelve-month CSP revenue in USD cents, and the notice: `warning` (in the
 * 90 days before that month) or `enforcement` (in it).
 *
 * @category commands
 */
export interface NoticeResellerRevenueFloorInput extends t.TypeOf<typeof NoticeResellerRevenueFloorInput> {}

type Context = RevenueFloorContext<NoticeResellerRevenueFloorInput>

/**
 * The floor the anniversary month will be judged by, in USD cents (`null`: none). Under the rule set
 * in force at the command's date, that is the floor of the set in force when the month begins: a
 * warning looks ahead, so one sent in early 2024 (AUTH-2 is in force from 2024-01-01) announces the
 * floor that comes into force on 2024-04-01. Under a what-if set (one other than the set in force at
 * the date), the floor is that set's own: the what-if replaces the program's rules, its timeline
 * included.
 */
const floorOf = ({ input, ruleSet }: Context) =>
  (ruleSet.id === ruleSetAt(input.at).id ? ruleSetAt(monthStart(input.anniversaryMonth)) : ruleSet)
    .resellerRevenueFloorCents

const inWindow = ({ at, anniversaryMonth, notice }: NoticeResellerRevenueFloorInput): boolean => {
  const start = monthStart(anniversaryMonth)
  return notice === 'enforcement'
    ? at.slice(0, 7) === anniversaryMonth
    : at < start && at >= addDaysUtc(start, -REVENUE_WARNING_DAYS)
}

const notices = ({ state, input }: Context): ReadonlyArray<DomainEvent> =>
  [
    input.resellerTenantId,
    ...partnershipsOfReseller(state, input.resellerTenantId)
      .filter((p) => p.status === 'active')
      .map((p) => p.providerTenantId),
  ].map((recipient) => ({
    _tag: 'ResellerRevenueNoticeSent',
    at: input.at,
    partnerTenantId: recipient,
    resellerTenantId: input.resellerTenantId,
    anniversaryMonth: input.anniversaryMonth,
    notice: input.notice,
  }))

/**
 * Sends the revenue-floor notices about an indirect reseller below the floor (AUTH-2, from
 * 2024-01-01): a `warning` from 90 days before its anniversary month, an `enforcement` notice in that
 * month, each to the reseller and to every indirect provider with an active partnership with it.
 * The floor is the one the anniversary month will be judged by: that of the rule set in force when
 * the month begins (USD 1,000.00 from 2024-04-01), so warnings sent from 2024-01-01 announce the
 * floor of April 2024 before it is in force; judged under a what-if rule set (`explainCommand` with
 * `whatIf`), that set's own floor. A notice changes nothing in the model;
 * {@link assessResellerRevenue} deauthorizes.
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown reseller,
 * `UnknownPartner`), `AUTH-2` (not an active indirect reseller or already deauthorized,
 * `NotAuthorizedReseller`; the date outside the notice's window, or a month that is not an
 * anniversary of its authorization, `OutsideAssessmentWindow`; revenue at or above the floor, or no
 * floor in force in that month, `RevenueNotBelowFloor`), `AUTH-4` (authorized for less than 12 months
 * by that month, so not measured, `ResellerNotYetMeasured`).
 *
 * Emits one `ResellerRevenueNoticeSent` to the reseller, then one to each of its providers.
 *
 * @example
 * ```ts
 * import { microsoft, noticeResellerRevenueFloor, yearMonth } from 'csp-channel'
 * noticeResellerRevenueFloor(state, {
 *   actor: microsoft,
 *   at, // from 90 days before 2024-05-01
 *   resellerTenantId,
 *   anniversaryMonth: yearMonth('2024-05'),
 *   trailingTwelveMonthRevenueCents: 40_000, // USD 400.00
 *   notice: 'warning',
 * })
 * // Right: ResellerRevenueNoticeSent to the reseller and to each of its providers
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const noticeResellerRevenueFloor = defineCommand({
  name: 'noticeResellerRevenueFloor',
  input: NoticeResellerRevenueFloorInput,
  load: (state: ProgramState, input: NoticeResellerRevenueFloorInput) => loadRevenueReseller(state, input),
  checks: [
    operatorOnly<Context>('send revenue-floor notices'),
    ...revenueResellerChecks<NoticeResellerRevenueFloorInput>('AUTH-2'),
    anniversaryOfAuthorization<NoticeResellerRevenueFloorInput>('AUTH-2'),
    {
      rule: 'AUTH-2',
      name: 'the notice falls in its window: the 90 days before the anniversary month, or that month',
      check: ({ input }) =>
        inWindow(input)
          ? pass
          : fail(
              'OutsideAssessmentWindow',
              [input.resellerTenantId, input.anniversaryMonth],
              input.notice === 'warning'
                ? `The warning about ${input.anniversaryMonth} is sent in the ${REVENUE_WARNING_DAYS} days before that month, not on ${input.at}.`
                : `The enforcement notice is sent in the anniversary month ${input.anniversaryMonth}, not on ${input.at}.`,
            ),
    },
    {
      rule: 'AUTH-2',
      name: 'the reseller is below the floor',
      check: (c) => {
        const { input } = c
        const floor = floorOf(c)
        return floor !== null && input.trailingTwelveMonthRevenueCents < floor
          ? pass
          : fail(
              'RevenueNotBelowFloor',
              [input.resellerTenantId],
              floor === null
                ? `No revenue floor is in force in ${input.anniversaryMonth}.`
                : `USD ${formatUsd(input.trailingTwelveMonthRevenueCents)} is not below the floor of USD ${formatUsd(floor)}: no notice is sent.`,
            )
      },
    },
    {
      rule: 'AUTH-4',
      name: 'the reseller is measured: authorized for 12 months by its anniversary month',
      check: ({ input, reseller }) =>
        reseller === undefined || measuredIn(reseller, input.anniversaryMonth)
          ? pass
          : fail(
              'ResellerNotYetMeasured',
              [reseller.tenantId],
              `${reseller.name} will not have been authorized for 12 months by ${input.anniversaryMonth}: it is not measured against the floor then.`,
            ),
    },
  ],
  decide: notices,
})
