/**
 * The testing kit, csp-channel/testing: its worlds, given/when/then, the matchers, and the failure
 * messages docs/testing.md shows (each asserted here, from a real failing run, and found in the guide).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  apply,
  approveIndirectEnrollment,
  changeSeats,
  customersOfPartner,
  emptyState,
  enrollIndirect,
  getPartner,
  getSubscription,
  isoDateTime,
  isRestricted,
  partnerUser,
  placeOrder,
  purchaseSubscription,
  replay,
  resellersOfProvider,
  stateToJson,
  subscriptionId,
  type ProgramState,
  type TenantId,
} from '../src/index.js'
import {
  CspAssertionError,
  cspMatchers,
  directBillWorld,
  given,
  providerWorld,
  restrictedWorld,
} from '../src/testing/index.js'
import { ids, subs } from './support/index.js'
import './support/matchers.js'

const guide = readFileSync(new URL('../docs/testing.md', import.meta.url), 'utf8')

/** The message of the error `run` throws; fails the test if it throws none. */
const failure = (run: () => unknown): string => {
  try {
    run()
  } catch (e) {
    return (e as Error).message
  }
  throw new Error('expected a failure')
}

const direct = directBillWorld()
const restricted = restrictedWorld()
const provider = providerWorld()
const admin = partnerUser(direct.ids.partner, 'globalAdmin')

/** Contoso Direct buys an Azure subscription for Northwind on 2020-12-01. */
const azure = {
  actor: admin,
  at: isoDateTime('2020-12-01T09:00:00Z'),
  partnerTenantId: direct.ids.partner,
  subscription: {
    id: subscriptionId('a0000000-0000-4000-8000-000000000009'),
    customerTenantId: direct.ids.customer,
    kind: 'azure' as const,
    parentId: null,
    offerId: 'MS-AZR-0145P',
    seats: 1,
    autoRenew: true,
  },
}
/** Contoso Direct sets Northwind's license-based subscription to 12 seats. */
const seats = {
  actor: admin,
  at: isoDateTime('2020-12-01T09:00:00Z'),
  partnerTenantId: direct.ids.partner,
  subscriptionId: direct.ids.license,
  seats: 12,
}
const json = (state: ProgramState) => JSON.stringify(stateToJson(state))

describe('the worlds', () => {
  it('are built through commands only: replaying their events gives their state, the same every time', () => {
    for (const [world, again] of [
      [direct, directBillWorld()],
      [restricted, restrictedWorld()],
      [provider, providerWorld()],
    ] as const) {
      expect(json(replay(emptyState, world.events))).toBe(json(world.state))
      expect(json(again.state)).toBe(json(world.state))
      expect(again.now).toBe(world.now)
    }
  })

  it('directBillWorld: a direct bill partner with a customer, its subscription and add-on, and an internal tenant', () => {
    const { state, ids: w, now } = direct
    expect(getPartner(state, w.partner)).toMatchObject({ name: 'Contoso Direct', mpnId: w.partnerMpn })
    expect(customersOfPartner(state, w.partner).map((c) => c.tenantId)).toEqual([w.customer, w.internal])
    expect(getSubscription(state, w.addOn)).toMatchObject({ kind: 'addOn', parentId: w.license, status: 'active' })
    expect(now).toBe('2019-02-02T09:00:00.000Z')
  })

  it('restrictedWorld: the same partner, restricted on 2020-11-02 for DB-5', () => {
    const partner = getPartner(restricted.state, restricted.ids.partner)!
    expect(isRestricted(partner)).toBe(true)
    expect(partner.directBill).toMatchObject({ since: '2020-11-02T09:00:00.000Z', unmetRequirements: ['DB-5'] })
    expect(restricted.events.slice(0, direct.events.length)).toEqual(direct.events)
  })

  it('providerWorld: a provider in partnership with two resellers, and a customer created for one of them', () => {
    const { state, ids: w } = provider
    expect(resellersOfProvider(state, w.provider).map((r) => r.name)).toEqual([
      'First Up Consultants',
      'Tailspin Resellers',
    ])
    expect(getSubscription(state, w.subscription)).toMatchObject({
      customerTenantId: w.customer,
      billedBy: w.provider,
      partnerOfRecord: w.resellerMpn,
    })
  })

  it("use the IDs of the project's own test worlds for the same parties", () => {
    expect(direct.ids).toMatchObject({ partner: ids.direct, customer: ids.customer, internal: ids.internal })
    expect(direct.ids).toMatchObject({ license: subs.license, addOn: subs.addOn })
    expect(provider.ids).toMatchObject({ provider: ids.provider, reseller: ids.reseller, customer: ids.customer3 })
    expect(provider.ids).toMatchObject({ otherReseller: ids.reseller2, subscription: subs.p1 })
  })
})

