/**
 * `enrollIndirect`: a direct bill partner enrolls as indirect reseller on its existing tenant.
 *
 * @module
 */
import type * as t from 'io-ts'
import { addBusinessDaysUtc } from '../internal/dates.js'
import { TenantId } from '../model/ids.js'
import type { Partner } from '../model/partner.js'
import type { RuleSet } from '../rules/ruleSets.js'
import { globalAdminOnly, loadPartner, mpaSigned, partnerActs, type PartnerContext } from './checks.js'
import { commandInput, defineCommand, fail, pass, type Finding, type RuleCheck } from './contract.js'

/** Codec for {@link EnrollIndirectInput}. @category codecs */
export const EnrollIndirectInput = commandInput('EnrollIndirectInput', { partnerTenantId: TenantId })
/** Input of {@link enrollIndirect}: the direct bill partner tenant that enrolls. @category commands */
export type EnrollIndirectInput = t.TypeOf<typeof EnrollIndirectInput>

type Context = PartnerContext<EnrollIndirectInput>

/** Approval is due within 3 working days (2018 rule set) or 5 business days (2019 rule set), weekends excluded (TRN-4). */
export const approvalDelayInBusinessDays = (set: RuleSet): number => (set.transitionEdition === '2018' ? 3 : 5)

const ANNIVERSARY_MONTHS_2019 = ['09', '10', '11', '12']

const eligibility = (
  partner: Partner,
  set: RuleSet,
): ReadonlyArray<Finding<'NotDirectBillPartner' | 'NotEligibleToTransition'>> => {
  if (partner.directBill === null)
    return fail(
      'NotDirectBillPartner',
      [partner.tenantId],
      `Partner ${partner.name} is not a direct bill partner; the transition is for direct bill partners.`,
    )
  if (set.transitionEdition === '2018')
    return partner.identifiedForOffboarding
      ? pass
      : fail(
          'NotEligibleToTransition',
          [partner.tenantId],
          `Under the 2018 rules only direct bill partners identified for direct bill offboarding may enroll on their direct bill tenant; ${partner.name} is not.`,
        )
  const month = partner.anniversaryDate?.slice(5, 7)
  return partner.transitionEnabled || (month !== undefined && ANNIVERSARY_MONTHS_2019.includes(month))
    ? pass
    : fail(
        'NotEligibleToTransition',
        [partner.tenantId],
        `Under the 2019 rules the transition is open first to partners whose anniversary date falls in September to December (${partner.name}: ${partner.anniversaryDate ?? 'none recorded'}); others once Microsoft enables it for them.`,
      )
}

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  globalAdminOnly('ROL-1', 'enroll as indirect reseller'),
  {
    rule: 'TRN-2',
    name: 'the partner profile and MPN ID are current',
    check: ({ partner }) =>
      partner !== undefined && !partner.profileCurrent
        ? fail(
            'ProfileNotCurrent',
            [partner.tenantId, partner.mpnId],
            `Partner ${partner.name} must bring its partner profile and MPN ID up to date before enrolling.`,
          )
        : pass,
  },
  {
    rule: 'TRN-3',
    name: 'the partner may transition under the rule set',
    check: ({ partner, ruleSet }) => (partner === undefined ? pass : eligibility(partner, ruleSet)),
  },
  {
    rule: 'TRN-4',
    name: 'the partner has no enrollment already',
    check: ({ partner }) =>
      partner !== undefined && partner.indirectReseller.status !== 'none'
        ? fail(
            'EnrollmentAlreadySubmitted',
            [partner.tenantId],
            `Partner ${partner.name} already has an indirect reseller enrollment (${partner.indirectReseller.status}).`,
          )
        : pass,
  },
  mpaSigned((c) => c.partner),
]

/**
 * Submits the enrollment of a direct bill partner as indirect reseller on its existing tenant (TRN-1:
 * no new tenant). The enrollment is pending until Microsoft approves it; its due-by date is
 * the submission plus 3 working days (2018 rule set) or 5 business days (2019 rule set), weekends
 * excluded (TRN-4). A restricted partner may enroll (RST-1).
 *
 * Violations: `ROL-2` (unknown partner, actor of another tenant), `ROL-1` (not global admin),
 * `TRN-2` (profile or MPN ID not current), `TRN-3` (not a direct bill partner; 2018: not identified
 * for offboarding; 2019: anniversary outside September–December and not enabled), `TRN-4` (already
 * enrolled or pending), `PGM-3` (MPA not signed, from 2020-02-01).
 *
 * Emits `IndirectEnrollmentSubmitted`. Sources: seeds 004 and 000, "get-started".
 *
 * @category commands
 */
export const enrollIndirect = defineCommand({
  name: 'enrollIndirect',
  input: EnrollIndirectInput,
  load: loadPartner,
  checks,
  decide: ({ input, ruleSet }) => [
    {
      _tag: 'IndirectEnrollmentSubmitted',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      dueBy: addBusinessDaysUtc(input.at, approvalDelayInBusinessDays(ruleSet)),
      ruleSet: ruleSet.id,
    },
  ],
})
