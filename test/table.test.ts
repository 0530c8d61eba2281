import fc from 'fast-check'
import { Map as IMap } from 'immutable'
import { describe, expect, it } from 'vitest'
import {
  emptyTable,
  HashedKey,
  hashKey,
  tableGet,
  tableHas,
  tableSet,
  tableKey,
  tableSetMany,
  tableSize,
  tableValues,
  type Table,
} from '../src/model/table.js'
import {
  emptyIndex,
  indexAdd,
  indexAddMany,
  indexGet,
  indexHas,
  indexRemove,
  indexWorkingCopy,
  sealIndex,
  type Index,
} from '../src/model/tableIndex.js'

const guid = fc.uuid().map((u) => u.toLowerCase())
const key = fc.oneof(
  guid,
  fc.tuple(guid, guid).map(([a, b]) => `${a}/${b}`),
  fc.string({ minLength: 1, maxLength: 20 }),
)

type Entry = { readonly k: string; readonly v: number }
/** `tableSetMany` with each value's key object made from its `k`. */
const setMany = (table: Table<string, Entry>, values: ReadonlyArray<Entry>) =>
  tableSetMany(
    table,
    values,
    values.map((x) => tableKey(x.k)),
  )
/** `pairs` as `indexAddMany` takes them: each value's key object, grouped by key in first-seen order. */
const groupsOf = (pairs: ReadonlyArray<readonly [string, string]>) => {
  const groups = new Map<string, HashedKey[]>()
  for (const [k, v] of pairs) groups.set(k, [...(groups.get(k) ?? []), tableKey(v)])
  return groups
}

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
            table = setMany(
              table,
              o.kvs.map(([k, v]) => ({ k, v })),
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
            setMany(
              emptyTable<string, Entry>(),
              [...model].map(([k, v]) => ({ k, v })),
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
            groupsOf(ops.filter(([add]) => add).map(([, k, v]) => [k, v] as const)),
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

/** The entries of an index as immutable.js iterates them, outer and inner: the shape of its tries. */
const indexShape = (index: Index<string, string>) =>
  [...(index as unknown as IMap<HashedKey, IMap<HashedKey, string>>)].map(([k, members]) => [
    k.key,
    [...members.values()],
  ])

describe('bulk writes build the very maps one write per entry builds', () => {
  // many values go in trie order, not list order: what each map holds and the order it iterates in
  // (which shows the shape of its trie) must be those of one write per value
  const many = (pool: number) => fc.array(fc.nat(pool - 1), { minLength: 256, maxLength: 1200 })

  it('a table written in bulk iterates like one written a value at a time, also over a base and with keys repeated', () => {
    fc.assert(
      fc.property(many(900), fc.nat(40), (picks, baseSize) => {
        const values = picks.map((p, i) => ({ k: `k${p}`, v: i }))
        const base = values.slice(0, baseSize).reduce((t, x) => tableSet(t, x.k, x), emptyTable<string, Entry>())
        const rest = values.slice(baseSize)
        const oneByOne = rest.reduce((t, x) => tableSet(t, x.k, x), base)
        const bulk = setMany(base, rest)
        expect(tableValues(bulk)).toEqual(tableValues(oneByOne))
        expect(tableValues(base)).toHaveLength(new Set(values.slice(0, baseSize).map((x) => x.k)).size)
      }),
      { numRuns: 25 },
    )
  })

  it('many values under at most 8 keys keep the order their keys first came in, as immutable.js does', () => {
    const values = Array.from({ length: 400 }, (_, i) => ({ k: `key ${(i * 5) % 7}`, v: i }))
    const oneByOne = values.reduce((t, x) => tableSet(t, x.k, x), emptyTable<string, Entry>())
    expect(tableValues(setMany(emptyTable(), values)).map((x) => x.k)).toEqual(tableValues(oneByOne).map((x) => x.k))
    expect(tableValues(setMany(emptyTable(), values))).toEqual(tableValues(oneByOne))
  })

  it('keys with one hash code keep their list order', () => {
    // four keys share a code: immutable.js keeps them in one collision node, in the order they came
    const keys = Array.from({ length: 300 }, (_, i) =>
      i % 75 === 0 ? new HashedKey(`same ${i}`, 12345) : tableKey(`k${i}`),
    )
    const values = keys.map((k, i) => ({ k: k.key, v: i }))
    const listOrder = IMap<HashedKey, Entry>().withMutations((m) => keys.forEach((k, i) => m.set(k, values[i]!)))
    expect(tableValues(tableSetMany(emptyTable<string, Entry>(), values, keys))).toEqual([...listOrder.values()])
  })

  it('an index written in bulk iterates like one written an entry at a time, with big and small groups, over a base', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(30), fc.nat(600)), { minLength: 300, maxLength: 1500 }),
        fc.nat(50),
        (picks, baseSize) => {
          // key 0 collects about 1/2 of the entries (a group of hundreds), the rest spread over 30 keys
          const pairs = picks.map(([k, v]): readonly [string, string] => [`key ${k % 2 === 0 ? 0 : k}`, `v${v}`])
          const base = pairs.slice(0, baseSize).reduce((ix, [k, v]) => indexAdd(ix, k, v), emptyIndex<string, string>())
          const rest = pairs.slice(baseSize)
          const oneByOne = rest.reduce((ix, [k, v]) => indexAdd(ix, k, v), base)
          expect(indexShape(indexAddMany(base, groupsOf(rest)))).toEqual(indexShape(oneByOne))
        },
      ),
      { numRuns: 25 },
    )
  })

  it('an index of more than 256 keys, each with a few members, iterates like one written an entry at a time', () => {
    const pairs = Array.from({ length: 3000 }, (_, i): readonly [string, string] => [
      `customer ${i % 700}`,
      `subscription ${i}`,
    ])
    const oneByOne = pairs.reduce((ix, [k, v]) => indexAdd(ix, k, v), emptyIndex<string, string>())
    expect(indexShape(indexAddMany(emptyIndex(), groupsOf(pairs)))).toEqual(indexShape(oneByOne))
  })
})

