/**
 * New commerce windows, seats and status on changes of an existing subscription: the cancellation
 * window (NCE-4), seats refundable only inside their own window (NCE-5, NCE-6), added seats (NCE-7),
 * closed subscriptions (NCE-8), suspension (NCE-9), scheduled changes deleted (NCE-12), a pending
 * renewal (NCE-16), the update limit (NCE-17) and trials (NCE-18); legacy subscriptions keep their
 * verdicts.
 */
import { describe, expect, it } from 'vitest'
import {
  addLicenses,
  cancellationWindowEnd,
  cancelSubscription,
  changeSeats,
  evolve,
  explainCommand,
  getSubscription,
  isoDate,
  isoDateTime,
  purchaseSubscription,
  reactivateSubscription,
  refundableQuantityAt,
  renewSubscription,
  ruleSet,
  suspendSubscription,
  termEndOf,
  upgradeSubscription,
  type CommandResult,
  type IsoDateTime,
  type NewCommerceTerms,
  type ProgramState,
  type Subscription,
  type SubscriptionId,
  type SubscriptionStatus,
} from '../src/index.js'
import {
  accepted,
  admin,
  ids,
  providerWorld,
  refuses,
  rejected,
  rejectsWith,
  step,
  subs,
  world,
} from './support/index.js'

const t = isoDateTime
const OFFER = 'CFQ7TTC0LH18:0001:CFQ7TTC0K971'

/** Hours after an instant, as an ISO-8601 UTC instant (test arithmetic only). */
const plus = (from: string, hours: number) => t(new Date(Date.parse(from) + hours * 3_600_000).toISOString())

/** The base world plus a new commerce subscription (`subs.next`, 10 seats, P1Y monthly) bought by the direct bill partner at `boughtAt`. */
const withNce = (
  boughtAt: string,
  terms: Partial<NewCommerceTerms> = {},
  options: { readonly status?: SubscriptionStatus; readonly seats?: number } = {},
): ProgramState => {
  const seats = options.seats ?? 10
  return evolve(world(), {
    _tag: 'SubscriptionPurchased',
    at: t(boughtAt),
    subscription: {
      id: subs.next,
      customerTenantId: ids.customer,
      kind: 'licenseBased',
      parentId: null,
      offerId: OFFER,
      seats,
      status: options.status ?? 'active',
      autoRenew: true,
      billedBy: ids.direct,
      partnerOfRecord: null,
      supportContact: null,
      createdAt: t(boughtAt),
      newCommerce: {
        termDuration: 'P1Y',
        billingCycle: 'monthly',
        commitmentEndDate: null,
        refundableQuantity: null,
        cancellationAllowedUntil: null,
        experience: 'newCommerce',
        termStartedAt: t(boughtAt),
        seatBatches: [{ quantity: seats, addedAt: t(boughtAt), refundableUntil: null }],
        scheduledChanges: null,
        trialEndsAt: null,
        updateCount: 0,
        ...terms,
      },
    },
  })
}

const base = (when: string, subscriptionId = subs.next) => ({
  actor: admin(ids.direct),
  at: t(when),
  partnerTenantId: ids.direct,
  subscriptionId,
})
const cancel = (s: ProgramState, when: string, id = subs.next) => cancelSubscription(s, base(when, id))
const suspend = (s: ProgramState, when: string, id = subs.next) => suspendSubscription(s, base(when, id))
const reactivate = (s: ProgramState, when: string, id = subs.next) => reactivateSubscription(s, base(when, id))
const seatsTo = (s: ProgramState, when: string, seats: number, id = subs.next) =>
  changeSeats(s, { ...base(when, id), seats })

const sub = (s: ProgramState, id = subs.next): Subscription => {
  const found = getSubscription(s, id)
  if (found === undefined) throw new Error(`no subscription ${id}`)
  return found
}
const codesOf = (result: CommandResult) => rejected(result).map((v) => v.partnerCenterCode)

/** Asserts a rejection whose only violation is `expected`, with Partner Center code `code`. */
const refusedWith = (result: CommandResult, expected: Parameters<typeof rejectsWith>[1], code: number | null) => {
  rejectsWith(result, expected)
  expect(codesOf(result)).toEqual([code])
}

