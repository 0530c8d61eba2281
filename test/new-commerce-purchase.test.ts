import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  getSubscription,
  isNewCommerce,
  isoDate,
  placeOrder,
  purchaseSubscription,
  termEndOf,
  type NewSubscription,
  type ProgramState,
} from '../src/index.js'
import {
  accepted,
  addCustomer,
  admin,
  at,
  BR,
  ids,
  line,
  orderInput,
  providerWorld,
  register,
  rejectsWith,
  step,
  subs,
  world,
} from './support/index.js'

/**
 * The direct bill partner of the base world buys `subscription` for its customer at `when`: a P1Y
 * monthly new commerce license unless told, a legacy one (no new commerce terms) with `legacy`.
 */
const buyAt = (
  state: ProgramState,
  when: string,
  subscription: Partial<NewSubscription> & { readonly legacy?: true } = {},
) => {
  const { legacy: isLegacy, ...fields } = subscription
  const base = {
    id: subs.next,
    customerTenantId: ids.customer,
    kind: 'licenseBased' as const,
    parentId: null,
    offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
    seats: 10,
    autoRenew: true,
  }
  return purchaseSubscription(state, {
    actor: admin(ids.direct),
    at: at(when),
    partnerTenantId: ids.direct,
    subscription:
      isLegacy === true
        ? { ...base, ...fields }
        : { ...base, newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' }, ...fields },
  })
}
const legacy = { legacy: true, offerId: '91FD106F-4B2C-4938-95AC-F54F74E9A239' } as const

describe('NCE-1: new commerce terms on a purchase', () => {
  it('are refused before general availability (2022-01-10 17:00 UTC) and accepted from it', () => {
    rejectsWith(buyAt(world(), '2022-01-10T16:59:59Z'), ['NCE-1', 'NewCommerceNotAvailable', [subs.next]])
    const s = step(buyAt(world(), '2022-01-10T17:00:00Z'))
    const bought = getSubscription(s, subs.next)
    expect(bought === undefined ? false : isNewCommerce(bought)).toBe(true)
    expect(bought?.newCommerce).toEqual({
      termDuration: 'P1Y',
      billingCycle: 'monthly',
      commitmentEndDate: '2023-01-09',
      refundableQuantity: null,
      cancellationAllowedUntil: null,
      experience: 'newCommerce',
      termStartedAt: '2022-01-10T17:00:00.000Z',
      seatBatches: [{ quantity: 10, addedAt: '2022-01-10T17:00:00.000Z', refundableUntil: null }],
      scheduledChanges: null,
      trialEndsAt: null,
      updateCount: 0,
    })
    expect(bought === undefined ? null : termEndOf(bought)).toBe('2023-01-09')
  })

  it('are refused on a kind the library sells without them (an Azure plan)', () => {
    rejectsWith(buyAt(world(), '2023-05-02', { kind: 'azure' }), ['NCE-1', 'NewCommerceNotAvailable', [subs.next]])
  })

  it('leave a purchase without them a legacy subscription, before the NCE rules', () => {
    const bought = getSubscription(step(buyAt(world(), '2021-06-01', legacy)), subs.next)
    expect(bought?.newCommerce).toBeUndefined()
  })
})

describe('NCE-2: terms and billing cycles', () => {
  it.each([
    ['P1M', 'monthly'],
    ['P1Y', 'monthly'],
    ['P1Y', 'annual'],
    ['P3Y', 'annual'],
    ['P3Y', 'triennial'],
  ])('a %s term billed %s is accepted', (termDuration, billingCycle) => {
    accepted(buyAt(world(), '2023-05-02', { newCommerce: { termDuration, billingCycle } }))
  })

  it('refuses a term Partner Center does not know (800121)', () => {
    const result = buyAt(world(), '2023-05-02', { newCommerce: { termDuration: 'P2Y', billingCycle: 'annual' } })
    rejectsWith(result, ['NCE-2', 'InvalidTermDuration', [subs.next]])
    expect(E.isLeft(result) && result.left[0]?.partnerCenterCode).toBe(800121)
  })

  it('refuses a billing cycle longer than the term (900270) and an unknown one', () => {
    const longer = buyAt(world(), '2023-05-02', { newCommerce: { termDuration: 'P1M', billingCycle: 'annual' } })
    rejectsWith(longer, ['NCE-2', 'BillingCycleLongerThanTerm', [subs.next]])
    expect(E.isLeft(longer) && longer.left[0]?.partnerCenterCode).toBe(900270)
    rejectsWith(buyAt(world(), '2023-05-02', { newCommerce: { termDuration: 'P1Y', billingCycle: 'weekly' } }), [
      'NCE-2',
      'InvalidBillingCycle',
      [subs.next],
    ])
  })
})

describe('NCE-3 and NCE-20: the end of legacy seat-based orders', () => {
  it('NCE-3: a legacy commercial license is bought until 2022-03-09 and refused from 2022-03-10 00:00 UTC', () => {
    accepted(buyAt(world(), '2022-03-09T23:59:59Z', legacy))
    rejectsWith(buyAt(world(), '2022-03-10T00:00:00Z', legacy), ['NCE-3', 'LegacyOrderRefused', [subs.next]])
    rejectsWith(buyAt(world(), '2022-03-10T00:00:00Z', { ...legacy, kind: 'addOn', parentId: subs.license }), [
      'NCE-3',
      'LegacyOrderRefused',
      [subs.next],
    ])
  })

  it('NCE-3 leaves Azure, other segments and customers in Brazil to the legacy rules', () => {
    accepted(buyAt(world(), '2023-05-02', { ...legacy, kind: 'azure' }))
    accepted(buyAt(world(), '2023-05-02', { ...legacy, segment: 'education' }))
    let s = register(world(), {
      tenant: ids.resellerBr,
      mpn: '7000007',
      name: 'Revenda BR',
      roles: ['directBillPartner'],
      region: BR,
    })
    s = addCustomer(s, ids.resellerBr, ids.customerBr, at('2023-05-01'), { region: BR })
    const brazil = purchaseSubscription(s, {
      actor: admin(ids.resellerBr),
      at: at('2023-05-02'),
      partnerTenantId: ids.resellerBr,
      subscription: {
        id: subs.next,
        customerTenantId: ids.customerBr,
        kind: 'licenseBased',
        parentId: null,
        offerId: 'legacy',
        seats: 5,
        autoRenew: true,
      },
    })
    accepted(brazil)
  })

  it('NCE-20: from 2024-09-01 other legacy license purchases are refused too, except five- and six-year public-sector offers', () => {
    accepted(buyAt(world(), '2024-08-31T23:59:59Z', { ...legacy, segment: 'education' }))
    rejectsWith(buyAt(world(), '2024-09-01T00:00:00Z', { ...legacy, segment: 'education' }), [
      'NCE-20',
      'LegacyOrderRefused',
      [subs.next],
    ])
    rejectsWith(buyAt(world(), '2024-09-01T00:00:00Z', { ...legacy, segment: 'nonprofit', legacyTermYears: 5 }), [
      'NCE-20',
      'LegacyOrderRefused',
      [subs.next],
    ])
    accepted(buyAt(world(), '2024-09-01T00:00:00Z', { ...legacy, segment: 'government', legacyTermYears: 6 }))
  })
})

describe('NCE-18: trials', () => {
  it('hold 25 seats and end 30 days after the purchase', () => {
    rejectsWith(
      buyAt(world(), '2023-05-02', { newCommerce: { termDuration: 'P1M', billingCycle: 'monthly', trial: true } }),
      ['NCE-18', 'InvalidTrial', [subs.next]],
    )
    const s = step(
      buyAt(world(), '2023-05-02', {
        seats: 25,
        newCommerce: { termDuration: 'P1M', billingCycle: 'monthly', trial: true },
      }),
    )
    expect(getSubscription(s, subs.next)?.newCommerce?.trialEndsAt).toBe('2023-06-01T09:00:00.000Z')
    expect(getSubscription(s, subs.next)?.newCommerce?.commitmentEndDate).toBe('2023-05-31')
  })
})

describe('NCE-21: custom term end dates', () => {
  const custom = (date: string, termDuration = 'P1Y') => ({
    newCommerce: { termDuration, billingCycle: 'monthly', customTermEndDate: isoDate(date) },
  })

  it('exist from 2022-03-10', () => {
    rejectsWith(buyAt(world(), '2022-02-01', custom('2022-12-31')), ['NCE-21', 'InvalidCustomTermEnd', [subs.next]])
    const s = step(buyAt(world(), '2022-03-10', custom('2022-12-31')))
    expect(getSubscription(s, subs.next)?.newCommerce?.commitmentEndDate).toBe('2022-12-31')
  })

  it('fall within the first term (900245)', () => {
    const late = buyAt(world(), '2023-05-02', custom('2024-05-31'))
    rejectsWith(late, ['NCE-21', 'InvalidCustomTermEnd', [subs.next]])
    expect(E.isLeft(late) && late.left[0]?.partnerCenterCode).toBe(900245)
    rejectsWith(buyAt(world(), '2023-05-02', custom('2023-04-30')), ['NCE-21', 'InvalidCustomTermEnd', [subs.next]])
  })

  it('on a monthly term, fall on the 28th to 30th only when that is the last day of the month', () => {
    rejectsWith(buyAt(world(), '2023-05-02', custom('2023-05-28', 'P1M')), [
      'NCE-21',
      'InvalidCustomTermEnd',
      [subs.next],
    ])
    accepted(buyAt(world(), '2023-05-02', custom('2023-05-31', 'P1M')))
  })

  it('align with another subscription of the customer, annual terms never with a monthly one (900242)', () => {
    // a monthly subscription ending 2023-06-01, then an annual one trying to end with it
    const monthly = step(
      buyAt(world(), '2023-05-02', { id: subs.p1, newCommerce: { termDuration: 'P1M', billingCycle: 'monthly' } }),
    )
    expect(getSubscription(monthly, subs.p1)?.newCommerce?.commitmentEndDate).toBe('2023-06-01')
    accepted(buyAt(monthly, '2023-05-10', custom('2023-06-01', 'P1M')))
    const annual = buyAt(monthly, '2023-05-10', custom('2023-06-01'))
    rejectsWith(annual, ['NCE-21', 'InvalidCustomTermEnd', [subs.next]])
    expect(E.isLeft(annual) && annual.left[0]?.partnerCenterCode).toBe(900242)
    const yearly = step(buyAt(world(), '2023-05-02', { id: subs.p2 }))
    accepted(buyAt(yearly, '2023-05-10', custom('2024-05-01')))
  })
})

describe('new commerce order lines (placeOrder)', () => {
  it('buy new commerce subscriptions and refuse legacy seat-based lines, naming the line', () => {
    const s = providerWorld()
    const nce = line(subs.p3, { newCommerce: { termDuration: 'P1Y', billingCycle: 'annual' } })
    const after = step(placeOrder(s, orderInput([nce], { when: '2023-05-02' })))
    expect(getSubscription(after, subs.p3)?.newCommerce?.experience).toBe('newCommerce')
    expect(getSubscription(after, subs.p3)?.newCommerce?.seatBatches).toEqual([
      { quantity: getSubscription(after, subs.p3)?.seats, addedAt: '2023-05-02T09:00:00.000Z', refundableUntil: null },
    ])
    rejectsWith(placeOrder(s, orderInput([nce, line(subs.next)], { when: '2023-05-02' })), [
      'NCE-3',
      'LegacyOrderRefused',
      [subs.next],
    ])
  })
})
