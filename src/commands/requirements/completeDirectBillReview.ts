/**
 * `completeDirectBillReview`: Microsoft completes the review of a direct bill application.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { managedServiceRecommendation } from '../../directBill/requirements.js'
import { TenantId } from '../../kernel/ids.js'
import { actingPartnerKnown, loadPartner, type PartnerContext } from '../checks/partner.js'
import { operatorOnly } from '../checks/actor.js'
import { structural } from '../building.js'
import { type AdvisoryCheck, commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { requirementChecks } from '../checks/requirements.js'
import { notBefore } from '../checks/integrity.js'
import { notifyPrimaryContact } from '../../events/notifications.js'

/** Codec for {@link CompleteDirectBillReviewInput}. @category codecs @since 0.1.0 */
export const CompleteDirectBillReviewInput = commandInput('CompleteDirectBillReviewInput', {
  partnerTenantId: TenantId,
})
/** Input of {@link completeDirectBillReview}: the applicant. @category commands */
export interface CompleteDirectBillReviewInput extends t.TypeOf<typeof CompleteDirectBillReviewInput> {}

type Context = PartnerContext<CompleteDirectBillReviewInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  operatorOnly('complete a direct bill review'),
  actingPartnerKnown(),
  structural({
    rule: 'DB-8',
    name: 'the application has passed its credit check',
    check: ({ partner }) =>
      partner !== undefined && partner.directBillApplication?.status !== 'creditCheckPassed'
        ? fail(
            'CreditCheckNotPassed',
            [partner.tenantId],
            `${partner.name}'s direct bill application has not passed its credit check (${partner.directBillApplication?.status ?? 'no application'}).`,
          )
        : pass,
  }),
  notBefore(
    'MOD-6',
    ({ partner }) => {
      const application = partner?.directBillApplication
      if (partner === undefined || application == null) return undefined
      const { submittedAt, creditCheckAt } = application
      return {
        subjects: [partner.tenantId],
        at: creditCheckAt !== null && creditCheckAt > submittedAt ? creditCheckAt : submittedAt,
      }
    },
    'the direct bill application and its credit check',
  ),
  ...requirementChecks<Context>(),
]

const advisories: ReadonlyArray<AdvisoryCheck<Context>> = [
  {
    rule: 'DB-7',
    name: 'a managed service, IP service or customer solution is recommended',
    check: ({ partner }) => {
      const advice = partner === undefined ? undefined : managedServiceRecommendation(partner)
      return advice === undefined || partner === undefined
        ? []
        : [{ tag: 'RequirementRecommended', subjects: [partner.tenantId], message: advice }]
    },
  },
]

/**
 * Completes the review (DB-8, DB-9, seed 003): the applicant becomes a direct bill partner only if
 * its credit check passed and every requirement in force holds: active membership (DB-1), first-level
 * support and a support plan (DB-3), trailing-twelve-month cloud revenue of at least USD 300,000
 * (DB-5, until 2025-09-30), customer accounting infrastructure (DB-6), and from 2025-10-01 the FY26
 * items of AUTH-7 (USD 1,000,000 of revenue, the facts `recordAuthorizationFacts` records, the MPA and
 * a support plan). Every unmet requirement is reported with its
 * measured value; a requirement the state holds no data for (no revenue recorded) is not met either.
 * Without a managed service the approval carries a DB-7 warning. Before 2020-10-27 the requirements
 * are not in force and only the actor and the partner are checked.
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`), `DB-8` (the credit check has not passed, `CreditCheckNotPassed`), `MOD-6`
 * (dated before the application or its credit check, `DatedBeforeFact`), `DB-1`, `DB-3`, `DB-5`,
 * `DB-6`, `AUTH-7` (a requirement not met, `RequirementNotMet`, or without evidence,
 * `RequirementNotEvidenced`).
 *
 * Emits `DirectBillApproved`, then `PrimaryContactNotified` when a primary contact email is
 * recorded.
 *
 * @example
 * ```ts
 * import * as E from 'fp-ts/lib/Either.js'
 * import { completeDirectBillReview, microsoft } from 'csp-channel'
 * const result = completeDirectBillReview(state, { actor: microsoft, at, partnerTenantId })
 * // Right: DirectBillApproved; Left: every unmet requirement, each with its measured value
 * if (E.isLeft(result)) for (const v of result.left) console.log(v.rule, v.message) // DB-5 …
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const completeDirectBillReview = defineCommand({
  name: 'completeDirectBillReview',
  input: CompleteDirectBillReviewInput,
  load: loadPartner,
  checks,
  advisories,
  decide: ({ input, partner }): ReadonlyArray<DomainEvent> => [
    { _tag: 'DirectBillApproved', at: input.at, partnerTenantId: input.partnerTenantId },
    ...notifyPrimaryContact(partner, input.at, 'directBillApproved'),
  ],
})
