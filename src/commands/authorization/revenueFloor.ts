/**
 * What the reseller revenue floor commands share (AUTH-1, AUTH-2, AUTH-4): the reseller they judge,
 * whether it is an authorized indirect reseller, its anniversary month and whether it is measured.
 *
 * @internal
 */
import type { IsoDateTime, TenantId, YearMonth } from '../../kernel/ids.js'
import type { Partner } from '../../model/partner.js'
import { getPartner } from '../../model/queries.js'
import { authorizationOf, isDeauthorized } from '../../model/standing.js'
import type { ProgramState } from '../../model/state.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { partnerKnown } from '../checks/partner.js'

/** The input of a command about a reseller's revenue in its anniversary month. */
export type RevenueFloorInput = CommandInputBase & {
  readonly resellerTenantId: TenantId
  readonly anniversaryMonth: YearMonth
}
/** The context of such a command: the reseller it judges. */
export type RevenueFloorContext<I extends RevenueFloorInput> = CheckContext<
  I,
  { readonly reseller: Partner | undefined }
>

/** Looks up the reseller. */
export const loadRevenueReseller = (state: ProgramState, input: RevenueFloorInput) => ({
  reseller: getPartner(state, input.resellerTenantId),
})

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1

/** The first instant of a month (ISO-8601 UTC). */
export const monthStart = (month: YearMonth): IsoDateTime => `${month}-01T00:00:00.000Z` as IsoDateTime

/**
 * Whether the reseller has been authorized for 12 months or more by its anniversary month (AUTH-4):
 * counted in calendar months from the month it was authorized. An authorization date the state does
 * not know does not keep the reseller from being measured.
 */
export const measuredIn = (reseller: Partner, anniversaryMonth: YearMonth): boolean => {
  const since = authorizationOf(reseller).authorizedSince
  return since === null || monthIndex(anniversaryMonth) - monthIndex(since) >= 12
}

/** The reseller is known (MOD-1), then an active indirect reseller that is not deauthorized (`NotAuthorizedReseller`). */
export const revenueResellerChecks = <I extends RevenueFloorInput>(
  rule: 'AUTH-1' | 'AUTH-2',
): ReadonlyArray<RuleCheck<RevenueFloorContext<I>>> => [
  partnerKnown(
    (c) => c.reseller,
    (c) => c.input.resellerTenantId,
    'reseller',
  ),
  {
    rule,
    name: 'the partner is an authorized indirect reseller',
    check: ({ reseller }) =>
      reseller === undefined || (reseller.indirectReseller.status === 'active' && !isDeauthorized(reseller))
        ? pass
        : fail(
            'NotAuthorizedReseller',
            [reseller.tenantId],
            `${reseller.name} is not an authorized indirect reseller (${isDeauthorized(reseller) ? 'deauthorized' : `enrollment ${reseller.indirectReseller.status}`}): its revenue is not measured against the floor.`,
          ),
  },
]

/**
 * The anniversary month is the month of the reseller's authorization, a year or more later, when
 * that date is known (`OutsideAssessmentWindow`).
 */
export const anniversaryOfAuthorization = <I extends RevenueFloorInput>(
  rule: 'AUTH-1' | 'AUTH-2',
): RuleCheck<RevenueFloorContext<I>> => ({
  rule,
  name: "the month is the reseller's anniversary month",
  check: ({ reseller, input }) => {
    const since = reseller === undefined ? null : authorizationOf(reseller).authorizedSince
    return reseller === undefined || since === null || since.slice(5, 7) === input.anniversaryMonth.slice(5, 7)
      ? pass
      : fail(
          'OutsideAssessmentWindow',
          [reseller.tenantId, input.anniversaryMonth],
          `${input.anniversaryMonth} is not an anniversary month of ${reseller.name}, authorized on ${since}.`,
        )
  },
})
