/**
 * Partner-of-record validation (POR-1 … POR-4) and reseller and partner authorization (AUTH-1 …
 * AUTH-8): suspended accounts, the reseller revenue floor and its notices, deauthorization and
 * reauthorization, the FY26 direct bill and distributor thresholds.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  addLicenses,
  assessDirectBill,
  assessDistributor,
  assessDistributorAuthorization,
  assessResellerRevenue,
  changeSeats,
  explainCommand,
  getGdapRelationship,
  getPartner,
  microsoft,
  mpnId,
  noticeResellerRevenueFloor,
  placeOrder,
  purchaseSubscription,
  reauthorizeReseller,
  recordAuthorizationFacts,
  recordPartnerStanding,
  recordRevenue,
  renewSubscription,
  replay,
  stateToJson,
  validateResellers,
  yearMonth,
  DomainEvent,
  type OrderLine,
  type ProgramState,
  type TenantId,
} from '../src/index.js'
import {
  accepted,
  admin,
  at,
  ids,
  line,
  orderInput,
  OTHER_LOCATION,
  PROVIDER_MPN,
  providerWorld,
  register,
  rejected,
  rejectsWith,
  RESELLER_MPN,
  step,
  subs,
  world,
} from './support/index.js'

const RESELLER2_MPN = mpnId('5550001')

/** The provider world with a second reseller (no partnership with the provider) registered on `when`. */
const worldWithReseller2 = (when = '2019-01-07'): ProgramState =>
  register(
    providerWorld(),
    { tenant: ids.reseller2, mpn: RESELLER2_MPN, name: 'Second Reseller', roles: ['indirectReseller'] },
    at(when),
  )

const standing = (s: ProgramState, tenant: TenantId, when: string, accountSuspended = true) =>
  recordPartnerStanding(s, { actor: microsoft, at: at(when), partnerTenantId: tenant, accountSuspended })

const suspend = (s: ProgramState, tenant: TenantId, when: string) => step(standing(s, tenant, when))

const assess = (
  s: ProgramState,
  when: string,
  cents: number,
  options: { readonly month?: string; readonly reseller?: TenantId } = {},
) =>
  assessResellerRevenue(s, {
    actor: microsoft,
    at: at(when),
    resellerTenantId: options.reseller ?? ids.reseller,
    anniversaryMonth: yearMonth(options.month ?? when.slice(0, 7)),
    trailingTwelveMonthRevenueCents: cents,
  })

/** First Up Consultants (authorized since January 2019) deauthorized in its January 2025 anniversary month. */
const deauthorized = (): ProgramState => step(assess(providerWorld(), '2025-01-15', 99_999))

/** A new commerce monthly line for the reseller's customer, partner of record First Up unless told. */
const nceLine = (id: typeof subs.p2, options: Partial<OrderLine> = {}): OrderLine =>
  line(id, { newCommerce: { termDuration: 'P1M', billingCycle: 'monthly' }, ...options })

const order = (s: ProgramState, when: string, lines = [nceLine(subs.p2)], reseller: TenantId | null = ids.reseller) =>
  placeOrder(s, orderInput(lines, { when, reseller }))

