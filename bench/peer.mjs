// The peer: the same six commands written the way most users would, with immer (its global,
// default settings) over flat Records keyed by ID. Checks are the essential ones; every command
// returns { state, ok }, and a rejected command returns the state it was given.
import { freeze, produce } from 'immer'

const byKey = (list, key) => Object.fromEntries(list.map((x) => [key(x), x]))

/** The peer's state from a state document, deeply frozen as immer would leave it after a first update. */
export const peerState = (doc) =>
  freeze(
    {
      partners: byKey(doc.partners, (p) => p.tenantId),
      tenants: byKey(doc.tenants, (t) => t.tenantId),
      relationships: byKey(doc.relationships, (r) => `${r.partnerTenantId}/${r.customerTenantId}`),
      partnerships: byKey(doc.partnerships, (p) => `${p.providerTenantId}/${p.resellerTenantId}`),
      invitations: byKey(doc.invitations, (i) => i.id),
      subscriptions: byKey(doc.subscriptions, (s) => s.id),
    },
    true,
  )

const actsFor = (actor, tenantId) => actor.kind === 'partnerUser' && actor.tenantId === tenantId
const reject = (state) => ({ state, ok: false })

const ownSubscription = (state, { actor, partnerTenantId, subscriptionId }) => {
  const s = state.subscriptions[subscriptionId]
  return actsFor(actor, partnerTenantId) && state.partners[partnerTenantId] !== undefined && s?.billedBy === partnerTenantId && s.status === 'active' ? s : undefined
}

const canBuy = (state, partnerTenantId, customerTenantId) => {
  const p = state.partners[partnerTenantId]
  const r = state.relationships[`${partnerTenantId}/${customerTenantId}`]
  return p !== undefined && p.directBill?.status === 'active' && r?.delegatedAdmin === true && r.channel !== 'indirectReseller'
}

export const peer = {
  changeSeats(state, input) {
    if (ownSubscription(state, input) === undefined) return reject(state)
    return { state: produce(state, (d) => void (d.subscriptions[input.subscriptionId].seats = input.seats)), ok: true }
  },
  suspendSubscription(state, input) {
    if (ownSubscription(state, input) === undefined) return reject(state)
    return { state: produce(state, (d) => void (d.subscriptions[input.subscriptionId].status = 'suspended')), ok: true }
  },
  purchaseSubscription(state, { actor, at, partnerTenantId, subscription }) {
    if (!actsFor(actor, partnerTenantId) || state.subscriptions[subscription.id] !== undefined) return reject(state)
    if (!canBuy(state, partnerTenantId, subscription.customerTenantId)) return reject(state)
    const created = { ...subscription, status: 'active', billedBy: partnerTenantId, partnerOfRecord: null, supportContact: null, createdAt: at }
    return { state: produce(state, (d) => void (d.subscriptions[subscription.id] = created)), ok: true }
  },
  placeOrder(state, { actor, at, providerTenantId, customerTenantId, resellerTenantId, lines }) {
    const provider = state.partners[providerTenantId]
    const reseller = state.partners[resellerTenantId]
    if (!actsFor(actor, providerTenantId) || !provider?.indirectProvider || reseller?.mpaSignedAt == null) return reject(state)
    if (state.partnerships[`${providerTenantId}/${resellerTenantId}`]?.status !== 'active') return reject(state)
    if (state.relationships[`${providerTenantId}/${customerTenantId}`] === undefined) return reject(state)
    if (lines.some((l) => state.subscriptions[l.id] !== undefined || (l.partnerOfRecord !== null && l.partnerOfRecord !== reseller.mpnId))) return reject(state)
    return {
      state: produce(state, (d) => {
        for (const l of lines)
          d.subscriptions[l.id] = { ...l, customerTenantId, status: 'active', billedBy: providerTenantId, supportContact: providerTenantId, createdAt: at }
      }),
      ok: true,
    }
  },
  acceptCustomerInvitation(state, { actor, at, invitationId }) {
    const i = state.invitations[invitationId]
    if (i === undefined || i.acceptedAt !== null || actor.kind !== 'customerAdmin' || actor.tenantId !== i.customerTenantId) return reject(state)
    if (state.partnerships[`${i.indirectProviderTenantId}/${i.partnerTenantId}`]?.status !== 'active') return reject(state)
    const rel = (partnerTenantId, channel, provider) => ({ partnerTenantId, customerTenantId: i.customerTenantId, channel, indirectProviderTenantId: provider, delegatedAdmin: true, origin: 'invitation', since: at })
    return {
      state: produce(state, (d) => {
        d.invitations[invitationId].acceptedAt = at
        d.relationships[`${i.partnerTenantId}/${i.customerTenantId}`] = rel(i.partnerTenantId, 'indirectReseller', i.indirectProviderTenantId)
        d.relationships[`${i.indirectProviderTenantId}/${i.customerTenantId}`] = rel(i.indirectProviderTenantId, 'indirectProvider', null)
      }),
      ok: true,
    }
  },
}
