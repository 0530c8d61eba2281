/**
 * `acceptCustomerInvitation`: the invited customer's admin accepts an invitation.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { InvitationId } from '../../kernel/ids.js'
import type { Invitation } from '../../model/invitation.js'
import { hasRole, isRestricted, type Partner } from '../../model/partner.js'
import { getInvitation, getPartner, getPartnership, getTenant } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { located, sameRegion } from '../checks/region.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import { isPartneredReseller, notPartneredReseller } from '../checks/ownUse.js'
import { addsDirectCustomer, newDirectCustomersClosed } from '../checks/transition.js'
import { notBefore, notBeforePartnership } from '../checks/integrity.js'
import { acceptanceEvents } from './acceptanceEvents.js'

/** Codec for {@link AcceptCustomerInvitationInput}. @category codecs @since 0.1.0 */
export const AcceptCustomerInvitationInput = commandInput('AcceptCustomerInvitationInput', {
  invitationId: InvitationId,
})
/** Input of {@link acceptCustomerInvitation}: the invitation; the actor is the invited customer's admin. @category commands */
export interface AcceptCustomerInvitationInput extends t.TypeOf<typeof AcceptCustomerInvitationInput> {}

const load = (state: ProgramState, input: AcceptCustomerInvitationInput) => {
  const invitation = getInvitation(state, input.invitationId)
  const provider = invitation?.indirectProviderTenantId ?? undefined
  const partnership =
    invitation === undefined || provider === undefined
      ? undefined
      : getPartnership(state, provider, invitation.partnerTenantId)
  return {
    invitation,
    issuer: invitation && getPartner(state, invitation.partnerTenantId),
    provider: provider === undefined ? undefined : getPartner(state, provider),
    customerTenant: invitation && getTenant(state, invitation.customerTenantId),
    partnership,
  }
}
type Context = CheckContext<AcceptCustomerInvitationInput, ReturnType<typeof load>>

/** The partner the customer would buy from: the issuer of a direct invitation, the named provider of an indirect one. */
const seller = ({ invitation }: Context) =>
  invitation?.kind === 'directReseller' ? invitation.partnerTenantId : invitation?.indirectProviderTenantId
/** The invited tenant has since become the partner tenant of a reseller in partnership with the seller (OWN-3). */
const partneredReseller = (c: Context) => {
  const provider = seller(c)
  return (
    provider != null &&
    c.invitation !== undefined &&
    isPartneredReseller(c.state, provider, c.invitation.customerTenantId)
  )
}

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
    rule: 'MOD-1',
    name: 'the invitation exists',
    check: ({ invitation, input }) =>
      invitation === undefined
        ? fail('UnknownInvitation', [input.invitationId], `No invitation ${input.invitationId} is known.`)
        : pass,
  },
  {
    rule: 'INV-3',
    who: ['customerAdmin'],
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
    check: ({ invitation, issuer, partnership }) => {
      const reason = invitation && lostRight(invitation, issuer, partnership?.status === 'active')
      return invitation === undefined || reason === undefined
        ? pass
        : fail(
            'IssuerLostRight',
            [invitation.id, invitation.partnerTenantId],
            `Invitation ${invitation.id} can no longer be accepted: ${reason}.`,
          )
    },
  },
  notBefore(
    'MOD-6',
    ({ invitation }) => invitation && { subjects: [invitation.id], at: invitation.issuedAt },
    'the invitation was issued',
  ),
  notBeforePartnership((c) => c.partnership),
  newDirectCustomersClosed<Context>(
    (c) => c.issuer,
    ({ invitation, state }) =>
      invitation?.kind === 'directReseller' &&
      addsDirectCustomer(state, invitation.partnerTenantId, invitation.customerTenantId),
  ),
  notPartneredReseller<Context>(seller, (c) => (c.invitation as Invitation).customerTenantId),
  {
    rule: 'OWN-2',
    name: 'a partner or sandbox tenant never becomes a customer',
    // a reseller in partnership with the seller is reported under OWN-3 above
    check: (c) => {
      const { invitation, customerTenant } = c
      return invitation === undefined ||
        customerTenant === undefined ||
        customerTenant.kind === 'customer' ||
        partneredReseller(c)
        ? pass
        : fail(
            'PartnerTenantAsCustomer',
            [invitation.customerTenantId, invitation.id],
            `Tenant ${invitation.customerTenantId} is now a ${customerTenant.kind} tenant; a partner tenant never becomes a customer, so invitation ${invitation.id} cannot be accepted.`,
          )
    },
  },
  ...(['issuer', 'provider'] as const).map((who) =>
    sameRegion<Context>('REG-1', (c) => {
      const partner = c[who]
      const region = c.customerTenant?.region ?? c.invitation?.newCustomer?.region
      return {
        a: located(partner),
        b: c.invitation && region && { id: c.invitation.customerTenantId, region },
      }
    }),
  ),
]

const decide = ({ state, invitation, issuer, input, ruleSet }: Context): ReadonlyArray<DomainEvent> =>
  invitation === undefined || issuer === undefined
    ? []
    : acceptanceEvents(state, invitation, issuer, input.at, ruleSet.dapWithInvitations)

/**
 * Accepts an invitation (INV-2, seed 000). A direct reseller invitation gives the issuer a reseller
 * relationship (with delegated admin if requested). An indirect reseller invitation gives the
 * reseller a relationship with admin permissions, served as indirect reseller, and the provider a
 * relationship so it may order for the customer (TRN-12). From 2023-10-09 an accepted invitation
 * grants no delegated admin privileges (GDAP-13): the relationships come without them, and a
 * relationship that held them keeps them. An existing direct relationship of the
 * reseller moves to the indirect channel: from then on the reseller cannot buy for this customer
 * with its direct bill capability (TRN-11). The customer keeps its other partners (MUL-1).
 *
 * Violations: `MOD-1` (unknown invitation), `INV-3` (actor is not the invited customer's admin; already
 * accepted; the issuer has since been restricted, left the indirect reseller program or lost its
 * partnership), `MOD-6` (dated before the invitation was issued, or before the partnership it goes
 * through was accepted, `DatedBeforeFact`), `TRN-9` (2018 rule set: a direct invitation whose
 * issuer's indirect reseller enrollment is now approved, whenever it was sent, unless the customer
 * is already its direct customer; `NewDirectCustomersClosed`), `OWN-3` (the invited tenant has since
 * become the partner tenant of a reseller in partnership with the partner it would buy from: the
 * issuer of a direct invitation, the provider of an indirect one; `ResellerAsEndCustomer`), `OWN-2`
 * (the invited tenant has since become another partner or a sandbox tenant,
 * `PartnerTenantAsCustomer`), `REG-1`
 * (the customer, by the region of its tenant or, for a tenant new to the model, the region it gave,
 * is outside the issuer's or the provider's region; code 2030).
 *
 * Emits `CustomerJoined` (if the tenant is new to the model), `CustomerInvitationAccepted` and one
 * `ResellerRelationshipEstablished` per partner, each relationship built field by field.
 *
 * @example
 * ```ts
 * import { acceptCustomerInvitation, customerAdmin, invitationId } from 'csp-channel'
 * acceptCustomerInvitation(state, {
 *   actor: customerAdmin(customerTenantId), // only the invited tenant's admin (INV-3)
 *   at,
 *   invitationId: invitationId('inv-2020-0042'),
 * })
 * // Right: CustomerInvitationAccepted and the relationships the invitation gives
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const acceptCustomerInvitation = defineCommand({
  name: 'acceptCustomerInvitation',
  input: AcceptCustomerInvitationInput,
  load,
  checks,
  decide,
})