describe('AUTH-1 and AUTH-4: the reseller revenue floor', () => {
  it('AUTH-1: below USD 1,000.00 in its anniversary month, a reseller is deauthorized', () => {
    const outcome = accepted(assess(providerWorld(), '2025-01-15', 99_999))
    expect(outcome.events.map((e) => e._tag)).toEqual(['ResellerRevenueAssessed', 'ResellerDeauthorized'])
    expect(outcome.events[0]).toMatchObject({ outcome: 'belowFloor', revenueCents: 99_999, floorCents: 100_000 })
    expect(getPartner(outcome.state, ids.reseller)?.authorization).toEqual({
      status: 'deauthorized',
      authorizedSince: '2019-01-07',
      deauthorizedOn: '2025-01-15',
    })
  })

  it('AUTH-1: exactly USD 1,000.00 passes', () => {
    const outcome = accepted(assess(providerWorld(), '2025-01-15', 100_000))
    expect(outcome.events.map((e) => e._tag)).toEqual(['ResellerRevenueAssessed'])
    expect(outcome.events[0]).toMatchObject({ outcome: 'met' })
    expect(getPartner(outcome.state, ids.reseller)?.authorization).toBeUndefined()
  })

  it('AUTH-1: nothing is measured under the rules before 2024-04-01, the floor under them', () => {
    const march = worldWithReseller2('2023-03-06')
    const before = accepted(assess(march, '2024-03-20', 0, { reseller: ids.reseller2 }))
    expect(before.ruleSet).toBe('2024-01-01')
    expect(before.events).toEqual([expect.objectContaining({ outcome: 'notMeasured', floorCents: null })])
    const april = worldWithReseller2('2023-04-03')
    const after = accepted(assess(april, '2024-04-15', 0, { reseller: ids.reseller2 }))
    expect(after.ruleSet).toBe('2024-04-01')
    expect(after.events.map((e) => e._tag)).toEqual(['ResellerRevenueAssessed', 'ResellerDeauthorized'])
  })

  it('AUTH-1: assessed in its anniversary month only, and that month is an anniversary of its authorization', () => {
    rejectsWith(assess(providerWorld(), '2025-02-03', 99_999, { month: '2025-01' }), [
      'AUTH-1',
      'OutsideAssessmentWindow',
      [ids.reseller, '2025-01'],
    ])
    rejectsWith(assess(providerWorld(), '2025-03-03', 99_999), [
      'AUTH-1',
      'OutsideAssessmentWindow',
      [ids.reseller, '2025-03'],
    ])
  })

  it('AUTH-1: only Microsoft assesses, an authorized indirect reseller only', () => {
    const byPartner = assessResellerRevenue(providerWorld(), {
      actor: admin(ids.provider),
      at: at('2025-01-15'),
      resellerTenantId: ids.reseller,
      anniversaryMonth: yearMonth('2025-01'),
      trailingTwelveMonthRevenueCents: 0,
    })
    rejectsWith(byPartner, ['MOD-7', 'NotProgramOperator', []])
    rejectsWith(assess(providerWorld(), '2025-01-15', 0, { reseller: ids.provider }), [
      'AUTH-1',
      'NotAuthorizedReseller',
      [ids.provider],
    ])
    rejectsWith(assess(deauthorized(), '2026-01-15', 0), ['AUTH-1', 'NotAuthorizedReseller', [ids.reseller]])
  })

  it('AUTH-4: a reseller is not measured before 12 months of authorization, and is at its first anniversary', () => {
    const s = worldWithReseller2('2024-05-06')
    const early = accepted(assess(s, '2024-05-20', 0, { reseller: ids.reseller2 }))
    expect(early.events).toEqual([expect.objectContaining({ outcome: 'notMeasured', floorCents: 100_000 })])
    const first = accepted(assess(s, '2025-05-20', 0, { reseller: ids.reseller2 }))
    expect(first.events.map((e) => e._tag)).toEqual(['ResellerRevenueAssessed', 'ResellerDeauthorized'])
  })
})

describe('AUTH-2: revenue-floor notices', () => {
  const notice = (
    s: ProgramState,
    when: string,
    month: string,
    cents: number,
    kind: 'warning' | 'enforcement' = 'warning',
    reseller: TenantId = ids.reseller,
  ) =>
    noticeResellerRevenueFloor(s, {
      actor: microsoft,
      at: at(when),
      resellerTenantId: reseller,
      anniversaryMonth: yearMonth(month),
      trailingTwelveMonthRevenueCents: cents,
      notice: kind,
    })

  it('AUTH-2: 90 days before the anniversary month, the reseller and its provider are warned', () => {
    const outcome = accepted(notice(providerWorld(), '2024-10-03', '2025-01', 40_000))
    expect(outcome.events).toEqual([
      expect.objectContaining({ _tag: 'ResellerRevenueNoticeSent', partnerTenantId: ids.reseller, notice: 'warning' }),
      expect.objectContaining({ _tag: 'ResellerRevenueNoticeSent', partnerTenantId: ids.provider }),
    ])
    expect(getPartner(outcome.state, ids.reseller)).toEqual(getPartner(providerWorld(), ids.reseller))
  })

  it('AUTH-2: a warning 91 days before, or an enforcement notice outside the month, is refused', () => {
    rejectsWith(notice(providerWorld(), '2024-10-01', '2025-01', 40_000), [
      'AUTH-2',
      'OutsideAssessmentWindow',
      [ids.reseller, '2025-01'],
    ])
    accepted(notice(providerWorld(), '2025-01-06', '2025-01', 40_000, 'enforcement'))
    rejectsWith(notice(providerWorld(), '2024-12-20', '2025-01', 40_000, 'enforcement'), [
      'AUTH-2',
      'OutsideAssessmentWindow',
      [ids.reseller, '2025-01'],
    ])
  })

  it('AUTH-2: no notice for a reseller at the floor, nor for an anniversary month before the floor (2024-04-01)', () => {
    rejectsWith(notice(providerWorld(), '2024-10-03', '2025-01', 100_000), [
      'AUTH-2',
      'RevenueNotBelowFloor',
      [ids.reseller],
    ])
    const s = worldWithReseller2('2023-03-06')
    rejectsWith(notice(s, '2024-01-15', '2024-03', 0, 'warning', ids.reseller2), [
      'AUTH-2',
      'RevenueNotBelowFloor',
      [ids.reseller2],
    ])
    const april = worldWithReseller2('2023-04-03')
    accepted(notice(april, '2024-02-01', '2024-04', 0, 'warning', ids.reseller2))
  })

  it('AUTH-2: a what-if rule set judges by its own floor, the set in force by the floor of the anniversary month', () => {
    const belowFloor = (s: ProgramState, when: string, month: string, whatIf: '2024-01-01' | '2024-04-01') =>
      explainCommand(
        noticeResellerRevenueFloor,
        s,
        {
          actor: microsoft,
          at: at(when),
          resellerTenantId: ids.reseller2,
          anniversaryMonth: yearMonth(month),
          trailingTwelveMonthRevenueCents: 0,
          notice: 'warning',
        },
        { whatIf },
      ).checks.find((c) => c.name === 'the reseller is below the floor')?.verdict
    // in force on 2024-02-01: the 2024-01-01 set, whose warning looks ahead to the April floor
    const april = worldWithReseller2('2023-04-03')
    expect(belowFloor(april, '2024-02-01', '2024-04', '2024-01-01')).toBe('passed')
    // judged under the 2024-04-01 set as a what-if: its floor, though no floor is in force in March 2024
    const march = worldWithReseller2('2023-03-06')
    expect(belowFloor(march, '2024-01-15', '2024-03', '2024-01-01')).toBe('failed')
    expect(belowFloor(march, '2024-01-15', '2024-03', '2024-04-01')).toBe('passed')
    // a what-if set without a floor: none, though the anniversary month has one
    const late = worldWithReseller2('2024-05-06')
    expect(belowFloor(late, '2025-03-03', '2025-05', '2024-01-01')).toBe('failed')
    expect(belowFloor(late, '2025-03-03', '2025-05', '2024-04-01')).toBe('passed')
  })

  it('AUTH-4: no notice for a reseller not measured yet', () => {
    const s = worldWithReseller2('2024-08-05')
    rejectsWith(notice(s, '2024-08-20', '2024-08', 0, 'enforcement', ids.reseller2), [
      'AUTH-4',
      'ResellerNotYetMeasured',
      [ids.reseller2],
    ])
  })
})

