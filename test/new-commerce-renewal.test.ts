/**
 * New commerce renewal, scheduled changes, term changes and upgrades: what Microsoft does at the end
 * of a term (NCE-9, NCE-10, NCE-11, NCE-18), the move of legacy subscriptions into new commerce
 * (NCE-19), changes scheduled for the next term (NCE-12, NCE-2, NCE-21), the pending renewal
 * (NCE-16), mid-term term changes (NCE-15) and upgrades (NCE-13, NCE-14).
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  cancellationWindowEnd,
  changeTerm,
  evolve,
  getSubscription,
  isNewCommerce,
  placeOrder,
  ProgramStateCodec,
  purchaseSubscription,
  renewSubscription,
  ruleSet,
  scheduleNextTermChanges,
  setAutoRenew,
  stateToJson,
  suspendSubscription,
  termEndOf,
  upgradeDirection,
  upgradeSubscription,
  type NewSubscription,
  type ProgramState,
  type ScheduledChanges,
  type SubscriptionId,
} from '../src/index.js'
import {
  accepted,
  admin,
  at,
  ids,
  line,
  orderInput,
  providerWorld,
  rejectsWith,
  step,
  subs,
  world,
} from './support/index.js'

/** The new commerce terms a purchase or an order line asks for. */
type NewCommerceOrder = NonNullable<NewSubscription['newCommerce']>

const microsoft = { kind: 'microsoft' } as const
const BASIC = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'
const STANDARD = 'CFQ7TTC0LDPB:0001:CFQ7TTC0LCHB'
const PREMIUM = 'CFQ7TTC0LCHC:0002:CFQ7TTC0LCHB'

/** The direct bill partner buys a new commerce subscription (`subs.next`, 10 seats unless a trial) for its customer at `when`. */
const bought = (
  when: string,
  terms: NewCommerceOrder = { termDuration: 'P1Y', billingCycle: 'monthly' },
): ProgramState =>
  step(
    purchaseSubscription(world(), {
      actor: admin(ids.direct),
      at: at(when),
      partnerTenantId: ids.direct,
      subscription: {
        id: subs.next,
        customerTenantId: ids.customer,
        kind: 'licenseBased',
        parentId: null,
        offerId: BASIC,
        seats: terms.trial === true ? 25 : 10,
        autoRenew: true,
        newCommerce: terms,
      },
    }),
  )

const sub = (state: ProgramState, id: SubscriptionId = subs.next) => getSubscription(state, id)!
const renew = (state: ProgramState, when: string, subscriptionId: SubscriptionId = subs.next) =>
  renewSubscription(state, { actor: microsoft, at: at(when), subscriptionId })
const schedule = (state: ProgramState, when: string, changes: ScheduledChanges | null) =>
  scheduleNextTermChanges(state, {
    actor: admin(ids.direct),
    at: at(when),
    partnerTenantId: ids.direct,
    subscriptionId: subs.next,
    changes,
  })
const autoRenew = (state: ProgramState, when: string, value: boolean, subscriptionId: SubscriptionId = subs.next) =>
  setAutoRenew(state, {
    actor: admin(ids.direct),
    at: at(when),
    partnerTenantId: ids.direct,
    subscriptionId,
    autoRenew: value,
  })
const term = (state: ProgramState, when: string, termDuration: string, billingCycle: string) =>
  changeTerm(state, {
    actor: admin(ids.direct),
    at: at(when),
    partnerTenantId: ids.direct,
    subscriptionId: subs.next,
    termDuration,
    billingCycle,
  })
const changes = (overrides: Partial<ScheduledChanges> = {}): ScheduledChanges => ({
  offerId: STANDARD,
  seats: 15,
  termDuration: 'P3Y',
  billingCycle: 'annual',
  customTermEndDate: null,
  ...overrides,
})

// bought 2023-03-01 09:00 UTC on a P1Y term: it runs through 2024-02-29
const yearly = () => bought('2023-03-01')

