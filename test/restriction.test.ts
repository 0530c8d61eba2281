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
  restrictDirectBill,
  suspendSubscription,
  type ProgramState,
} from '../src/index.js'
import {
  accepted,
  addCustomer,
  admin,
  at,
  buy,
  ids,
  rejectsWith,
  step,
  subs,
  world,
  customerInput,
  standaloneKinds,
} from './support/index.js'

const restrict = (s: ProgramState, when = '2020-11-02') =>
  restrictDirectBill(s, {
    actor: { kind: 'microsoft' },
    at: at(when),
    partnerTenantId: ids.direct,
    unmetRequirements: ['DB-5'],
  })

/** The world with an add-on and an internal-use tenant, then the direct bill partner restricted. */
const restrictedWorld = () => {
  let s = step(buy(world(), ids.direct, ids.customer, subs.addOn, 'addOn', at('2019-02-01'), subs.license))
  s = addCustomer(s, ids.direct, ids.internal, at('2019-02-02'), { internalUse: true })
  return step(restrict(s))
}

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
    rejectsWith(
      restrictDirectBill(world(), {
        actor: admin(ids.direct),
        at: at('2020-11-02'),
        partnerTenantId: ids.direct,
        unmetRequirements: [],
      }),
      ['MOD-7', 'NotProgramOperator', []],
    )
    rejectsWith(
      restrictDirectBill(world(), {
        actor: { kind: 'microsoft' },
        at: at('2020-11-02'),
        partnerTenantId: ids.reseller,
        unmetRequirements: [],
      }),
      ['RST-1', 'NotDirectBillPartner', [ids.reseller]],
    )
    rejectsWith(restrict(restrictedWorld()), ['RST-1', 'AlreadyRestricted', [ids.direct]])
  })
})

describe('what a restriction blocks', () => {
  it.each(standaloneKinds)('RST-2: no new %s purchase for a customer', (kind) => {
    rejectsWith(buy(restrictedWorld(), ids.direct, ids.customer, subs.next, kind, at('2020-12-01')), [
      'RST-2',
      'PartnerRestricted',
      [ids.direct],
    ])
  })

  it('RST-2: no new add-on to an existing license-based subscription', () => {
    rejectsWith(buy(restrictedWorld(), ids.direct, ids.customer, subs.next, 'addOn', at('2020-12-01'), subs.license), [
      'RST-2',
      'PartnerRestricted',
      [ids.direct],
    ])
  })

  it('RST-3: no new Azure subscription for its own use', () => {
    rejectsWith(buy(restrictedWorld(), ids.direct, ids.internal, subs.next, 'azure', at('2020-12-01')), [
      'RST-3',
      'PartnerRestricted',
      [ids.direct],
    ])
  })

  it('RST-4: no new customer tenants', () => {
    const s = restrictedWorld()
    rejectsWith(createCustomer(s, customerInput(ids.direct, ids.customer2, at('2020-12-01'))), [
      'RST-4',
      'PartnerRestricted',
      [ids.direct],
    ])
  })

  it('RST-5: no direct reseller relationship invitations', () => {
    const s = restrictedWorld()
    rejectsWith(
      inviteCustomer(s, {
        actor: admin(ids.direct),
        at: at('2020-12-01'),
        partnerTenantId: ids.direct,
        invitationId: invitationId('inv-1'),
        kind: 'directReseller',
        indirectProviderTenantId: null,
        customerTenantId: ids.customer2,
        newCustomer: { companyName: 'x', domain: null, region: getPartner(s, ids.direct)!.region },
        delegatedAdmin: true,
      }),
      ['RST-5', 'PartnerRestricted', [ids.direct]],
    )
  })

  it('RST-6: a restricted partner without a sandbox can no longer create one', () => {
    const input = {
      actor: admin(ids.direct),
      at: at('2020-12-01'),
      partnerTenantId: ids.direct,
      sandboxTenantId: ids.sandbox,
    }
    rejectsWith(createIntegrationSandbox(restrictedWorld(), input), ['RST-6', 'PartnerRestricted', [ids.direct]])
    accepted(createIntegrationSandbox(world(), input))
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
    const s = restrictedWorld()
    expect(
      getSubscription(step(changeSeats(s, { ...base, subscriptionId: subs.license, seats: 3 })), subs.license)?.seats,
    ).toBe(3)
    expect(
      getSubscription(step(changeSeats(s, { ...base, subscriptionId: subs.addOn, seats: 4 })), subs.addOn)?.seats,
    ).toBe(4)
  })

  it('RST-8: subscriptions can still be suspended and cancelled', () => {
    const s = restrictedWorld()
    accepted(suspendSubscription(s, { ...base, subscriptionId: subs.license }))
    accepted(cancelSubscription(s, { ...base, subscriptionId: subs.addOn }))
  })

  it('RST-1: a restricted partner may still enroll as indirect reseller', () => {
    accepted(enrollIndirect(restrictedWorld(), { ...base, at: at('2020-12-02'), confirmsAuthorization: true }))
  })
})