describe('given … when …', () => {
  it('starts from a state, from the events that build it, or from a world', () => {
    for (const start of [restricted.state, restricted.events, restricted])
      given(start).when(purchaseSubscription, azure).rejects({ rule: 'RST-2' })
  })

  it('runs a command function, a built-in command by name, or a command given as data', () => {
    const expected = [{ _tag: 'SeatsChanged', previousSeats: 10, seats: 12 }] as const
    given(direct).when(changeSeats, seats).then(expected)
    given(direct).when('changeSeats', seats).then(expected)
    given(direct).when({ command: 'changeSeats', input: seats }).then(expected)
  })

  it('then: exactly these events in this order, each a tag or a tag with some fields; returns the outcome', () => {
    const out = given(direct).when(changeSeats, seats).then(['SeatsChanged'])
    expect(getSubscription(out.state, direct.ids.license)?.seats).toBe(12)
    expect(failure(() => given(direct).when(changeSeats, seats).then([]))).toContain('event 1 is not expected')
  })

  it('rejects: exactly these violations, compared as sets; with no expectation, any rejection', () => {
    const v = given(restricted)
      .when(purchaseSubscription, azure)
      .rejects({ rule: 'RST-2', tag: 'PartnerRestricted', subjects: [ids.direct] })
    expect(v.map((x) => x.message)).toEqual([
      'Partner Contoso Direct is a restricted direct bill partner and cannot buy a new azure subscription.',
    ])
    given(restricted).when(purchaseSubscription, azure).rejects()
    expect(failure(() => given(direct).when(purchaseSubscription, azure).rejects())).toContain('to be rejected, but')
  })

  it('rejects: an expectation whose tag its rule never reports can never match', () => {
    const run = given(restricted).when(purchaseSubscription, azure)
    // @ts-expect-error: the VIOLATIONS table does not pair UnknownCustomer with RST-2
    expect(failure(() => run.rejects({ rule: 'RST-2', tag: 'UnknownCustomer' }))).toBe(
      'purchaseSubscription: malformed violations or expectations:\n' +
        '  the expectation RST-2 UnknownCustomer can never match: VIOLATIONS does not pair UnknownCustomer with RST-2',
    )
  })

  it('warns: exactly these warnings; accepts: accepted, whatever it emitted', () => {
    const enrolled = given(direct)
      .when(enrollIndirect, {
        actor: admin,
        at: isoDateTime('2019-11-01T09:00:00Z'),
        partnerTenantId: direct.ids.partner,
        confirmsAuthorization: true,
      })
      .accepts()
    const approval = { actor: { kind: 'microsoft' } as const, partnerTenantId: direct.ids.partner }
    given(enrolled)
      .when(approveIndirectEnrollment, { ...approval, at: isoDateTime('2019-11-11T09:00:00Z') })
      .warns({ rule: 'TRN-4', tag: 'ApprovalAfterDueDate', subjects: [direct.ids.partner] })
    given(enrolled)
      .when(approveIndirectEnrollment, { ...approval, at: isoDateTime('2019-11-05T09:00:00Z') })
      .warns()
  })

  it('fails with a CspAssertionError, named AssertionError, whose stack starts in the test', () => {
    try {
      given(restricted).when(purchaseSubscription, azure).accepts()
    } catch (e) {
      expect(e).toBeInstanceOf(CspAssertionError)
      expect((e as Error).name).toBe('AssertionError')
      const frames = (e as Error).stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')) ?? []
      expect(frames[0]).toContain('testing-kit.test.ts')
      return
    }
    throw new Error('expected a failure')
  })

  it('is not a promise: awaiting a given(…).when(…) throws', async () => {
    const run: unknown = given(direct).when(changeSeats, seats)
    await expect(Promise.resolve(run)).rejects.toThrow('is not a promise')
  })
})