describe('NCE-11: renewal into a new term', () => {
  it('renews the day after the term end date, opening new windows from the renewal instant', () => {
    const s = yearly()
    expect(termEndOf(sub(s))).toBe('2024-02-29')
    rejectsWith(renew(s, '2024-02-29T23:00:00Z'), ['MOD-6', 'DatedBeforeFact', [subs.next]])
    const outcome = accepted(renew(s, '2024-03-01T03:00:00Z'))
    expect(outcome.events).toEqual([
      {
        _tag: 'SubscriptionRenewed',
        at: '2024-03-01T03:00:00.000Z',
        subscriptionId: subs.next,
        previousTermEnd: '2024-02-29',
        termEnd: '2025-02-28',
        termStartedAt: '2024-03-01T03:00:00.000Z',
        offerId: BASIC,
        seats: 10,
        termDuration: 'P1Y',
        billingCycle: 'monthly',
      },
    ])
    const renewed = sub(outcome.state)
    expect(renewed.newCommerce).toMatchObject({
      commitmentEndDate: '2025-02-28',
      termStartedAt: '2024-03-01T03:00:00.000Z',
      seatBatches: [{ quantity: 10, addedAt: '2024-03-01T03:00:00.000Z', refundableUntil: null }],
      scheduledChanges: null,
    })
    expect(cancellationWindowEnd(renewed, ruleSet('2024-01-01'))).toBe('2024-03-08T03:00:00.000Z')
  })

  it('applies the scheduled changes (offer, seats, term, billing cycle) and then clears them', () => {
    const s = step(schedule(yearly(), '2023-06-01', changes()))
    expect(sub(s).newCommerce?.scheduledChanges).toEqual(changes())
    const renewed = sub(step(renew(s, '2024-03-01T03:00:00Z')))
    expect(renewed).toMatchObject({ offerId: STANDARD, seats: 15, termEnd: '2027-02-28' })
    expect(renewed.newCommerce).toMatchObject({
      termDuration: 'P3Y',
      billingCycle: 'annual',
      commitmentEndDate: '2027-02-28',
      scheduledChanges: null,
      seatBatches: [{ quantity: 15, addedAt: '2024-03-01T03:00:00.000Z', refundableUntil: null }],
    })
  })

  it('NCE-21: a scheduled custom term end date becomes the new term end', () => {
    const s = step(
      schedule(
        yearly(),
        '2023-06-01',
        changes({ termDuration: 'P1Y', billingCycle: 'monthly', customTermEndDate: '2024-12-31' as never }),
      ),
    )
    expect(termEndOf(sub(step(renew(s, '2024-03-01'))))).toBe('2024-12-31')
  })

  it('NCE-18: a trial with auto-renew on converts at its end to a one-year term billed monthly', () => {
    const s = bought('2023-03-01', { termDuration: 'P1M', billingCycle: 'monthly', trial: true })
    expect(sub(s).newCommerce?.trialEndsAt).toBe('2023-03-31T09:00:00.000Z')
    expect(termEndOf(sub(s))).toBe('2023-03-30')
    const converted = sub(step(renew(s, '2023-03-31')))
    expect(converted.newCommerce).toMatchObject({ termDuration: 'P1Y', billingCycle: 'monthly', trialEndsAt: null })
    expect(termEndOf(converted)).toBe('2024-03-30')
  })
})

