/**
 * `recordCustomerAcceptance`: the customer's admin accepts the Microsoft Customer Agreement itself,
 * in the Microsoft 365 admin center.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { acceptedByCustomer } from '../../model/customerAgreement.js'
import { getCustomer } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { customerKnown } from '../checks/customer.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'

/** Codec for {@link RecordCustomerAcceptanceInput}. @category codecs @since 0.2.0 */
export const RecordCustomerAcceptanceInput = commandInput('RecordCustomerAcceptanceInput', {
  customerTenantId: TenantId,
})
/** Input of {@link recordCustomerAcceptance}: the customer tenant; the actor is its admin. @category commands */
export interface RecordCustomerAcceptanceInput extends t.TypeOf<typeof RecordCustomerAcceptanceInput> {}

const load = (state: ProgramState, input: RecordCustomerAcceptanceInput) => ({
  customer: getCustomer(state, input.customerTenantId),
})
type Context = CheckContext<RecordCustomerAcceptanceInput, ReturnType<typeof load>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  customerKnown<Context>(
    (c) => c.input.customerTenantId,
    (c) => c.customer !== undefined,
  ),
  {
    rule: 'MCA-1',
    who: ['customerAdmin'],
    always: true,
    name: "only the customer's own admin accepts the agreement directly",
    check: ({ input: { actor, customerTenantId } }) =>
      actor.kind === 'customerAdmin' && actor.tenantId === customerTenantId
        ? pass
        : fail(
            'NotCustomerAdmin',
            [customerTenantId],
            `Only the admin of customer tenant ${customerTenantId} accepts the Microsoft Customer Agreement for it directly; a partner attests it with attestCustomerAgreement.`,
          ),
  },
]

/**
 * Records that the customer accepted the Microsoft Customer Agreement itself, in the Microsoft 365
 * admin center, on the command's date (MCA-1): from then on new purchases for it pass MCA-1. No
 * notice is sent (MCA-5: only a partner's attestation is followed by an email).
 *
 * Violations: `MOD-1` (unknown customer), `MCA-1` (the actor is not the customer's own admin,
 * `NotCustomerAdmin`; judged under every rule set).
 *
 * Emits `CustomerAgreementAccepted`, whose agreement is the Customer Agreement accepted by the
 * customer, with no attesting partner and no contact.
 *
 * @example
 * ```ts
 * import { customerAdmin, recordCustomerAcceptance } from 'csp-channel'
 * const result = recordCustomerAcceptance(state, { actor: customerAdmin(customerTenantId), at, customerTenantId })
 * // Right: CustomerAgreementAccepted; Left with MCA-1 NotCustomerAdmin for any other actor
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const recordCustomerAcceptance = defineCommand({
  name: 'recordCustomerAcceptance',
  input: RecordCustomerAcceptanceInput,
  load,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'CustomerAgreementAccepted',
      at: input.at,
      customerTenantId: input.customerTenantId,
      agreement: acceptedByCustomer(input.at),
    },
  ],
})
