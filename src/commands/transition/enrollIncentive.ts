/**
 * `enrollIncentive`: a partner tenant enrolls in the indirect reseller or the direct bill incentive
 * program.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { hasRole, IncentiveProgram } from '../../model/partner.js'
import { globalAdminOnly } from '../checks/actor.js'
import { loadPartner, partnerActs, type PartnerContext } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'

/** Codec for {@link EnrollIncentiveInput}. @category codecs @since 0.1.0 */
export const EnrollIncentiveInput = commandInput('EnrollIncentiveInput', {
  partnerTenantId: TenantId,
  program: IncentiveProgram,
})
/** Input of {@link enrollIncentive}: the partner tenant and the program (`indirectReseller` or `directBill`). @category commands */
export interface EnrollIncentiveInput extends t.TypeOf<typeof EnrollIncentiveInput> {}

type Context = PartnerContext<EnrollIncentiveInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  globalAdminOnly('ROL-1', 'enroll in an incentive program'),
  {
    rule: 'INC-1',
    name: 'the indirect reseller incentive is for active indirect resellers, after the invitation for a transitioned one',
    check: ({ partner, input }) => {
      if (partner === undefined || input.program !== 'indirectReseller') return pass
      if (!hasRole(partner, 'indirectReseller'))
        return fail(
          'IncentiveNotAvailable',
          [partner.tenantId],
          `Partner ${partner.name} is not an active indirect reseller and cannot enroll in the indirect reseller incentive.`,
        )
      return partner.directBill !== null && partner.incentives.indirectReseller === 'none'
        ? fail(
            'IncentiveNotAvailable',
            [partner.tenantId],
            `Partner ${partner.name} enrolled as indirect reseller on its direct bill tenant has not been invited to the indirect reseller incentive; it enrolls once invited (within 30 days of accepting the indirect reseller agreement).`,
          )
        : pass
    },
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
 * leaves the other as it is (INC-2, seed 000). A direct bill partner that enrolled as indirect
 * reseller on its tenant joins the indirect reseller incentive by invitation (INC-1, seeds 000 and
 * 004): only once the invitation is scheduled (`acceptIndirectResellerAgreement`, incentive status
 * `invited`). A partner that is an indirect reseller only is not gated by that invitation, which the
 * seeds describe for the transition alone (the library's reading).
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`), `ROL-1` (not global admin, `NotGlobalAdmin`), `INC-1` (indirect reseller
 * incentive without the indirect reseller role, or, for a direct bill partner, before its
 * invitation: `IncentiveNotAvailable`, subjects: the partner tenant ID), `INC-2` (direct bill
 * incentive without the direct bill role, `IncentiveNotAvailable`; already enrolled,
 * `IncentiveAlreadyEnrolled`).
 *
 * Emits `IncentiveEnrolled`.
 *
 * @example
 * ```ts
 * import { enrollIncentive, isoDateTime, partnerUser } from 'csp-channel'
 * const out = enrollIncentive(state, {
 *   actor: partnerUser(partnerTenantId, 'globalAdmin'),
 *   at: isoDateTime('2019-12-01T09:00:00Z'),
 *   partnerTenantId,
 *   program: 'indirectReseller',
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
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
