/**
 * CSP revenue, recorded by partner, month and category (DB-5, seed 003).
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, literals } from '../internal/codec.js'
import { TenantId, YearMonth } from '../kernel/ids.js'
import { UsdCents } from '../kernel/money.js'

/**
 * Revenue categories. Every category counts as cloud revenue for DB-5 except perpetual software.
 *
 * @category models
 * @since 0.1.0
 */
export const RevenueCategory = literals(
  ['cloudServices', 'azure', 'softwareSubscriptions', 'reservations', 'perpetualSoftware'],
  'RevenueCategory',
)
/** @category models */
export type RevenueCategory = t.TypeOf<typeof RevenueCategory>

/** The categories that count towards the trailing-twelve-month cloud revenue (all but perpetual software, DB-5). @category models @since 0.1.0 */
export const CLOUD_REVENUE_CATEGORIES: ReadonlyArray<RevenueCategory> = (
  Object.keys(RevenueCategory.keys) as ReadonlyArray<RevenueCategory>
).filter((c) => c !== 'perpetualSoftware')

/** Codec for {@link RevenueEntry}. @category codecs @since 0.1.0 */
export const RevenueEntry = exact('RevenueEntry', {
  partnerTenantId: TenantId,
  month: YearMonth,
  category: RevenueCategory,
  amountCents: UsdCents,
})
/** A partner's CSP revenue for one month and category, in integer US cents. @category models */
export interface RevenueEntry extends t.TypeOf<typeof RevenueEntry> {}

/** The key of a revenue entry in its table: `partnerTenantId/YYYY-MM/category`. @internal */
export const revenueKey = (partner: TenantId, month: YearMonth, category: RevenueCategory) =>
  `${partner}/${month}/${category}`
