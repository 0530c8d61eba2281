/**
 * `enrollIndirect`: a direct bill partner enrolls as indirect reseller on its existing tenant.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact } from '../../internal/codec.js'
import { addBusinessDaysUtc } from '../../kernel/dates.js'
import { Email, TenantId } from '../../kernel/ids.js'
import type { Partner } from '../../model/partner.js'
import type { RuleSet } from '../../rules/ruleSets.js'
import { globalAdminOnly } from '../checks/actor.js'
import { loadPartner, partnerActs, type PartnerContext } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, type Finding, type RuleCheck } from '../contract.js'

const base = commandInput('EnrollIndirectInput', { partnerTenantId: TenantId, confirmsAuthorization: t.boolean })
/** Codec for {@link EnrollIndirectInput}. @category codecs @since 0.1.0 */
export const EnrollIndirectInput = exact(base.name, base.required, { ...base.optional, primaryContactEmail: Email })
/**
 * Input of {@link enrollIndirect}, the fields of the enrollment form: the direct bill partner tenant
 * that enrolls; `confirmsAuthorization`, the confirmation of authorization the form asks the global
 * admin to read and confirm (TRN-2; `false` is rejected); and, optionally, `primaryContactEmail`,
 * the primary contact the approval notice goes to (TRN-4; by default the profile's).
 *
 * @category commands
 */
export interface EnrollIndirectInput extends t.TypeOf<typeof EnrollIndirectInput> {}

type Context = PartnerContext<EnrollIndirectInput>

/** Approval is due within 3 working days (2018 rule set) or 5 business days (2019 rule set), weekends excluded (TRN-4). @category rules @since 0.1.0 */
export const approvalDelayInBusinessDays = (set: RuleSet): number => set.transitionApprovalBusinessDays

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
    name: 'the enrollment form confirms the authorization to enroll',
    check: ({ input }) =>
      input.confirmsAuthorization
        ? pass
        : fail(
            'AuthorizationNotConfirmed',
            [input.partnerTenantId],
            'The global admin must read and confirm the confirmation of authorization of the enrollment form before enrolling.',
          ),
  },
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
]

/**
 * Submits the enrollment of a direct bill partner as indirect reseller on its existing tenant (TRN-1:
 * no new tenant). The enrollment is pending until Microsoft approves it; its due-by date is
 * the submission plus 3 working days (2018 rule set) or 5 business days (2019 rule set), weekends
 * excluded (TRN-4). The form's primary contact email (`primaryContactEmail`, else the profile's at
 * submission) is kept on the pending enrollment: the approval notice goes there (TRN-4); the
 * profile is not changed. A restricted partner may enroll (RST-1). Enrolling is not new business:
 * the MPA (PGM-3) is not required to enroll.
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, code 900150), `ROL-1` (not global admin, `NotGlobalAdmin`, code 900150),
 * `TRN-2` (profile or MPN ID not current, `ProfileNotCurrent`; `confirmsAuthorization` false,
 * `AuthorizationNotConfirmed`, subjects: the partner tenant ID), `TRN-3` (not a direct bill partner,
 * `NotDirectBillPartner`; 2018: not identified for offboarding; 2019: anniversary outside
 * September–December and not enabled, `NotEligibleToTransition`), `TRN-4` (already enrolled or
 * pending, `EnrollmentAlreadySubmitted`).
 *
 * Emits `IndirectEnrollmentSubmitted`. Sources: seeds 004 ("read the confirmation of authorization
 * and select Enroll now"; the primary contact of the enrollment form) and 000, "get-started".
 *
 * @example
 * ```ts
 * import { email, enrollIndirect, isoDateTime, partnerUser } from 'csp-channel'
 * const out = enrollIndirect(state, {
 *   actor: partnerUser(partnerTenantId, 'globalAdmin'),
 *   at: isoDateTime('2019-11-04T09:00:00Z'),
 *   partnerTenantId,
 *   confirmsAuthorization: true,
 *   primaryContactEmail: email('csp-ops@contoso.example'),
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const enrollIndirect = defineCommand({
  name: 'enrollIndirect',
  input: EnrollIndirectInput,
  load: loadPartner,
  checks,
  decide: ({ input, partner, ruleSet }) => {
    const contact = input.primaryContactEmail ?? partner?.primaryContactEmail ?? null
    return [
      {
        _tag: 'IndirectEnrollmentSubmitted',
        at: input.at,
        partnerTenantId: input.partnerTenantId,
        dueBy: addBusinessDaysUtc(input.at, approvalDelayInBusinessDays(ruleSet)),
        ruleSet: ruleSet.id,
        ...(contact === null ? {} : { primaryContactEmail: contact }),
      },
    ]
  },
})
