/**
 * The look-ups a table remembers (src/model/recentLookups.ts) never answer with an entity the table
 * does not hold: over any sequence of writes and reads on persistent tables and on working copies
 * edited in place, every `tableGet` agrees with a plain model of each table version.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyTable,
  sealTable,
  tableGet,
  tableHas,
  tableSet,
  tableWorkingCopy,
  type Table,
} from '../src/model/table.js'
import { NOT_RECALLED, recalled, recalling } from '../src/model/recentLookups.js'

type T = Table<string, number>
const KEYS = ['a', 'b', 'c', 'd', 'e', 'f'] as const

const version = fc.nat({ max: 2 })
const key = fc.constantFrom(...KEYS)
const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), version, key, value: fc.integer() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('get' as const), version, key }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), version }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('seal' as const), version }) },
)

describe('remembered table look-ups', () => {
  it('follow a working copy edited in place', () =>
    recalling(() => {
      const base = tableSet(emptyTable<string, number>(), 'a', 1)
      const copy = tableWorkingCopy(base)
      expect(tableGet(copy, 'a')).toBe(1)
      expect(tableSet(copy, 'a', 2)).toBe(copy)
      expect(tableGet(copy, 'a')).toBe(2)
      expect(tableGet(base, 'a')).toBe(1)
      expect(tableGet(sealTable(copy), 'a')).toBe(2)
    }))

  it('are kept only while a command runs: forgotten when its scope ends, never remembered outside one', () => {
    const table = tableSet(emptyTable<string, number>(), 'a', 1)
    recalling(() => {
      expect(tableGet(table, 'a')).toBe(1)
      expect(recalled(table, 'a')).toBe(1)
      // a nested scope keeps what the outer one remembered
      recalling(() => expect(recalled(table, 'a')).toBe(1))
      expect(recalled(table, 'a')).toBe(1)
    })
    expect(recalled(table, 'a')).toBe(NOT_RECALLED)
    expect(tableGet(table, 'a')).toBe(1)
    recalling(() => expect(recalled(table, 'a')).toBe(NOT_RECALLED))
  })

  it('agree with a model of every table version, persistent or edited in place', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 40, maxLength: 200 }), (ops) =>
        recalling(() => {
          // each version: the table and its model; a working copy's entry is edited in place
          const versions: Array<{ table: T; model: Map<string, number>; inPlace: boolean }> = [
            { table: emptyTable<string, number>(), model: new Map(), inPlace: false },
          ]
          for (const o of ops) {
            // one of the three newest versions, so that reads and writes meet on the same table
            const v = versions[Math.max(0, versions.length - 1 - o.version)]!
            if (o.kind === 'get') {
              expect(tableGet(v.table, o.key)).toBe(v.model.get(o.key))
              expect(tableHas(v.table, o.key)).toBe(v.model.has(o.key))
            } else if (o.kind === 'set') {
              const written = tableSet<string, number>(v.table, o.key, o.value)
              if (v.inPlace) {
                expect(written).toBe(v.table)
                v.model.set(o.key, o.value)
              } else versions.push({ table: written, model: new Map([...v.model, [o.key, o.value]]), inPlace: false })
            } else if (o.kind === 'copy' && !v.inPlace)
              versions.push({ table: tableWorkingCopy(v.table), model: new Map(v.model), inPlace: true })
            else if (o.kind === 'seal' && v.inPlace) {
              v.table = sealTable(v.table)
              v.inPlace = false
            }
          }
          for (const v of versions) for (const k of KEYS) expect(tableGet(v.table, k)).toBe(v.model.get(k))
        }),
      ),
      { numRuns: 400, seed: 15 },
    )
  })
})
