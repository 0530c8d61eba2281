/**
 * `attestCustomerAgreement`: a partner attests that its customer accepted the Microsoft Customer
 * Agreement (Partner Center's `POST /v1/customers/{id}/agreements`).
 *
 * @module
 */
import type * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { TenantId } from '../../kernel/ids.js'
import { AgreementAttestation, attestedAgreement } from '../../model/customerAgreement.js'
import { getCustomer, getRelationship } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { customerKnown } from '../checks/customer.js'
import {
  agreedNotInFuture,
  attestationNotice,
  ATTESTING_ROLES,
  attestsWithRole,
  newAttestationContact,
  notResellerAttesting,
} from '../checks/customerAgreement.js'
import { loadPartner, partnerActs } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'

/** Codec for {@link AttestCustomerAgreementInput}. @category codecs @since 0.2.0 */
export const AttestCustomerAgreementInput = commandInput('AttestCustomerAgreementInput', {
  partnerTenantId: TenantId,
  customerTenantId: TenantId,
  agreement: AgreementAttestation,
})
/**
 * Input of {@link attestCustomerAgreement}: the attesting partner tenant, the customer tenant, and
 * the attestation (the date the customer accepted, an ISO-8601 date, and the contact who accepted:
 * first name, last name, email, phone number).
 *
 * @category commands
 */
export interface AttestCustomerAgreementInput extends t.TypeOf<typeof AttestCustomerAgreementInput> {}

const load = (state: ProgramState, input: AttestCustomerAgreementInput) => ({
  ...loadPartner(state, input),
  customer: getCustomer(state, input.customerTenantId),
  relationship: getRelationship(state, input.partnerTenantId, input.customerTenantId),
})
type Context = CheckContext<AttestCustomerAgreementInput, ReturnType<typeof load>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  customerKnown<Context>(
    (c) => c.input.customerTenantId,
    (c) => c.customer !== undefined,
  ),
  {
    rule: 'ROL-2',
    name: 'the partner has a reseller relationship with the customer',
    check: ({ customer, relationship, input }) =>
      customer !== undefined && relationship === undefined
        ? fail(
            'NoResellerRelationship',
            [input.partnerTenantId, input.customerTenantId],
            `Partner ${input.partnerTenantId} has no reseller relationship with customer ${input.customerTenantId}; only a partner of the customer attests its acceptance.`,
            20002,
          )
        : pass,
  },
  attestsWithRole<Context>(() => true, ATTESTING_ROLES),
  notResellerAttesting<Context>(({ partner, relationship, input }) => ({
    partner,
    customer: input.customerTenantId,
    ...(relationship === undefined ? {} : { relationship }),
  })),
  agreedNotInFuture<Context>(({ input }) => ({ attestation: input.agreement, customer: input.customerTenantId })),
  newAttestationContact<Context>(({ input, customer }) => ({ attestation: input.agreement, customer })),
]

const decide = ({ input, ruleSet }: Context): ReadonlyArray<DomainEvent> => [
  {
    _tag: 'CustomerAgreementAttested',
    at: input.at,
    partnerTenantId: input.partnerTenantId,
    customerTenantId: input.customerTenantId,
    agreement: attestedAgreement(input.agreement, input.partnerTenantId),
  },
  ...attestationNotice(input.customerTenantId, input.agreement, input.at, ruleSet),
]

/**
 * Records a partner's attestation that the customer accepted the Microsoft Customer Agreement
 * (MCA-1): from then on, and from the date the customer accepted it, new purchases for the customer
 * pass MCA-1. The agreement is always the Customer Agreement. A partner attests again for another
 * contact; the same contact again is refused.
 *
 * Violations: `MOD-1` (unknown partner or customer), `ROL-2` (actor of another tenant, code 900150;
 * no reseller relationship with the customer, `NoResellerRelationship`, code 20002), `MCA-2` (a
 * partner user other than a global admin, admin agent or sales agent, `AttestationRoleNotAllowed`;
 * an indirect reseller, or a partner serving the customer as one, `ResellerCannotAttest`: its
 * provider attests), `MCA-3` (the acceptance date is after the command's date,
 * `AgreementDateInFuture`), `MCA-4` (a partner attestation with the same first name, last name,
 * email and phone is already on record, `AgreementAlreadyAttested`, code 600061). MCA-2 … MCA-4 are
 * in force from 2020-02-01.
 *
 * Emits `CustomerAgreementAttested`, then, from the 2023-04-15 rule set (MCA-5), `CustomerNotified`
 * (subject `customerAgreementAttested`) to the attested contact's email.
 *
 * @example
 * ```ts
 * import { attestCustomerAgreement, email, isoDate, partnerUser } from 'csp-channel'
 * const result = attestCustomerAgreement(state, {
 *   actor: partnerUser(partnerTenantId, 'adminAgent'),
 *   at,
 *   partnerTenantId,
 *   customerTenantId,
 *   agreement: {
 *     dateAgreed: isoDate('2023-05-02'),
 *     contact: { firstName: 'Tania', lastName: 'Carr', email: email('tania@fabrikam.example'), phoneNumber: '1234567890' },
 *   },
 * })
 * // Right: CustomerAgreementAttested (and CustomerNotified from 2023-04-15);
 * // Left with MCA-4 AgreementAlreadyAttested (600061) when the same contact was attested before
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const attestCustomerAgreement = defineCommand({
  name: 'attestCustomerAgreement',
  input: AttestCustomerAgreementInput,
  load,
  checks,
  decide,
})
