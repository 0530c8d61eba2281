import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyIndex,
  emptyTable,
  hashKey,
  indexAdd,
  indexAddMany,
  indexGet,
  indexHas,
  indexRemove,
  tableGet,
  tableHas,
  tableSet,
  tableSetMany,
  tableSize,
  type Index,
  type Table,
} from '../src/model/table.js'

const guid = fc.uuid().map((u) => u.toLowerCase())
const key = fc.oneof(
  guid,
  fc.tuple(guid, guid).map(([a, b]) => `${a}/${b}`),
  fc.string({ minLength: 1, maxLength: 20 }),
)

type Op =
  | { readonly op: 'set'; readonly k: string; readonly v: number }
  | { readonly op: 'many'; readonly kvs: ReadonlyArray<readonly [string, number]> }

describe('tables and indexes behave like maps and sets (model-based)', () => {
  it('a table agrees with a native Map after any sequence of writes, and never changes an earlier table', () => {
    const keys = fc.array(key, { minLength: 1, maxLength: 12 })
    fc.assert(
      fc.property(keys, fc.array(fc.nat(), { maxLength: 1 }), (pool, _) => {
        const ops = fc.sample(
          fc.oneof(
            fc.record({ op: fc.constant('set' as const), k: fc.constantFrom(...pool), v: fc.nat() }),
            fc.record({
              op: fc.constant('many' as const),
              kvs: fc.array(fc.tuple(fc.constantFrom(...pool), fc.nat()), { maxLength: 4 }),
            }),
          ),
          30,
        ) as ReadonlyArray<Op>
        let table: Table<string, { k: string; v: number }> = emptyTable()
        const model = new Map<string, number>()
        const history: Array<[Table<string, { k: string; v: number }>, Map<string, number>]> = []
        for (const o of ops) {
          history.push([table, new Map(model)])
          if (o.op === 'set') {
            table = tableSet(table, o.k, { k: o.k, v: o.v })
            model.set(o.k, o.v)
          } else {
            table = tableSetMany(
              table,
              o.kvs.map(([k, v]) => ({ k, v })),
              (x) => x.k,
            )
            for (const [k, v] of o.kvs) model.set(k, v)
          }
        }
        const agrees = (t: typeof table, m: Map<string, number>) => {
          expect(tableSize(t)).toBe(m.size)
          for (const k of pool) {
            expect(tableHas(t, k)).toBe(m.has(k))
            expect(tableGet(t, k)?.v).toBe(m.get(k))
          }
        }
        agrees(table, model)
        for (const [t, m] of history) agrees(t, m)
        expect(
          tableSize(
            tableSetMany(
              emptyTable<string, { k: string; v: number }>(),
              [...model].map(([k, v]) => ({ k, v })),
              (x) => x.k,
            ),
          ),
        ).toBe(model.size)
      }),
      { numRuns: 300 },
    )
  })

  it('an index agrees with a native Map of Sets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom<string>('a', 'b', 'c'), key), { maxLength: 40 }),
        (ops) => {
          let index: Index<string, string> = emptyIndex()
          const model = new Map<string, Set<string>>()
          for (const [add, k, v] of ops) {
            index = add ? indexAdd(index, k, v) : indexRemove(index, k, v)
            const set = model.get(k) ?? new Set()
            if (add) set.add(v)
            else set.delete(v)
            model.set(k, set)
          }
          for (const k of ['a', 'b', 'c']) {
            expect(indexGet(index, k)).toEqual([...(model.get(k) ?? [])].sort())
            for (const [, , v] of ops) expect(indexHas(index, k, v)).toBe(model.get(k)?.has(v) ?? false)
          }
          const bulk = indexAddMany(
            emptyIndex<string, string>(),
            ops.filter(([add]) => add).map(([, k, v]) => [k, v] as const),
          )
          for (const k of ['a', 'b', 'c'])
            expect(indexGet(bulk, k)).toEqual(
              [...new Set(ops.filter(([add, kk]) => add && kk === k).map(([, , v]) => v))].sort(),
            )
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('hashKey', () => {
  it('spreads sequential GUIDs: 100,000 of them get at least 99,990 distinct hash codes', () => {
    const codes = new Set<number>()
    for (let i = 0; i < 100_000; i++)
      codes.add(hashKey(`f${i.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`))
    expect(codes.size).toBeGreaterThanOrEqual(99_990)
  })
})
