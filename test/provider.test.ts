import { describe, expect, it } from 'vitest'
import {
  acceptCustomerInvitation,
  acceptPartnership,
  addLicenses,
  associateResellerWithSubscription,
  createCustomerForReseller,
  customerAdmin,
  customersOfPartner,
  customersOfProviderByReseller,
  designateSupportContact,
  getPartnership,
  getRelationship,
  getSubscription,
  getTenant,
  invitationId,
  inviteCustomer,
  mpnId,
  partnersOfCustomer,
  partnerUser,
  placeOrder,
  type PartnerUserRole,
  providersOfReseller,
  recordAffiliation,
  removePartnership,
  requestPartnership,
  resellersOfProvider,
  stateToJson,
  upgradeSubscription,
  type ProgramState,
} from '../src/index.js'
import { given } from '../src/testing/index.js'
import {
  BR,
  DIRECT_MPN,
  OTHER_LOCATION,
  PROVIDER_MPN,
  RESELLER_MPN,
  accepted,
  admin,
  at,
  forResellerInput,
  ids,
  line,
  orderInput,
  partnershipInput,
  providerWorld,
  register,
  step,
  subs,
  world,
  partnered,
} from './support/index.js'
import './support/matchers.js'

/** The provider removes its partnership with First Up on 2020-04-01. */
const removal = (acknowledgeTerms = true) => ({
  ...partnershipInput(ids.provider, ids.provider, ids.reseller, '2020-04-01'),
  acknowledgeTerms,
})
const remove = (s: ProgramState, acknowledgeTerms = true) => removePartnership(s, removal(acknowledgeTerms))
const noPartnership = { rule: 'MOD-1', tag: 'UnknownPartnership', subjects: [ids.provider, ids.reseller] } as const
const notActive = { rule: 'PRT-4', tag: 'PartnershipNotActive', subjects: [ids.provider, ids.reseller] } as const

describe('partnerships', () => {
  it('PRT-3: a reseller may have several providers in its region', () => {
    let s = register(providerWorld(), {
      tenant: ids.provider2,
      mpn: '2000003',
      name: 'Second Distributor',
      roles: ['indirectProvider'],
    })
    s = partnered(s, ids.provider2, ids.reseller, '2020-03-05')
    expect(providersOfReseller(s, ids.reseller).map((p) => p.name)).toEqual([
      'Fabrikam Distribution',
      'Second Distributor',
    ])
    expect(resellersOfProvider(s, ids.provider).map((p) => p.name)).toEqual(['First Up Consultants'])
  })

  it('PRT-6: removal keeps customers and delegated admin, takes the reseller off both lists', () => {
    const before = providerWorld()
    const after = step(remove(before))
    expect(getPartnership(after, ids.provider, ids.reseller)?.status).toBe('removed')
    expect(resellersOfProvider(after, ids.provider)).toEqual([])
    expect(providersOfReseller(after, ids.reseller)).toEqual([])
    for (const partner of [ids.provider, ids.reseller]) {
      expect(getRelationship(after, partner, ids.customer3)).toBe(getRelationship(before, partner, ids.customer3))
      expect(getRelationship(after, partner, ids.customer3)?.delegatedAdmin).toBe(true)
    }
    expect(customersOfPartner(after, ids.reseller).map((c) => c.tenantId)).toEqual([ids.customer3])
  })

  it('PRT-6: the provider must acknowledge the terms; MOD-1: there must be a partnership', () => {
    given(providerWorld())
      .when(removePartnership, removal(false))
      .rejects({ rule: 'PRT-6', tag: 'TermsNotAcknowledged', subjects: [ids.provider, ids.reseller] })
    given(world()).when(removePartnership, removal()).rejects(noPartnership)
    given(step(remove(providerWorld())))
      .when(removePartnership, removal())
      .rejects(noPartnership)
  })

  it("PRT-4: after removal the provider no longer orders for the reseller's customers", () => {
    given(step(remove(providerWorld())))
      .when(placeOrder, orderInput([line(subs.p2)]))
      .rejects(notActive)
    expect(placeOrder(providerWorld(), orderInput([line(subs.p2)]))).toBeAccepted()
  })

  it('INV-3: an open indirect invitation naming the provider is void once the partnership is removed', () => {
    const invited = step(
      inviteCustomer(providerWorld(), {
        actor: admin(ids.reseller),
        at: at('2020-03-10'),
        partnerTenantId: ids.reseller,
        invitationId: invitationId('fu-1'),
        kind: 'indirectReseller',
        indirectProviderTenantId: ids.provider,
        customerTenantId: ids.customer2,
        newCustomer: {
          companyName: 'Contoso Pharma',
          domain: null,
          region: getTenant(providerWorld(), ids.customer)!.region!,
        },
        delegatedAdmin: true,
      }),
    )
    const removed = step(remove(invited))
    const acceptance = { actor: customerAdmin(ids.customer2), at: at('2020-04-02'), invitationId: invitationId('fu-1') }
    given(removed)
      .when(acceptCustomerInvitation, acceptance)
      .rejects({ rule: 'INV-3', tag: 'IssuerLostRight', subjects: [invitationId('fu-1'), ids.reseller] })
    expect(acceptCustomerInvitation(invited, acceptance)).toBeAccepted()
  })
})