describe('AUTH-3: a deauthorized reseller', () => {
  it('AUTH-3: an order refused for a deauthorized reseller (placeOrder naming it as partner of record)', () => {
    const s = deauthorized()
    const result = order(s, '2025-02-03')
    rejectsWith(result, ['AUTH-3', 'ResellerDeauthorized', [ids.reseller]])
    expect(E.isRight(order(providerWorld(), '2025-02-03'))).toBe(true)
  })

  it('AUTH-3: from 2025-06-02 the deauthorization is still reported once, under AUTH-3, not POR-2', () => {
    rejectsWith(order(deauthorized(), '2025-07-01'), ['AUTH-3', 'ResellerDeauthorized', [ids.reseller]])
  })

  it('AUTH-3: reauthorized a year after its deauthorization at the earliest', () => {
    const s = deauthorized()
    const reauthorize = (when: string) =>
      reauthorizeReseller(s, { actor: microsoft, at: at(when), resellerTenantId: ids.reseller })
    rejectsWith(reauthorize('2026-01-14'), ['AUTH-3', 'ReauthorizationTooSoon', [ids.reseller]])
    const again = step(reauthorize('2026-01-15'))
    expect(getPartner(again, ids.reseller)?.authorization).toEqual({
      status: 'authorized',
      authorizedSince: '2026-01-15',
      deauthorizedOn: null,
    })
    expect(E.isRight(order(again, '2026-01-20', [nceLine(subs.p3)]))).toBe(true)
    rejectsWith(
      reauthorizeReseller(providerWorld(), { actor: microsoft, at: at('2025-01-15'), resellerTenantId: ids.reseller }),
      ['AUTH-3', 'ResellerNotDeauthorized', [ids.reseller]],
    )
  })

  it('AUTH-3: at the end of the calendar, a year is counted as a date: never past 9999-12-31', () => {
    const reauthorize = (s: ProgramState, when: string) =>
      reauthorizeReseller(s, { actor: microsoft, at: at(when), resellerTenantId: ids.reseller })
    const in9998 = step(assess(providerWorld(), '9998-01-15', 0))
    rejectsWith(reauthorize(in9998, '9999-01-14T23:59:59.999Z'), ['AUTH-3', 'ReauthorizationTooSoon', [ids.reseller]])
    accepted(reauthorize(in9998, '9999-01-15T00:00:00Z'))
    // deauthorized in 9999: a year later lies past the model's last instant, so it is never allowed
    const in9999 = step(assess(providerWorld(), '9999-01-15', 0))
    const last = rejectsWith(reauthorize(in9999, '9999-12-31T23:59:59.999Z'), [
      'AUTH-3',
      'ReauthorizationTooSoon',
      [ids.reseller],
    ])
    expect(last[0]?.message).toContain('past 9999-12-31')
  })
})