describe('index working copies', () => {
  const members = (ix: Index<string, string>, keys: ReadonlyArray<string>) => keys.map((k) => indexGet(ix, k))

  it('edit their sets in place, leave the index they copy unchanged, and seal into an ordinary index', () => {
    const KEYS = ['a', 'b', 'c', 'd']
    const op = fc.record({
      add: fc.boolean(),
      key: fc.constantFrom(...KEYS),
      value: fc.constantFrom('1', '2', '3', '4', '5'),
    })
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), fc.array(op, { minLength: 1, maxLength: 60 }), (before, during) => {
        const apply = (ix: Index<string, string>, o: { add: boolean; key: string; value: string }) =>
          o.add ? indexAdd(ix, o.key, o.value) : indexRemove(ix, o.key, o.value)
        const base = before.reduce(apply, emptyIndex<string, string>())
        const baseMembers = members(base, KEYS)
        const persistent = during.reduce(apply, base)
        const copy = indexWorkingCopy(base)
        // every write edits the working copy itself
        for (const o of during) expect(apply(copy, o)).toBe(copy)
        const sealed = sealIndex(copy)
        expect(members(sealed, KEYS)).toEqual(members(persistent, KEYS))
        expect(members(base, KEYS)).toEqual(baseMembers)
        for (const k of KEYS)
          for (const v of ['1', '2', '3', '4', '5']) expect(indexHas(sealed, k, v)).toBe(indexHas(persistent, k, v))
        // sealed: a later write makes a new index and leaves the sealed one as it is
        const later = indexAdd(sealed, 'a', '9')
        expect(later).not.toBe(sealed)
        expect(indexHas(sealed, 'a', '9')).toBe(false)
      }),
      { numRuns: 300, seed: 15 },
    )
  })
})
