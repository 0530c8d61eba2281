/**
 * `acceptIndirectResellerAgreement`: the partner accepts the indirect reseller agreement
 * ("Accept and continue") after approval.
 *
 * @module
 */
import type * as t from 'io-ts'
import { addDaysUtc } from '../../kernel/dates.js'
import { defined } from '../../internal/invariant.js'
import { TenantId } from '../../kernel/ids.js'
import { globalAdminOnly } from '../checks/actor.js'
import { loadPartner, partnerActs, type PartnerContext } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { notBeforeEnrollmentStep } from '../checks/transition.js'

/** Codec for {@link AcceptIndirectResellerAgreementInput}. @category codecs @since 0.1.0 */
export const AcceptIndirectResellerAgreementInput = commandInput('AcceptIndirectResellerAgreementInput', {
  partnerTenantId: TenantId,
})
/** Input of {@link acceptIndirectResellerAgreement}: the partner tenant accepting. @category commands */
export interface AcceptIndirectResellerAgreementInput extends t.TypeOf<typeof AcceptIndirectResellerAgreementInput> {}

type Context = PartnerContext<AcceptIndirectResellerAgreementInput>

/** The indirect reseller incentive invitation arrives within this many days of enrolling (INC-1). @category rules @since 0.1.0 */
export const INCENTIVE_INVITATION_DAYS = 30

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  globalAdminOnly('ROL-1', 'accept the indirect reseller agreement'),
  {
    rule: 'TRN-5',
    name: 'the enrollment has been approved',
    check: ({ partner }) =>
      partner !== undefined && partner.indirectReseller.status !== 'approved'
        ? fail(
            'EnrollmentNotApproved',
            [partner.tenantId],
            `Partner ${partner.name} can accept the indirect reseller agreement only after its enrollment is approved (now: ${partner.indirectReseller.status}).`,
          )
        : pass,
  },
  notBeforeEnrollmentStep('approved'),
]

/**
 * Accepts the indirect reseller agreement: the indirect reseller capabilities become active (TRN-5)
 * and a direct bill partner is now both direct bill partner and indirect reseller (TRN-6). Within
 * 30 days it is invited to the indirect reseller incentive, at the email of its MPN account (INC-1;
 * the library uses the primary contact email, `null` if none is recorded); its incentive status
 * becomes `invited`, and from then on it may enroll in that incentive (`enrollIncentive`).
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`), `ROL-1` (not global admin, `NotGlobalAdmin`), `TRN-5` (enrollment not
 * approved, `EnrollmentNotApproved`), `MOD-6` (dated before the approval, `DatedBeforeFact`).
 *
 * Emits `IndirectResellerAgreementAccepted` and `IncentiveInvitationScheduled`. Sources: seeds 004
 * and 000.
 *
 * @example
 * ```ts
 * import { acceptIndirectResellerAgreement, isoDateTime, partnerUser } from 'csp-channel'
 * const out = acceptIndirectResellerAgreement(state, {
 *   actor: partnerUser(partnerTenantId, 'globalAdmin'),
 *   at: isoDateTime('2019-11-06T09:00:00Z'),
 *   partnerTenantId,
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const acceptIndirectResellerAgreement = defineCommand({
  name: 'acceptIndirectResellerAgreement',
  input: AcceptIndirectResellerAgreementInput,
  load: loadPartner,
  checks,
  decide: ({ input, partner }) => [
    { _tag: 'IndirectResellerAgreementAccepted', at: input.at, partnerTenantId: input.partnerTenantId },
    {
      _tag: 'IncentiveInvitationScheduled',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      program: 'indirectReseller',
      mpnId: defined(partner, 'the acting partner').mpnId,
      email: partner?.primaryContactEmail ?? null,
      dueBy: addDaysUtc(input.at, INCENTIVE_INVITATION_DAYS),
    },
  ],
})