describe('the failure messages of given … when … (shown in docs/testing.md)', () => {
  const messages = {
    rejects: failure(() => given(restricted).when(purchaseSubscription, azure).rejects({ rule: 'RST-3' })),
    rejectsAccepted: failure(() =>
      given(direct).when(purchaseSubscription, azure).rejects({ rule: 'RST-2', tag: 'PartnerRestricted' }),
    ),
    then: failure(() =>
      given(direct)
        .when(changeSeats, seats)
        .then([{ _tag: 'SeatsChanged', seats: 13 }]),
    ),
    thenRejected: failure(() => given(restricted).when(purchaseSubscription, azure).then(['SubscriptionPurchased'])),
  }

  it('list what was expected and what the command did', () => {
    expect(messages).toEqual(EXPECTED_GIVEN)
  })

  it('are the ones the guide shows', () => {
    for (const message of Object.values(messages)) expect(guide).toContain(message)
  })
})

describe('the matchers', () => {
  it('take a command result, what apply returns, or a given(…).when(…)', () => {
    const command = { command: 'purchaseSubscription', input: azure } as const
    expect(purchaseSubscription(restricted.state, azure)).toBeRejectedWith('RST-2', 'PartnerRestricted', [ids.direct])
    expect(apply(restricted.state, command)).toBeRejectedWith('RST-2')
    expect(given(restricted).when(command)).not.toBeAccepted()
    expect(purchaseSubscription(direct.state, azure)).toEmit('SubscriptionPurchased')
    expect(apply(direct.state, command)).toBeAccepted()
    expect(changeSeats(direct.state, seats)).toEmit({ _tag: 'SeatsChanged', seats: 12 })
    expect(changeSeats(direct.state, seats)).not.toWarn('TRN-4')
    // @ts-expect-error: the VIOLATIONS table does not pair UnknownCustomer with RST-2
    expect(purchaseSubscription(restricted.state, azure)).not.toBeRejectedWith('RST-2', 'UnknownCustomer')
  })

  it('are plain functions returning { pass, message }', () => {
    const result = cspMatchers.toBeRejectedWith(purchaseSubscription(restricted.state, azure), 'RST-2')
    expect(result.pass).toBe(true)
    expect(cspMatchers.toBeAccepted(42).message()).toBe(
      'toBeAccepted: expected a command result (the Either a command returns, what apply returns, or given(…).when(…)), received 42',
    )
  })

  const order = (reseller: typeof provider.ids.reseller) => ({
    actor: partnerUser(provider.ids.provider, 'globalAdmin'),
    at: isoDateTime('2020-03-04T09:00:00Z'),
    providerTenantId: provider.ids.provider,
    customerTenantId: provider.ids.customer,
    resellerTenantId: reseller,
    lines: [
      {
        id: subscriptionId('b1000000-0000-4000-8000-000000000002'),
        kind: 'licenseBased' as const,
        parentId: null,
        offerId: 'O365-E3',
        seats: 5,
        autoRenew: true,
        partnerOfRecord: null,
      },
    ],
  })

  it('on a provider world: an order for a reseller’s customer, and for the other reseller', () => {
    expect(placeOrder(provider.state, order(provider.ids.reseller))).toEmit('SubscriptionPurchased')
    expect(placeOrder(provider.state, order(provider.ids.otherReseller))).toBeRejectedWith(
      'PRT-4',
      'NotResellersCustomer',
      [provider.ids.otherReseller, provider.ids.customer],
    )
  })

  const restrictedBuy = () => purchaseSubscription(restricted.state, azure)
  const messages = {
    toBeRejectedWith: failure(() => expect(restrictedBuy()).toBeRejectedWith('RST-3', 'PartnerRestricted')),
    toBeRejectedWithAccepted: failure(() =>
      expect(purchaseSubscription(direct.state, azure)).toBeRejectedWith('RST-2'),
    ),
    notToBeRejectedWith: failure(() => expect(restrictedBuy()).not.toBeRejectedWith('RST-2')),
    toEmit: failure(() => expect(restrictedBuy()).toEmit('SubscriptionPurchased')),
    toEmitFields: failure(() => expect(changeSeats(direct.state, seats)).toEmit({ _tag: 'SeatsChanged', seats: 13 })),
    toWarn: failure(() => expect(changeSeats(direct.state, seats)).toWarn('TRN-4', 'ApprovalAfterDueDate')),
    toBeAccepted: failure(() => expect(restrictedBuy()).toBeAccepted()),
  }

  it('fail in vitest with readable messages', () => {
    expect(messages).toEqual(EXPECTED_MATCHERS)
  })

  it('fail with the messages the guide shows', () => {
    for (const message of Object.values(messages)) expect(guide).toContain(message)
  })
})

