/**
 * Issue 10, item 1: behaviours that contradicted the seed pages (read through the catalog's
 * decisions on TRN-9, OWN-2 / OWN-3 and RST-2 … RST-6). Each test failed before the change it
 * names. Rejections are asserted by rule, tag and subjects, with the caller's state returned as the
 * very same object; where the point is that no other rule answers, the whole rejection is compared.
 */
import { describe, expect, it } from 'vitest'
import {
  apply,
  customerAdmin,
  customerCapabilities,
  getRelationship,
  registerPartner,
  replay,
  tenantId,
  type ProgramCommand,
  type ProgramState,
  type RuleId,
  type RuleViolation,
  type SubscriptionKind,
  type TenantId,
} from '../src/index.js'
import {
  US,
  accepted,
  addCustomer,
  admin,
  at,
  buy,
  customerInput,
  forResellerInput,
  ids,
  line,
  orderInput,
  partnershipInput,
  providerWorld,
  register,
  subs,
  world,
  partnered,
  refuses,
} from './support/index.js'

const MICROSOFT = { kind: 'microsoft' } as const
const NEWCOMER = tenantId('d0000000-0000-4000-8000-000000000010')

/** Runs an accepted command and returns the new state. */
const run = (state: ProgramState, command: unknown): ProgramState => {
  const applied = apply(state, command)
  expect(applied.violations).toEqual([])
  return applied.state
}

/** (rule, tag, subjects) of every violation, sorted: to compare a whole rejection. */
const triples = (violations: ReadonlyArray<RuleViolation>) =>
  violations.map((v) => [v.rule, v._tag, v.subjects] as const).sort((a, b) => a.join().localeCompare(b.join()))

/**
 * Asserts that `command` is rejected on `state` with a violation of `rule` tagged `tag` naming
 * exactly `subjects`, and that the state returned is the very object given; returns the violations.
 */
/** `refuses` for a command built as a plain value. */
const refused = (
  state: ProgramState,
  command: unknown,
  rule: RuleId,
  tag: RuleViolation['_tag'],
  subjects: ReadonlyArray<string>,
): ReadonlyArray<RuleViolation> => refuses(state, command as ProgramCommand, rule, tag, subjects)

/** The same, and no other violation. */
const refusedOnly = (
  state: ProgramState,
  command: unknown,
  rule: RuleId,
  tag: RuleViolation['_tag'],
  subjects: ReadonlyArray<string>,
) => expect(triples(refused(state, command, rule, tag, subjects))).toEqual([[rule, tag, subjects]])

const purchase = (
  partner: TenantId,
  customer: TenantId,
  kind: SubscriptionKind,
  when: string,
  parentId: typeof subs.azure | null = null,
) => ({
  command: 'purchaseSubscription',
  input: {
    actor: admin(partner),
    at: at(when),
    partnerTenantId: partner,
    subscription: {
      id: subs.next,
      customerTenantId: customer,
      kind,
      parentId,
      offerId: 'offer-1',
      seats: kind === 'azure' ? 1 : 5,
      autoRenew: true,
    },
  },
})

const invitation = (
  partner: TenantId,
  customer: TenantId,
  when: string,
  options: { readonly id?: string; readonly provider?: TenantId; readonly newCustomer?: boolean } = {},
) => ({
  command: 'inviteCustomer',
  input: {
    actor: admin(partner),
    at: at(when),
    partnerTenantId: partner,
    invitationId: options.id ?? 'inv-1',
    kind: options.provider === undefined ? 'directReseller' : 'indirectReseller',
    indirectProviderTenantId: options.provider ?? null,
    customerTenantId: customer,
    newCustomer: options.newCustomer === true ? { companyName: 'Newcomer', domain: null, region: US } : null,
    delegatedAdmin: true,
  },
})

const acceptance = (customer: TenantId, when: string, id = 'inv-1') => ({
  command: 'acceptCustomerInvitation',
  input: { actor: customerAdmin(customer), at: at(when), invitationId: id },
})

