/**
 * `restrictDirectBill`: Microsoft restricts a direct bill partner that does not meet the direct bill
 * requirements.
 *
 * @module
 */
import * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { list } from '../../internal/codec.js'
import { TenantId } from '../../kernel/ids.js'
import { assessDirectBill, type DirectBillAssessment } from '../../directBill/requirements.js'
import { RuleId } from '../../rules/catalog.js'
import type { RuleSet } from '../../rules/ruleSets.js'
import type { ProgramState } from '../../model/state.js'
import { actingPartnerKnown, loadPartner, type PartnerContext } from '../checks/partner.js'
import { operatorOnly } from '../checks/actor.js'
import { notifyPrimaryContact } from '../../events/notifications.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'

/** Codec for {@link RestrictDirectBillInput}. @category codecs @since 0.1.0 */
export const RestrictDirectBillInput = commandInput('RestrictDirectBillInput', {
  partnerTenantId: TenantId,
  unmetRequirements: list(RuleId, 'UnmetRequirements'),
})
/**
 * Input of {@link restrictDirectBill}: the partner tenant and the requirements it was found not to
 * meet (rule IDs such as `DB-5`; may be empty when unknown).
 *
 * @category commands
 */
export interface RestrictDirectBillInput extends t.TypeOf<typeof RestrictDirectBillInput> {}

type Loaded = { readonly assessment: DirectBillAssessment | undefined }
type Context = PartnerContext<RestrictDirectBillInput, Loaded>

/** The partner, and its assessment under the rule set that judges the command, computed once. */
const load = (state: ProgramState, input: RestrictDirectBillInput, ruleSet: RuleSet) => ({
  ...loadPartner(state, input),
  assessment: assessDirectBill(state, input.partnerTenantId, input.at, ruleSet.id),
})

const checks: ReadonlyArray<RuleCheck<Context>> = [
  operatorOnly('restrict a direct bill partner'),
  actingPartnerKnown(),
  {
    rule: 'RST-1',
    name: 'the partner is a direct bill partner that is not restricted yet',
    check: ({ partner }) => {
      if (partner === undefined) return pass
      if (partner.directBill === null)
        return fail('NotDirectBillPartner', [partner.tenantId], `Partner ${partner.name} is not a direct bill partner.`)
      return partner.directBill.status === 'restricted'
        ? fail(
            'AlreadyRestricted',
            [partner.tenantId],
            `Partner ${partner.name} has been restricted since ${partner.directBill.since}.`,
          )
        : pass
    },
  },
  {
    rule: 'DB-9',
    name: 'a partner the state shows meeting every requirement is not restricted',
    check: ({ partner, input, assessment }) => {
      if (partner === undefined) return pass
      return assessment !== undefined &&
        assessment.inForce &&
        assessment.unmet.length === 0 &&
        assessment.unknown.length === 0
        ? fail(
            'RequirementsMet',
            [partner.tenantId],
            `${partner.name} meets every direct bill requirement on ${input.at.slice(0, 10)} by the data the model holds; it cannot be restricted for missing them.`,
          )
        : pass
    },
  },
]

/** The requirements recorded as unmet: those given, plus those the assessment finds unmet. */
const unmetRequirements = (given: ReadonlyArray<RuleId>, assessment: DirectBillAssessment | undefined) => [
  ...new Set([...given, ...(assessment?.unmet.map((u) => u.rule) ?? [])]),
]

/**
 * Restricts a direct bill partner (RST-1, seed 000), whether or not it is also an indirect reseller.
 * From then on it makes no new purchases (RST-2, RST-3), creates no customers (RST-4), sends no
 * direct reseller invitations (RST-5) and creates no sandbox (RST-6); its existing subscriptions are
 * unaffected (RST-7) and it may still change seats, suspend and cancel (RST-8). The partner is
 * notified at its primary contact email.
 *
 * From 2020-10-27 the restriction is tied to the assessment (DB-9, the library's reading): the
 * requirements recorded as unmet are those given plus those `assessDirectBill` finds unmet, and a
 * partner that the state shows meeting every requirement (all data present, nothing unmet) cannot
 * be restricted. When the state lacks the data (no declarations, no revenue), the restriction goes
 * ahead on Microsoft's word.
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`), `RST-1` (not a direct bill partner, `NotDirectBillPartner`; already restricted,
 * `AlreadyRestricted`), `DB-9` (the state shows the partner meeting every requirement,
 * `RequirementsMet`).
 *
 * Emits `DirectBillRestricted`, then `PrimaryContactNotified` when a primary contact email is
 * recorded.
 *
 * @example
 * ```ts
 * import { microsoft, restrictDirectBill } from 'csp-channel'
 * restrictDirectBill(state, { actor: microsoft, at, partnerTenantId, unmetRequirements: ['DB-5'] })
 * // Right: DirectBillRestricted, then PrimaryContactNotified when a primary contact email is recorded
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const restrictDirectBill = defineCommand({
  name: 'restrictDirectBill',
  input: RestrictDirectBillInput,
  load,
  checks,
  decide: ({ input, partner, assessment }): ReadonlyArray<DomainEvent> => [
    {
      _tag: 'DirectBillRestricted',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      unmetRequirements: unmetRequirements(input.unmetRequirements, assessment),
    },
    ...notifyPrimaryContact(partner, input.at, 'directBillRestricted'),
  ],
})
