import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { freeze } from 'immer'
import type { Map as IMap } from 'immutable'
import { describe, expect, it } from 'vitest'
import {
  ProgramCommand,
  ProgramStateCodec,
  TenantId,
  apply,
  decode,
  emptyState,
  formatDecodeError,
  customersOfPartner,
  getPartner,
  getPartnersByMpnId,
  partnershipsOfProvider,
  partnershipsOfReseller,
  relationshipsOfCustomer,
  subscriptionsOfCustomer,
  isoDateTime,
  stateFromDocument,
  stateToJson,
  tenantId,
  type ProgramState,
} from '../src/index.js'
import { freezeDeep } from '../src/internal/immer.js'
import { tableValues, type HashedKey } from '../src/model/table.js'
import type { Index } from '../src/model/tableIndex.js'
import { putSubscription } from '../src/model/writes.js'
import { commandRun } from './support/arbitraries.js'
import { world } from './support/index.js'

const finalState = (commands: ReadonlyArray<ProgramCommand>): ProgramState =>
  commands.reduce((s, c) => apply(s, c).state, world())

describe('ProgramState JSON', () => {
  it('round-trips losslessly through JSON text', () => {
    fc.assert(
      fc.property(commandRun(), (commands) => {
        const state = finalState(commands)
        const json = JSON.parse(JSON.stringify(ProgramStateCodec.encode(state)))
        const decoded = ProgramStateCodec.decode(json)
        if (E.isLeft(decoded)) throw new Error('state did not decode')
        expect(stateToJson(decoded.right)).toEqual(stateToJson(state))
        // indexes are rebuilt: every index-backed read agrees on both states
        const again = decoded.right
        for (const p of json.partners) {
          expect(getPartner(again, p.tenantId)).toEqual(getPartner(state, p.tenantId))
          expect(getPartnersByMpnId(again, p.mpnId)).toEqual(getPartnersByMpnId(state, p.mpnId))
          expect(customersOfPartner(again, p.tenantId)).toEqual(customersOfPartner(state, p.tenantId))
          expect(partnershipsOfProvider(again, p.tenantId)).toEqual(partnershipsOfProvider(state, p.tenantId))
          expect(partnershipsOfReseller(again, p.tenantId)).toEqual(partnershipsOfReseller(state, p.tenantId))
        }
        for (const c of json.tenants) {
          expect(subscriptionsOfCustomer(again, c.tenantId)).toEqual(subscriptionsOfCustomer(state, c.tenantId))
          expect(relationshipsOfCustomer(again, c.tenantId)).toEqual(relationshipsOfCustomer(state, c.tenantId))
        }
      }),
      { numRuns: 100 },
    )
  })

  it('decodes to frozen entities', () => {
    const decoded = ProgramStateCodec.decode(JSON.parse(JSON.stringify(stateToJson(world()))))
    if (E.isLeft(decoded)) throw new Error('state did not decode')
    const partner = getPartner(decoded.right, tenantId('11111111-1111-4111-8111-111111111111'))
    expect(Object.isFrozen(partner)).toBe(true)
    expect(Object.isFrozen(partner?.incentives)).toBe(true)
  })
})

describe('decode errors', () => {
  it('are typed values listing path, expected and received', () => {
    const result = decode(ProgramCommand, {
      command: 'enrollIndirect',
      input: {
        actor: { kind: 'partnerUser', tenantId: '11111111-1111-4111-8111-111111111111', role: 'globalAdmin' },
        at: 'tomorrow',
      },
    })
    expect(result).toEqual(
      E.left({
        _tag: 'DecodeError',
        codec: 'ProgramCommand',
        issues: [
          {
            path: 'input.at',
            expected: 'an ISO-8601 UTC instant such as "2019-11-04T09:00:00Z"',
            received: '"tomorrow"',
            kind: 'outOfRange',
          },
          {
            path: 'input.partnerTenantId',
            expected: 'a tenant ID (GUID such as "484e548c-f5f3-4528-93a9-c16c6373cb59")',
            received: 'nothing (the field is missing)',
            kind: 'invalid',
          },
          {
            path: 'input.confirmsAuthorization',
            expected: 'boolean',
            received: 'nothing (the field is missing)',
            kind: 'invalid',
          },
        ],
      }),
    )
  })

  it('name the wrong command without listing every other command', () => {
    const result = decode(ProgramCommand, { command: 'enrolIndirect', input: {} })
    if (E.isRight(result)) throw new Error('expected a decode error')
    expect(result.left.issues).toHaveLength(1)
    expect(result.left.issues[0]?.path).toBe('command')
    expect(result.left.issues[0]?.expected).toContain('"enrollIndirect"')
    expect(result.left.issues[0]?.received).toBe('"enrolIndirect"')
  })

  it('render one line per issue', () => {
    const result = decode(TenantId, 'not-a-guid')
    if (E.isRight(result)) throw new Error('expected a decode error')
    expect(formatDecodeError(result.left)).toBe(
      'Invalid TenantId:\n  at (root): expected a tenant ID (GUID such as "484e548c-f5f3-4528-93a9-c16c6373cb59"), received "not-a-guid"',
    )
  })
})

describe('identifiers', () => {
  it('normalize GUID case and instant spelling, so equal values compare equal', () => {
    expect(tenantId('484E548C-F5F3-4528-93A9-C16C6373CB59')).toBe('484e548c-f5f3-4528-93a9-c16c6373cb59')
    expect(isoDateTime('2019-11-04T09:00Z')).toBe('2019-11-04T09:00:00.000Z')
    expect(isoDateTime('2019-11-04T09:00:00+00:00')).toBe('2019-11-04T09:00:00.000Z')
  })

  it('throw a RangeError that names the expected form for invalid raw values', () => {
    expect(() => tenantId('x')).toThrow(/TenantId: "x" is not a tenant ID/)
    expect(() => isoDateTime('2019-11-04T09:00:00+02:00')).toThrow(RangeError)
  })
})