describe('TRN-9 (2018 rules): no new direct customer once the enrollment is approved', () => {
  /** The base world (2019), the direct bill partner enrolled on 2019-02-04 and approved on 2019-02-05. */
  const approved2018 = (s: ProgramState = world()) => {
    const flags = { identifiedForOffboarding: true, transitionEnabled: false }
    s = run(s, {
      command: 'setProgramFlags',
      input: { actor: MICROSOFT, at: at('2019-02-01'), partnerTenantId: ids.direct, ...flags },
    })
    s = run(s, {
      command: 'enrollIndirect',
      input: {
        actor: admin(ids.direct),
        at: at('2019-02-04'),
        partnerTenantId: ids.direct,
        confirmsAuthorization: true,
      },
    })
    return run(s, {
      command: 'approveIndirectEnrollment',
      input: { actor: MICROSOFT, at: at('2019-02-05'), partnerTenantId: ids.direct },
    })
  }

  it('TRN-9: re-inviting an existing direct customer adds none and is accepted; a new customer stays refused', () => {
    const s = approved2018(run(world(), invitation(ids.direct, ids.customer2, '2019-02-04', { newCustomer: true })))
    // the customer it already serves directly: asked again (for delegated admin), not added
    const again = run(s, invitation(ids.direct, ids.customer, '2019-02-06', { id: 'inv-again' }))
    const after = run(again, acceptance(ids.customer, '2019-02-07', 'inv-again'))
    expect(getRelationship(after, ids.direct, ids.customer)).toMatchObject({
      channel: 'directBill',
      since: at('2019-01-08'),
    })
    // a new one, by an invitation sent while the enrollment was pending and accepted after approval
    refused(s, acceptance(ids.customer2, '2019-02-07'), 'TRN-9', 'NewDirectCustomersClosed', [ids.direct])
    refused(
      s,
      invitation(ids.direct, ids.customer3, '2019-02-06', { newCustomer: true, id: 'inv-3' }),
      'TRN-9',
      'NewDirectCustomersClosed',
      [ids.direct],
    )
  })

  it("TRN-9: the partner's own internal-use tenant is not a new direct customer; any other new customer is", () => {
    const s = approved2018()
    const own = run(s, {
      command: 'createCustomer',
      input: customerInput(ids.direct, ids.internal, at('2019-02-06'), { internalUse: true }),
    })
    accepted(buy(own, ids.direct, ids.internal, subs.next, 'azure', at('2019-02-07')))
    refused(
      s,
      { command: 'createCustomer', input: customerInput(ids.direct, ids.customer2, at('2019-02-06')) },
      'TRN-9',
      'NewDirectCustomersClosed',
      [ids.direct],
    )
  })
})

