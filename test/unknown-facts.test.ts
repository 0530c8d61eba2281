/**
 * Knowledge is tri-state: a fact no imported body gave (delegated admin, a customer's region, an MPA
 * signature date) is recorded as unknown, and a command that needs it is judged without it, with a
 * `FactUnknown` warning under the rule it serves, never rejected for the import's blind spot.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  ProgramStateCodec,
  cancelSubscription,
  changeSeats,
  signMpa,
  stateToJson,
  suspendSubscription,
  type ProgramState,
  type ProgramStateJson,
} from '../src/index.js'
import { admin, at, buy, ids, rejected, rejectsWith, subs, world } from './support/index.js'

/** `state` with its document changed by `edit` (as an import that did not know a fact would leave it). */
const edited = (state: ProgramState, edit: (d: ProgramStateJson) => ProgramStateJson): ProgramState => {
  const decoded = ProgramStateCodec.decode(edit(JSON.parse(JSON.stringify(stateToJson(state))) as ProgramStateJson))
  if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left))
  return decoded.right
}

const warningsOf = (result: ReturnType<typeof buy>) => {
  if (E.isLeft(result)) throw new Error(`expected acceptance, got ${JSON.stringify(result.left)}`)
  return result.right.warnings.map((w) => [w.rule, w._tag, w.subjects])
}

describe('facts the state does not know', () => {
  it('ROL-2: unknown delegated admin is a FactUnknown warning, a known "no" a rejection', () => {
    const setDap = (value: boolean | null) =>
      edited(world(), (d) => ({
        ...d,
        relationships: d.relationships.map((r) =>
          r.partnerTenantId === ids.direct ? { ...r, delegatedAdmin: value } : r,
        ),
      }))
    expect(warningsOf(buy(setDap(null), ids.direct, ids.customer, subs.next))).toEqual([
      ['ROL-2', 'FactUnknown', [ids.direct, ids.customer]],
    ])
    rejectsWith(buy(setDap(false), ids.direct, ids.customer, subs.next), [
      'ROL-2',
      'NoDelegatedAdmin',
      [ids.direct, ids.customer],
    ])
  })

  it('REG-1: an unknown customer region is a FactUnknown warning naming the customer', () => {
    const state = edited(world(), (d) => ({
      ...d,
      tenants: d.tenants.map((t) => (t.tenantId === ids.customer ? { ...t, region: null } : t)),
    }))
    expect(warningsOf(buy(state, ids.direct, ids.customer, subs.next))).toEqual([
      ['REG-1', 'FactUnknown', [ids.customer]],
    ])
  })

  it('PGM-3: an MPA not known to be signed warns; once signMpa records it, the date is known', () => {
    const unknown = edited(world(), (d) => ({
      ...d,
      partners: d.partners.map((p) =>
        p.tenantId === ids.direct ? { ...p, mpaSignedAt: null, mpaDateUnknown: true } : p,
      ),
    }))
    const later = at('2021-03-01')
    expect(warningsOf(buy(unknown, ids.direct, ids.customer, subs.next, 'licenseBased', later))).toEqual([
      ['PGM-3', 'FactUnknown', [ids.direct]],
    ])
    const signed = signMpa(unknown, { actor: admin(ids.direct), at: at('2021-05-01'), partnerTenantId: ids.direct })
    if (E.isLeft(signed)) throw new Error(JSON.stringify(signed.left))
    // the signature date is now known: a purchase dated before it is refused, not warned
    rejectsWith(buy(signed.right.state, ids.direct, ids.customer, subs.next, 'licenseBased', later), [
      'PGM-3',
      'MpaNotSigned',
      [ids.direct],
    ])
  })
})

describe('expired subscriptions (imported status)', () => {
  it('an expired subscription never changes: seats, suspension and cancellation are refused', () => {
    const state = edited(world(), (d) => ({
      ...d,
      subscriptions: d.subscriptions.map((x) => (x.id === subs.license ? { ...x, status: 'expired' } : x)),
    }))
    const base = {
      actor: admin(ids.direct),
      at: at('2019-03-01'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.license,
    }
    for (const result of [
      changeSeats(state, { ...base, seats: 2 }),
      suspendSubscription(state, base),
      cancelSubscription(state, base),
    ]) {
      expect(rejected(result).map((v) => [v.rule, v._tag, v.subjects])).toEqual([
        ['MOD-3', 'SubscriptionNotChangeable', [subs.license]],
      ])
    }
  })
})
