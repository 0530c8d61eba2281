/**
 * The events of an accepted customer invitation: the customer joining the model if its tenant was
 * new, the acceptance, and one reseller relationship per partner, each built field by field.
 *
 * @internal
 */
import type { DomainEvent } from '../../events/events.js'
import type { IsoDateTime, TenantId } from '../../kernel/ids.js'
import type { Invitation } from '../../model/invitation.js'
import { hasRole, type Partner } from '../../model/partner.js'
import type { RelationshipChannel, ResellerRelationship } from '../../model/relationship.js'
import { getRelationship, getTenant } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'

/** The relationship a partner holds with the customer after acceptance: a new one, or its existing one moved to `channel`. */
const relationship = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
  channel: RelationshipChannel,
  provider: TenantId | null,
  delegatedAdmin: boolean,
  at: IsoDateTime,
): ResellerRelationship => {
  const existing = getRelationship(state, partner, customer)
  return {
    partnerTenantId: partner,
    customerTenantId: customer,
    channel,
    indirectProviderTenantId: provider,
    // an invitation that grants delegated admin makes it known; otherwise what was known stays
    delegatedAdmin: existing === undefined || delegatedAdmin ? delegatedAdmin : existing.delegatedAdmin,
    origin: existing === undefined ? 'invitation' : existing.origin,
    since: existing === undefined ? at : existing.since,
    // a reseller made tenant owner on the customer's Azure (PRT-7) stays so
    ...(existing?.azureTenantOwner === true ? { azureTenantOwner: true } : {}),
  }
}

/** The `CustomerJoined` event of a tenant new to the model, described by the invitation; none otherwise. */
const joined = (state: ProgramState, invitation: Invitation, at: IsoDateTime): ReadonlyArray<DomainEvent> => {
  const profile = invitation.newCustomer
  const customer = invitation.customerTenantId
  return getTenant(state, customer) !== undefined || profile === null
    ? []
    : [
        {
          _tag: 'CustomerJoined',
          at,
          customer: { tenantId: customer, companyName: profile.companyName, domain: profile.domain },
          tenant: { tenantId: customer, kind: 'customer', owner: null, region: profile.region, internalUse: false },
        },
      ]
}

/**
 * The events of accepting `invitation` issued by `issuer`, dated `at`. Returns no violation: the
 * command's checks (INV-3, MOD-6, TRN-9, OWN-2, OWN-3, REG-1) have judged the acceptance before.
 * `grantsDap`: whether invitations still grant delegated admin (the rule set's
 * `dapWithInvitations`; from 2023-10-09 none does, GDAP-13).
 */
export const acceptanceEvents = (
  state: ProgramState,
  invitation: Invitation,
  issuer: Partner,
  at: IsoDateTime,
  grantsDap: boolean,
): ReadonlyArray<DomainEvent> => {
  const customer = invitation.customerTenantId
  const provider = invitation.indirectProviderTenantId
  const requested = grantsDap && invitation.delegatedAdmin
  const relationships =
    invitation.kind === 'directReseller' || provider === null
      ? [
          relationship(
            state,
            issuer.tenantId,
            customer,
            hasRole(issuer, 'directBillPartner') ? 'directBill' : 'indirectProvider',
            null,
            requested,
            at,
          ),
        ]
      : [
          relationship(state, issuer.tenantId, customer, 'indirectReseller', provider, grantsDap, at),
          relationship(state, provider, customer, 'indirectProvider', null, requested, at),
        ]
  return [
    ...joined(state, invitation, at),
    { _tag: 'CustomerInvitationAccepted', at, invitationId: invitation.id },
    ...relationships.map((r): DomainEvent => ({ _tag: 'ResellerRelationshipEstablished', at, relationship: r })),
  ]
}
