// The benchmark's world, as plain data: one direct bill partner, one indirect provider, size/1000 + 1
// indirect resellers in partnership with it, size/10 customers (70% direct bill customers of the
// direct bill partner, 30% customers of a reseller, served through the provider) and `size`
// subscriptions spread over them, plus one open indirect reseller invitation.

const guid = (prefix, n) => `${prefix}${n.toString(16).padStart(8 - prefix.length, '0')}-0000-4000-8000-000000000000`

export const DIRECT = '11111111-1111-4111-8111-111111111111'
export const PROVIDER = '22222222-2222-4222-8222-222222222222'
export const INVITED = guid('d', 0)
export const INVITATION = 'bench-invitation'
export const resellerId = (i) => guid('a', i)
export const resellerMpn = (i) => String(4_000_000 + i)
export const customerId = (i) => guid('c', i)
export const subscriptionId = (i) => guid('e', i)
export const newSubscriptionId = (i) => guid('f', i)
const at = '2021-03-01T09:00:00.000Z'

const partner = (tenantId, mpnId, name, roles) => ({
  tenantId,
  mpnId,
  name,
  region: 'US',
  directBill: roles.includes('directBillPartner') ? { status: 'active' } : null,
  indirectReseller: roles.includes('indirectReseller') ? { status: 'active', since: at } : { status: 'none' },
  indirectProvider: roles.includes('indirectProvider'),
  mpaSignedAt: at,
  profileCurrent: true,
  anniversaryDate: null,
  identifiedForOffboarding: false,
  transitionEnabled: false,
  primaryContactEmail: null,
  incentives: { indirectReseller: 'none', directBill: 'none' },
  sandboxTenantId: null,
  locationMpnIds: [mpnId],
  affiliatedTenants: [],
  mpnMembershipActive: true,
  directBillApplication: null,
  directBillDeclarations: null,
  supportPlan: null,
})

/** An open indirect reseller invitation of reseller 0 (or the `change`d one) for the invited customer, issued by the provider. */
export const invitation = (id, change = {}) => ({
  id,
  kind: 'indirectReseller',
  partnerTenantId: resellerId(0),
  indirectProviderTenantId: PROVIDER,
  customerTenantId: INVITED,
  delegatedAdmin: true,
  newCustomer: null,
  issuedAt: at,
  acceptedAt: null,
  ...change,
})

/** A state document (the JSON form of ProgramState) for `size` subscriptions. */
export const document = (size) => {
  const resellers = Math.floor(size / 1000) + 1
  const customers = Math.max(10, Math.floor(size / 10))
  const direct = Math.floor(customers * 0.7)
  const partners = [
    partner(DIRECT, '1000001', 'Contoso Direct', ['directBillPartner']),
    partner(PROVIDER, '2000002', 'Fabrikam Distribution', ['indirectProvider']),
    ...Array.from({ length: resellers }, (_, i) => partner(resellerId(i), resellerMpn(i), `Reseller ${i}`, ['indirectReseller'])),
  ]
  const tenant = (tenantId, kind) => ({ tenantId, kind, owner: null, region: 'US', internalUse: false })
  const relationship = (partnerTenantId, customerTenantId, channel, provider) => ({
    partnerTenantId,
    customerTenantId,
    channel,
    indirectProviderTenantId: provider,
    delegatedAdmin: true,
    origin: 'customerCreation',
    since: at,
  })
  const resellerOf = (c) => c % resellers
  const relationships = []
  for (let c = 0; c < customers; c++) {
    if (c < direct) relationships.push(relationship(DIRECT, customerId(c), 'directBill', null))
    else {
      relationships.push(relationship(PROVIDER, customerId(c), 'indirectProvider', null))
      relationships.push(relationship(resellerId(resellerOf(c)), customerId(c), 'indirectReseller', PROVIDER))
    }
  }
  const subscriptions = Array.from({ length: size }, (_, s) => {
    const c = s % customers
    const viaProvider = c >= direct
    return {
      id: subscriptionId(s),
      customerTenantId: customerId(c),
      kind: 'licenseBased',
      parentId: null,
      offerId: 'CFQ7TTC0LH18:0001',
      seats: 10,
      status: 'active',
      autoRenew: true,
      billedBy: viaProvider ? PROVIDER : DIRECT,
      partnerOfRecord: viaProvider ? resellerMpn(resellerOf(c)) : null,
      supportContact: viaProvider ? PROVIDER : null,
      createdAt: at,
    }
  })
  return {
    partners,
    tenants: [
      ...partners.map((p) => tenant(p.tenantId, 'partner')),
      ...Array.from({ length: customers }, (_, c) => tenant(customerId(c), 'customer')),
      tenant(INVITED, 'customer'),
    ],
    customers: [
      ...Array.from({ length: customers }, (_, c) => ({ tenantId: customerId(c), companyName: `Customer ${c}`, domain: null })),
      { tenantId: INVITED, companyName: 'Invited customer', domain: null },
    ],
    relationships,
    partnerships: Array.from({ length: resellers }, (_, i) => ({
      providerTenantId: PROVIDER,
      resellerTenantId: resellerId(i),
      status: 'active',
      requestedAt: at,
      acceptedAt: at,
    })),
    invitations: [invitation(INVITATION)],
    subscriptions,
    revenue: [],
    meta: { customers, direct, resellers },
  }
}

