import { describe, expect, it } from 'vitest'
import { getPartner, getSubscription, subscriptionsOfCustomer } from '../src/index.js'
import { ids, subs, world } from './support/index.js'

describe('world', () => {
  it('builds a direct bill partner with a customer and a subscription', () => {
    const s = world()
    expect(getPartner(s, ids.direct)?.directBill).toEqual({ status: 'active' })
    expect(getSubscription(s, subs.license)?.billedBy).toBe(ids.direct)
    expect(subscriptionsOfCustomer(s, ids.customer).map((x) => x.id)).toEqual([subs.license])
  })
})