describe('NCE-4: cancellation only inside the cancellation window', () => {
  it('refuses a cancellation 80 hours after purchase under the 2022-01-10 rules (72 hours, code 900213)', () => {
    const s = withNce('2022-01-20T00:00:00.000Z')
    refusedWith(
      cancel(s, plus('2022-01-20T00:00:00.000Z', 80)),
      ['NCE-4', 'CancellationWindowPassed', [subs.next]],
      900213,
    )
  })

  it('accepts it 80 hours after purchase under the 2022-03-19 rules (7 days, applied retroactively), refund prorated', () => {
    const s = withNce('2022-03-16T00:00:00.000Z')
    const out = accepted(cancel(s, plus('2022-03-16T00:00:00.000Z', 80)))
    expect(out.ruleSet).toBe('2022-03-19')
    expect(out.events).toEqual([
      { _tag: 'SubscriptionCancelled', at: '2022-03-19T08:00:00.000Z', subscriptionId: subs.next, refund: 'prorated' },
    ])
    expect(sub(out.state).status).toBe('cancelled')
  })

  it('returns the very same state when refusing (apply)', () => {
    const s = withNce('2022-01-20T00:00:00.000Z')
    const command = { command: 'cancelSubscription', input: base('2022-01-23T08:00:00Z') } as const
    refuses(s, command, 'NCE-4', 'CancellationWindowPassed', [subs.next])
  })

  it('judges the same 80-hour cancellation by the window of the rule set (explain, what-if)', () => {
    const s = withNce('2022-03-16T00:00:00.000Z')
    const input = base(plus('2022-03-16T00:00:00.000Z', 80))
    const verdict = (whatIf: '2022-01-10' | '2022-03-19') =>
      explainCommand(cancelSubscription, s, input, { whatIf }).checks.find((c) => c.rule === 'NCE-4')?.verdict
    expect(verdict('2022-01-10')).toBe('failed')
    expect(verdict('2022-03-19')).toBe('passed')
  })

  it('closes the 72-hour window at exactly 72 hours (its end excluded)', () => {
    const bought = '2022-01-20T00:00:00.000Z'
    const s = withNce(bought)
    accepted(cancel(s, plus(bought, 72 - 1 / 3_600_000)))
    refusedWith(cancel(s, plus(bought, 72)), ['NCE-4', 'CancellationWindowPassed', [subs.next]], 900213)
  })

  it('closes the 7-day window at exactly 168 hours, with code 900117', () => {
    const bought = '2022-04-01T10:00:00.000Z'
    const s = withNce(bought)
    accepted(cancel(s, plus(bought, 168 - 1 / 3_600_000)))
    refusedWith(cancel(s, plus(bought, 168)), ['NCE-4', 'CancellationWindowPassed', [subs.next]], 900117)
  })

  it('also applies to a suspended subscription (NCE-9): inside the window accepted, outside refused', () => {
    const bought = '2022-04-01T10:00:00.000Z'
    const suspended = step(suspend(withNce(bought), plus(bought, 1)))
    expect(accepted(cancel(suspended, plus(bought, 100))).events[0]).toMatchObject({ refund: 'prorated' })
    refusedWith(cancel(suspended, plus(bought, 200)), ['NCE-4', 'CancellationWindowPassed', [subs.next]], 900117)
  })

  it('cancellationWindowEnd: the imported end, else the term start plus the window of the set, else null', () => {
    const s = sub(withNce('2022-03-20T10:00:00.000Z'))
    expect(cancellationWindowEnd(s, ruleSet('2022-01-10'))).toBe('2022-03-23T10:00:00.000Z')
    expect(cancellationWindowEnd(s, ruleSet('2022-03-19'))).toBe('2022-03-27T10:00:00.000Z')
    const imported: Subscription = {
      ...s,
      newCommerce: {
        termDuration: 'P1Y',
        billingCycle: 'monthly',
        commitmentEndDate: null,
        refundableQuantity: null,
        cancellationAllowedUntil: t('2022-03-25T00:00:00Z'),
      },
    }
    expect(cancellationWindowEnd(imported, ruleSet('2022-03-19'))).toBe('2022-03-25T00:00:00.000Z')
    expect(cancellationWindowEnd(sub(world(), subs.license), ruleSet('2022-03-19'))).toBeNull()
  })

  it('accepts, with a FactUnknown warning, the cancellation of an imported subscription whose window end is unknown', () => {
    const bought = sub(withNce('2022-03-20T10:00:00.000Z'))
    const imported = evolve(world(), {
      _tag: 'SubscriptionPurchased',
      at: t('2022-03-20T10:00:00Z'),
      subscription: { ...bought, newCommerce: withoutTermStart(bought) },
    })
    const out = accepted(cancel(imported, '2022-05-01T00:00:00Z'))
    expect(out.warnings).toEqual([
      expect.objectContaining({ _tag: 'FactUnknown', rule: 'NCE-4', subjects: [subs.next] }),
    ])
    expect(out.events[0]).not.toHaveProperty('refund')
  })
})

