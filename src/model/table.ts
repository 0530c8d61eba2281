/**
 * Tables: the storage layer of {@link ProgramState} (its secondary indexes are the tableIndex module).
 *
 * Every table is a persistent hash map (immutable.js under the hood), so reading or replacing one
 * entity costs O(log32 n) and shares the rest of the structure with the previous state. The
 * library never exposes immutable.js, nor this module: callers read through the query functions
 * (the queries module). Entities stored in tables are deeply frozen plain objects.
 *
 * Keys reach immutable.js as {@link HashedKey} objects carrying their own hash: immutable.js hashes
 * strings longer than 16 characters through a small global cache, which thrashes with millions of
 * distinct GUIDs (about 1 µs per hash, measured).
 *
 * @module
 */
import { Map as IMap } from 'immutable'
import { forgetAll, NOT_RECALLED, recalled, remember } from './recentLookups.js'

declare const TableKey: unique symbol

/**
 * An immutable table of entities of type `V` keyed by `K`. Opaque: read it with the query functions
 * (`getPartner`, `customersOfPartner`, …, `entitiesOf` for every entity of a table).
 *
 * @category models
 * @since 0.1.0
 */
export interface Table<K extends string, V> {
  /** Type-level marker only: carries the key and value types; there is no such property at run time. */
  readonly [TableKey]: (key: K) => V
}

/**
 * A table key as immutable.js sees it: the key string with a 32-bit hash computed here (FNV-1a over
 * the code units, then an avalanche step). Immutable.js uses `hashCode()` when a key has one and
 * compares keys by `valueOf()`, so equal strings are equal keys.
 *
 * @internal
 */
export class HashedKey {
  constructor(
    readonly key: string,
    readonly code: number,
  ) {}
  hashCode(): number {
    return this.code
  }
  valueOf(): string {
    return this.key
  }
  equals(other: unknown): boolean {
    return other instanceof HashedKey && other.key === this.key
  }
}

/** The 32-bit hash of a key string: FNV-1a, then the avalanche step of MurmurHash3. @internal */
export const hashKey = (key: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

/** The key object for `key`. @internal */
export const tableKey = (key: string): HashedKey => new HashedKey(key, hashKey(key))

type Stored<V> = IMap<HashedKey, V>
const asMap = <K extends string, V>(table: Table<K, V>) => table as unknown as Stored<V>
const asTable = <K extends string, V>(map: Stored<V>) => map as unknown as Table<K, V>

/** An empty table. @category constructors */
export const emptyTable = <K extends string, V>(): Table<K, V> => asTable(IMap<HashedKey, V>())

/** The entity stored under `key`, or `undefined`. O(log32 n). @category queries */
export const tableGet = <K extends string, V>(table: Table<K, V>, key: K): V | undefined => {
  const known = recalled(table, key)
  if (known !== NOT_RECALLED) return known as V | undefined
  const value = asMap(table).get(tableKey(key))
  remember(table, key, value)
  return value
}

/** Whether `key` is present. @category queries */
export const tableHas = <K extends string, V>(table: Table<K, V>, key: K): boolean => tableGet(table, key) !== undefined

/** The number of entities. @category queries */
export const tableSize = <K extends string, V>(table: Table<K, V>): number => asMap(table).size

/** All entities, in insertion-independent hash order (sort them if order matters). O(n). @category queries */
export const tableValues = <K extends string, V>(table: Table<K, V>): ReadonlyArray<V> =>
  asMap(table).valueSeq().toArray()

/** A new table with `value` stored under `key`; the original is unchanged. @category constructors */
export const tableSet = <K extends string, V>(table: Table<K, V>, key: K, value: V): Table<K, V> => {
  const written = asTable<K, V>(asMap(table).set(tableKey(key), value))
  // a working copy is edited in place (`written === table`): what was remembered for the key is replaced
  remember(written, key, value)
  return written
}

/** Where a key leads in immutable.js's trie, sortable in walk order: its hash's 5-bit fragments, lowest first. */
const triePath = ({ code }: HashedKey): number => {
  const h = ((code >>> 1) & 0x40000000) | (code & 0xbfffffff) // immutable.js's `smi` step
  let path = 0
  for (let shift = 0; shift < 30; shift += 5) path = (path << 5) | ((h >>> shift) & 31)
  return ((path << 2) | (h >>> 30)) >>> 0
}
const POSITIONS = 2 ** 21 // a position below it packs after a trie path into one exactly sorted double
const SORTED_FROM = 256 // fewer keys: sorting costs more than it saves

/**
 * `map` with `valueAt(i)` set under `keys[i]` for each position, in one transient pass (a later
 * position wins). Many keys are set in trie order, equal hashes in list order: one left-to-right walk
 * of the trie that appends to its arrays in place, about a third faster than list order for a
 * million keys. The map is the same: immutable.js builds one trie for a set of keys whatever their
 * order, except the order of keys with equal hashes (kept here) and of a map of at most 8 entries
 * (a list in insertion order, so such a map is built again in list order).
 */
export const setAll = <V>(map: Stored<V>, keys: ReadonlyArray<HashedKey>, valueAt: (i: number) => V): Stored<V> => {
  const setIn = (order?: Uint32Array) =>
    map.withMutations((m) => {
      for (let j = 0; j < keys.length; j++) {
        const i = order === undefined ? j : order[j]!
        m.set(keys[i]!, valueAt(i))
      }
    })
  if (keys.length < SORTED_FROM || keys.length >= POSITIONS) return setIn()
  const sorted = new Float64Array(keys.length).map((_, i) => triePath(keys[i]!) * POSITIONS + i).sort()
  const built = setIn(Uint32Array.from(sorted, (x) => x % POSITIONS))
  return built.size > 8 ? built : setIn()
}

/**
 * A new table with each of `values` stored under its key object (`keys[i]` for `values[i]`, see
 * {@link tableKey}), built in one transient pass: much faster than one `tableSet` per value for large
 * loads. Later values replace earlier ones with the same key.
 *
 * @category constructors
 */
export const tableSetMany = <K extends string, V>(
  table: Table<K, V>,
  values: ReadonlyArray<V>,
  keys: ReadonlyArray<HashedKey>,
): Table<K, V> => {
  forgetAll()
  return asTable(setAll(asMap(table), keys, (i) => values[i]!))
}

/**
 * A private, mutable working copy of a table: writes to it edit in place (immutable.js transients)
 * and never touch `table`. Seal it with {@link sealTable} before anyone else sees it.
 *
 * @internal
 */
export const tableWorkingCopy = <K extends string, V>(table: Table<K, V>): Table<K, V> =>
  asTable(asMap(table).asMutable())

/** Seals a working copy back into an immutable table. @internal */
export const sealTable = <K extends string, V>(table: Table<K, V>): Table<K, V> => asTable(asMap(table).asImmutable())
