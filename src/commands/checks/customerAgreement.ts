/**
 * Checks of the customer agreement (MCA-1 … MCA-4): a new purchase needs the customer's acceptance
 * on record (MCA-1), and an attestation of it is made by an allowed partner user (MCA-2), is not
 * dated in the future (MCA-3) and does not repeat a contact already on record (MCA-4). Also the
 * optional attestation field of the commands that create customers.
 *
 * @internal
 */
import type { DomainEvent } from '../../events/events.js'
import type { IsoDateTime, TenantId } from '../../kernel/ids.js'
import type { ActorCategory, PartnerUserRole } from '../../model/actor.js'
import {
  AgreementAttestation,
  agreementOnRecord,
  attestedAgreement,
  dayOf,
  sameContact,
  type CustomerAgreement,
} from '../../model/customerAgreement.js'
import { billsWithMicrosoft, type Partner } from '../../model/partner.js'
import { getCustomer } from '../../model/queries.js'
import type { ResellerRelationship } from '../../model/relationship.js'
import { inForceUnder, type RuleSet } from '../../rules/ruleSets.js'
import { fail, pass, unknownFact } from '../building.js'
import type { CheckContext, CommandInputBase, RuleCheck } from '../contract.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

/** What MCA-1 reads of a customer: its tenant ID and its agreements on record (absent: unknown). */
interface AgreementHolder {
  readonly tenantId: TenantId
  readonly agreements?: ReadonlyArray<CustomerAgreement>
}

/** The partner user roles that attest a customer's acceptance (MCA-2). */
export const ATTESTING_ROLES: ReadonlyArray<PartnerUserRole> = ['globalAdmin', 'adminAgent', 'salesAgent']

/**
 * The customer `customer` picks has accepted, by the command's date, an agreement the rule set
 * accepts (MCA-1, `CustomerAgreementNotAccepted`, code 13605; subjects: the customer tenant). An
 * unknown customer, or none at all (a partner tenant), passes: other checks report it. Agreements
 * the model does not know give a `FactUnknown` warning instead.
 */
export const agreementAccepted = <C extends Ctx>(customer: Picker<C, AgreementHolder | undefined>): RuleCheck<C> => ({
  rule: 'MCA-1',
  name: "a new purchase needs the customer's acceptance of the customer agreement on record",
  check: (c) => {
    const holder = customer(c)
    if (holder === undefined) return pass
    const status = agreementOnRecord(holder, c.input.at, c.ruleSet)
    if (status === 'unknown')
      return unknownFact(
        [holder.tenantId],
        `Whether customer ${holder.tenantId} has accepted the Microsoft Customer Agreement is unknown (its agreements were not imported); import GET /v1/customers/{id}/agreements, or record the acceptance with attestCustomerAgreement, to know.`,
      )
    return status === 'accepted'
      ? pass
      : fail(
          'CustomerAgreementNotAccepted',
          [holder.tenantId],
          `Customer ${holder.tenantId} has no acceptance of ${c.ruleSet.customerAgreements.length > 1 ? 'the Microsoft Customer Agreement or the Microsoft Cloud Agreement' : 'the Microsoft Customer Agreement'} on record by this date; a partner attests it (attestCustomerAgreement) or the customer accepts it in the Microsoft 365 admin center before a new purchase.`,
          13605,
        )
  },
})

/** MCA-1 for a new purchase for the customer tenant `id` picks, read from the state. */
export const customerAgreementOnRecord = <C extends Ctx>(id: Picker<C, TenantId>): RuleCheck<C> =>
  agreementAccepted((c) => getCustomer(c.state, id(c)))

/**
 * A partner user attesting has the global admin, admin agent or sales agent role (MCA-2,
 * `AttestationRoleNotAllowed`; subjects: the actor's tenant); judged when `attests` holds. `who`
 * is given for a command that always attests (whoMayRun reads it).
 */
export const attestsWithRole = <C extends Ctx>(
  attests: Picker<C, boolean>,
  who?: ReadonlyArray<ActorCategory>,
): RuleCheck<C> => ({
  rule: 'MCA-2',
  ...(who === undefined ? {} : { who }),
  name: "a customer's acceptance is attested by a global admin, admin agent or sales agent",
  check: (c) => {
    const { actor } = c.input
    return attests(c) && actor.kind === 'partnerUser' && !ATTESTING_ROLES.includes(actor.role)
      ? fail(
          'AttestationRoleNotAllowed',
          [actor.tenantId],
          `The role ${actor.role} cannot attest a customer's acceptance of the Microsoft Customer Agreement; allowed: ${ATTESTING_ROLES.join(', ')}.`,
        )
      : pass
  },
})