/** The new commerce terms of a subscription without `termStartedAt` (as imported). */
const withoutTermStart = (s: Subscription): NewCommerceTerms => {
  const terms = s.newCommerce as NewCommerceTerms
  return {
    termDuration: terms.termDuration,
    billingCycle: terms.billingCycle,
    commitmentEndDate: terms.commitmentEndDate,
    refundableQuantity: terms.refundableQuantity,
    cancellationAllowedUntil: terms.cancellationAllowedUntil,
    experience: 'newCommerce',
  }
}

describe('NCE-5, NCE-6, NCE-7: seats refundable inside their own window', () => {
  const bought = '2022-04-01T10:00:00.000Z'

  it('removes seats inside the window, then refuses once none is refundable (900257 for 7 days)', () => {
    const after = step(seatsTo(withNce(bought), plus(bought, 72), 4))
    expect(sub(after).newCommerce?.seatBatches).toEqual([{ quantity: 4, addedAt: bought, refundableUntil: null }])
    refusedWith(seatsTo(after, plus(bought, 168), 3), ['NCE-5', 'SeatReductionNotAllowed', [subs.next]], 900257)
  })

  it('gives 900214 when no seat is refundable under the 72-hour rules', () => {
    const s = withNce('2022-01-20T00:00:00.000Z')
    refusedWith(
      seatsTo(s, plus('2022-01-20T00:00:00.000Z', 72), 9),
      ['NCE-5', 'SeatReductionNotAllowed', [subs.next]],
      900214,
    )
  })

  it('opens a window for seats added mid-term, and refuses a decrease beyond them (800090)', () => {
    const addedAt = plus(bought, 240)
    const grown = step(seatsTo(withNce(bought), addedAt, 15))
    expect(sub(grown).newCommerce?.seatBatches).toEqual([
      { quantity: 10, addedAt: bought, refundableUntil: null },
      { quantity: 5, addedAt, refundableUntil: null },
    ])
    expect(termEndOf(sub(grown))).toBe('2023-03-31')
    const later = plus(bought, 300)
    expect(refundableQuantityAt(sub(grown), later, ruleSet('2022-03-19'))).toEqual({
      totalQuantity: 5,
      details: [{ quantity: 5, allowedUntil: plus(addedAt, 168) }],
    })
    refusedWith(seatsTo(grown, later, 9), ['NCE-5', 'SeatReductionNotAllowed', [subs.next]], 800090)
    const shrunk = step(seatsTo(grown, later, 11))
    expect(sub(shrunk).newCommerce?.seatBatches).toEqual([
      { quantity: 10, addedAt: bought, refundableUntil: null },
      { quantity: 1, addedAt, refundableUntil: null },
    ])
    expect(refundableQuantityAt(sub(shrunk), plus(addedAt, 168), ruleSet('2022-03-19'))).toEqual({
      totalQuantity: 0,
      details: [],
    })
  })

  it('consumes the most recently added refundable seats first, and lists one detail per open batch', () => {
    const addedAt = plus(bought, 24)
    const grown = step(seatsTo(withNce(bought), addedAt, 15))
    expect(refundableQuantityAt(sub(grown), plus(bought, 48), ruleSet('2022-03-19'))).toEqual({
      totalQuantity: 15,
      details: [
        { quantity: 10, allowedUntil: plus(bought, 168) },
        { quantity: 5, allowedUntil: plus(addedAt, 168) },
      ],
    })
    const shrunk = step(seatsTo(grown, plus(bought, 48), 8))
    expect(sub(shrunk).newCommerce?.seatBatches).toEqual([{ quantity: 8, addedAt: bought, refundableUntil: null }])
    // the same batches, measured with the 72-hour window: only the added batch is still open
    expect(refundableQuantityAt(sub(grown), plus(bought, 80), ruleSet('2022-01-10'))).toEqual({
      totalQuantity: 5,
      details: [{ quantity: 5, allowedUntil: plus(addedAt, 72) }],
    })
  })

  it('reads an imported refundable quantity when no batch was recorded, and lowers it on a decrease', () => {
    const imported = evolve(world(), {
      _tag: 'SubscriptionPurchased',
      at: t(bought),
      subscription: {
        ...sub(withNce(bought)),
        newCommerce: {
          termDuration: 'P1Y',
          billingCycle: 'monthly',
          commitmentEndDate: null,
          refundableQuantity: 3,
          cancellationAllowedUntil: t('2022-04-08T10:00:00Z'),
        },
      },
    })
    expect(refundableQuantityAt(sub(imported), t('2022-04-05T00:00:00Z'), ruleSet('2022-03-19'))).toEqual({
      totalQuantity: 3,
      details: [{ quantity: 3, allowedUntil: '2022-04-08T10:00:00.000Z' }],
    })
    refusedWith(seatsTo(imported, '2022-04-05T00:00:00Z', 6), ['NCE-5', 'SeatReductionNotAllowed', [subs.next]], 800090)
    const out = accepted(seatsTo(imported, '2022-04-05T00:00:00Z', 8))
    const left = [{ quantity: 1, addedAt: null, refundableUntil: '2022-04-08T10:00:00.000Z' }]
    expect(out.events[0]).toMatchObject({ seatBatches: left })
    expect(sub(out.state).newCommerce).toMatchObject({ seatBatches: left, refundableQuantity: null })
    expect(refundableQuantityAt(sub(out.state), t('2022-04-05T00:00:00Z'), ruleSet('2022-03-19'))?.totalQuantity).toBe(
      1,
    )
  })
})

