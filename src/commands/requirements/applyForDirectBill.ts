/**
 * `applyForDirectBill`: a partner's global admin applies to become a direct bill partner.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { DirectBillDeclarations } from '../../model/partner.js'
import { globalAdminOnly } from '../checks/actor.js'
import { loadPartner, partnerActs, type PartnerContext } from '../checks/partner.js'
import { structural } from '../building.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'

/** Codec for {@link ApplyForDirectBillInput}. @category codecs @since 0.1.0 */
export const ApplyForDirectBillInput = commandInput('ApplyForDirectBillInput', {
  partnerTenantId: TenantId,
  declarations: DirectBillDeclarations,
})
/**
 * Input of {@link applyForDirectBill}: the applying partner tenant and what it declares: first-level
 * technical support (DB-3), customer accounting infrastructure (DB-6), a managed service, IP service
 * or customer solution (DB-7).
 *
 * @category commands
 */
export interface ApplyForDirectBillInput extends t.TypeOf<typeof ApplyForDirectBillInput> {}

type Context = PartnerContext<ApplyForDirectBillInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  globalAdminOnly('ROL-1', 'enroll as direct bill partner'),
  globalAdminOnly('DB-2', 'sign for the organization'),
  structural({
    rule: 'DB-8',
    name: 'no application is under review and the partner is not a direct bill partner yet',
    check: ({ partner }) => {
      if (partner === undefined) return pass
      if (partner.directBill !== null)
        return fail(
          'DirectBillApplicationExists',
          [partner.tenantId],
          `${partner.name} is already a direct bill partner.`,
        )
      const application = partner.directBillApplication
      return application !== null && application.status !== 'creditCheckFailed'
        ? fail(
            'DirectBillApplicationExists',
            [partner.tenantId],
            `${partner.name} already has a direct bill application (${application.status}).`,
          )
        : pass
    },
  }),
]

/**
 * Submits a direct bill application (DB-8, seed 003). It stays pending while Microsoft runs the
 * credit check (`recordCreditCheck`); the partner becomes a direct bill partner only when the review
 * (`completeDirectBillReview`) finds every requirement met. A partner whose credit check failed may
 * apply again.
 *
 * Applying is not new business: the MPA (PGM-3) is not required to apply.
 *
 * Violations: `MOD-1` `UnknownPartner`, `ROL-2` `ActsForAnotherTenant`, `ROL-1` and `DB-2`
 * `NotGlobalAdmin`, `DB-8` `DirectBillApplicationExists` (already a direct bill partner, or an
 * application under review).
 *
 * Emits `DirectBillApplicationSubmitted`.
 *
 * @example
 * ```ts
 * import { applyForDirectBill, partnerUser } from 'csp-channel'
 * applyForDirectBill(state, {
 *   actor: partnerUser(partnerTenantId, 'globalAdmin'),
 *   at,
 *   partnerTenantId,
 *   declarations: { firstLevelSupport: true, customerAccountingInfrastructure: true, managedServices: true },
 * })
 * // Right: DirectBillApplicationSubmitted; the application waits for recordCreditCheck
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const applyForDirectBill = defineCommand({
  name: 'applyForDirectBill',
  input: ApplyForDirectBillInput,
  load: loadPartner,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'DirectBillApplicationSubmitted',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      declarations: {
        firstLevelSupport: input.declarations.firstLevelSupport,
        customerAccountingInfrastructure: input.declarations.customerAccountingInfrastructure,
        managedServices: input.declarations.managedServices,
      },
    },
  ],
})
