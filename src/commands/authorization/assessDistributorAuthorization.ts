/**
 * `assessDistributorAuthorization`: Microsoft's FY26 distributor review of an indirect provider
 * (AUTH-8), judged from the revenue the model records.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { formatUsd } from '../../kernel/money.js'
import { hasRole } from '../../model/partner.js'
import { getPartner } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import type { RuleSet } from '../../rules/ruleSets.js'
import { operatorOnly } from '../checks/actor.js'
import { partnerKnown } from '../checks/partner.js'
import { structural } from '../building.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type Finding } from '../contract.js'
import { assessDistributor, type DistributorRegionAssessment } from './assessDistributor.js'

/** Codec for {@link AssessDistributorAuthorizationInput}. @category codecs @since 0.2.0 */
export const AssessDistributorAuthorizationInput = commandInput('AssessDistributorAuthorizationInput', {
  providerTenantId: TenantId,
})
/** Input of {@link assessDistributorAuthorization}: the indirect provider tenant reviewed. @category commands */
export interface AssessDistributorAuthorizationInput extends t.TypeOf<typeof AssessDistributorAuthorizationInput> {}

/** The provider, and the threshold assessment of `assessDistributor` under the command's rule set. */
const load = (state: ProgramState, input: AssessDistributorAuthorizationInput, set: RuleSet) => ({
  provider: getPartner(state, input.providerTenantId),
  assessment: assessDistributor(state, input.providerTenantId, input.at, set.id),
})
type Context = CheckContext<AssessDistributorAuthorizationInput, ReturnType<typeof load>>

/** The finding for one region that does not meet the threshold, or none. */
const regionFinding = (
  input: AssessDistributorAuthorizationInput,
  r: DistributorRegionAssessment,
): ReadonlyArray<Finding<'DistributorRevenueBelowFloor' | 'DistributorRevenueNotEvidenced'>> =>
  r.status === 'met'
    ? pass
    : r.revenueCents === null
      ? fail(
          'DistributorRevenueNotEvidenced',
          [input.providerTenantId, r.region],
          `No CSP revenue of ${input.providerTenantId} is recorded for the twelve months before ${input.at}: the threshold of USD ${formatUsd(r.floorCents)} in ${r.region} is not evidenced.`,
        )
      : fail(
          'DistributorRevenueBelowFloor',
          [input.providerTenantId, r.region],
          `USD ${formatUsd(r.revenueCents)} of trailing-twelve-month CSP revenue in ${r.region} is below the distributor threshold of USD ${formatUsd(r.floorCents)}.`,
        )

/**
 * Reviews an indirect provider against the FY26 distributor threshold (AUTH-8, from 2025-10-01):
 * Microsoft keeps it authorized when its trailing-twelve-month CSP revenue reaches the rule set's
 * `distributorRevenueFloorCents` (USD 30,000,000.00) in each CSP region it serves. The revenue is
 * the one {@link assessDistributor} measures: the cloud revenue recorded with `recordRevenue` over
 * the twelve complete months before the command's date, judged as the revenue of the provider
 * tenant's own region (recorded revenue carries no region). A provider below the threshold, or with
 * no revenue recorded for those months, is refused; the restricted, suspended and revoked steps that
 * follow are not modelled. Before 2025-10-01 no threshold is in force: the review confirms the
 * provider without measuring anything.
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown provider,
 * `UnknownPartner`), `PRT-1` (the partner is not an indirect provider, `NotIndirectProvider`),
 * `AUTH-8` (revenue below the threshold in a region, `DistributorRevenueBelowFloor`; no revenue
 * recorded for the twelve months, `DistributorRevenueNotEvidenced`).
 *
 * Emits `DistributorAuthorizationConfirmed`: the floor in USD cents (`null` before 2025-10-01) and,
 * for each region measured, the revenue in USD cents. It changes nothing in the model.
 *
 * @example
 * ```ts
 * import { assessDistributorAuthorization, isoDateTime, microsoft } from 'csp-channel'
 * assessDistributorAuthorization(state, {
 *   actor: microsoft,
 *   at: isoDateTime('2025-10-02T09:00:00Z'),
 *   providerTenantId,
 * })
 * // Right: DistributorAuthorizationConfirmed { floorCents: 3_000_000_000, regions: [{ region: 'US', revenueCents: … }] }
 * // Left: AUTH-8 DistributorRevenueBelowFloor below USD 30 million, DistributorRevenueNotEvidenced with none recorded
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const assessDistributorAuthorization = defineCommand({
  name: 'assessDistributorAuthorization',
  input: AssessDistributorAuthorizationInput,
  load,
  checks: [
    operatorOnly<Context>("review an indirect provider's distributor threshold"),
    partnerKnown<Context>(
      (c) => c.provider,
      (c) => c.input.providerTenantId,
      'indirect provider',
    ),
    structural<Context>({
      rule: 'PRT-1',
      name: 'the partner is an indirect provider',
      check: ({ provider }) =>
        provider === undefined || hasRole(provider, 'indirectProvider')
          ? pass
          : fail(
              'NotIndirectProvider',
              [provider.tenantId],
              `Partner ${provider.name} is not an indirect provider: the distributor threshold does not apply to it.`,
            ),
    }),
    {
      rule: 'AUTH-8',
      name: 'the trailing-twelve-month CSP revenue reaches the distributor threshold in each region',
      check: ({ input, assessment }) => (assessment?.regions ?? []).flatMap((r) => regionFinding(input, r)),
    },
  ],
  decide: ({ input, assessment, ruleSet }) => [
    {
      _tag: 'DistributorAuthorizationConfirmed',
      at: input.at,
      partnerTenantId: input.providerTenantId,
      floorCents: assessment?.inForce === true ? ruleSet.distributorRevenueFloorCents : null,
      // accepted under the threshold, every region measured met it: each has its revenue
      regions: (assessment?.regions ?? []).flatMap((r) =>
        r.revenueCents === null ? [] : [{ region: r.region, revenueCents: r.revenueCents }],
      ),
    },
  ],
})