describe('NCE-8: a cancelled, expired or disabled new commerce subscription never changes again', () => {
  const closed: ReadonlyArray<readonly [SubscriptionStatus, number | null]> = [
    ['cancelled', null],
    ['expired', 900277],
    ['disabled', null],
  ]
  it.each(closed)('refuses every change of a %s subscription under NCE-8, not MOD-3 (code %s)', (status, code) => {
    const s = withNce('2022-04-01T10:00:00.000Z', {}, { status })
    const when = '2022-04-02T10:00:00Z'
    for (const result of [cancel(s, when), suspend(s, when), reactivate(s, when), seatsTo(s, when, 12)])
      refusedWith(result, ['NCE-8', 'NewCommerceSubscriptionClosed', [subs.next]], code)
  })

  it('leaves MOD-3 judging a closed new commerce subscription under a rule set without NCE-8 (what-if)', () => {
    const s = withNce('2022-04-01T10:00:00.000Z', {}, { status: 'cancelled' })
    const judged = explainCommand(cancelSubscription, s, base('2022-04-02T10:00:00Z'), { whatIf: '2020-10-27' })
    const failed = judged.checks.filter((c) => c.verdict === 'failed').map((c) => c.violations.map((v) => v._tag))
    expect(failed).toEqual([['SubscriptionNotChangeable']])
  })

  it('keeps MOD-3 for a suspended subscription whose seats change (not closed)', () => {
    const suspended = step(suspend(withNce('2022-04-01T10:00:00.000Z'), '2022-04-02T10:00:00Z'))
    rejectsWith(seatsTo(suspended, '2022-04-03T10:00:00Z', 12), ['MOD-3', 'SubscriptionNotChangeable', [subs.next]])
  })
})

describe('NCE-9: suspension keeps billing and turns auto-renew off', () => {
  const bought = '2022-04-01T10:00:00.000Z'
  const scheduled = {
    offerId: OFFER,
    seats: 12,
    termDuration: 'P1Y',
    billingCycle: 'monthly',
    customTermEndDate: null,
  }

  it('records that billing continues, turns auto-renew off and deletes scheduled changes (NCE-12)', () => {
    const out = accepted(suspend(withNce(bought, { scheduledChanges: scheduled }), '2022-06-01T10:00:00Z'))
    expect(out.events).toEqual([
      {
        _tag: 'SubscriptionSuspended',
        at: '2022-06-01T10:00:00.000Z',
        subscriptionId: subs.next,
        billing: 'continues',
      },
    ])
    const s = sub(out.state)
    expect([s.status, s.autoRenew, s.newCommerce?.scheduledChanges]).toEqual(['suspended', false, null])
  })

  it('reactivates before the term end; auto-renew stays off', () => {
    const suspended = step(suspend(withNce(bought), '2022-06-01T10:00:00Z'))
    const s = sub(step(reactivate(suspended, '2023-03-31T10:00:00Z')))
    expect([s.status, s.autoRenew]).toEqual(['active', false])
  })

  it('leaves a legacy suspension as before: no billing field, auto-renew on', () => {
    const out = accepted(suspend(withNce(bought), '2022-06-01T10:00:00Z'))
    expect(out.events[0]).toHaveProperty('billing')
    const legacy = accepted(suspend(world(), '2022-06-01T10:00:00Z', subs.license))
    expect(legacy.events).toEqual([
      { _tag: 'SubscriptionSuspended', at: '2022-06-01T10:00:00.000Z', subscriptionId: subs.license },
    ])
    expect(sub(legacy.state, subs.license).autoRenew).toBe(true)
  })
})

