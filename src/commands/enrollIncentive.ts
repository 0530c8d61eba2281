/**
 * `enrollIncentive`: a partner tenant enrolls in the indirect reseller or the direct bill incentive
 * program.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../model/ids.js'
import { hasRole, IncentiveProgram } from '../model/partner.js'
import { globalAdminOnly, loadPartner, partnerActs, type PartnerContext } from './checks.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from './contract.js'

/** Codec for {@link EnrollIncentiveInput}. @category codecs */
export const EnrollIncentiveInput = commandInput('EnrollIncentiveInput', {
  partnerTenantId: TenantId,
  program: IncentiveProgram,
})
/** Input of {@link enrollIncentive}: the partner tenant and the program (`indirectReseller` or `directBill`). @category commands */
export type EnrollIncentiveInput = t.TypeOf<typeof EnrollIncentiveInput>

type Context = PartnerContext<EnrollIncentiveInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  globalAdminOnly('ROL-1', 'enroll in an incentive program'),
  {
    rule: 'INC-1',
    name: 'the indirect reseller incentive is for active indirect resellers',
    check: ({ partner, input }) =>
      partner !== undefined && input.program === 'indirectReseller' && !hasRole(partner, 'indirectReseller')
        ? fail(
            'IncentiveNotAvailable',
            [partner.tenantId],
            `Partner ${partner.name} is not an active indirect reseller and cannot enroll in the indirect reseller incentive.`,
          )
        : pass,
  },
  {
    rule: 'INC-2',
    name: 'the direct bill incentive is for direct bill partners',
    check: ({ partner, input }) =>
      partner !== undefined && input.program === 'directBill' && !hasRole(partner, 'directBillPartner')
        ? fail(
            'IncentiveNotAvailable',
            [partner.tenantId],
            `Partner ${partner.name} is not a direct bill partner and cannot enroll in direct bill incentives.`,
          )
        : pass,
  },
  {
    rule: 'INC-2',
    name: 'the partner is not enrolled in that program yet',
    check: ({ partner, input }) =>
      partner !== undefined && partner.incentives[input.program] === 'enrolled'
        ? fail(
            'IncentiveAlreadyEnrolled',
            [partner.tenantId],
            `Partner ${partner.name} is already enrolled in the ${input.program} incentive.`,
          )
        : pass,
  },
]

/**
 * Enrolls a partner tenant in one incentive program. The two programs are separate: enrolling in one
 * leaves the other as it is (INC-2, seed 000).
 *
 * Violations: `ROL-2` (unknown partner, actor of another tenant), `ROL-1` (not global admin),
 * `INC-1` (indirect reseller incentive without the indirect reseller role), `INC-2` (direct bill
 * incentive without the direct bill role; already enrolled).
 *
 * Emits `IncentiveEnrolled`.
 *
 * @category commands
 */
export const enrollIncentive = defineCommand({
  name: 'enrollIncentive',
  input: EnrollIncentiveInput,
  load: loadPartner,
  checks,
  decide: ({ input }) => [
    { _tag: 'IncentiveEnrolled', at: input.at, partnerTenantId: input.partnerTenantId, program: input.program },
  ],
})