describe('AUTH-5: a suspended account', () => {
  it('AUTH-5: suspending and reinstating change the standing; the same standing twice is refused', () => {
    const s = suspend(providerWorld(), ids.provider, '2024-05-02')
    expect(getPartner(s, ids.provider)?.accountSuspended).toEqual({ since: at('2024-05-02') })
    rejectsWith(standing(s, ids.provider, '2024-05-03'), ['AUTH-5', 'StandingUnchanged', [ids.provider]])
    const back = step(standing(s, ids.provider, '2024-06-03', false))
    expect(getPartner(back, ids.provider)?.accountSuspended).toBeUndefined()
    rejectsWith(standing(providerWorld(), ids.provider, '2024-05-02', false), [
      'AUTH-5',
      'StandingUnchanged',
      [ids.provider],
    ])
    rejectsWith(
      recordPartnerStanding(providerWorld(), {
        actor: admin(ids.provider),
        at: at('2024-05-02'),
        partnerTenantId: ids.provider,
        accountSuspended: true,
      }),
      ['MOD-7', 'NotProgramOperator', []],
    )
  })

  it('AUTH-5: a suspended provider orders nothing new from 2024-04-01, but before', () => {
    const s = suspend(providerWorld(), ids.provider, '2024-03-01')
    expect(E.isRight(order(s, '2024-03-15'))).toBe(true)
    rejectsWith(order(s, '2024-04-02'), ['AUTH-5', 'PartnerSuspended', [ids.provider]])
  })

  it('AUTH-5: a suspended direct bill partner buys nothing new but keeps managing its subscriptions', () => {
    const s = suspend(world(), ids.direct, '2024-05-02')
    const buy = purchaseSubscription(s, {
      actor: admin(ids.direct),
      at: at('2024-05-03'),
      partnerTenantId: ids.direct,
      subscription: {
        id: subs.next,
        customerTenantId: ids.customer,
        kind: 'licenseBased',
        parentId: null,
        offerId: 'offer-1',
        seats: 5,
        autoRenew: true,
        newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' },
      },
    })
    rejectsWith(buy, ['AUTH-5', 'PartnerSuspended', [ids.direct]])
    const seats = (n: number, when = '2024-05-03') =>
      changeSeats(s, {
        actor: admin(ids.direct),
        at: at(when),
        partnerTenantId: ids.direct,
        subscriptionId: subs.license,
        seats: n,
      })
    // 10 seats: fewer is managing what it has, more is reselling new licenses
    expect(accepted(seats(8)).events).toEqual([expect.objectContaining({ _tag: 'SeatsChanged', seats: 8 })])
    rejectsWith(seats(12), ['AUTH-5', 'PartnerSuspended', [ids.direct]])
  })

  it('AUTH-5: a suspended partner adds no seats from 2024-04-01, and may before; reinstated, it may again', () => {
    const s = suspend(world(), ids.direct, '2024-03-01')
    const more = (state: ProgramState, when: string) =>
      changeSeats(state, {
        actor: admin(ids.direct),
        at: at(when),
        partnerTenantId: ids.direct,
        subscriptionId: subs.license,
        seats: 12,
      })
    accepted(more(s, '2024-03-15'))
    rejectsWith(more(s, '2024-04-02'), ['AUTH-5', 'PartnerSuspended', [ids.direct]])
    accepted(more(step(standing(s, ids.direct, '2024-04-03', false)), '2024-04-04'))
  })

  it('AUTH-5: a suspended provider adds no licenses, but reduces seats (changeSeats)', () => {
    const s = suspend(providerWorld(), ids.provider, '2024-05-02')
    const add = (state: ProgramState, when: string) =>
      addLicenses(state, {
        actor: admin(ids.provider),
        at: at(when),
        providerTenantId: ids.provider,
        subscriptionId: subs.p1,
        additionalSeats: 2,
      })
    rejectsWith(add(s, '2024-05-03'), ['AUTH-5', 'PartnerSuspended', [ids.provider]])
    accepted(add(providerWorld(), '2024-05-03'))
    accepted(add(suspend(providerWorld(), ids.provider, '2024-03-01'), '2024-03-15'))
    const fewer = changeSeats(s, {
      actor: admin(ids.provider),
      at: at('2024-05-03'),
      partnerTenantId: ids.provider,
      subscriptionId: subs.p1,
      seats: 8,
    })
    expect(accepted(fewer).events).toEqual([expect.objectContaining({ _tag: 'SeatsChanged', seats: 8 })])
  })
})