describe('createCustomerForReseller (CUS-1)', () => {
  it('CUS-1 and PRT-7: creates the tenant, relationships with admin access and the first subscriptions', () => {
    const before = providerWorld()
    const out = accepted(
      createCustomerForReseller(
        before,
        forResellerInput([line(subs.p2), line(subs.p3, { kind: 'addOn', parentId: subs.p2, seats: 2 })], {
          customer: ids.customer2,
        }),
      ),
    )
    const s = out.state
    expect(getTenant(s, ids.customer2)).toMatchObject({ kind: 'customer', owner: null })
    expect(getRelationship(s, ids.reseller, ids.customer2)).toMatchObject({
      channel: 'indirectReseller',
      indirectProviderTenantId: ids.provider,
      delegatedAdmin: true,
    })
    expect(getRelationship(s, ids.provider, ids.customer2)).toMatchObject({
      channel: 'indirectProvider',
      delegatedAdmin: true,
    })
    expect(getSubscription(s, subs.p2)).toMatchObject({
      billedBy: ids.provider,
      partnerOfRecord: RESELLER_MPN,
      supportContact: ids.provider,
      status: 'active',
    })
    expect(getSubscription(s, subs.p3)).toMatchObject({ kind: 'addOn', parentId: subs.p2, seats: 2 })
    expect(out.events).toHaveLength(1)
    expect(out.events[0]).toMatchObject({
      _tag: 'CustomerCreatedForReseller',
      adminCredentials: { userName: 'admin@wingtip.example', password: 'Temp-0Krha*Io' },
    })
  })

  it('CUS-1: the temporary password is returned once and never kept in the state', () => {
    const s = accepted(
      createCustomerForReseller(providerWorld(), forResellerInput([], { customer: ids.customer2 })),
    ).state
    expect(JSON.stringify(stateToJson(s))).not.toContain('Temp-0Krha*Io')
  })

  it('CUS-1: all or nothing: one rejected line rejects everything and the state is untouched', () => {
    const s = providerWorld()
    const v = given(s)
      .when(
        createCustomerForReseller,
        forResellerInput([line(subs.p2), line(subs.p3, { partnerOfRecord: PROVIDER_MPN })], {
          customer: ids.customer2,
        }),
      )
      .rejects({ rule: 'PRT-5', tag: 'ProviderAsPartnerOfRecord', subjects: [subs.p3, PROVIDER_MPN] })
    expect(v.map((x) => [x._tag, x.partnerCenterCode])).toEqual([['ProviderAsPartnerOfRecord', 2072]])
    expect(getTenant(s, ids.customer2)).toBeUndefined()
  })

  it('TRN-10: an indirect reseller cannot create customer tenants itself', () => {
    expect(
      createCustomerForReseller(providerWorld(), {
        ...forResellerInput([], { customer: ids.customer2, actor: admin(ids.reseller) }),
        providerTenantId: ids.reseller,
      }),
    ).toBeRejectedWith('TRN-10', 'CannotCreateCustomerTenant', [ids.reseller])
  })

  it('PRT-4: needs an active partnership with the reseller; MOD-2: the tenant must be new', () => {
    given(world())
      .when(createCustomerForReseller, forResellerInput([], { customer: ids.customer2 }))
      .rejects(notActive)
    given(providerWorld())
      .when(createCustomerForReseller, forResellerInput([]))
      .rejects({ rule: 'MOD-2', tag: 'CustomerTenantExists', subjects: [ids.customer3] })
  })

  it('REG-1: the customer must be in the provider region (2030)', () => {
    const v = given(providerWorld())
      .when(createCustomerForReseller, forResellerInput([], { customer: ids.customerBr, region: BR }))
      .rejects({ rule: 'REG-1', tag: 'RegionMismatch', subjects: [ids.provider, ids.customerBr] })
    expect(v[0]?.partnerCenterCode).toBe(2030)
  })

  it('MOD-2: subscription IDs are new and used once per order', () => {
    given(providerWorld())
      .when(createCustomerForReseller, forResellerInput([line(subs.p1)], { customer: ids.customer2 }))
      .rejects({ rule: 'MOD-2', tag: 'IdAlreadyUsed', subjects: [subs.p1] })
    const v = given(providerWorld())
      .when(createCustomerForReseller, forResellerInput([line(subs.p2), line(subs.p2)], { customer: ids.customer2 }))
      .rejects({ rule: 'MOD-2', tag: 'DuplicateLine', subjects: [subs.p2] })
    expect(v[0]?._tag).toBe('DuplicateLine')
  })
})

