/**
 * The trailing twelve months of a date and a partner's cloud revenue over them (DB-5, AUTH-7,
 * AUTH-8). Pure queries.
 *
 * @module
 */
import { UTCDateMini } from '@date-fns/utc/date/mini'
import { subMonths } from 'date-fns/subMonths'
import type { IsoDateTime, TenantId, YearMonth } from '../kernel/ids.js'
import type { UsdCents } from '../kernel/money.js'
import { CLOUD_REVENUE_CATEGORIES } from '../model/revenue.js'
import { getRevenue } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'

/**
 * The twelve complete calendar months before the month of `at`, oldest first (UTC). For
 * 2021-12-01 that is 2020-12 to 2021-11.
 *
 * @category queries
 * @since 0.1.0
 */
export const trailingTwelveMonths = (at: IsoDateTime): ReadonlyArray<YearMonth> =>
  Array.from(
    { length: 12 },
    (_, i) =>
      subMonths(new UTCDateMini(at), 12 - i)
        .toISOString()
        .slice(0, 7) as YearMonth,
  )

/**
 * A partner's trailing-twelve-month cloud revenue at `at` (DB-5): the sum, in exact integer cents,
 * of its recorded revenue over {@link trailingTwelveMonths} in every category except perpetual
 * software, and how many entries it was computed from (0: no data recorded for the period).
 *
 * @category queries
 * @since 0.1.0
 */
export const trailingTwelveMonthCloudRevenue = (
  state: ProgramState,
  partner: TenantId,
  at: IsoDateTime,
): { readonly cents: UsdCents; readonly entries: number } => {
  let cents = 0
  let entries = 0
  for (const month of trailingTwelveMonths(at))
    for (const category of CLOUD_REVENUE_CATEGORIES) {
      const entry = getRevenue(state, partner, month, category)
      if (entry === undefined) continue
      cents += entry.amountCents
      entries += 1
    }
  return { cents, entries }
}