describe('AUTH-6: a suspended reseller loses its GDAP relationships', () => {
  /** A stored event, decoded as an application would decode it. */
  const decoded = (raw: unknown): DomainEvent => {
    const result = DomainEvent.decode(raw)
    if (E.isLeft(result)) throw new Error(`not a DomainEvent: ${JSON.stringify(raw)}`)
    return result.right
  }
  const created = (id: string, provider: TenantId | null = null): DomainEvent =>
    decoded({
      _tag: 'GdapRelationshipCreated',
      at: at('2024-02-01'),
      relationshipId: id,
      displayName: `Relationship ${id}`,
      partnerTenantId: ids.reseller,
      customerTenantId: ids.customer3,
      indirectProviderTenantId: provider,
      durationDays: 730,
      autoExtendDays: 0,
      roles: ['fe930be7-5e62-47db-91af-98c3a49a38b1'],
    })
  const then = (tag: string, id: string, when = '2024-02-01', fields: object = {}): DomainEvent =>
    decoded({ _tag: tag, at: at(when), relationshipId: id, ...fields })
  const gdap = (id: string): ReadonlyArray<DomainEvent> => [
    created(id),
    then('GdapRelationshipLockedForApproval', id),
    then('GdapRelationshipApproved', id, '2024-02-02', { customerTenantId: ids.customer3, endsAt: at('2026-02-01') }),
  ]
  const withGdap = () => replay(providerWorld(), [...gdap('rel-1'), ...gdap('rel-2')])
  /** One relationship of the reseller in each status: active, created, awaiting approval, deleted, rejected, terminated. */
  const everyStatus = () =>
    replay(providerWorld(), [
      ...gdap('rel-active'),
      created('rel-created'),
      created('rel-pending'),
      then('GdapRelationshipLockedForApproval', 'rel-pending', '2025-05-20'),
      created('rel-deleted'),
      then('GdapRelationshipDeleted', 'rel-deleted'),
      created('rel-rejected', ids.provider),
      then('GdapResellerConsentRefused', 'rel-rejected'),
      ...gdap('rel-terminated'),
      then('GdapRelationshipTerminated', 'rel-terminated', '2024-06-01'),
    ])

  it('AUTH-6: from 2025-06-02 every relationship active at the suspension is terminated', () => {
    const outcome = accepted(standing(withGdap(), ids.reseller, '2025-06-03'))
    expect(outcome.events.map((e) => e._tag)).toEqual([
      'PartnerAccountSuspended',
      'GdapRelationshipTerminated',
      'GdapRelationshipTerminated',
    ])
    expect(getGdapRelationship(outcome.state, 'rel-1')?.status).toBe('terminated')
    expect(getGdapRelationship(outcome.state, 'rel-2')?.terminatedAt).toBe(at('2025-06-03'))
  })

  it('AUTH-6: only the active relationship is revoked; created, pending, deleted, rejected and terminated ones are left alone', () => {
    const before = everyStatus()
    const outcome = accepted(standing(before, ids.reseller, '2025-06-03'))
    expect(outcome.events).toEqual([
      expect.objectContaining({ _tag: 'PartnerAccountSuspended' }),
      { _tag: 'GdapRelationshipTerminated', at: at('2025-06-03'), relationshipId: 'rel-active' },
    ])
    expect(getGdapRelationship(outcome.state, 'rel-active')?.status).toBe('terminated')
    for (const id of ['rel-created', 'rel-pending', 'rel-deleted', 'rel-rejected', 'rel-terminated'])
      expect(getGdapRelationship(outcome.state, id)).toEqual(getGdapRelationship(before, id))
    expect(getGdapRelationship(before, 'rel-rejected')?.status).toBe('rejected')
    expect(getGdapRelationship(before, 'rel-deleted')?.status).toBe('deleted')
  })

  it('AUTH-6: a relationship past its end is not revoked again', () => {
    const outcome = accepted(standing(withGdap(), ids.reseller, '2026-02-02'))
    expect(outcome.events.map((e) => e._tag)).toEqual(['PartnerAccountSuspended'])
  })

  it('AUTH-6: before 2025-06-02 the relationships are kept', () => {
    const outcome = accepted(standing(withGdap(), ids.reseller, '2025-05-30'))
    expect(outcome.events.map((e) => e._tag)).toEqual(['PartnerAccountSuspended'])
  })
})