describe('placeOrder', () => {
  it("CUS-2: orders new subscriptions for the reseller's customer, reseller as partner of record", () => {
    const out = given(providerWorld())
      .when(
        placeOrder,
        orderInput([
          line(subs.p2),
          line(subs.p3, { kind: 'addOn', parentId: subs.p1, seats: 3, partnerOfRecord: null }),
        ]),
      )
      .then(['SubscriptionPurchased', 'SubscriptionPurchased'])
    expect(getSubscription(out.state, subs.p2)).toMatchObject({
      customerTenantId: ids.customer3,
      billedBy: ids.provider,
      partnerOfRecord: RESELLER_MPN,
    })
    expect(getSubscription(out.state, subs.p3)).toMatchObject({ parentId: subs.p1, partnerOfRecord: null })
  })

  it('TRN-12: no order before the provider has a reseller relationship with the customer (20002)', () => {
    const v = given(providerWorld())
      .when(placeOrder, orderInput([line(subs.p2)], { customer: ids.customer }))
      .rejects(
        { rule: 'TRN-12', tag: 'NoResellerRelationship', subjects: [ids.provider, ids.customer] },
        { rule: 'PRT-4', tag: 'NotResellersCustomer', subjects: [ids.reseller, ids.customer] },
      )
    expect(v.find((x) => x.rule === 'TRN-12')?.partnerCenterCode).toBe(20002)
  })

  it('PGM-2: an indirect reseller cannot place orders itself', () => {
    expect(placeOrder(providerWorld(), orderInput([line(subs.p2)], { provider: ids.reseller }))).toBeRejectedWith(
      'PGM-2',
      'NoBillingRelationship',
      [ids.reseller],
    )
  })

  it('PGM-4: the reseller must have signed the MPA (900123); REG-2: same region (2201)', () => {
    let s = register(providerWorld(), {
      tenant: ids.stranger,
      mpn: '4900001',
      name: 'Unsigned Reseller',
      roles: ['indirectReseller'],
      mpa: false,
    })
    const v = given(s)
      .when(placeOrder, orderInput([line(subs.p2, { partnerOfRecord: null })], { reseller: ids.stranger }))
      .rejects(
        { rule: 'PGM-4', tag: 'ResellerMpaNotSigned', subjects: [ids.stranger, mpnId('4900001')] },
        { rule: 'PRT-4', tag: 'PartnershipNotActive', subjects: [ids.provider, ids.stranger] },
        { rule: 'PRT-4', tag: 'NotResellersCustomer', subjects: [ids.stranger, ids.customer3] },
      )
    expect(v.find((x) => x.rule === 'PGM-4')?.partnerCenterCode).toBe(900123)
    s = register(s, {
      tenant: ids.resellerBr,
      mpn: '4847433',
      name: 'ReleCloud',
      roles: ['indirectReseller'],
      region: BR,
    })
    const w = given(s)
      .when(placeOrder, orderInput([line(subs.p2, { partnerOfRecord: null })], { reseller: ids.resellerBr }))
      .rejects(
        { rule: 'REG-2', tag: 'RegionMismatch', subjects: [ids.provider, ids.resellerBr] },
        { rule: 'PRT-4', tag: 'PartnershipNotActive', subjects: [ids.provider, ids.resellerBr] },
        { rule: 'PRT-4', tag: 'NotResellersCustomer', subjects: [ids.resellerBr, ids.customer3] },
      )
    expect(w.find((x) => x.rule === 'REG-2')?.partnerCenterCode).toBe(2201)
  })

  it("PRT-5: the partner of record is the reseller's MPN ID tied to its CSP account", () => {
    const por = (partnerOfRecord: typeof RESELLER_MPN) =>
      given(providerWorld()).when(placeOrder, orderInput([line(subs.p2, { partnerOfRecord })]))
    const unknownMpn = mpnId('9999999')
    const asProvider = por(PROVIDER_MPN).rejects({
      rule: 'PRT-5',
      tag: 'ProviderAsPartnerOfRecord',
      subjects: [subs.p2, PROVIDER_MPN],
    })
    expect(asProvider.map((v) => v.partnerCenterCode)).toEqual([2072])
    const otherLocation = por(OTHER_LOCATION).rejects({
      rule: 'PRT-5',
      tag: 'PartnerOfRecordNotValid',
      subjects: [subs.p2, OTHER_LOCATION],
    })
    expect(otherLocation[0]?.message).toContain('4847383')
    const unknown = por(unknownMpn).rejects({ rule: 'PRT-5', tag: 'UnknownMpnId', subjects: [subs.p2, unknownMpn] })
    expect(unknown[0]?.partnerCenterCode).toBe(800015)
    por(RESELLER_MPN).accepts()
  })

  it("PRT-4: the customer must be the named reseller's customer", () => {
    const s = step(
      placeOrder(providerWorld(), orderInput([line(subs.p2, { partnerOfRecord: null })], { reseller: null })),
    )
    expect(getSubscription(s, subs.p2)?.partnerOfRecord).toBeNull()
    let t = register(providerWorld(), {
      tenant: ids.stranger,
      mpn: '4900002',
      name: 'Other Reseller',
      roles: ['indirectReseller'],
    })
    t = step(requestPartnership(t, partnershipInput(ids.provider, ids.provider, ids.stranger, '2020-03-03')))
    t = step(acceptPartnership(t, partnershipInput(ids.stranger, ids.provider, ids.stranger, '2020-03-03')))
    const v = given(t)
      .when(placeOrder, orderInput([line(subs.p2, { partnerOfRecord: null })], { reseller: ids.stranger }))
      .rejects({ rule: 'PRT-4', tag: 'NotResellersCustomer', subjects: [ids.stranger, ids.customer3] })
    expect(v[0]?._tag).toBe('NotResellersCustomer')
  })

  it('PRT-1: provider tasks are for global admin, user admin, admin agent and sales agent', () => {
    const order = (role: PartnerUserRole) =>
      given(providerWorld()).when(placeOrder, orderInput([line(subs.p2)], { actor: partnerUser(ids.provider, role) }))
    for (const role of ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent'] as const) order(role).accepts()
    for (const role of ['helpdeskAgent', 'billingAdmin'] as const) {
      const v = order(role).rejects({ rule: 'PRT-1', tag: 'RoleNotAllowed', subjects: [ids.provider] })
      expect(v[0]?.partnerCenterCode).toBe(900150)
    }
  })

  it('OWN-3: a reseller in partnership with the provider is not its end customer on the same tenant', () => {
    given(providerWorld())
      .when(
        placeOrder,
        orderInput([line(subs.p2, { partnerOfRecord: null })], { customer: ids.reseller, reseller: null }),
      )
      .rejects({ rule: 'OWN-3', tag: 'ResellerAsEndCustomer', subjects: [ids.provider, ids.reseller] })
  })

  it('OWN-2: no selling to an affiliate the provider recorded', () => {
    const affiliation = {
      actor: admin(ids.provider),
      at: at('2020-03-03'),
      partnerTenantId: ids.provider,
      affiliatedTenantId: ids.customer3,
    }
    const s = given(providerWorld()).when(recordAffiliation, affiliation).accepts().state
    given(s)
      .when(placeOrder, orderInput([line(subs.p2)]))
      .rejects({ rule: 'OWN-2', tag: 'AffiliatedCustomer', subjects: [ids.provider, ids.customer3] })
    given(s)
      .when(recordAffiliation, affiliation)
      .rejects({ rule: 'OWN-2', tag: 'AlreadyAffiliated', subjects: [ids.provider, ids.customer3] })
  })
})

describe('subscription-level involvement', () => {
  const base = { actor: admin(ids.provider), at: at('2020-03-05'), providerTenantId: ids.provider }

  it('CUS-2: adds licenses to a license-based subscription', () => {
    const out = accepted(addLicenses(providerWorld(), { ...base, subscriptionId: subs.p1, additionalSeats: 5 }))
    expect(getSubscription(out.state, subs.p1)?.seats).toBe(15)
    expect(out.events[0]).toMatchObject({ _tag: 'SeatsChanged', previousSeats: 10, seats: 15 })
  })

  it('CUS-2: upgrades a subscription to another offer', () => {
    const s = step(upgradeSubscription(providerWorld(), { ...base, subscriptionId: subs.p1, offerId: 'O365-E5' }))
    expect(getSubscription(s, subs.p1)).toMatchObject({ offerId: 'O365-E5', seats: 10, partnerOfRecord: RESELLER_MPN })
  })

  it('MOD-3: licenses go only to active license-based subscriptions; ROL-2: billed to the provider', () => {
    const s = step(placeOrder(providerWorld(), orderInput([line(subs.p2, { kind: 'azure' })])))
    given(s)
      .when(addLicenses, { ...base, subscriptionId: subs.p2, additionalSeats: 1 })
      .rejects({ rule: 'MOD-3', tag: 'SubscriptionNotChangeable', subjects: [subs.p2] })
    given(s)
      .when(addLicenses, { ...base, subscriptionId: subs.license, additionalSeats: 1 })
      .rejects(
        { rule: 'ROL-2', tag: 'NoResellerRelationship', subjects: [subs.license, ids.provider] },
        { rule: 'TRN-12', tag: 'NoResellerRelationship', subjects: [ids.provider, ids.customer] },
      )
  })

  it('PRT-7: associates the reseller with an existing subscription (its MPN ID as partner of record)', () => {
    const s = step(placeOrder(providerWorld(), orderInput([line(subs.p2, { partnerOfRecord: null })])))
    const next = step(
      associateResellerWithSubscription(s, { ...base, subscriptionId: subs.p2, resellerTenantId: ids.reseller }),
    )
    expect(getSubscription(next, subs.p2)?.partnerOfRecord).toBe(RESELLER_MPN)
  })

  it('PRT-7: designates the reseller as support contact', () => {
    const s = step(
      designateSupportContact(providerWorld(), { ...base, subscriptionId: subs.p1, resellerTenantId: ids.reseller }),
    )
    expect(getSubscription(s, subs.p1)?.supportContact).toBe(ids.reseller)
  })

  it('PRT-2 and PRT-4: the support contact must be an indirect reseller in partnership with the provider', () => {
    given(providerWorld())
      .when(designateSupportContact, { ...base, subscriptionId: subs.p1, resellerTenantId: ids.direct })
      .rejects(
        { rule: 'PRT-2', tag: 'NotIndirectReseller', subjects: [ids.direct, DIRECT_MPN] },
        { rule: 'PRT-4', tag: 'PartnershipNotActive', subjects: [ids.provider, ids.direct] },
        { rule: 'PRT-4', tag: 'NotResellersCustomer', subjects: [ids.direct, ids.customer3] },
      )
    given(step(remove(providerWorld())))
      .when(designateSupportContact, { ...base, subscriptionId: subs.p1, resellerTenantId: ids.reseller })
      .rejects(notActive)
  })

  it('ROL-2: acting on a customer needs delegated admin privileges', () => {
    // the provider's relationship from an indirect invitation without delegated admin
    let s = providerWorld()
    s = step(
      inviteCustomer(s, {
        actor: admin(ids.reseller),
        at: at('2020-03-06'),
        partnerTenantId: ids.reseller,
        invitationId: invitationId('no-dap'),
        kind: 'indirectReseller',
        indirectProviderTenantId: ids.provider,
        customerTenantId: ids.customer2,
        newCustomer: { companyName: 'NoDap', domain: null, region: getTenant(s, ids.customer)!.region! },
        delegatedAdmin: false,
      }),
    )
    s = step(
      acceptCustomerInvitation(s, {
        actor: customerAdmin(ids.customer2),
        at: at('2020-03-07'),
        invitationId: invitationId('no-dap'),
      }),
    )
    s = step(placeOrder(s, orderInput([line(subs.p2)], { customer: ids.customer2, when: '2020-03-08' })))
    given(s)
      .when(addLicenses, { ...base, at: at('2020-03-09'), subscriptionId: subs.p2, additionalSeats: 1 })
      .rejects({ rule: 'ROL-2', tag: 'NoDelegatedAdmin', subjects: [ids.provider, ids.customer2] })
  })
})

describe('queries', () => {
  it('CUS-3: the customers of a provider, filtered by indirect reseller, come from an index', () => {
    let s = providerWorld()
    s = step(createCustomerForReseller(s, forResellerInput([], { customer: ids.customer2 })))
    expect(customersOfProviderByReseller(s, ids.provider, ids.reseller).map((c) => c.tenantId)).toEqual(
      [ids.customer3, ids.customer2].sort(),
    )
    expect(customersOfProviderByReseller(s, ids.provider, ids.direct)).toEqual([])
    expect(customersOfPartner(s, ids.provider).map((c) => c.tenantId)).toEqual([ids.customer3, ids.customer2].sort())
  })

  it('MUL-1: a customer has several partners at once', () => {
    expect(partnersOfCustomer(providerWorld(), ids.customer3).map((p) => p.name)).toEqual([
      'Fabrikam Distribution',
      'First Up Consultants',
    ])
  })
})
