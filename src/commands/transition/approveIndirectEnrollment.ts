/**
 * `approveIndirectEnrollment`: Microsoft approves a pending indirect reseller enrollment.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { TenantId } from '../../kernel/ids.js'
import { actingPartnerKnown, loadPartner, type PartnerContext } from '../checks/partner.js'
import { operatorOnly } from '../checks/actor.js'
import { enrollmentContact, notifyPrimaryContact } from '../../events/notifications.js'
import { type AdvisoryCheck, commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { notBeforeEnrollmentStep } from '../checks/transition.js'

/** Codec for {@link ApproveIndirectEnrollmentInput}. @category codecs @since 0.1.0 */
export const ApproveIndirectEnrollmentInput = commandInput('ApproveIndirectEnrollmentInput', {
  partnerTenantId: TenantId,
})
/** Input of {@link approveIndirectEnrollment}: the partner tenant whose enrollment is approved. @category commands */
export interface ApproveIndirectEnrollmentInput extends t.TypeOf<typeof ApproveIndirectEnrollmentInput> {}

type Context = PartnerContext<ApproveIndirectEnrollmentInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  operatorOnly('approve an indirect reseller enrollment'),
  actingPartnerKnown(),
  {
    rule: 'TRN-4',
    name: 'the enrollment is pending',
    check: ({ partner }) =>
      partner !== undefined && partner.indirectReseller.status !== 'pending'
        ? fail(
            'EnrollmentNotPending',
            [partner.tenantId],
            `Partner ${partner.name} has no pending indirect reseller enrollment (${partner.indirectReseller.status}).`,
          )
        : pass,
  },
  notBeforeEnrollmentStep('pending'),
]

const advisories: ReadonlyArray<AdvisoryCheck<Context>> = [
  {
    rule: 'TRN-4',
    name: 'the approval comes by the due date',
    check: ({ partner, input }) =>
      partner?.indirectReseller.status === 'pending' && input.at > partner.indirectReseller.dueBy
        ? [
            {
              tag: 'ApprovalAfterDueDate',
              subjects: [partner.tenantId],
              message: `Approved on ${input.at}, after the due date ${partner.indirectReseller.dueBy}.`,
            },
          ]
        : [],
  },
]

/**
 * Approves a pending enrollment (TRN-4, seeds 004 and 000). The partner is notified at the primary
 * contact email given in the enrollment form (kept on the pending enrollment; for an enrollment
 * recorded without one, the profile's); it then has to accept the indirect reseller agreement
 * (TRN-5). An approval after the due-by date is accepted with a `TRN-4` warning (the library's
 * reading).
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`), `TRN-4` (enrollment not pending, `EnrollmentNotPending`), `MOD-6` (dated before
 * the enrollment was submitted, `DatedBeforeFact`). Warning: `TRN-4` `ApprovalAfterDueDate`.
 *
 * Emits `IndirectEnrollmentApproved`, then `PrimaryContactNotified` (subject
 * `indirectEnrollmentApproved`) when a primary contact email is known.
 *
 * @example
 * ```ts
 * import { approveIndirectEnrollment, isoDateTime, microsoft } from 'csp-channel'
 * const out = approveIndirectEnrollment(state, {
 *   actor: microsoft,
 *   at: isoDateTime('2019-11-05T09:00:00Z'),
 *   partnerTenantId,
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const approveIndirectEnrollment = defineCommand({
  name: 'approveIndirectEnrollment',
  input: ApproveIndirectEnrollmentInput,
  load: loadPartner,
  checks,
  advisories,
  decide: ({ input, partner }): ReadonlyArray<DomainEvent> => [
    { _tag: 'IndirectEnrollmentApproved', at: input.at, partnerTenantId: input.partnerTenantId },
    ...notifyPrimaryContact(partner, input.at, 'indirectEnrollmentApproved', enrollmentContact(partner)),
  ],
})