describe('OWN-2: a partner does not sell to its own internal-use tenant, except Azure for its own use', () => {
  const withInternal = () => addCustomer(world(), ids.direct, ids.internal, at('2019-01-08'), { internalUse: true })

  it.each<SubscriptionKind>(['licenseBased', 'softwareSubscription', 'perpetualSoftware', 'reservation'])(
    'OWN-2: no %s purchase on its own internal-use tenant',
    (kind) => {
      refusedOnly(
        withInternal(),
        purchase(ids.direct, ids.internal, kind, '2019-01-09'),
        'OWN-2',
        'OwnInternalUseTenant',
        [ids.direct, ids.internal],
      )
    },
  )

  it('OWN-2: no add-on either, even to a license-based parent an older history left there', () => {
    const s = withInternal()
    // a license-based subscription on the internal-use tenant, as a history from before this rule could hold
    const [bought] = accepted(buy(s, ids.direct, ids.customer, subs.azure, 'licenseBased')).events
    if (bought?._tag !== 'SubscriptionPurchased') throw new Error('expected a purchase')
    const legacy = replay(s, [{ ...bought, subscription: { ...bought.subscription, customerTenantId: ids.internal } }])
    refusedOnly(
      legacy,
      purchase(ids.direct, ids.internal, 'addOn', '2019-01-10', subs.azure),
      'OWN-2',
      'OwnInternalUseTenant',
      [ids.direct, ids.internal],
    )
  })

  it('OWN-2: Azure for its own use is bought there; the rest it buys as the customer of another partner', () => {
    let s = withInternal()
    refused(s, purchase(ids.direct, ids.internal, 'licenseBased', '2019-01-09'), 'OWN-2', 'OwnInternalUseTenant', [
      ids.direct,
      ids.internal,
    ])
    accepted(buy(s, ids.direct, ids.internal, subs.next, 'azure'))
    s = register(s, { tenant: ids.stranger, mpn: '9900001', name: 'Other Direct', roles: ['directBillPartner'] })
    s = run(s, invitation(ids.stranger, ids.internal, '2019-01-09'))
    s = run(s, acceptance(ids.internal, '2019-01-10'))
    accepted(buy(s, ids.stranger, ids.internal, subs.next, 'licenseBased', at('2019-01-11')))
  })

  it('OWN-2: an indirect provider orders nothing for its own internal-use tenant; Azure for its own use it buys', () => {
    const s = addCustomer(providerWorld(), ids.provider, ids.internal, at('2020-03-03'), { internalUse: true })
    const order = orderInput([line(subs.p2, { partnerOfRecord: null })], { customer: ids.internal, reseller: null })
    refusedOnly(s, { command: 'placeOrder', input: order }, 'OWN-2', 'OwnInternalUseTenant', [
      ids.provider,
      ids.internal,
    ])
    refusedOnly(
      s,
      purchase(ids.provider, ids.internal, 'licenseBased', '2020-03-04'),
      'OWN-2',
      'OwnInternalUseTenant',
      [ids.provider, ids.internal],
    )
    expect(apply(s, purchase(ids.provider, ids.internal, 'azure', '2020-03-04')).violations).toEqual([])
  })
})

describe("OWN-3: a reseller in partnership with a provider is never that provider's end customer, on any path", () => {
  /** The two-tier world (2020) with a second US reseller in partnership with the same provider. */
  const twoResellers = () => {
    let s = register(
      providerWorld(),
      {
        tenant: ids.reseller2,
        mpn: '8800002',
        name: 'Second Reseller',
        roles: ['indirectReseller'],
      },
      at('2020-03-01'),
    )
    s = run(s, {
      command: 'requestPartnership',
      input: partnershipInput(ids.provider, ids.provider, ids.reseller2, '2020-03-02'),
    })
    return run(s, {
      command: 'acceptPartnership',
      input: partnershipInput(ids.reseller2, ids.provider, ids.reseller2, '2020-03-02'),
    })
  }
  const own3 = ['OWN-3', 'ResellerAsEndCustomer', [ids.provider, ids.reseller]] as const

  it('OWN-3: a purchase by the provider, with no relationship advice the rules would refuse (no ROL-2, TRN-12)', () => {
    refusedOnly(providerWorld(), purchase(ids.provider, ids.reseller, 'licenseBased', '2020-03-05'), ...own3)
  })

  it("OWN-3: the provider's direct invitation, and an indirect one naming it, by any of its resellers", () => {
    const s = twoResellers()
    refusedOnly(s, invitation(ids.provider, ids.reseller, '2020-03-05'), ...own3)
    refusedOnly(s, invitation(ids.reseller2, ids.reseller, '2020-03-05', { provider: ids.provider }), ...own3)
    refusedOnly(s, invitation(ids.reseller, ids.reseller, '2020-03-05', { provider: ids.provider }), ...own3)
  })

  it('OWN-3: a customer created on the reseller tenant, by the provider for itself or for a reseller', () => {
    const s = twoResellers()
    const create = customerInput(ids.provider, ids.reseller, at('2020-03-05'))
    refusedOnly(s, { command: 'createCustomer', input: create }, ...own3)
    for (const reseller of [ids.reseller, ids.reseller2])
      refusedOnly(
        s,
        {
          command: 'createCustomerForReseller',
          input: forResellerInput([], { customer: ids.reseller, reseller, when: '2020-03-05' }),
        },
        ...own3,
      )
  })

  it('OWN-3: an invitation whose tenant has since become a reseller in partnership with the provider is not accepted', () => {
    const invited = run(providerWorld(), invitation(ids.provider, NEWCOMER, '2020-03-03', { newCustomer: true }))
    const registration = accepted(
      registerPartner(world(), {
        actor: MICROSOFT,
        at: at('2020-03-03'),
        partner: {
          tenantId: NEWCOMER,
          mpnId: '8800003' as never,
          name: 'Newcomer Reseller',
          region: US,
          roles: ['indirectReseller'],
          primaryContactEmail: null,
          anniversaryDate: null,
        },
      }),
    ).events
    let s = replay(invited, registration)
    s = run(s, {
      command: 'signMpa',
      input: { actor: admin(NEWCOMER), at: at('2020-03-03'), partnerTenantId: NEWCOMER },
    })
    s = partnered(s, ids.provider, NEWCOMER, '2020-03-04')
    refusedOnly(s, acceptance(NEWCOMER, '2020-03-05'), 'OWN-3', 'ResellerAsEndCustomer', [ids.provider, NEWCOMER])
  })

  it("OWN-3 is the partnered provider's: another provider sells to the reseller on a customer tenant; its partner tenant is OWN-2 alone", () => {
    let s = register(
      providerWorld(),
      { tenant: ids.provider2, mpn: '6600006', name: 'Other Distribution', roles: ['indirectProvider'] },
      at('2020-03-01'),
    )
    // the reseller's own-use tenant, a customer tenant the other provider creates and sells to
    s = run(s, { command: 'createCustomer', input: customerInput(ids.provider2, ids.customer2, at('2020-03-03')) })
    accepted(buy(s, ids.provider2, ids.customer2, subs.next, 'licenseBased', at('2020-03-04')))
    // on the reseller's partner tenant: a partner tenant is never a customer (OWN-1, OWN-2), and no advice
    refusedOnly(s, purchase(ids.provider2, ids.reseller, 'licenseBased', '2020-03-04'), 'OWN-2', 'NotCustomerTenant', [
      ids.reseller,
    ])
  })
})