describe('stateFromDocument', () => {
  it('merges into a base: a partnership the document marks removed leaves the lists, an MPN ID change moves its index entry', () => {
    const provider = tenantId('22222222-2222-4222-8222-222222222222')
    const reseller = tenantId('33333333-3333-4333-8333-333333333333')
    const base = stateFromDocument({
      ...stateToJson(world()),
      partnerships: [
        {
          providerTenantId: provider,
          resellerTenantId: reseller,
          status: 'active',
          requestedAt: null,
          acceptedAt: null,
        },
      ],
    } as never)
    expect(partnershipsOfProvider(base, provider)).toHaveLength(1)
    const empty = stateToJson(emptyState)
    const removed = stateFromDocument(
      {
        ...empty,
        partnerships: [
          {
            providerTenantId: provider,
            resellerTenantId: reseller,
            status: 'removed',
            requestedAt: null,
            acceptedAt: null,
          },
        ],
      } as never,
      base,
    )
    expect(partnershipsOfProvider(removed, provider)).toEqual([])
    expect(partnershipsOfReseller(removed, reseller)).toEqual([])
    const reseller2 = { ...getPartner(base, reseller)!, mpnId: '4847384', locationMpnIds: ['4847384'] }
    const renamed = stateFromDocument({ ...empty, partners: [reseller2] } as never, base)
    expect(getPartnersByMpnId(renamed, '4847383' as never)).toEqual([])
    expect(getPartnersByMpnId(renamed, '4847384' as never).map((p) => p.tenantId)).toEqual([reseller])
  })
})

describe('stateFromDocument of a long list', () => {
  const guid = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`
  /** An index as immutable.js iterates it, outer and inner: the shape of its tries. */
  const shape = <K extends string, V extends string>(index: Index<K, V>) =>
    [...(index as unknown as IMap<HashedKey, IMap<HashedKey, string>>)].map(([k, ids]) => [k.key, [...ids.values()]])

  it('builds what one write per entity builds; a key listed twice keeps its last entity, under its last customer', () => {
    const json = stateToJson(world())
    const template = json.subscriptions[0]!
    // 900 entries, 700 IDs: the last 200 replace earlier ones and move them to another customer
    const listed = Array.from({ length: 900 }, (_, i) => ({
      ...template,
      id: guid('5', i % 700),
      customerTenantId: tenantId(guid('c', i % 37)),
    }))
    // the base holds the first 300, the rest is merged into it: entries 700 to 899 replace base entities
    const base = stateFromDocument({ ...json, subscriptions: listed.slice(0, 300) } as never)
    const merged = listed.slice(300)
    const bulk = stateFromDocument({ ...stateToJson(emptyState), subscriptions: merged } as never, base)
    const oneByOne = merged.reduce((s, x) => putSubscription(s, x as never), base)
    const inBulk = tableValues(bulk.subscriptions)
    expect(inBulk).toHaveLength(700)
    expect(inBulk.every((x, i) => x === tableValues(oneByOne.subscriptions)[i])).toBe(true)
    expect(shape(bulk.indexes.subscriptionsByCustomer)).toEqual(shape(oneByOne.indexes.subscriptionsByCustomer))
    const replaced = listed[800]! // replaces entry 100 of the base, listed under another customer
    expect(subscriptionsOfCustomer(bulk, replaced.customerTenantId)).toContain(replaced)
    expect(subscriptionsOfCustomer(base, tenantId(guid('c', 100 % 37))).map((x) => x.id)).toContain(replaced.id)
    expect(subscriptionsOfCustomer(bulk, tenantId(guid('c', 100 % 37))).map((x) => x.id)).not.toContain(replaced.id)
    expect(inBulk.every((x) => Object.isFrozen(x))).toBe(true)
  })
})

describe('freezeDeep', () => {
  it('freezes what immer freezes: plain objects and arrays all the way down, other objects as immer decides', () => {
    class Box {
      inner = { n: 1 }
    }
    const make = () => {
      const list: unknown[] & { extra?: object } = [1, { b: [2, { c: 3 }] }, null]
      list.extra = { e: 1 } // not an element: immer does not walk it
      const bare = Object.create(null) as Record<string, unknown>
      bare.y = { z: [{}] }
      const done = Object.freeze({ inner: { f: 1 } }) // already frozen: not walked
      return {
        list,
        when: new Date(0),
        map: new Map([[1, { x: 1 }]]),
        set: new Set([{ s: 1 }]),
        bare,
        box: new Box(),
        done,
      }
    }
    /** Whether each object reachable from `v` is frozen, in a fixed walk order. */
    const frozen = (v: unknown): ReadonlyArray<boolean> => {
      if (typeof v !== 'object' || v === null) return []
      const inside =
        v instanceof Map || v instanceof Set
          ? [...v.values()]
          : Reflect.ownKeys(v).map((k) => (v as Record<PropertyKey, unknown>)[k])
      return [Object.isFrozen(v), ...inside.flatMap(frozen)]
    }
    const ours = frozen(freezeDeep(make()))
    expect(ours).toEqual(frozen(freeze(make(), true)))
    expect(ours.filter(Boolean).length).toBeGreaterThan(5)
    expect(ours.some((f) => !f)).toBe(true)
  })
})
