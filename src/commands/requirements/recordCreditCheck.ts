/**
 * `recordCreditCheck`: Microsoft records the outcome of a direct bill applicant's credit check.
 *
 * @module
 */
import * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { TenantId } from '../../kernel/ids.js'
import { actingPartnerKnown, loadPartner, type PartnerContext } from '../checks/partner.js'
import { operatorOnly } from '../checks/actor.js'
import { commandInput, defineCommand, type RuleCheck } from '../contract.js'
import { applicationIn, notBeforeApplication } from '../checks/requirements.js'
import { notifyPrimaryContact } from '../../events/notifications.js'

/** Codec for {@link RecordCreditCheckInput}. @category codecs @since 0.1.0 */
export const RecordCreditCheckInput = commandInput('RecordCreditCheckInput', {
  partnerTenantId: TenantId,
  passed: t.boolean,
})
/** Input of {@link recordCreditCheck}: the applicant and whether its credit check passed. @category commands */
export interface RecordCreditCheckInput extends t.TypeOf<typeof RecordCreditCheckInput> {}

type Context = PartnerContext<RecordCreditCheckInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  operatorOnly('record a credit check'),
  actingPartnerKnown(),
  applicationIn(['pending'], 'waiting for its credit check'),
  notBeforeApplication(),
]

/**
 * Records a credit check (DB-8, seed 003). When it passes the partner is notified by email and may
 * buy its Microsoft support plan (DB-4).
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`), `DB-8` (no application pending its credit check, `NoDirectBillApplication`),
 * `MOD-6` (dated before the application was submitted, `DatedBeforeFact`).
 *
 * Emits `CreditCheckRecorded`, then `PrimaryContactNotified` when it passed and a primary contact
 * email is recorded.
 *
 * @example
 * ```ts
 * import { microsoft, recordCreditCheck } from 'csp-channel'
 * recordCreditCheck(state, { actor: microsoft, at, partnerTenantId, passed: true })
 * // Right: CreditCheckRecorded, then PrimaryContactNotified; the applicant may now buy its support plan (DB-4)
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const recordCreditCheck = defineCommand({
  name: 'recordCreditCheck',
  input: RecordCreditCheckInput,
  load: loadPartner,
  checks,
  decide: ({ input, partner }): ReadonlyArray<DomainEvent> => [
    { _tag: 'CreditCheckRecorded', at: input.at, partnerTenantId: input.partnerTenantId, passed: input.passed },
    ...(input.passed ? notifyPrimaryContact(partner, input.at, 'creditCheckPassed') : []),
  ],
})