describe('TRN-13: a restricted direct bill partner is not offered what restriction forbids', () => {
  const restrict = (s: ProgramState, partner: TenantId, when: string) =>
    run(s, {
      command: 'restrictDirectBill',
      input: { actor: MICROSOFT, at: at(when), partnerTenantId: partner, unmetRequirements: ['DB-5'] },
    })

  it('TRN-13, RST-2, RST-4: no orders, software or products to add for a direct bill customer; the rest stays', () => {
    const caps = customerCapabilities(restrict(world(), ids.direct, '2020-11-02'), ids.direct, ids.customer)
    expect(caps).not.toEqual(expect.arrayContaining(['createOrders']))
    expect(caps).not.toEqual(expect.arrayContaining(['buySoftware']))
    expect(caps).not.toEqual(expect.arrayContaining(['addProducts']))
    expect(caps).toEqual([
      'manageAzureReservations',
      'manageOrderHistory',
      'billDirectly',
      'viewProducts',
      'viewSubscriptions',
    ])
    expect(customerCapabilities(world(), ids.direct, ids.customer)).toContain('createOrders')
  })

  it('TRN-13, RST-2: a restricted partner that is also an indirect provider creates no orders for its customers', () => {
    let s = register(providerWorld(), {
      tenant: ids.stranger,
      mpn: '9900001',
      name: 'Both Ways',
      roles: ['directBillPartner', 'indirectProvider'],
    })
    s = partnered(s, ids.stranger, ids.reseller, '2020-03-02')
    s = run(s, {
      command: 'createCustomerForReseller',
      input: forResellerInput([], { provider: ids.stranger, customer: ids.customerBr, when: '2020-03-03' }),
    })
    expect(customerCapabilities(s, ids.stranger, ids.customerBr)).toContain('createOrders')
    expect(customerCapabilities(restrict(s, ids.stranger, '2020-03-05'), ids.stranger, ids.customerBr)).toEqual([
      'manageOrderHistory',
      'viewSubscriptions',
    ])
  })
})
