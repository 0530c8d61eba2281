import { describe, expect, it } from 'vitest'
import {
  cancelSubscription,
  changeSeats,
  createCustomer,
  createIntegrationSandbox,
  enrollIndirect,
  getPartner,
  getSubscription,
  inviteCustomer,
  invitationId,
  isRestricted,
  purchaseSubscription,
  restrictDirectBill,
  suspendSubscription,
  type ProgramState,
  type SubscriptionKind,
} from '../src/index.js'
import { given, restrictedWorld } from '../src/testing/index.js'
import { accepted, admin, at, buy, ids, step, subs, world, customerInput, standaloneKinds } from './support/index.js'
import './support/matchers.js'

const restrict = (s: ProgramState, when = '2020-11-02') =>
  restrictDirectBill(s, {
    actor: { kind: 'microsoft' },
    at: at(when),
    partnerTenantId: ids.direct,
    unmetRequirements: ['DB-5'],
  })

/**
 * The kit's restricted world: Contoso Direct (`ids.direct`) with a customer (`ids.customer`) holding
 * `subs.license` and the add-on `subs.addOn`, and an internal-use tenant (`ids.internal`), restricted
 * on 2020-11-02 for DB-5.
 */
const restricted = restrictedWorld()
const blocked = { tag: 'PartnerRestricted', subjects: [ids.direct] } as const

/** The restricted partner buys `kind` (`subs.next`) for `customer` on 2020-12-01. */
const purchase = (kind: SubscriptionKind, customer = ids.customer, parentId: typeof subs.license | null = null) => ({
  actor: admin(ids.direct),
  at: at('2020-12-01'),
  partnerTenantId: ids.direct,
  subscription: {
    id: subs.next,
    customerTenantId: customer,
    kind,
    parentId,
    offerId: 'offer-1',
    seats: 10,
    autoRenew: true,
  },
})

describe('restrictDirectBill (RST-1)', () => {
  it('RST-1: the status becomes restricted, with the unmet requirements', () => {
    const out = accepted(restrict(world()))
    expect(getPartner(out.state, ids.direct)?.directBill).toEqual({
      status: 'restricted',
      since: at('2020-11-02'),
      unmetRequirements: ['DB-5'],
    })
  })

  it('MOD-7: only Microsoft restricts; RST-1: only direct bill partners, and only once', () => {
    const restriction = { actor: { kind: 'microsoft' } as const, at: at('2020-11-02'), unmetRequirements: [] }
    given(world())
      .when(restrictDirectBill, { ...restriction, actor: admin(ids.direct), partnerTenantId: ids.direct })
      .rejects({ rule: 'MOD-7', tag: 'NotProgramOperator', subjects: [] })
    given(world())
      .when(restrictDirectBill, { ...restriction, partnerTenantId: ids.reseller })
      .rejects({ rule: 'RST-1', tag: 'NotDirectBillPartner', subjects: [ids.reseller] })
    given(restricted)
      .when(restrictDirectBill, { ...restriction, partnerTenantId: ids.direct })
      .rejects({ rule: 'RST-1', tag: 'AlreadyRestricted', subjects: [ids.direct] })
  })
})

describe('what a restriction blocks', () => {
  it('is the kit world: the same partner, customer, subscriptions and internal-use tenant as the test worlds', () => {
    expect([restricted.ids.partner, restricted.ids.customer, restricted.ids.internal]).toEqual([
      ids.direct,
      ids.customer,
      ids.internal,
    ])
    expect([restricted.ids.license, restricted.ids.addOn]).toEqual([subs.license, subs.addOn])
  })

  it.each(standaloneKinds)('RST-2: no new %s purchase for a customer', (kind) => {
    given(restricted)
      .when(purchaseSubscription, purchase(kind))
      .rejects({ rule: 'RST-2', ...blocked })
  })

  it('RST-2: no new add-on to an existing license-based subscription', () => {
    given(restricted)
      .when(purchaseSubscription, purchase('addOn', ids.customer, subs.license))
      .rejects({ rule: 'RST-2', ...blocked })
  })

  it('RST-3: no new Azure subscription for its own use', () => {
    given(restricted)
      .when(purchaseSubscription, purchase('azure', ids.internal))
      .rejects({ rule: 'RST-3', ...blocked })
  })

  it('RST-4: no new customer tenants', () => {
    given(restricted)
      .when(createCustomer, customerInput(ids.direct, ids.customer2, at('2020-12-01')))
      .rejects({ rule: 'RST-4', ...blocked })
  })

  it('RST-5: no direct reseller relationship invitations', () => {
    given(restricted)
      .when(inviteCustomer, {
        actor: admin(ids.direct),
        at: at('2020-12-01'),
        partnerTenantId: ids.direct,
        invitationId: invitationId('inv-1'),
        kind: 'directReseller',
        indirectProviderTenantId: null,
        customerTenantId: ids.customer2,
        newCustomer: { companyName: 'x', domain: null, region: getPartner(restricted.state, ids.direct)!.region },
        delegatedAdmin: true,
      })
      .rejects({ rule: 'RST-5', ...blocked })
  })

  it('RST-6: a restricted partner without a sandbox can no longer create one', () => {
    const input = {
      actor: admin(ids.direct),
      at: at('2020-12-01'),
      partnerTenantId: ids.direct,
      sandboxTenantId: ids.sandbox,
    }
    given(restricted)
      .when(createIntegrationSandbox, input)
      .rejects({ rule: 'RST-6', ...blocked })
    expect(createIntegrationSandbox(world(), input)).toBeAccepted()
  })
})

describe('what a restriction leaves alone', () => {
  it('RST-7: existing subscriptions stay active, keep renewing and stay billed to the partner', () => {
    const before = step(buy(world(), ids.direct, ids.customer, subs.addOn, 'addOn', at('2019-02-01'), subs.license))
    const after = step(restrict(before))
    for (const id of [subs.license, subs.addOn]) {
      expect(getSubscription(after, id)).toBe(getSubscription(before, id))
      expect(getSubscription(after, id)).toMatchObject({ status: 'active', autoRenew: true, billedBy: ids.direct })
    }
    expect(isRestricted(getPartner(after, ids.direct)!)).toBe(true)
  })

  const base = { actor: admin(ids.direct), at: at('2020-12-01'), partnerTenantId: ids.direct }
  it('RST-8: seats of existing license-based subscriptions and add-ons still change', () => {
    const s = restricted.state
    expect(
      getSubscription(step(changeSeats(s, { ...base, subscriptionId: subs.license, seats: 3 })), subs.license)?.seats,
    ).toBe(3)
    const out = given(s)
      .when(changeSeats, { ...base, subscriptionId: subs.addOn, seats: 4 })
      .then([{ _tag: 'SeatsChanged', subscriptionId: subs.addOn, previousSeats: 10, seats: 4 }])
    expect(getSubscription(out.state, subs.addOn)?.seats).toBe(4)
  })

  it('RST-8: subscriptions can still be suspended and cancelled', () => {
    given(restricted)
      .when(suspendSubscription, { ...base, subscriptionId: subs.license })
      .accepts()
    expect(cancelSubscription(restricted.state, { ...base, subscriptionId: subs.addOn })).toBeAccepted()
  })

  it('RST-1: a restricted partner may still enroll as indirect reseller', () => {
    given(restricted)
      .when(enrollIndirect, { ...base, at: at('2020-12-02'), confirmsAuthorization: true })
      .then(['IndirectEnrollmentSubmitted'])
  })
})