describe('NCE-16: no suspension nor reactivation while a renewal is pending', () => {
  const bought = '2022-04-01T10:00:00.000Z'
  // P1Y from 2022-04-01: the term runs through 2023-03-31

  it('suspends on the term end date, but not from the day after (409, no code)', () => {
    const s = withNce(bought)
    expect(termEndOf(sub(s))).toBe('2023-03-31')
    accepted(suspend(s, '2023-03-31T23:59:59Z'))
    refusedWith(suspend(s, '2023-04-01T00:00:00Z'), ['NCE-16', 'RenewalPending', [subs.next]], null)
  })

  it('refuses the reactivation of a subscription still suspended after its term end', () => {
    const suspended = step(suspend(withNce(bought), '2022-06-01T10:00:00Z'))
    refusedWith(reactivate(suspended, '2023-04-01T08:00:00Z'), ['NCE-16', 'RenewalPending', [subs.next]], null)
  })
})

describe('NCE-18: no seat or status change during a trial', () => {
  const bought = '2022-04-01T10:00:00.000Z'
  const trial = () => withNce(bought, { trialEndsAt: t('2022-05-01T10:00:00Z') }, { seats: 25 })

  it('refuses seat changes, suspension and cancellation before the trial ends', () => {
    const s = trial()
    for (const result of [
      seatsTo(s, '2022-04-02T10:00:00Z', 30),
      suspend(s, '2022-04-02T10:00:00Z'),
      cancel(s, '2022-04-02T10:00:00Z'),
    ])
      refusedWith(result, ['NCE-18', 'TrialNotChangeable', [subs.next]], null)
  })

  it('allows them once the trial has ended', () => {
    accepted(seatsTo(trial(), '2022-05-01T10:00:00Z', 30))
    accepted(suspend(trial(), '2022-05-01T10:00:00Z'))
  })
})

describe('NCE-17: the update count and its warning', () => {
  const bought = '2022-04-01T10:00:00.000Z'

  it('counts each accepted change', () => {
    let s = withNce(bought)
    s = step(seatsTo(s, '2022-04-02T10:00:00Z', 12))
    s = step(suspend(s, '2022-04-03T10:00:00Z'))
    s = step(reactivate(s, '2022-04-04T10:00:00Z'))
    s = step(cancel(s, '2022-04-05T10:00:00Z'))
    expect(sub(s).newCommerce?.updateCount).toBe(4)
  })

  it('warns when the change brings the count to 1,100, naming code 900311', () => {
    const quiet = accepted(seatsTo(withNce(bought, { updateCount: 1_098 }), '2022-04-02T10:00:00Z', 12))
    expect(quiet.warnings).toEqual([])
    const warned = accepted(seatsTo(withNce(bought, { updateCount: 1_099 }), '2022-04-02T10:00:00Z', 12))
    expect(warned.warnings).toEqual([
      expect.objectContaining({ _tag: 'UpdateLimitNear', rule: 'NCE-17', subjects: [subs.next] }),
    ])
    expect(warned.warnings[0]?.message).toContain('900311')
    expect(sub(warned.state).newCommerce?.updateCount).toBe(1_100)
  })
})

describe('NCE-12: a mid-term seat change or cancellation deletes the scheduled changes', () => {
  const scheduled = {
    offerId: OFFER,
    seats: 12,
    termDuration: 'P1Y',
    billingCycle: 'monthly',
    customTermEndDate: null,
  }
  it('clears them on a seat change and on a cancellation', () => {
    const s = withNce('2022-04-01T10:00:00.000Z', { scheduledChanges: scheduled })
    expect(sub(step(seatsTo(s, '2022-06-01T10:00:00Z', 12))).newCommerce?.scheduledChanges).toBeNull()
    expect(sub(step(cancel(s, '2022-04-02T10:00:00Z'))).newCommerce?.scheduledChanges).toBeNull()
  })
})

