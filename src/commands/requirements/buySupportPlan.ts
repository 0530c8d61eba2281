/**
 * `buySupportPlan`: a partner buys its Microsoft support plan.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { SupportPlanKind } from '../../model/partner.js'
import { loadPartner, partnerActs, type PartnerContext } from '../checks/partner.js'
import { structural } from '../building.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { notBefore } from '../checks/integrity.js'
import { ADMIN_ROLES, rolesFor } from '../checks/actor.js'

/** Codec for {@link BuySupportPlanInput}. @category codecs @since 0.1.0 */
export const BuySupportPlanInput = commandInput('BuySupportPlanInput', {
  partnerTenantId: TenantId,
  plan: SupportPlanKind,
})
/** Input of {@link buySupportPlan}: the partner tenant and the plan (`advancedSupportForPartners` or `premierSupportForPartners`). @category commands */
export interface BuySupportPlanInput extends t.TypeOf<typeof BuySupportPlanInput> {}

type Context = PartnerContext<BuySupportPlanInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  rolesFor(ADMIN_ROLES, 'buy a Microsoft support plan'),
  {
    rule: 'DB-4',
    name: 'the support plan is bought only after the credit check has passed',
    check: ({ partner }) => {
      if (partner === undefined || partner.directBill !== null) return pass
      const status = partner.directBillApplication?.status
      return status === 'creditCheckPassed' || status === 'approved'
        ? pass
        : fail(
            'CreditCheckNotPassed',
            [partner.tenantId],
            `${partner.name} must not buy a Microsoft support plan before its credit check has passed (application: ${status ?? 'none'}).`,
          )
    },
  },
  structural({
    rule: 'DB-3',
    name: 'the partner has no support plan yet',
    check: ({ partner }) =>
      partner?.supportPlan == null
        ? pass
        : fail(
            'SupportPlanExists',
            [partner.tenantId],
            `${partner.name} already has ${partner.supportPlan.plan} since ${partner.supportPlan.since}.`,
          ),
  }),
  notBefore(
    'MOD-6',
    ({ partner }) =>
      partner === undefined || partner.directBill !== null || partner.directBillApplication == null
        ? undefined
        : { subjects: [partner.tenantId], at: partner.directBillApplication.creditCheckAt },
    'the credit check',
  ),
]

/**
 * Buys Advanced Support for Partners or Premier Support for Partners (DB-3, seed 003). An applicant
 * buys it only after its credit check has passed (DB-4); an existing direct bill partner may buy one
 * at any time.
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, code 900150), `ROL-1` (a partner user who is not a global admin or admin
 * agent, `RoleNotAllowed`, 900150), `DB-4` (an applicant whose credit check has not passed,
 * `CreditCheckNotPassed`), `DB-3` (a plan is already held, `SupportPlanExists`), `MOD-6` (an
 * applicant buying before its credit check, `DatedBeforeFact`).
 *
 * Emits `SupportPlanPurchased`.
 *
 * @example
 * ```ts
 * import { buySupportPlan, partnerUser } from 'csp-channel'
 * buySupportPlan(state, {
 *   actor: partnerUser(partnerTenantId, 'adminAgent'),
 *   at,
 *   partnerTenantId,
 *   plan: 'advancedSupportForPartners',
 * })
 * // Right: SupportPlanPurchased; an applicant whose credit check has not passed: Left, DB-4
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const buySupportPlan = defineCommand({
  name: 'buySupportPlan',
  input: BuySupportPlanInput,
  load: loadPartner,
  checks,
  decide: ({ input }) => [
    { _tag: 'SupportPlanPurchased', at: input.at, partnerTenantId: input.partnerTenantId, plan: input.plan },
  ],
})
