/**
 * `applyAll`: a command log run on one working copy gives, command by command, the verdicts `apply`
 * gives one after the other, and the same final state (tables and indexes); the state it starts
 * from is never changed, and what it returns is an ordinary immutable state.
 */
import { is } from 'immutable'
import { describe, expect, it } from 'vitest'
import {
  apply,
  applyAll,
  countOf,
  emptyState,
  getSubscription,
  microsoft,
  stateToJson,
  type Applied,
  type ProgramState,
  type Verdict,
} from '../src/index.js'
import { Clock, generate } from './support/fuzz/generator.js'
import { Rng } from './support/fuzz/prng.js'
import { baseState, type Base } from './support/fuzz/runner.js'
import { admin, ids, subs, world } from './support/index.js'

const AT = '2019-03-01T09:00:00.000Z'

/** A direct bill partner to register. */
const partnerSpec = (tenantId: string, mpnId: string) => ({
  tenantId,
  mpnId,
  name: `Partner ${mpnId}`,
  region: 'US',
  roles: ['directBillPartner'],
  primaryContactEmail: null,
  anniversaryDate: null,
})

/** A verdict as comparable text (every field `apply` and `applyAll` both report). */
const text = (v: Verdict) => JSON.stringify([v.accepted, v.ruleSet, v.events, v.warnings, v.violations])

/** The commands of one fuzz world (realistic and adversarial), generated against the states `apply` leaves. */
const fuzzLog = (seed: number, base: Base, length: number) => {
  const rng = new Rng(seed)
  const clock = new Clock(Date.parse('2021-01-04T09:00:00Z'))
  const start = baseState(base)
  let state = start
  const commands: unknown[] = []
  const applied: Applied[] = []
  for (let i = 0; i < length; i++) {
    const { value } = generate(rng, state, clock)
    const a = apply(state, value)
    commands.push(value)
    applied.push(a)
    state = a.state
  }
  return { start, commands, applied, final: state }
}

const sameIndexes = (a: ProgramState, b: ProgramState) =>
  Object.keys(a.indexes).every((name) => is(a.indexes[name as never], b.indexes[name as never]))

describe('applyAll', () => {
  it.each([
    [1, 'world'],
    [2, 'provider'],
    [3, 'rich'],
    [4, 'empty'],
    [5, 'rich'],
    [6, 'provider'],
  ] as const)('gives the verdicts and the final state of apply one by one (fuzz world %i from %s)', (seed, base) => {
    const { start, commands, applied, final } = fuzzLog(seed, base, 400)
    const before = JSON.stringify(stateToJson(start))
    const all = applyAll(start, commands)
    expect(all.verdicts.map(text)).toEqual(applied.map(text))
    expect(all.accepted).toBe(applied.filter((a) => a.accepted).length)
    expect(all.accepted).toBeGreaterThan(20)
    expect(JSON.stringify(stateToJson(all.state))).toBe(JSON.stringify(stateToJson(final)))
    expect(sameIndexes(all.state, final)).toBe(true)
    // the starting state is untouched
    expect(JSON.stringify(stateToJson(start))).toBe(before)
  })

  it('judges each command against what the accepted commands before it did', () => {
    const partner = ids.stranger
    const { state, verdicts, accepted } = applyAll(emptyState, [
      // signing before the partner exists is rejected (MOD-1); registering, then signing, is accepted
      { command: 'signMpa', input: { actor: admin(partner), at: AT, partnerTenantId: partner } },
      {
        command: 'registerPartner',
        input: {
          actor: microsoft,
          at: AT,
          partner: partnerSpec(partner, '7000007'),
        },
      },
      { command: 'signMpa', input: { actor: admin(partner), at: AT, partnerTenantId: partner } },
    ])
    expect(verdicts.map((v) => v.accepted)).toEqual([false, true, true])
    expect(verdicts[0]?.violations.map((v) => [v.rule, v._tag, v.subjects])).toEqual([
      ['MOD-1', 'UnknownPartner', [partner]],
    ])
    expect(verdicts[2]?.events.map((e) => e._tag)).toEqual(['MpaSigned'])
    expect(accepted).toBe(2)
    expect(countOf(state, 'partners')).toBe(1)
  })

  it('returns the very same state object when no command is accepted', () => {
    const start = world()
    const rejected = {
      command: 'signMpa',
      input: { actor: admin(ids.stranger), at: AT, partnerTenantId: ids.stranger },
    }
    const result = applyAll(start, [rejected, { command: 'noSuchCommand', input: {} }])
    expect(result.state).toBe(start)
    expect(result.accepted).toBe(0)
    expect(result.verdicts.map((v) => v.violations.map((x) => [x.rule, x._tag]))).toEqual([
      [['MOD-1', 'UnknownPartner']],
      [['MOD-8', 'UnknownCommand']],
    ])
    expect(applyAll(start, []).state).toBe(start)
  })

  it.each([
    ['an object', { command: 'signMpa' }],
    ['a string', 'signMpa'],
    ['null', null],
    [
      'a list whose reading throws',
      new Proxy([], {
        get: () => {
          throw new Error('no')
        },
      }),
    ],
  ])('rejects %s given as the log with one MOD-8 verdict, without throwing', (_, log) => {
    const start = world()
    const result = applyAll(start, log as never)
    expect(result.state).toBe(start)
    expect(result.verdicts.map((v) => v.violations.map((x) => [x.rule, x._tag]))).toEqual([[['MOD-8', 'InvalidInput']]])
  })

  it('returns a sealed, ordinary state: later commands on it leave it unchanged', () => {
    const start = world()
    const sub = subs.license
    const order = (seats: number) => ({
      command: 'changeSeats',
      input: { actor: admin(ids.direct), at: AT, partnerTenantId: ids.direct, subscriptionId: sub, seats },
    })
    const first = applyAll(start, [order(3), order(4)])
    const text1 = JSON.stringify(stateToJson(first.state))
    const second = applyAll(first.state, [order(9)])
    const third = apply(first.state, order(7))
    expect(JSON.stringify(stateToJson(first.state))).toBe(text1)
    expect(first.accepted).toBe(2)
    expect(getSubscription(first.state, sub)?.seats).toBe(4)
    expect([second.state, third.state].map((s) => getSubscription(s, sub)?.seats)).toEqual([9, 7])
    expect(getSubscription(start, sub)?.seats).not.toBe(4)
  })

  it('leaves the state it starts from as it was after a long log (working copy sealed, never shared)', () => {
    const start = world()
    const log = Array.from({ length: 200 }, (_, i) => ({
      command: 'registerPartner',
      input: {
        actor: microsoft,
        at: AT,
        partner: partnerSpec(`0000${String(i).padStart(4, '0')}-0000-4000-8000-000000000000`, String(8_000_000 + i)),
      },
    }))
    const result = applyAll(start, log)
    expect(result.accepted).toBe(200)
    expect(countOf(result.state, 'partners')).toBe(countOf(start, 'partners') + 200)
    // the first state still reads as it was: no partner of the log in it
    expect(countOf(start, 'partners')).toBe(4)
  })
})