describe('POR-1: validateResellers', () => {
  it('POR-1: a mixed batch, in the order given', () => {
    let s = worldWithReseller2()
    s = register(s, { tenant: ids.resellerBr, mpn: '5550002', name: 'Suspended Reseller', roles: ['indirectReseller'] })
    s = step(placeOrder(s, orderInput([nceLine(subs.p2)], { when: '2024-01-08' })))
    s = suspend(s, ids.resellerBr, '2025-06-10')
    const answer = validateResellers(
      s,
      ids.provider,
      [RESELLER_MPN, OTHER_LOCATION, '12345', 'not-an-id', PROVIDER_MPN, RESELLER2_MPN, '5550002', RESELLER_MPN],
      at('2025-06-20'),
    )
    expect(E.isRight(answer)).toBe(true)
    const rows = E.isRight(answer) ? answer.right : []
    expect(rows.map((r) => [r.partnerId, r.isValidPartnerIdOnRecord, r.errorCode])).toEqual([
      [RESELLER_MPN, true, undefined],
      [OTHER_LOCATION, false, 900400],
      ['12345', false, 900400],
      ['not-an-id', false, 900400],
      [PROVIDER_MPN, false, 900400],
      [RESELLER2_MPN, false, 900400],
      ['5550002', false, 900400],
      [RESELLER_MPN, true, undefined],
    ])
    expect(rows[5]?.errorDescription).toMatch(/partnership/)
    expect(rows[6]?.errorDescription).toMatch(/suspended/)
    expect(rows[1]?.errorDescription).toMatch(/not the authorized location/)
  })

  it('POR-1: a deauthorized reseller is not valid', () => {
    const answer = validateResellers(deauthorized(), ids.provider, [RESELLER_MPN], at('2025-06-20'))
    expect(answer).toEqual(
      E.right([
        expect.objectContaining({ partnerId: RESELLER_MPN, isValidPartnerIdOnRecord: false, errorCode: 900400 }),
      ]),
    )
  })

  it('POR-1: never throws; a malformed request or an unknown provider is a typed error', () => {
    const s = providerWorld()
    expect(validateResellers(s, 'nope', [], at('2025-06-20'))).toEqual(
      E.left(expect.objectContaining({ _tag: 'InvalidRequest' })),
    )
    expect(validateResellers(s, ids.provider, [], 'yesterday')).toEqual(
      E.left(expect.objectContaining({ _tag: 'InvalidRequest' })),
    )
    expect(validateResellers(s, ids.provider, 'x' as never, at('2025-06-20'))).toEqual(
      E.left(expect.objectContaining({ _tag: 'InvalidRequest' })),
    )
    expect(validateResellers(s, ids.provider, [1, null] as never, at('2025-06-20'))).toEqual(
      E.left(expect.objectContaining({ _tag: 'InvalidRequest' })),
    )
    expect(validateResellers(s, ids.reseller, [], at('2025-06-20'))).toEqual(
      E.left(expect.objectContaining({ _tag: 'UnknownProvider' })),
    )
    expect(validateResellers(s, ids.provider, [], at('2025-06-20'))).toEqual(E.right([]))
  })

  it('POR-1: the date and the tenant ID are read as commands read them, then normalized', () => {
    const s = providerWorld()
    const valid = E.right([{ partnerId: RESELLER_MPN, isValidPartnerIdOnRecord: true }])
    expect(validateResellers(s, ids.provider, [RESELLER_MPN], '2025-07-01T00:00:00Z')).toEqual(valid)
    expect(validateResellers(s, ids.provider, [RESELLER_MPN], '2025-07-01T00:00+00:00')).toEqual(valid)
    expect(validateResellers(s, ids.provider.toUpperCase(), [RESELLER_MPN], '2025-07-01T00:00:00Z')).toEqual(valid)
    expect(validateResellers(s, ids.provider, [RESELLER_MPN], '2025-07-01')).toEqual(
      E.left(expect.objectContaining({ _tag: 'InvalidRequest' })),
    )
  })

  it('POR-1: the IDs are read once; a list that throws or changes while read is a typed answer, never a throw', () => {
    const s = providerWorld()
    const when = at('2025-06-20')
    const throwing = new Proxy([RESELLER_MPN, '12345'], {
      get: (target, key, receiver) => {
        if (key === '1') throw new Error('unreadable')
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    expect(validateResellers(s, ids.provider, throwing, when)).toEqual(
      E.left(expect.objectContaining({ _tag: 'InvalidRequest', message: expect.stringContaining('[1]') })),
    )
    /** A list whose first element is `first` on the first read and `later` on every other. */
    const changing = (first: unknown, later: unknown) => {
      let reads = 0
      const list: string[] = []
      Object.defineProperty(list, 0, { enumerable: true, get: () => (reads++ === 0 ? first : later) })
      return { list, reads: () => reads }
    }
    const stringFirst = changing(RESELLER_MPN, 42)
    expect(validateResellers(s, ids.provider, stringFirst.list, when)).toEqual(
      E.right([{ partnerId: RESELLER_MPN, isValidPartnerIdOnRecord: true }]),
    )
    expect(stringFirst.reads()).toBe(1)
    const numberFirst = changing(42, RESELLER_MPN)
    expect(validateResellers(s, ids.provider, numberFirst.list, when)).toEqual(
      E.left(expect.objectContaining({ _tag: 'InvalidRequest' })),
    )
    expect(numberFirst.reads()).toBe(1)
  })
})

describe('POR-2 and POR-4: the partner of record of a new subscription', () => {
  it('POR-2: a suspended reseller as partner of record is refused from 2025-06-02 (code 900400), before under AUTH-5 only', () => {
    const s = suspend(providerWorld(), ids.reseller, '2025-05-01')
    rejectsWith(order(s, '2025-05-30'), ['AUTH-5', 'PartnerSuspended', [ids.reseller]])
    const after = rejectsWith(
      order(s, '2025-06-03'),
      ['AUTH-5', 'PartnerSuspended', [ids.reseller]],
      ['POR-2', 'PartnerOfRecordNotCompliant', [subs.p2, RESELLER_MPN]],
    )
    expect(after.find((v) => v.rule === 'POR-2')?.partnerCenterCode).toBe(900400)
  })

  it('POR-4: the partner of record needs an active partnership with the provider from 2025-06-02', () => {
    const s = worldWithReseller2()
    const lines = [nceLine(subs.p2, { partnerOfRecord: RESELLER2_MPN })]
    const before = rejected(order(s, '2025-05-30', lines, ids.reseller2)).map((v) => v.rule)
    expect(before).not.toContain('POR-4')
    const after = rejected(order(s, '2025-06-03', lines, ids.reseller2))
    expect(after).toContainEqual(
      expect.objectContaining({ rule: 'POR-4', _tag: 'PartnerOfRecordNotListed', subjects: [subs.p2, RESELLER2_MPN] }),
    )
  })

  it('POR-2: a compliant reseller passes', () => {
    expect(E.isRight(order(providerWorld(), '2025-06-03'))).toBe(true)
  })
})

describe('POR-3: the partner of record on changes of existing subscriptions', () => {
  /** A P1M subscription ordered on 2025-11-03 (term ends 2025-12-02), then its reseller suspended. */
  const suspendedAfterOrder = () => suspend(step(order(providerWorld(), '2025-11-03')), ids.reseller, '2025-11-10')
  const add = (s: ProgramState, when: string) =>
    addLicenses(s, {
      actor: admin(ids.provider),
      at: at(when),
      providerTenantId: ids.provider,
      subscriptionId: subs.p2,
      additionalSeats: 2,
    })

  it('POR-3: adding licenses is refused from 2025-12-01, accepted before', () => {
    const s = suspendedAfterOrder()
    expect(E.isRight(add(s, '2025-11-28'))).toBe(true)
    rejectsWith(add(s, '2025-12-01'), ['POR-3', 'PartnerOfRecordNotCompliant', [subs.p2, RESELLER_MPN]])
  })

  it('POR-3: the renewal of the term is exempt', () => {
    const renewed = renewSubscription(suspendedAfterOrder(), {
      actor: microsoft,
      at: at('2025-12-03'),
      subscriptionId: subs.p2,
    })
    expect(E.isRight(renewed)).toBe(true)
  })

  it('POR-3: a compliant partner of record passes', () => {
    expect(E.isRight(add(step(order(providerWorld(), '2025-11-03')), '2025-12-01'))).toBe(true)
  })
})

describe('AUTH-7: the FY26 direct bill requirements', () => {
  const revenue = (s: ProgramState, cents: string) =>
    step(
      recordRevenue(s, {
        actor: microsoft,
        at: at('2025-09-15'),
        partnerTenantId: ids.direct,
        month: yearMonth('2025-08'),
        category: 'azure',
        amountUsd: cents,
      }),
    )

  it('AUTH-7: from 2025-10-01 USD 1,000,000 replaces DB-5, and unrecorded facts are not evidenced', () => {
    const s = revenue(world(), '500000.00')
    const before = assessDirectBill(s, ids.direct, at('2025-09-30'))
    expect(before?.unmet.map((u) => u.rule)).not.toContain('DB-5')
    expect(before?.unknown.map((u) => u.rule)).not.toContain('AUTH-7')
    const after = assessDirectBill(s, ids.direct, at('2025-10-02'))
    expect(after?.unmet.map((u) => u.rule)).toContain('AUTH-7')
    expect(after?.unmet.find((u) => u.rule === 'AUTH-7')?.required).toBe('1,000,000.00')
    expect(after?.unknown.filter((u) => u.rule === 'AUTH-7')).toHaveLength(5)
    expect([...(after?.unmet ?? []), ...(after?.unknown ?? [])].map((u) => u.rule)).not.toContain('DB-5')
  })

  it('AUTH-7: recorded facts are met or unmet; a million dollars meets the revenue', () => {
    let s = revenue(world(), '1000000.00')
    s = step(
      recordAuthorizationFacts(s, {
        actor: microsoft,
        at: at('2025-10-02'),
        partnerTenantId: ids.direct,
        facts: {
          transactingResellerYear: true,
          businessVetting: true,
          solutionsPartnerDesignation: true,
          securityScore: false,
          automatedAssessment: true,
        },
      }),
    )
    const a = assessDirectBill(s, ids.direct, at('2025-10-02'))
    expect(a?.unknown.filter((u) => u.rule === 'AUTH-7')).toEqual([])
    expect(a?.unmet.filter((u) => u.rule === 'AUTH-7').map((u) => u.measured)).toEqual([
      'no the mandatory Partner Center security-score items done',
      'no support plan',
    ])
  })
})

describe('AUTH-8: the distributor threshold', () => {
  const withRevenue = (usd: string) =>
    step(
      recordRevenue(providerWorld(), {
        actor: microsoft,
        at: at('2025-10-01'),
        partnerTenantId: ids.provider,
        month: yearMonth('2025-09'),
        category: 'softwareSubscriptions',
        amountUsd: usd,
      }),
    )

  it('AUTH-8: USD 30 million per region from 2025-10-01, measured per provider tenant', () => {
    expect(assessDistributor(withRevenue('30000000.00'), ids.provider, at('2025-10-02'))).toMatchObject({
      inForce: true,
      scope: 'tenant',
      regions: [{ region: 'US', revenueCents: 3_000_000_000, floorCents: 3_000_000_000, status: 'met' }],
    })
    expect(assessDistributor(withRevenue('29999999.99'), ids.provider, at('2025-10-02'))?.regions[0]?.status).toBe(
      'unmet',
    )
    expect(assessDistributor(providerWorld(), ids.provider, at('2025-10-02'))?.regions[0]?.status).toBe('unknown')
  })

  it('AUTH-8: not in force before 2025-10-01; not a provider, no assessment', () => {
    expect(assessDistributor(withRevenue('1.00'), ids.provider, at('2025-09-30'))).toMatchObject({
      inForce: false,
      regions: [],
    })
    expect(assessDistributor(providerWorld(), ids.reseller, at('2025-10-02'))).toBeUndefined()
  })

  const review = (s: ProgramState, when: string, provider: TenantId = ids.provider) =>
    assessDistributorAuthorization(s, { actor: microsoft, at: at(when), providerTenantId: provider })

  it('AUTH-8: from 2025-10-01 the distributor review confirms a provider at USD 30 million, measured by assessDistributor', () => {
    const state = withRevenue('30000000.00')
    const outcome = accepted(review(state, '2025-10-02'))
    expect(outcome.ruleSet).toBe('2025-10-01')
    expect(outcome.events).toEqual([
      {
        _tag: 'DistributorAuthorizationConfirmed',
        at: at('2025-10-02'),
        partnerTenantId: ids.provider,
        floorCents: 3_000_000_000,
        regions: [{ region: 'US', revenueCents: 3_000_000_000 }],
      },
    ])
    // the review records history only: the state is what it was
    expect(stateToJson(outcome.state)).toEqual(stateToJson(state))
  })

  it('AUTH-8: from 2025-10-01 a provider below USD 30 million, or with no revenue recorded, is refused', () => {
    const below = withRevenue('29999999.99')
    rejectsWith(review(below, '2025-10-02'), ['AUTH-8', 'DistributorRevenueBelowFloor', [ids.provider, 'US']])
    expect(rejected(review(below, '2025-10-02'))[0]?.message).toContain('29,999,999.99')
    rejectsWith(review(providerWorld(), '2025-10-02'), [
      'AUTH-8',
      'DistributorRevenueNotEvidenced',
      [ids.provider, 'US'],
    ])
  })

  it('AUTH-8: before 2025-10-01 no threshold is in force: the review confirms without measuring', () => {
    for (const state of [withRevenue('29999999.99'), providerWorld()]) {
      const outcome = accepted(review(state, '2025-09-30'))
      expect(outcome.ruleSet).not.toBe('2025-10-01')
      expect(outcome.events).toEqual([expect.objectContaining({ floorCents: null, regions: [] })])
    }
  })

  it('AUTH-8: only Microsoft reviews (MOD-7), an indirect provider only (PRT-1)', () => {
    const state = withRevenue('30000000.00')
    rejectsWith(
      assessDistributorAuthorization(state, {
        actor: admin(ids.provider),
        at: at('2025-10-02'),
        providerTenantId: ids.provider,
      }),
      ['MOD-7', 'NotProgramOperator', []],
    )
    rejectsWith(review(state, '2025-10-02', ids.direct), ['PRT-1', 'NotIndirectProvider', [ids.direct]])
    rejectsWith(review(state, '2025-09-30', ids.reseller), ['PRT-1', 'NotIndirectProvider', [ids.reseller]])
    rejectsWith(review(state, '2025-10-02', ids.stranger), ['MOD-1', 'UnknownPartner', [ids.stranger]])
  })
})