/**
 * The attesting partner is not an indirect reseller, nor serves the customer as one (MCA-2,
 * `ResellerCannotAttest`; subjects: the partner and the customer tenant): its provider attests.
 */
export const notResellerAttesting = <C extends Ctx>(
  pick: Picker<
    C,
    | {
        readonly partner: Partner | undefined
        readonly customer: TenantId
        readonly relationship?: ResellerRelationship
      }
    | undefined
  >,
): RuleCheck<C> => ({
  rule: 'MCA-2',
  name: "an indirect reseller never attests its customer's acceptance",
  check: (c) => {
    const picked = pick(c)
    const partner = picked?.partner
    if (picked === undefined || partner === undefined) return pass
    return !billsWithMicrosoft(partner) || picked.relationship?.channel === 'indirectReseller'
      ? fail(
          'ResellerCannotAttest',
          [partner.tenantId, picked.customer],
          `Partner ${partner.name} serves customer ${picked.customer} as indirect reseller and cannot attest its acceptance of the Microsoft Customer Agreement; its indirect provider attests it.`,
        )
      : pass
  },
})

/** The attested acceptance date is not after the command's date (MCA-3, `AgreementDateInFuture`; subjects: the customer tenant). */
export const agreedNotInFuture = <C extends Ctx>(
  pick: Picker<C, { readonly attestation: AgreementAttestation | undefined; readonly customer: TenantId }>,
): RuleCheck<C> => ({
  rule: 'MCA-3',
  name: 'the date the customer accepted the agreement is not in the future',
  check: (c) => {
    const { attestation, customer } = pick(c)
    const today = dayOf(c.input.at)
    return attestation !== undefined && attestation.dateAgreed > today
      ? fail(
          'AgreementDateInFuture',
          [customer],
          `The customer accepted the agreement on ${attestation.dateAgreed}, after this attestation's date (${today}); an acceptance date is never in the future.`,
        )
      : pass
  },
})

/**
 * No partner attestation on record for the customer names the same contact (MCA-4,
 * `AgreementAlreadyAttested`, code 600061; subjects: the customer tenant).
 */
export const newAttestationContact = <C extends Ctx>(
  pick: Picker<C, { readonly attestation: AgreementAttestation; readonly customer: AgreementHolder | undefined }>,
): RuleCheck<C> => ({
  rule: 'MCA-4',
  name: 'a second attestation for a customer names another contact',
  check: (c) => {
    const { attestation, customer } = pick(c)
    const repeated = customer?.agreements?.some(
      (a) => a.acceptedBy === 'partnerAttestation' && a.contact !== null && sameContact(a.contact, attestation.contact),
    )
    return customer !== undefined && repeated === true
      ? fail(
          'AgreementAlreadyAttested',
          [customer.tenantId],
          `A partner already attested the acceptance of customer ${customer.tenantId} with this contact (${attestation.contact.firstName} ${attestation.contact.lastName}); a change of name, email or phone records a new acceptance.`,
          600061,
        )
      : pass
  },
})

/**
 * The agreements of a customer a command creates: the attestation given with it, attested by
 * `partner`; `[]` without one when MCA-1 is in force; absent (unknown) before.
 */
export const agreementsOfNewCustomer = (
  attestation: AgreementAttestation | undefined,
  partner: TenantId,
  set: RuleSet,
): { readonly agreements?: ReadonlyArray<CustomerAgreement> } =>
  attestation !== undefined
    ? { agreements: [attestedAgreement(attestation, partner)] }
    : inForceUnder(set, 'MCA-1')
      ? { agreements: [] }
      : {}

/**
 * Microsoft's email to the attested contact after a partner's attestation (MCA-5, from the
 * 2023-04-15 rule set): a `CustomerNotified` event, or none under earlier sets or without an
 * attestation.
 */
export const attestationNotice = (
  customer: TenantId,
  attestation: AgreementAttestation | undefined,
  at: IsoDateTime,
  set: RuleSet,
): ReadonlyArray<DomainEvent> =>
  attestation !== undefined && inForceUnder(set, 'MCA-5')
    ? [
        {
          _tag: 'CustomerNotified',
          at,
          customerTenantId: customer,
          email: attestation.contact.email,
          subject: 'customerAgreementAttested',
        },
      ]
    : []