describe('legacy subscriptions keep their verdicts', () => {
  it('cancels a legacy subscription years after purchase, without refund, and refuses a second cancellation under MOD-3', () => {
    const out = accepted(cancel(world(), '2023-06-01T10:00:00Z', subs.license))
    expect(out.events).toEqual([
      { _tag: 'SubscriptionCancelled', at: '2023-06-01T10:00:00.000Z', subscriptionId: subs.license },
    ])
    rejectsWith(cancel(out.state, '2023-06-02T10:00:00Z', subs.license), [
      'MOD-3',
      'SubscriptionNotChangeable',
      [subs.license],
    ])
  })

  it('removes seats of a legacy subscription at any time, without seat batches', () => {
    const out = accepted(seatsTo(world(), '2023-06-01T10:00:00Z', 2, subs.license))
    expect(out.events).toEqual([
      {
        _tag: 'SeatsChanged',
        at: '2023-06-01T10:00:00.000Z',
        subscriptionId: subs.license,
        previousSeats: 10,
        seats: 2,
      },
    ])
    expect(sub(out.state, subs.license).newCommerce).toBeUndefined()
  })
})

describe('a new commerce subscription bought with purchaseSubscription', () => {
  it('is cancelled 100 hours after purchase under the 7-day rules, not 200 hours after', () => {
    const bought = '2022-04-01T10:00:00.000Z'
    const result = purchaseSubscription(world(), {
      actor: admin(ids.direct),
      at: t(bought),
      partnerTenantId: ids.direct,
      subscription: {
        id: subs.next,
        customerTenantId: ids.customer,
        kind: 'licenseBased',
        parentId: null,
        offerId: OFFER,
        seats: 10,
        autoRenew: true,
        newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' },
      },
    })
    const s = step(result)
    expect(accepted(cancel(s, plus(bought, 100))).events[0]).toMatchObject({ refund: 'prorated' })
    rejectsWith(cancel(s, plus(bought, 200)), ['NCE-4', 'CancellationWindowPassed', [subs.next]])
  })
})

describe('addLicenses on a new commerce subscription (NCE-7, NCE-18)', () => {
  const bought = '2022-04-01T10:00:00.000Z'
  /** The two-tier world plus a new commerce subscription of the provider's customer, billed to the provider. */
  const providerNce = (terms: Partial<NewCommerceTerms> = {}) =>
    evolve(providerWorld(), {
      _tag: 'SubscriptionPurchased',
      at: t(bought),
      subscription: { ...sub(withNce(bought, terms)), customerTenantId: ids.customer3, billedBy: ids.provider },
    })
  const add = (s: ProgramState, when: string) =>
    addLicenses(s, {
      actor: admin(ids.provider),
      at: t(when),
      providerTenantId: ids.provider,
      subscriptionId: subs.next,
      additionalSeats: 5,
    })

  it('adds a batch of seats with its own window; the term end does not move', () => {
    const before = providerNce()
    const after = step(add(before, '2022-05-01T10:00:00Z'))
    expect(sub(after).newCommerce?.seatBatches).toEqual([
      { quantity: 10, addedAt: bought, refundableUntil: null },
      { quantity: 5, addedAt: '2022-05-01T10:00:00.000Z', refundableUntil: null },
    ])
    expect(termEndOf(sub(before))).toBe('2023-03-31')
    expect(termEndOf(sub(after))).toBe('2023-03-31')
  })

  it('refuses licenses during a trial', () => {
    const s = providerNce({ trialEndsAt: t('2022-05-01T10:00:00Z') })
    refusedWith(add(s, '2022-04-10T10:00:00Z'), ['NCE-18', 'TrialNotChangeable', [subs.next]], null)
  })
})