describe('NCE-10: expiry, then disabled, then deleted', () => {
  const off = () => step(autoRenew(yearly(), '2023-06-01', false))

  it('an active subscription set not to renew expires at its term end instead of being refused (MOD-3 AutoRenewOff before)', () => {
    const s = step(schedule(yearly(), '2023-05-01', changes()))
    const offState = step(autoRenew(s, '2023-06-01', false))
    // NCE-12: turning auto-renew off deleted the scheduled changes
    expect(sub(offState).newCommerce?.scheduledChanges).toBeNull()
    const outcome = accepted(renew(offState, '2024-03-01'))
    expect(outcome.events).toEqual([
      { _tag: 'SubscriptionExpired', at: at('2024-03-01'), subscriptionId: subs.next, termEnd: '2024-02-29' },
    ])
    expect(sub(outcome.state)).toMatchObject({ status: 'expired', autoRenew: false })
  })

  it('moves an expired subscription to disabled from 30 days after its term end, and deletes it 90 days later', () => {
    const expired = step(renew(off(), '2024-03-01'))
    rejectsWith(renew(expired, '2024-03-30'), ['MOD-6', 'DatedBeforeFact', [subs.next]])
    const disabled = step(renew(expired, '2024-03-31'))
    expect(sub(disabled).status).toBe('disabled')
    rejectsWith(renew(disabled, '2024-06-28'), ['MOD-6', 'DatedBeforeFact', [subs.next]])
    const deleted = accepted(renew(disabled, '2024-06-29'))
    expect(deleted.events.map((e) => e._tag)).toEqual(['SubscriptionDeleted'])
    expect(sub(deleted.state).status).toBe('cancelled')
    rejectsWith(renew(deleted.state, '2025-03-01'), ['MOD-3', 'SubscriptionNotChangeable', [subs.next]])
  })

  it('a legacy subscription set not to renew is still refused, under the new commerce rules too (MOD-3)', () => {
    const s = step(autoRenew(world(), '2019-06-01', false, subs.license))
    rejectsWith(renew(s, '2023-01-09', subs.license), ['MOD-3', 'AutoRenewOff', [subs.license]])
  })
})

