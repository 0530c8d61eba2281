/**
 * `acceptCustomerInvitation`: the invited customer's admin accepts an invitation.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { DomainEvent } from '../events/events.js'
import { InvitationId, type IsoDateTime, type TenantId } from '../model/ids.js'
import type { Invitation } from '../model/invitation.js'
import { hasRole, isRestricted, type Partner } from '../model/partner.js'
import type { RelationshipChannel, ResellerRelationship } from '../model/relationship.js'
import {
  getInvitation,
  getPartner,
  getPartnership,
  getRelationship,
  getTenant,
  type ProgramState,
} from '../model/state.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from './contract.js'

/** Codec for {@link AcceptCustomerInvitationInput}. @category codecs */
export const AcceptCustomerInvitationInput = commandInput('AcceptCustomerInvitationInput', {
  invitationId: InvitationId,
})
/** Input of {@link acceptCustomerInvitation}: the invitation; the actor is the invited customer's admin. @category commands */
export type AcceptCustomerInvitationInput = t.TypeOf<typeof AcceptCustomerInvitationInput>

const load = (state: ProgramState, input: AcceptCustomerInvitationInput) => {
  const invitation = getInvitation(state, input.invitationId)
  const provider = invitation?.indirectProviderTenantId ?? undefined
  return {
    invitation,
    issuer: invitation && getPartner(state, invitation.partnerTenantId),
    partnershipActive:
      invitation !== undefined &&
      provider !== undefined &&
      getPartnership(state, provider, invitation.partnerTenantId)?.status === 'active',
  }
}
type Context = CheckContext<AcceptCustomerInvitationInput, ReturnType<typeof load>>

/** Why the issuer may no longer issue the invitation, or `undefined` if it still may (INV-3). */
const lostRight = (
  invitation: Invitation,
  issuer: Partner | undefined,
  partnershipActive: boolean,
): string | undefined => {
  if (issuer === undefined) return 'the issuer is no longer known'
  if (invitation.kind === 'directReseller')
    return isRestricted(issuer) ? `${issuer.name} is now a restricted direct bill partner` : undefined
  if (!hasRole(issuer, 'indirectReseller')) return `${issuer.name} is no longer an enrolled indirect reseller`
  return partnershipActive
    ? undefined
    : `the partnership between ${issuer.name} and its indirect provider is no longer active`
}

const checks: ReadonlyArray<RuleCheck<Context>> = [
  {
    rule: 'INV-3',
    name: 'the invitation exists',
    check: ({ invitation, input }) =>
      invitation === undefined
        ? fail('UnknownInvitation', [input.invitationId], `No invitation ${input.invitationId} is known.`)
        : pass,
  },
  {
    rule: 'INV-3',
    name: "only the invited customer's admin accepts",
    check: ({ invitation, input: { actor } }) =>
      invitation === undefined || (actor.kind === 'customerAdmin' && actor.tenantId === invitation.customerTenantId)
        ? pass
        : fail(
            'NotInvitedCustomer',
            [invitation.id, invitation.customerTenantId],
            `Invitation ${invitation.id} is personal to customer tenant ${invitation.customerTenantId}; only its admin can accept it.`,
          ),
  },
  {
    rule: 'INV-3',
    name: 'an invitation is accepted once',
    check: ({ invitation }) =>
      invitation?.acceptedAt == null
        ? pass
        : fail(
            'InvitationAlreadyAccepted',
            [invitation.id],
            `Invitation ${invitation.id} was already accepted on ${invitation.acceptedAt}.`,
          ),
  },
  {
    rule: 'INV-3',
    name: 'the issuer may still issue the invitation',
    check: ({ invitation, issuer, partnershipActive }) => {
      const reason = invitation && lostRight(invitation, issuer, partnershipActive)
      return invitation === undefined || reason === undefined
        ? pass
        : fail(
            'IssuerLostRight',
            [invitation.id, invitation.partnerTenantId],
            `Invitation ${invitation.id} can no longer be accepted: ${reason}.`,
          )
    },
  },
]

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
  return existing === undefined
    ? {
        partnerTenantId: partner,
        customerTenantId: customer,
        channel,
        indirectProviderTenantId: provider,
        delegatedAdmin,
        origin: 'invitation',
        since: at,
      }
    : {
        ...existing,
        channel,
        indirectProviderTenantId: provider,
        delegatedAdmin: existing.delegatedAdmin || delegatedAdmin,
      }
}

const decide = ({ state, invitation, issuer, input }: Context): ReadonlyArray<DomainEvent> => {
  if (invitation === undefined || issuer === undefined) return []
  const { at } = input
  const customer = invitation.customerTenantId
  const joined: ReadonlyArray<DomainEvent> =
    getTenant(state, customer) === undefined && invitation.newCustomer !== null
      ? [
          {
            _tag: 'CustomerJoined',
            at,
            customer: {
              tenantId: customer,
              companyName: invitation.newCustomer.companyName,
              domain: invitation.newCustomer.domain,
            },
            tenant: {
              tenantId: customer,
              kind: 'customer',
              owner: null,
              region: invitation.newCustomer.region,
              internalUse: false,
            },
          },
        ]
      : []
  const established = (r: ResellerRelationship): DomainEvent => ({
    _tag: 'ResellerRelationshipEstablished',
    at,
    relationship: r,
  })
  const provider = invitation.indirectProviderTenantId
  const relationships =
    invitation.kind === 'directReseller' || provider === null
      ? [
          relationship(
            state,
            issuer.tenantId,
            customer,
            hasRole(issuer, 'directBillPartner') ? 'directBill' : 'indirectProvider',
            null,
            invitation.delegatedAdmin,
            at,
          ),
        ]
      : [
          relationship(state, issuer.tenantId, customer, 'indirectReseller', provider, true, at),
          relationship(state, provider, customer, 'indirectProvider', null, invitation.delegatedAdmin, at),
        ]
  return [
    ...joined,
    { _tag: 'CustomerInvitationAccepted', at, invitationId: invitation.id },
    ...relationships.map(established),
  ]
}

/**
 * Accepts an invitation (INV-2, seed 000). A direct reseller invitation gives the issuer a reseller
 * relationship (with delegated admin if requested). An indirect reseller invitation gives the
 * reseller a relationship with admin permissions, served as indirect reseller, and the provider a
 * relationship so it may order for the customer (TRN-12). An existing direct relationship of the
 * reseller moves to the indirect channel: from then on the reseller cannot buy for this customer
 * with its direct bill capability (TRN-11). The customer keeps its other partners (MUL-1).
 *
 * Violations: `INV-3` (unknown invitation; actor is not the invited customer's admin; already
 * accepted; the issuer has since been restricted, left the indirect reseller program or lost its
 * partnership).
 *
 * Emits `CustomerJoined` (if the tenant is new to the model), `CustomerInvitationAccepted` and one
 * `ResellerRelationshipEstablished` per partner.
 *
 * @category commands
 */
export const acceptCustomerInvitation = defineCommand({
  name: 'acceptCustomerInvitation',
  input: AcceptCustomerInvitationInput,
  load,
  checks,
  decide,
})
