/**
 * `assessDistributor`: the FY26 revenue threshold of an indirect provider (AUTH-8), as a query.
 *
 * @module
 */
import type { IsoDateTime, Region, TenantId } from '../../kernel/ids.js'
import type { UsdCents } from '../../kernel/money.js'
import { trailingTwelveMonthCloudRevenue } from '../../directBill/trailingRevenue.js'
import { getPartner } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { inForceUnder, ruleSetFor, type RuleSetId } from '../../rules/ruleSets.js'

/**
 * The threshold measured in one CSP region: the trailing-twelve-month revenue (USD cents, `null`
 * when none is recorded) against the floor, and the verdict.
 *
 * @category models
 * @since 0.2.0
 */
export interface DistributorRegionAssessment {
  readonly region: Region
  readonly revenueCents: UsdCents | null
  readonly floorCents: UsdCents
  readonly status: 'met' | 'unmet' | 'unknown'
}

/**
 * The assessment of an indirect provider against the FY26 distributor threshold (AUTH-8):
 * - `ruleSet` that judged it and `inForce` (false before 2025-10-01: `regions` is then empty);
 * - `scope`: `tenant`, because recorded revenue carries no region: the provider tenant's revenue is
 *   measured as the revenue of the tenant's own region, its other regions are not seen;
 * - `regions`: one verdict per region measured.
 *
 * @category models
 * @since 0.2.0
 */
export interface DistributorAssessment {
  readonly providerTenantId: TenantId
  readonly at: IsoDateTime
  readonly ruleSet: RuleSetId
  readonly inForce: boolean
  readonly scope: 'tenant'
  readonly regions: ReadonlyArray<DistributorRegionAssessment>
}

/**
 * Assesses an indirect provider against the FY26 distributor threshold (AUTH-8, from 2025-10-01):
 * the trailing-twelve-month CSP revenue of each CSP region it serves must reach the rule set's
 * `distributorRevenueFloorCents` (USD 30,000,000.00). Revenue is measured as for the direct bill
 * requirements: the cloud revenue Microsoft records (`recordRevenue`) over the twelve complete months
 * before `at`, perpetual software excluded. Recorded revenue carries no region, so the tenant's
 * revenue is judged as the revenue of its region (`scope: 'tenant'`). A query: it changes nothing.
 * Microsoft's review `assessDistributorAuthorization` refuses a provider it finds `unmet` or
 * `unknown`; the restricted, suspended and revoked steps that follow are not modelled.
 * `undefined` for a tenant that is not a known indirect provider.
 *
 * @example
 * ```ts
 * import { assessDistributor } from 'csp-channel'
 * const assessment = assessDistributor(state, providerTenantId, at)
 * // { inForce: true, scope: 'tenant', regions: [{ region: 'US', revenueCents: …, floorCents: 3_000_000_000, status: 'met' }] }
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const assessDistributor = (
  state: ProgramState,
  providerTenantId: TenantId,
  at: IsoDateTime,
  ruleSet?: RuleSetId,
): DistributorAssessment | undefined => {
  const provider = getPartner(state, providerTenantId)
  if (provider?.indirectProvider !== true) return undefined
  const set = ruleSetFor(at, ruleSet)
  const floor = set.distributorRevenueFloorCents
  const inForce = floor !== null && inForceUnder(set, 'AUTH-8')
  const { cents, entries } = trailingTwelveMonthCloudRevenue(state, providerTenantId, at)
  const revenueCents = entries === 0 ? null : cents
  return {
    providerTenantId,
    at,
    ruleSet: set.id,
    inForce,
    scope: 'tenant',
    regions: !inForce
      ? []
      : [
          {
            region: provider.region,
            revenueCents,
            floorCents: floor,
            status: revenueCents === null ? 'unknown' : revenueCents >= floor ? 'met' : 'unmet',
          },
        ],
  }
}