describe('NCE-9: still suspended at term end', () => {
  it('becomes disabled without renewing', () => {
    const suspended = step(
      suspendSubscription(yearly(), {
        actor: admin(ids.direct),
        at: at('2023-12-01'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.next,
      }),
    )
    const outcome = accepted(renew(suspended, '2024-03-01'))
    expect(outcome.events).toEqual([{ _tag: 'SubscriptionDisabled', at: at('2024-03-01'), subscriptionId: subs.next }])
    expect(sub(outcome.state)).toMatchObject({ status: 'disabled', autoRenew: false })
    expect(termEndOf(sub(outcome.state))).toBe('2024-02-29')
  })
})

/** The world's legacy license-based subscription, its current term imported as ending on `termEnd`, with `billingCycle` if given. */
const legacyEnding = (termEnd: string, billingCycle?: string): ProgramState => {
  const doc = JSON.parse(JSON.stringify(stateToJson(world()))) as ReturnType<typeof stateToJson>
  const s = doc.subscriptions.find((x) => x.id === subs.license) as Record<string, unknown>
  s.termEnd = termEnd
  if (billingCycle !== undefined)
    s.newCommerce = {
      termDuration: 'P1Y',
      billingCycle,
      commitmentEndDate: termEnd,
      refundableQuantity: null,
      cancellationAllowedUntil: null,
      experience: 'legacy',
    }
  const decoded = ProgramStateCodec.decode(doc)
  if (E.isLeft(decoded)) throw new Error('the edited document does not decode')
  return decoded.right
}

describe('NCE-19: legacy seat-based subscriptions move to new commerce at renewal from 2024-01-01', () => {
  it('a renewal on 2023-12-31 stays legacy; on 2024-01-01 it moves to a one-year new commerce term', () => {
    const s = legacyEnding('2023-12-30')
    const before = sub(step(renew(s, '2023-12-31T23:00:00Z', subs.license)), subs.license)
    expect(before.termEnd).toBe('2024-12-30')
    expect(before.newCommerce).toBeUndefined()
    expect(isNewCommerce(before)).toBe(false)

    const outcome = accepted(renew(s, '2024-01-01T00:00:00Z', subs.license))
    expect(outcome.events).toEqual([
      {
        _tag: 'SubscriptionMigratedToNewCommerce',
        at: '2024-01-01T00:00:00.000Z',
        subscriptionId: subs.license,
        previousTermEnd: '2023-12-30',
        termEnd: '2024-12-30',
        termDuration: 'P1Y',
        billingCycle: 'monthly',
      },
    ])
    const migrated = sub(outcome.state, subs.license)
    expect(isNewCommerce(migrated)).toBe(true)
    expect(migrated.seats).toBe(10)
    expect(migrated.newCommerce).toMatchObject({
      experience: 'newCommerce',
      termStartedAt: '2024-01-01T00:00:00.000Z',
      seatBatches: [{ quantity: 10, addedAt: '2024-01-01T00:00:00.000Z', refundableUntil: null }],
    })
    // 7 days to cancel from the migration
    expect(cancellationWindowEnd(migrated, ruleSet('2024-01-01'))).toBe('2024-01-08T00:00:00.000Z')
  })

  it('keeps a legacy billing cycle of at most a year', () => {
    const migrated = sub(step(renew(legacyEnding('2024-02-14', 'annual'), '2024-02-15', subs.license)), subs.license)
    expect(migrated.newCommerce).toMatchObject({
      termDuration: 'P1Y',
      billingCycle: 'annual',
      commitmentEndDate: '2025-02-14',
    })
  })
})

describe('NCE-12: changes scheduled for the next term', () => {
  it('are saved only on an active subscription with auto-renew on; clearing is always allowed', () => {
    const off = step(autoRenew(yearly(), '2023-05-01', false))
    rejectsWith(schedule(off, '2023-05-02', changes()), ['NCE-12', 'ScheduledChangesNotAllowed', [subs.next]])
    accepted(schedule(off, '2023-05-02', null))
    const suspended = step(
      suspendSubscription(yearly(), {
        actor: admin(ids.direct),
        at: at('2023-05-01'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.next,
      }),
    )
    const violations = rejectsWith(schedule(suspended, '2023-05-02', changes()), [
      'NCE-12',
      'ScheduledChangesNotAllowed',
      [subs.next],
    ])
    expect(violations).toHaveLength(1)
  })

  it('null clears saved changes', () => {
    const s = step(schedule(yearly(), '2023-05-01', changes()))
    expect(sub(step(schedule(s, '2023-05-02', null))).newCommerce?.scheduledChanges).toBeNull()
  })

  it('MOD-3: apply to new commerce subscriptions only', () => {
    rejectsWith(
      scheduleNextTermChanges(world(), {
        actor: admin(ids.direct),
        at: at('2023-05-01'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.license,
        changes: changes(),
      }),
      ['MOD-3', 'SubscriptionNotChangeable', [subs.license]],
    )
  })

  it('NCE-2: the scheduled term and billing cycle are ones Partner Center knows, the cycle no longer than the term', () => {
    rejectsWith(schedule(yearly(), '2023-05-01', changes({ termDuration: 'P1M', billingCycle: 'annual' })), [
      'NCE-2',
      'BillingCycleLongerThanTerm',
      [subs.next],
    ])
    rejectsWith(schedule(yearly(), '2023-05-01', changes({ termDuration: 'P2Y' })), [
      'NCE-2',
      'InvalidTermDuration',
      [subs.next],
    ])
  })

  it('NCE-21: a custom term end date falls within the next term; a monthly one not on the 28th-30th unless month end', () => {
    const custom = (date: string, termDuration = 'P1Y') =>
      schedule(
        yearly(),
        '2023-05-01',
        changes({ termDuration, billingCycle: 'monthly', customTermEndDate: date as never }),
      )
    rejectsWith(custom('2025-03-01'), ['NCE-21', 'InvalidCustomTermEnd', [subs.next]])
    rejectsWith(custom('2024-02-29'), ['NCE-21', 'InvalidCustomTermEnd', [subs.next]])
    accepted(custom('2025-02-28'))
    accepted(custom('2024-03-31', 'P1M'))
    rejectsWith(custom('2024-03-29', 'P1M'), ['NCE-21', 'InvalidCustomTermEnd', [subs.next]])
    // as at a purchase, the date aligns with a month's end or with another subscription of the customer
    const unaligned = custom('2024-12-15')
    rejectsWith(unaligned, ['NCE-21', 'InvalidCustomTermEnd', [subs.next]])
    expect(E.isLeft(unaligned) && unaligned.left[0]?.partnerCenterCode).toBe(900242)
  })
})

describe('NCE-16: a pending renewal makes auto-renew and scheduled changes read-only', () => {
  it('from the day after the term end date until Microsoft renews', () => {
    const s = yearly()
    accepted(autoRenew(s, '2024-02-29', false))
    rejectsWith(autoRenew(s, '2024-03-01T01:00:00Z', false), ['NCE-16', 'RenewalPending', [subs.next]])
    rejectsWith(schedule(s, '2024-03-01T01:00:00Z', changes()), ['NCE-16', 'RenewalPending', [subs.next]])
    rejectsWith(term(s, '2024-03-01T01:00:00Z', 'P3Y', 'monthly'), ['NCE-16', 'RenewalPending', [subs.next]])
    const renewed = step(renew(s, '2024-03-01T02:00:00Z'))
    accepted(autoRenew(renewed, '2024-03-01T03:00:00Z', false))
  })
})

describe('NCE-15: the term only grows mid-term, and no switch to upfront billing', () => {
  it('P1M to P1Y moves the term end to a year from the current term start', () => {
    const s = bought('2023-03-01', { termDuration: 'P1M', billingCycle: 'monthly' })
    expect(termEndOf(sub(s))).toBe('2023-03-31')
    const changed = sub(step(term(s, '2023-03-10', 'P1Y', 'monthly')))
    expect(changed.newCommerce).toMatchObject({
      termDuration: 'P1Y',
      billingCycle: 'monthly',
      commitmentEndDate: '2024-02-29',
    })
    expect(termEndOf(changed)).toBe('2024-02-29')
  })

  it('MOD-3: a subscription whose term end the state does not know is refused, never thrown on', () => {
    // imported with its term start (effectiveStartDate) but no commitment end date nor creation date
    const s = bought('2023-03-01')
    const imported = sub(s)
    const unknownEnd = evolve(world(), {
      _tag: 'SubscriptionPurchased',
      at: at('2023-03-01'),
      subscription: {
        ...imported,
        id: subs.p3,
        createdAt: null,
        newCommerce: { ...imported.newCommerce!, commitmentEndDate: null, seatBatches: [] },
      },
    })
    const result = changeTerm(unknownEnd, {
      actor: admin(ids.direct),
      at: at('2023-03-10'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.p3,
      termDuration: 'P3Y',
      billingCycle: 'monthly',
    })
    rejectsWith(result, ['MOD-3', 'SubscriptionNotChangeable', [subs.p3]])
  })

  it('a shorter term is refused (800122)', () => {
    const [violation] = rejectsWith(term(yearly(), '2023-03-10', 'P1M', 'monthly'), [
      'NCE-15',
      'TermShortened',
      [subs.next],
    ])
    expect(violation?.partnerCenterCode).toBe(800122)
  })

  it('a billing cycle as long as the term is refused mid-term; a longer term billed annually is not upfront', () => {
    rejectsWith(term(yearly(), '2023-03-10', 'P1Y', 'annual'), ['NCE-15', 'UpfrontBillingMidTerm', [subs.next]])
    rejectsWith(term(yearly(), '2023-03-10', 'P3Y', 'triennial'), ['NCE-15', 'UpfrontBillingMidTerm', [subs.next]])
    expect(termEndOf(sub(step(term(yearly(), '2023-03-10', 'P3Y', 'annual'))))).toBe('2026-02-28')
  })

  it('MOD-3: a legacy subscription has no new commerce term to change', () => {
    rejectsWith(
      changeTerm(world(), {
        actor: admin(ids.direct),
        at: at('2023-03-10'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.license,
        termDuration: 'P1Y',
        billingCycle: 'monthly',
      }),
      ['MOD-3', 'SubscriptionNotChangeable', [subs.license]],
    )
  })
})

/** The provider world with two new commerce subscriptions ordered on 2023-05-02: Business Basic (`p2`, 10 seats) and Business Premium (`p3`, `target` terms). */
const upgradeWorld = (target: NewCommerceOrder = { termDuration: 'P1Y', billingCycle: 'monthly' }) =>
  step(
    placeOrder(
      providerWorld(),
      orderInput(
        [
          line(subs.p2, { offerId: BASIC, newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' } }),
          line(subs.p3, { offerId: PREMIUM, seats: 5, newCommerce: target }),
        ],
        { when: '2023-05-02' },
      ),
    ),
  )
const upgrade = (
  state: ProgramState,
  when: string,
  offerId: string,
  options: { readonly from?: SubscriptionId; readonly to?: SubscriptionId; readonly seats?: number } = {},
) =>
  upgradeSubscription(state, {
    actor: admin(ids.provider),
    at: at(when),
    providerTenantId: ids.provider,
    subscriptionId: options.from ?? subs.p2,
    offerId,
    ...(options.to === undefined ? {} : { toSubscriptionId: options.to }),
    ...(options.seats === undefined ? {} : { seats: options.seats }),
  })

describe('NCE-13: upgrades', () => {
  it('into an existing target past its cancellation window, ending the same day: the seats move', () => {
    const s = upgradeWorld()
    rejectsWith(upgrade(s, '2023-05-08', PREMIUM, { to: subs.p3, seats: 4 }), [
      'NCE-13',
      'TargetInCancellationWindow',
      [subs.p3],
    ])
    const outcome = accepted(upgrade(s, '2023-05-09T09:00:00Z', PREMIUM, { to: subs.p3, seats: 4 }))
    expect(outcome.events).toEqual([
      {
        _tag: 'SubscriptionTransitioned',
        at: '2023-05-09T09:00:00.000Z',
        subscriptionId: subs.p2,
        toSubscriptionId: subs.p3,
        offerId: PREMIUM,
        seats: 4,
        created: false,
      },
    ])
    expect(sub(outcome.state, subs.p2).seats).toBe(6)
    expect(sub(outcome.state, subs.p3).seats).toBe(9)
  })

  it('a full upgrade into a target ends the source', () => {
    const after = step(upgrade(upgradeWorld(), '2023-05-10', PREMIUM, { to: subs.p3 }))
    expect(sub(after, subs.p2).status).toBe('cancelled')
    expect(sub(after, subs.p3).seats).toBe(15)
  })

  it('a target with a shorter term that ends earlier is refused (900267, 900236)', () => {
    const s = upgradeWorld({ termDuration: 'P1M', billingCycle: 'monthly' })
    rejectsWith(
      upgrade(s, '2023-05-10', PREMIUM, { to: subs.p3, seats: 2 }),
      ['NCE-13', 'TargetTermShorter', [subs.p3, subs.p2]],
      ['NCE-13', 'TargetEndsBeforeSource', [subs.p3, subs.p2]],
    )
  })

  it('a suspended target, or a suspended source, is refused (900258)', () => {
    const suspend = (state: ProgramState, id: SubscriptionId) =>
      step(
        suspendSubscription(state, {
          actor: admin(ids.provider),
          at: at('2023-05-10'),
          partnerTenantId: ids.provider,
          subscriptionId: id,
        }),
      )
    rejectsWith(upgrade(suspend(upgradeWorld(), subs.p3), '2023-05-11', PREMIUM, { to: subs.p3, seats: 2 }), [
      'NCE-13',
      'UpgradeSubscriptionNotActive',
      [subs.p3],
    ])
    rejectsWith(
      upgrade(suspend(upgradeWorld(), subs.p2), '2023-05-11', PREMIUM),
      ['NCE-13', 'UpgradeSubscriptionNotActive', [subs.p2]],
      ['MOD-3', 'SubscriptionNotChangeable', [subs.p2]],
    )
  })

  it('never goes down the offer ladder; an upgrade in place moves the offer and clears scheduled changes', () => {
    expect(upgradeDirection(PREMIUM, BASIC)).toBe('down')
    rejectsWith(upgrade(upgradeWorld(), '2023-05-10', BASIC, { from: subs.p3 }), [
      'NCE-13',
      'UpgradeIsDowngrade',
      [subs.p3],
    ])
    const scheduled = step(
      scheduleNextTermChanges(upgradeWorld(), {
        actor: admin(ids.provider),
        at: at('2023-05-03'),
        partnerTenantId: ids.provider,
        subscriptionId: subs.p2,
        changes: changes(),
      }),
    )
    const upgraded = sub(step(upgrade(scheduled, '2023-05-10', STANDARD)), subs.p2)
    expect(upgraded.offerId).toBe(STANDARD)
    expect(upgraded.newCommerce?.scheduledChanges).toBeNull()
  })

  it('MOD-8, MOD-5, MOD-1: a partial upgrade names its target; no more seats than the source; a full upgrade into a known target', () => {
    const s = upgradeWorld()
    rejectsWith(upgrade(s, '2023-05-10', STANDARD, { seats: 3 }), ['MOD-8', 'InvalidInput', [subs.p2]])
    rejectsWith(upgrade(s, '2023-05-10', PREMIUM, { to: subs.p3, seats: 11 }), ['MOD-5', 'ValueOutOfRange', [subs.p2]])
    rejectsWith(upgrade(s, '2023-05-10', STANDARD, { to: subs.next }), ['MOD-1', 'UnknownSubscription', [subs.next]])
  })

  it('legacy upgrades are unchanged, and do not go into another subscription (MOD-3)', () => {
    const s = providerWorld()
    expect(accepted(upgrade(s, '2020-03-10', 'O365-E5', { from: subs.p1 })).events.map((e) => e._tag)).toEqual([
      'SubscriptionUpgraded',
    ])
    rejectsWith(upgrade(s, '2020-03-10', 'O365-E5', { from: subs.p1, to: subs.next, seats: 2 }), [
      'MOD-3',
      'SubscriptionNotChangeable',
      [subs.p1],
    ])
  })
})

describe('NCE-14: a partial upgrade into a new subscription', () => {
  it("creates it with the source's cancellation window and end date", () => {
    const s = upgradeWorld()
    const outcome = accepted(upgrade(s, '2023-05-04', STANDARD, { to: subs.next, seats: 3 }))
    const created = sub(outcome.state, subs.next)
    const source = sub(outcome.state, subs.p2)
    expect(created).toMatchObject({ offerId: STANDARD, seats: 3, status: 'active', customerTenantId: ids.customer3 })
    expect(source.seats).toBe(7)
    expect([termEndOf(created), termEndOf(source)]).toEqual(['2024-05-01', '2024-05-01'])
    expect(created.newCommerce?.termStartedAt).toBe('2023-05-02T09:00:00.000Z')
    const set = ruleSet('2023-04-15')
    expect([cancellationWindowEnd(created, set), cancellationWindowEnd(source, set)]).toEqual([
      '2023-05-09T09:00:00.000Z',
      '2023-05-09T09:00:00.000Z',
    ])
  })

  it('from an imported source without term start: no seat batches, its seats refundable until the reported window end', () => {
    const s = upgradeWorld()
    const source = sub(s, subs.p2)
    const imported = evolve(s, {
      _tag: 'SubscriptionPurchased',
      at: at('2023-05-02'),
      subscription: {
        ...source,
        newCommerce: {
          termDuration: 'P1Y',
          billingCycle: 'monthly',
          commitmentEndDate: source.newCommerce!.commitmentEndDate,
          refundableQuantity: 10,
          cancellationAllowedUntil: at('2023-05-09T12:00:00Z'),
          experience: 'newCommerce',
        },
      },
    })
    const created = sub(step(upgrade(imported, '2023-05-04', STANDARD, { to: subs.next, seats: 3 })), subs.next)
    expect(created.newCommerce).not.toHaveProperty('seatBatches')
    expect(created.newCommerce).toMatchObject({
      refundableQuantity: 3,
      cancellationAllowedUntil: '2023-05-09T12:00:00.000Z',
    })
    expect(cancellationWindowEnd(created, ruleSet('2023-04-15'))).toBe('2023-05-09T12:00:00.000Z')
  })
})
