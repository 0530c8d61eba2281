// The floor: the same six commands as direct mutation of plain objects in Maps, with the same
// essential checks as the peer. It keeps no history and gives no immutability; it bounds what any
// implementation can cost. `undo` puts the state back after a measured call (timed with it; O(1)).

const byKey = (list, key) => new Map(list.map((x) => [key(x), { ...x }]))

export const floorState = (doc) => ({
  partners: byKey(doc.partners, (p) => p.tenantId),
  relationships: byKey(doc.relationships, (r) => `${r.partnerTenantId}/${r.customerTenantId}`),
  partnerships: byKey(doc.partnerships, (p) => `${p.providerTenantId}/${p.resellerTenantId}`),
  invitations: byKey(doc.invitations, (i) => i.id),
  subscriptions: byKey(doc.subscriptions, (s) => s.id),
})

const actsFor = (actor, tenantId) => actor.kind === 'partnerUser' && actor.tenantId === tenantId

const ownSubscription = (state, { actor, partnerTenantId, subscriptionId }) => {
  const s = state.subscriptions.get(subscriptionId)
  return actsFor(actor, partnerTenantId) && state.partners.has(partnerTenantId) && s?.billedBy === partnerTenantId && s.status === 'active' ? s : undefined
}

export const floor = {
  changeSeats(state, input) {
    const s = ownSubscription(state, input)
    if (s === undefined) return false
    s.seats = input.seats
    return true
  },
  suspendSubscription(state, input) {
    const s = ownSubscription(state, input)
    if (s === undefined) return false
    s.status = 'suspended'
    return true
  },
  purchaseSubscription(state, { actor, at, partnerTenantId, subscription }) {
    const p = state.partners.get(partnerTenantId)
    const r = state.relationships.get(`${partnerTenantId}/${subscription.customerTenantId}`)
    if (!actsFor(actor, partnerTenantId) || state.subscriptions.get(subscription.id) !== undefined) return false
    if (p?.directBill?.status !== 'active' || r?.delegatedAdmin !== true || r.channel === 'indirectReseller') return false
    state.subscriptions.set(subscription.id, { ...subscription, status: 'active', billedBy: partnerTenantId, partnerOfRecord: null, supportContact: null, createdAt: at })
    return true
  },
  placeOrder(state, { actor, at, providerTenantId, customerTenantId, resellerTenantId, lines }) {
    const provider = state.partners.get(providerTenantId)
    const reseller = state.partners.get(resellerTenantId)
    if (!actsFor(actor, providerTenantId) || !provider?.indirectProvider || reseller?.mpaSignedAt == null) return false
    if (state.partnerships.get(`${providerTenantId}/${resellerTenantId}`)?.status !== 'active') return false
    if (state.relationships.get(`${providerTenantId}/${customerTenantId}`) === undefined) return false
    if (lines.some((l) => state.subscriptions.get(l.id) !== undefined || (l.partnerOfRecord !== null && l.partnerOfRecord !== reseller.mpnId))) return false
    for (const l of lines) state.subscriptions.set(l.id, { ...l, customerTenantId, status: 'active', billedBy: providerTenantId, supportContact: providerTenantId, createdAt: at })
    return true
  },
  acceptCustomerInvitation(state, { actor, at, invitationId }) {
    const i = state.invitations.get(invitationId)
    if (i === undefined || i.acceptedAt !== null || actor.kind !== 'customerAdmin' || actor.tenantId !== i.customerTenantId) return false
    if (state.partnerships.get(`${i.indirectProviderTenantId}/${i.partnerTenantId}`)?.status !== 'active') return false
    const rel = (partnerTenantId, channel, provider) => ({ partnerTenantId, customerTenantId: i.customerTenantId, channel, indirectProviderTenantId: provider, delegatedAdmin: true, origin: 'invitation', since: at })
    i.acceptedAt = at
    state.relationships.set(`${i.partnerTenantId}/${i.customerTenantId}`, rel(i.partnerTenantId, 'indirectReseller', i.indirectProviderTenantId))
    state.relationships.set(`${i.indirectProviderTenantId}/${i.customerTenantId}`, rel(i.indirectProviderTenantId, 'indirectProvider', null))
    return true
  },
}

/** Undoes what one of the mix's commands did to the floor's state, so that every measured call does the same work. */
export const undo = (state, { command, input }) => {
  if (command === 'suspendSubscription') state.subscriptions.get(input.subscriptionId).status = 'active'
  // an added entry is blanked rather than deleted: deleting and re-adding one key makes V8 rehash large Maps
  if (command === 'purchaseSubscription') state.subscriptions.set(input.subscription.id, undefined)
  if (command === 'placeOrder') for (const l of input.lines) state.subscriptions.set(l.id, undefined)
  if (command === 'acceptCustomerInvitation') {
    const i = state.invitations.get(input.invitationId)
    i.acceptedAt = null
    state.relationships.set(`${i.partnerTenantId}/${i.customerTenantId}`, undefined)
    state.relationships.set(`${i.indirectProviderTenantId}/${i.customerTenantId}`, undefined)
  }
}