/**
 * The command mix, as commands for `execute` (csp-channel's JSON form). Indexes pick entities in
 * the middle of the tables; `n` makes new subscription IDs unique in chained runs.
 */
export const mix = (doc, n = 0) => {
  const { customers, direct } = doc.meta
  const when = '2021-03-15T09:00:00.000Z'
  const directCustomer = customerId(Math.floor(direct / 2))
  const resellerCustomer = direct + Math.floor((customers - direct) / 2)
  const reseller = resellerCustomer % doc.meta.resellers
  const directSub = Math.floor(direct / 2) // subscription s belongs to customer s % customers
  const admin = (tenantId) => ({ kind: 'partnerUser', tenantId, role: 'globalAdmin' })
  const line = (id, partnerOfRecord) => ({ id, kind: 'licenseBased', parentId: null, offerId: 'CFQ7TTC0LH18:0001', seats: 5, autoRenew: true, partnerOfRecord })
  return {
    changeSeats: { command: 'changeSeats', input: { actor: admin(DIRECT), at: when, partnerTenantId: DIRECT, subscriptionId: subscriptionId(directSub), seats: 12 } },
    buy: {
      command: 'purchaseSubscription',
      input: { actor: admin(DIRECT), at: when, partnerTenantId: DIRECT, subscription: { id: newSubscriptionId(2 * n), customerTenantId: directCustomer, kind: 'licenseBased', parentId: null, offerId: 'CFQ7TTC0LH18:0001', seats: 5, autoRenew: true } },
    },
    suspend: { command: 'suspendSubscription', input: { actor: admin(DIRECT), at: when, partnerTenantId: DIRECT, subscriptionId: subscriptionId(directSub) } },
    order: {
      command: 'placeOrder',
      input: { actor: admin(PROVIDER), at: when, providerTenantId: PROVIDER, customerTenantId: customerId(resellerCustomer), resellerTenantId: resellerId(reseller), lines: [line(newSubscriptionId(2 * n + 1), resellerMpn(reseller))] },
    },
    acceptInvitation: { command: 'acceptCustomerInvitation', input: { actor: { kind: 'customerAdmin', tenantId: INVITED }, at: when, invitationId: INVITATION } },
    rejected: {
      command: 'purchaseSubscription',
      input: { actor: admin(resellerId(reseller)), at: when, partnerTenantId: resellerId(reseller), subscription: { id: newSubscriptionId(2 * n), customerTenantId: customerId(resellerCustomer), kind: 'azure', parentId: null, offerId: 'azure', seats: 1, autoRenew: true } },
    },
  }
}

/**
 * The chained mix: `count` commands for the state of `doc`, in turn a seat change and a suspension on
 * subscriptions spread over the whole table (seat changes only on the direct bill partner's), a
 * purchase and an order of new subscriptions, and the rejected command. Every seat change and
 * purchase is accepted; a suspension is accepted the first time it meets a subscription.
 */
export const chain = (doc, count) => {
  const size = doc.subscriptions.length
  const { customers, direct } = doc.meta
  const base = mix(doc)
  return Array.from({ length: count }, (_, i) => {
    switch (i % 5) {
      case 0: {
        const s = (i * 7919) % size
        const own = s - (s % customers) + ((s % customers) % direct)
        return { command: 'changeSeats', input: { ...base.changeSeats.input, subscriptionId: subscriptionId(own), seats: 1 + (i % 50) } }
      }
      case 1:
        return { command: 'purchaseSubscription', input: { ...base.buy.input, subscription: { ...base.buy.input.subscription, id: newSubscriptionId(i) } } }
      case 2:
        return { command: 'placeOrder', input: { ...base.order.input, lines: [{ ...base.order.input.lines[0], id: newSubscriptionId(i) }] } }
      case 3:
        return { command: 'suspendSubscription', input: { ...base.suspend.input, subscriptionId: subscriptionId((i * 104729) % size) } }
      default:
        return base.rejected
    }
  })
}