// The example test file of docs/testing.md, as it runs there (with `expect.extend(cspMatchers)` done above).
describe("the guide's example: a restricted direct bill partner", () => {
  const { state, ids } = restrictedWorld()
  const admin = partnerUser(ids.partner, 'globalAdmin')
  const later = isoDateTime('2020-12-01T09:00:00Z')
  const azure = {
    actor: admin,
    at: later,
    partnerTenantId: ids.partner,
    subscription: {
      id: subscriptionId('a0000000-0000-4000-8000-000000000009'),
      customerTenantId: ids.customer,
      kind: 'azure',
      parentId: null,
      offerId: 'MS-AZR-0145P',
      seats: 1,
      autoRenew: true,
    },
  } as const

  it('buys no new subscription (RST-2)', () => {
    given(state)
      .when(purchaseSubscription, azure)
      .rejects({ rule: 'RST-2', tag: 'PartnerRestricted', subjects: [ids.partner] })
  })

  it('still changes the seats of an existing one (RST-8)', () => {
    given(state)
      .when(changeSeats, {
        actor: admin,
        at: later,
        partnerTenantId: ids.partner,
        subscriptionId: ids.license,
        seats: 12,
      })
      .then([{ _tag: 'SeatsChanged', previousSeats: 10, seats: 12 }])
  })
})

describe("the guide's example: a provider with resellers", () => {
  const { state, ids, now } = providerWorld()
  const order = (reseller: TenantId) =>
    ({
      actor: partnerUser(ids.provider, 'globalAdmin'),
      at: now,
      providerTenantId: ids.provider,
      customerTenantId: ids.customer,
      resellerTenantId: reseller,
      lines: [
        {
          id: subscriptionId('b1000000-0000-4000-8000-000000000002'),
          kind: 'licenseBased',
          parentId: null,
          offerId: 'O365-E5',
          seats: 5,
          autoRenew: true,
          partnerOfRecord: null,
        },
      ],
    }) as const

  it("orders for a reseller's customer", () => {
    expect(placeOrder(state, order(ids.reseller))).toEmit('SubscriptionPurchased')
  })

  it("does not order for another reseller's customer (PRT-4)", () => {
    expect(placeOrder(state, order(ids.otherReseller))).toBeRejectedWith('PRT-4', 'NotResellersCustomer')
  })
})

/** The violation a restricted Contoso Direct gets for buying an Azure subscription, as the messages show it. */
const RST_2 =
  'RST-2 PartnerRestricted [11111111-1111-4111-8111-111111111111]: Partner Contoso Direct is a restricted direct bill partner and cannot buy a new azure subscription.'

const EXPECTED_GIVEN = {
  rejects: [
    'purchaseSubscription: expected exactly these violations (- expected but missing, + received but not expected):',
    '  - RST-3',
    `  + ${RST_2}`,
  ].join('\n'),
  rejectsAccepted: [
    'purchaseSubscription: expected the command to be rejected with:',
    '  RST-2 PartnerRestricted',
    'but it was accepted with the events:',
    '  SubscriptionPurchased',
  ].join('\n'),
  then: [
    'changeSeats: expected the events:',
    '  SeatsChanged {"seats":13}',
    'received:',
    '  SeatsChanged {"at":"2020-12-01T09:00:00.000Z","subscriptionId":"a0000000-0000-4000-8000-000000000001","previousSeats":10,"seats":12}',
    'event 1: seats: expected 13, received 12',
  ].join('\n'),
  thenRejected: [
    'purchaseSubscription: expected the command to be accepted with the events:',
    '  SubscriptionPurchased',
    'but it was rejected with:',
    `  ${RST_2}`,
  ].join('\n'),
}

const EXPECTED_MATCHERS = {
  toBeRejectedWith: `expected the command to be rejected with RST-3 PartnerRestricted, but it was rejected with:\n  ${RST_2}`,
  toBeRejectedWithAccepted:
    'expected the command to be rejected with RST-2, but it was accepted with the events:\n  SubscriptionPurchased',
  notToBeRejectedWith: `expected the command not to be rejected with RST-2, but it was rejected with:\n  ${RST_2}`,
  toEmit: `expected the command to emit SubscriptionPurchased, but it was rejected with:\n  ${RST_2}`,
  toEmitFields:
    'expected the command to emit SeatsChanged {"seats":13}, but it emitted:\n  SeatsChanged (seats: expected 13, received 12)',
  toWarn: 'expected the warning TRN-4 ApprovalAfterDueDate, but the command was accepted without warnings',
  toBeAccepted: `expected the command to be accepted, but it was rejected with:\n  ${RST_2}`,
}