describe('imported new commerce subscriptions: the windows Partner Center reported (NCE-4, NCE-5, NCE-6, NCE-7, NCE-13)', () => {
  const PREMIUM = 'CFQ7TTC0LCHC:0002:CFQ7TTC0LCHB'
  type Reported = Pick<NewCommerceTerms, 'refundableQuantity' | 'cancellationAllowedUntil'> & {
    readonly termStartedAt?: IsoDateTime
  }
  /**
   * An imported new commerce subscription (`id`, 10 seats, P1Y monthly through 2023-03-31, created
   * 2022-04-01; no seat batches, only what Partner Center reported) added to the base world, or to
   * `state` (a provider world) billed to the provider for its customer.
   */
  const imported = (
    reported: Reported,
    options: { readonly state?: ProgramState; readonly id?: SubscriptionId; readonly offerId?: string } = {},
  ): ProgramState => {
    const provider = options.state !== undefined
    return evolve(options.state ?? world(), {
      _tag: 'SubscriptionPurchased',
      at: t('2022-04-01T00:00:00Z'),
      subscription: {
        ...sub(withNce('2022-04-01T00:00:00.000Z')),
        id: options.id ?? subs.next,
        offerId: options.offerId ?? OFFER,
        ...(provider ? { customerTenantId: ids.customer3, billedBy: ids.provider } : {}),
        newCommerce: {
          termDuration: 'P1Y',
          billingCycle: 'monthly',
          commitmentEndDate: isoDate('2023-03-31'),
          experience: 'newCommerce',
          ...reported,
        },
      },
    })
  }
  const set = ruleSet('2022-03-19')
  const end = t('2022-04-08T00:00:00Z')

  it('NCE-5, NCE-6: the imported refundable quantity lasts until the reported window end, then none is refundable', () => {
    const s = imported({ refundableQuantity: 10, cancellationAllowedUntil: end })
    expect(refundableQuantityAt(sub(s), t('2022-04-07T23:59:59.999Z'), set)).toEqual({
      totalQuantity: 10,
      details: [{ quantity: 10, allowedUntil: '2022-04-08T00:00:00.000Z' }],
    })
    expect(refundableQuantityAt(sub(s), end, set)).toEqual({ totalQuantity: 0, details: [] })
    expect(sub(step(seatsTo(s, '2022-04-07T23:00:00Z', 5))).seats).toBe(5)
    refusedWith(seatsTo(s, '2023-03-01T00:00:00Z', 5), ['NCE-5', 'SeatReductionNotAllowed', [subs.next]], 900257)
    refusedWith(cancel(s, '2023-03-01T00:00:00Z'), ['NCE-4', 'CancellationWindowPassed', [subs.next]], 900117)
  })

  it('NCE-7: seats added to an imported subscription with nothing refundable open their own window', () => {
    const s = imported({ refundableQuantity: 0, cancellationAllowedUntil: end })
    const grown = accepted(seatsTo(s, '2022-06-01T00:00:00Z', 15))
    const added = { quantity: 5, addedAt: '2022-06-01T00:00:00.000Z', refundableUntil: null }
    expect(grown.events[0]).toMatchObject({ seatBatches: [added] })
    expect(sub(grown.state).newCommerce).toMatchObject({ seatBatches: [added], refundableQuantity: null })
    const shrunk = step(seatsTo(grown.state, '2022-06-01T01:00:00Z', 10))
    expect(sub(shrunk).seats).toBe(10)
    expect(sub(shrunk).newCommerce?.seatBatches).toEqual([])
    refusedWith(
      seatsTo(grown.state, '2022-06-08T00:00:00Z', 10),
      ['NCE-5', 'SeatReductionNotAllowed', [subs.next]],
      900257,
    )
  })

  it('NCE-7: the imported refundable seats become a batch ending with the reported window; added seats outlive it', () => {
    const s = imported({ refundableQuantity: 3, cancellationAllowedUntil: end })
    const grown = step(seatsTo(s, '2022-04-05T00:00:00Z', 12))
    expect(sub(grown).newCommerce?.seatBatches).toEqual([
      { quantity: 3, addedAt: null, refundableUntil: '2022-04-08T00:00:00.000Z' },
      { quantity: 2, addedAt: '2022-04-05T00:00:00.000Z', refundableUntil: null },
    ])
    expect(refundableQuantityAt(sub(grown), t('2022-04-09T00:00:00Z'), set)).toEqual({
      totalQuantity: 2,
      details: [{ quantity: 2, allowedUntil: '2022-04-12T00:00:00.000Z' }],
    })
    refusedWith(seatsTo(grown, '2022-04-09T00:00:00Z', 9), ['NCE-5', 'SeatReductionNotAllowed', [subs.next]], 800090)
    accepted(seatsTo(grown, '2022-04-09T00:00:00Z', 10))
  })

  it('NCE-6: refundable seats reported without a window end stay refundable once turned into a batch', () => {
    const grown = step(
      seatsTo(imported({ refundableQuantity: 3, cancellationAllowedUntil: null }), '2022-04-05T00:00:00Z', 12),
    )
    expect(refundableQuantityAt(sub(grown), t('2022-04-06T00:00:00Z'), set)?.totalQuantity).toBe(5)
    expect(refundableQuantityAt(sub(grown), t('2022-12-01T00:00:00Z'), set)).toEqual({
      totalQuantity: 3,
      details: [{ quantity: 3, allowedUntil: null }],
    })
  })

  it('NCE-5: an unknown refundable quantity stays unknown after an increase (FactUnknown on a later decrease)', () => {
    const s = imported({ refundableQuantity: null, cancellationAllowedUntil: end })
    const grown = accepted(seatsTo(s, '2022-06-01T00:00:00Z', 12))
    expect(grown.events[0]).not.toHaveProperty('seatBatches')
    const out = accepted(seatsTo(grown.state, '2022-06-01T01:00:00Z', 11))
    expect(out.warnings).toEqual([
      expect.objectContaining({ _tag: 'FactUnknown', rule: 'NCE-5', subjects: [subs.next] }),
    ])
  })

  it('NCE-4: the reported cancellationAllowedUntil decides, not the imported term start plus the window', () => {
    // effectiveStartDate 2022-04-01T00:00Z would give 2022-04-08T00:00Z; Partner Center reported 2022-04-09T10:00Z
    const s = imported({
      refundableQuantity: null,
      cancellationAllowedUntil: t('2022-04-09T10:00:00Z'),
      termStartedAt: t('2022-04-01T00:00:00Z'),
    })
    expect(cancellationWindowEnd(sub(s), set)).toBe('2022-04-09T10:00:00.000Z')
    expect(cancellationWindowEnd(sub(s), ruleSet('2022-01-10'))).toBe('2022-04-09T10:00:00.000Z')
    expect(accepted(cancel(s, '2022-04-08T12:00:00Z')).events[0]).toMatchObject({ refund: 'prorated' })
    refusedWith(cancel(s, '2022-04-09T10:00:00Z'), ['NCE-4', 'CancellationWindowPassed', [subs.next]], 900117)
  })

  it('NCE-4, NCE-11: a renewal drops the reported end; the new window runs from the renewal', () => {
    const s = imported({
      refundableQuantity: 4,
      cancellationAllowedUntil: t('2022-04-09T10:00:00Z'),
      termStartedAt: t('2022-04-01T00:00:00Z'),
    })
    const renewed = sub(
      step(
        renewSubscription(s, {
          actor: { kind: 'microsoft' },
          at: t('2023-04-01T06:00:00Z'),
          subscriptionId: subs.next,
        }),
      ),
    )
    expect(renewed.newCommerce).toMatchObject({ cancellationAllowedUntil: null, refundableQuantity: null })
    expect(cancellationWindowEnd(renewed, set)).toBe('2023-04-08T06:00:00.000Z')
  })

  it('NCE-13: an existing target whose window end is unknown gives a FactUnknown warning; a reported end still ahead refuses', () => {
    const source = imported({ refundableQuantity: null, cancellationAllowedUntil: end }, { state: providerWorld() })
    const withTarget = (reportedEnd: IsoDateTime | null) =>
      imported(
        { refundableQuantity: null, cancellationAllowedUntil: reportedEnd },
        { state: source, id: subs.p3, offerId: PREMIUM },
      )
    const upgrade = (s: ProgramState) =>
      upgradeSubscription(s, {
        actor: admin(ids.provider),
        at: t('2022-06-01T00:00:00Z'),
        providerTenantId: ids.provider,
        subscriptionId: subs.next,
        offerId: PREMIUM,
        toSubscriptionId: subs.p3,
        seats: 4,
      })
    const out = accepted(upgrade(withTarget(null)))
    expect(out.warnings).toEqual([
      expect.objectContaining({ _tag: 'FactUnknown', rule: 'NCE-13', subjects: [subs.p3] }),
    ])
    expect(sub(out.state, subs.p3).seats).toBe(14)
    rejectsWith(upgrade(withTarget(t('2022-06-05T00:00:00Z'))), ['NCE-13', 'TargetInCancellationWindow', [subs.p3]])
    expect(accepted(upgrade(withTarget(t('2022-06-01T00:00:00Z')))).warnings).toEqual([])
  })
})
