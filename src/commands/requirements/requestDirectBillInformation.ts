/**
 * `requestDirectBillInformation`: during the review of a direct bill application, Microsoft asks the
 * applicant for more information about the sales behind its revenue (DB-8, DB-5; seed 003).
 *
 * @module
 */
import type * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { TenantId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import { actingPartnerKnown, loadPartner, type PartnerContext } from '../checks/partner.js'
import { operatorOnly } from '../checks/actor.js'
import { commandInput, defineCommand, type RuleCheck } from '../contract.js'
import { applicationIn, notBeforeApplication } from '../checks/requirements.js'
import { notifyPrimaryContact } from '../../events/notifications.js'

/** Codec for {@link RequestDirectBillInformationInput}. @category codecs @since 0.2.0 */
export const RequestDirectBillInformationInput = commandInput('RequestDirectBillInformationInput', {
  partnerTenantId: TenantId,
  information: Text,
})
/**
 * Input of {@link requestDirectBillInformation}: the applicant's partner tenant and what Microsoft
 * asks for (`information`, 1–256 printable characters).
 *
 * @category commands
 */
export interface RequestDirectBillInformationInput extends t.TypeOf<typeof RequestDirectBillInformationInput> {}

type Context = PartnerContext<RequestDirectBillInformationInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  operatorOnly('ask a direct bill applicant for more information'),
  actingPartnerKnown(),
  applicationIn(['pending', 'creditCheckPassed'], 'under review'),
  notBeforeApplication(),
]

/**
 * Microsoft asks a direct bill applicant for more information during the review of its application
 * (DB-8: the review; DB-5: the sales behind the trailing-twelve-month revenue may be reviewed and
 * more information asked for). The application stays under review; the partner answers outside the
 * program model, and the review completes with `completeDirectBillReview` as before.
 *
 * Violations: `MOD-7` `NotProgramOperator` (the actor is not Microsoft), `MOD-1` `UnknownPartner`,
 * `DB-8` `NoDirectBillApplication` (no application pending or past its credit check; subjects: the
 * partner tenant), `MOD-6` `DatedBeforeFact` (dated before the application was submitted).
 *
 * Emits `DirectBillInformationRequested`, then `PrimaryContactNotified` (subject
 * `directBillInformationRequested`) when a primary contact email is recorded.
 *
 * @example
 * ```ts
 * import { applyForDirectBill, requestDirectBillInformation, isoDateTime, microsoft, type ProgramState, type TenantId } from 'csp-channel'
 * declare const state: ProgramState // the partner applied with applyForDirectBill
 * declare const partnerTenantId: TenantId
 * const result = requestDirectBillInformation(state, {
 *   actor: microsoft,
 *   at: isoDateTime('2020-11-05T10:00:00Z'),
 *   partnerTenantId,
 *   information: 'Invoices for the three largest customers of the last twelve months',
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const requestDirectBillInformation = defineCommand({
  name: 'requestDirectBillInformation',
  input: RequestDirectBillInformationInput,
  load: loadPartner,
  checks,
  decide: ({ input, partner }): ReadonlyArray<DomainEvent> => [
    {
      _tag: 'DirectBillInformationRequested',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      information: input.information,
    },
    ...notifyPrimaryContact(partner, input.at, 'directBillInformationRequested'),
  ],
})
