/**
 * `withdrawIndirectEnrollment`: withdraw an indirect reseller enrollment that is still pending.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { globalAdminOnly } from '../checks/actor.js'
import { loadPartner, partnerActs, type PartnerContext } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { notBeforeEnrollmentStep } from '../checks/transition.js'

/** Codec for {@link WithdrawIndirectEnrollmentInput}. @category codecs @since 0.1.0 */
export const WithdrawIndirectEnrollmentInput = commandInput('WithdrawIndirectEnrollmentInput', {
  partnerTenantId: TenantId,
})
/** Input of {@link withdrawIndirectEnrollment}: the partner tenant. @category commands */
export interface WithdrawIndirectEnrollmentInput extends t.TypeOf<typeof WithdrawIndirectEnrollmentInput> {}

type Context = PartnerContext<WithdrawIndirectEnrollmentInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  globalAdminOnly('ROL-1', 'withdraw the indirect reseller enrollment'),
  {
    rule: 'TRN-7',
    name: 'the transition cannot be undone once approved',
    check: ({ partner }) =>
      partner !== undefined &&
      (partner.indirectReseller.status === 'approved' || partner.indirectReseller.status === 'active')
        ? fail(
            'TransitionIrreversible',
            [partner.tenantId],
            `Partner ${partner.name}'s indirect reseller enrollment is ${partner.indirectReseller.status}; the transition has no rollback.`,
          )
        : pass,
  },
  {
    rule: 'TRN-4',
    name: 'there is a pending enrollment to withdraw',
    check: ({ partner }) =>
      partner?.indirectReseller.status === 'none'
        ? fail(
            'EnrollmentNotPending',
            [partner.tenantId],
            `Partner ${partner.name} has no indirect reseller enrollment to withdraw.`,
          )
        : pass,
  },
  notBeforeEnrollmentStep('pending'),
]

/**
 * Withdraws a pending enrollment. From approval on the transition is irreversible (TRN-7, seeds 004
 * and 000: "no rollback option"); withdrawing before approval is the library's reading.
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, code 900150), `ROL-1` (not global admin, `NotGlobalAdmin`, code 900150),
 * `TRN-7` (approved or active, `TransitionIrreversible`), `TRN-4` (nothing pending,
 * `EnrollmentNotPending`), `MOD-6` (dated before the enrollment was submitted, `DatedBeforeFact`).
 *
 * Emits `IndirectEnrollmentWithdrawn`.
 *
 * @example
 * ```ts
 * import { partnerUser, withdrawIndirectEnrollment } from 'csp-channel'
 * withdrawIndirectEnrollment(state, { actor: partnerUser(partnerTenantId, 'globalAdmin'), at, partnerTenantId })
 * // Right while pending: IndirectEnrollmentWithdrawn; once approved: Left, TRN-7 TransitionIrreversible
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const withdrawIndirectEnrollment = defineCommand({
  name: 'withdrawIndirectEnrollment',
  input: WithdrawIndirectEnrollmentInput,
  load: loadPartner,
  checks,
  decide: ({ input }) => [
    { _tag: 'IndirectEnrollmentWithdrawn', at: input.at, partnerTenantId: input.partnerTenantId },
  ],
})
