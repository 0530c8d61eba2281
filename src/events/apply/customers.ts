/**
 * Customer events: tenants, customers, invitations, reseller relationships and partnerships.
 *
 * @internal
 */
import { freezeDeep, produce, type Draft } from '../../internal/immer.js'
import type { TenantId } from '../../kernel/ids.js'
import type { CustomerAgreement } from '../../model/customerAgreement.js'
import { getCustomer, getInvitation } from '../../model/queries.js'
import {
  putCustomer,
  putInvitation,
  putPartnership,
  putRelationship,
  putSubscription,
  putTenant,
} from '../../model/writes.js'
import { die, updatePartnership } from '../entityUpdates.js'
import type { ProgramState } from '../../model/state.js'
import type { Handlers } from './handler.js'

/** The partnership the event names leaves both lists (`removed`). */
const endPartnership = (state: ProgramState, event: Parameters<typeof updatePartnership>[1]) =>
  updatePartnership(state, event, (p) => {
    p.status = 'removed'
  })

/**
 * The customer the event names, with `agreement` added to its agreements on record, built field by
 * field (a customer whose agreements were unknown now has this one).
 */
const recordAgreement = (
  state: ProgramState,
  event: { readonly customerTenantId: TenantId; readonly agreement: CustomerAgreement },
) => {
  const customer = getCustomer(state, event.customerTenantId) ?? die(`customer ${event.customerTenantId}`)
  const { agreement: a } = event
  const contact =
    a.contact === null
      ? null
      : {
          firstName: a.contact.firstName,
          lastName: a.contact.lastName,
          email: a.contact.email,
          phoneNumber: a.contact.phoneNumber,
        }
  const record = { kind: a.kind, dateAgreed: a.dateAgreed, acceptedBy: a.acceptedBy, attestedBy: a.attestedBy, contact }
  return putCustomer(
    state,
    produce(customer, (c: Draft<typeof customer>) => {
      c.agreements = [...(c.agreements ?? []), record]
    }),
  )
}

/** How each of these events changes the state. */
export const CUSTOMER_HANDLERS = {
  CustomerCreated: (state, event) =>
    putRelationship(
      putCustomer(putTenant(state, freezeDeep(event.tenant)), freezeDeep(event.customer)),
      freezeDeep(event.relationship),
    ),
  CustomerJoined: (state, event) => putCustomer(putTenant(state, freezeDeep(event.tenant)), freezeDeep(event.customer)),
  CustomerInvited: (state, event) => putInvitation(state, freezeDeep(event.invitation)),
  CustomerInvitationAccepted: (state, event) => {
    const invitation = getInvitation(state, event.invitationId) ?? die(`invitation ${event.invitationId}`)
    return putInvitation(
      state,
      produce(invitation, (i: Draft<typeof invitation>) => {
        i.acceptedAt = event.at
      }),
    )
  },
  ResellerRelationshipEstablished: (state, event) => putRelationship(state, freezeDeep(event.relationship)),
  PartnershipRequested: (state, event) => putPartnership(state, freezeDeep(event.partnership)),
  PartnershipAccepted: (state, event) =>
    updatePartnership(state, event, (p) => {
      p.status = 'active'
      p.acceptedAt = event.at
    }),
  PartnershipRemoved: endPartnership,
  // a declined or withdrawn request leaves both lists like a removal, never accepted (`acceptedAt: null`)
  PartnershipDeclined: endPartnership,
  PartnershipRequestWithdrawn: endPartnership,
  CustomerCreatedForReseller: (state, event) => {
    // the admin credentials are returned in the event only; the state never keeps them
    let next = putCustomer(putTenant(state, freezeDeep(event.tenant)), freezeDeep(event.customer))
    for (const r of event.relationships) next = putRelationship(next, freezeDeep(r))
    for (const s of event.subscriptions) next = putSubscription(next, freezeDeep(s))
    return next
  },
  CustomerAgreementAttested: recordAgreement,
  CustomerAgreementAccepted: recordAgreement,
  CustomerNotified: (state) => state,
} satisfies Partial<Handlers>
