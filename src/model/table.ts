/**
 * Tables and indexes: the storage layer of {@link ProgramState}.
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

declare const TableKey: unique symbol
declare const IndexKey: unique symbol

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
 * An immutable secondary index from a key `K` to a set of `V` (for example the customers of a
 * partner). Opaque: the `…Of…` query functions read it (`customersOfPartner`, …).
 *
 * @category models
 * @since 0.1.0
 */
export interface Index<K extends string, V extends string> {
  /** Type-level marker only: carries the key and value types; there is no such property at run time. */
  readonly [IndexKey]: (key: K) => V
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
const asIndexMap = <K extends string, V extends string>(index: Index<K, V>) =>
  index as unknown as IMap<HashedKey, IMap<HashedKey, V>>
const asIndex = <K extends string, V extends string>(map: IMap<HashedKey, IMap<HashedKey, V>>) =>
  map as unknown as Index<K, V>

/** An empty table. @category constructors */
export const emptyTable = <K extends string, V>(): Table<K, V> => asTable(IMap<HashedKey, V>())

/** The entity stored under `key`, or `undefined`. O(log32 n). @category queries */
export const tableGet = <K extends string, V>(table: Table<K, V>, key: K): V | undefined =>
  asMap(table).get(tableKey(key))

/** Whether `key` is present. @category queries */
export const tableHas = <K extends string, V>(table: Table<K, V>, key: K): boolean => asMap(table).has(tableKey(key))

/** The number of entities. @category queries */
export const tableSize = <K extends string, V>(table: Table<K, V>): number => asMap(table).size

/** All entities, in insertion-independent hash order (sort them if order matters). O(n). @category queries */
export const tableValues = <K extends string, V>(table: Table<K, V>): ReadonlyArray<V> =>
  asMap(table).valueSeq().toArray()

/** A new table with `value` stored under `key`; the original is unchanged. @category constructors */
export const tableSet = <K extends string, V>(table: Table<K, V>, key: K, value: V): Table<K, V> =>
  asTable(asMap(table).set(tableKey(key), value))

/** An empty index. @category constructors */
export const emptyIndex = <K extends string, V extends string>(): Index<K, V> =>
  asIndex(IMap<HashedKey, IMap<HashedKey, V>>())

/** The values indexed under `key`, sorted, or an empty list. O(m log m) for m values. @category queries */
export const indexGet = <K extends string, V extends string>(index: Index<K, V>, key: K): ReadonlyArray<V> => {
  const members = asIndexMap(index).get(tableKey(key))
  return members === undefined ? [] : members.valueSeq().toArray().sort()
}

/** Whether `value` is indexed under `key`. @category queries */
export const indexHas = <K extends string, V extends string>(index: Index<K, V>, key: K, value: V): boolean =>
  asIndexMap(index).get(tableKey(key))?.has(tableKey(value)) ?? false

/** A new index with `value` added under `key`. @category constructors */
export const indexAdd = <K extends string, V extends string>(index: Index<K, V>, key: K, value: V): Index<K, V> => {
  const map = asIndexMap(index)
  const k = tableKey(key)
  const member = tableKey(value)
  const current = map.get(k)
  if (current?.has(member)) return index
  return asIndex(map.set(k, (current ?? IMap<HashedKey, V>()).set(member, value)))
}

/** A new index with `value` removed from `key`. @category constructors */
export const indexRemove = <K extends string, V extends string>(index: Index<K, V>, key: K, value: V): Index<K, V> => {
  const map = asIndexMap(index)
  const k = tableKey(key)
  const member = tableKey(value)
  const current = map.get(k)
  if (!current?.has(member)) return index
  const next = current.remove(member)
  return asIndex(next.size === 0 ? map.remove(k) : map.set(k, next))
}

/**
 * A new table with every value of `values` stored under its key, built in one transient pass
 * (much faster than one `tableSet` per value for large loads). Later values replace earlier ones.
 *
 * @category constructors
 */
export const tableSetMany = <K extends string, V>(
  table: Table<K, V>,
  values: Iterable<V>,
  keyOf: (v: V) => K,
): Table<K, V> =>
  asTable(
    asMap(table).withMutations((m) => {
      for (const v of values) m.set(tableKey(keyOf(v)), v)
    }),
  )

/**
 * A new index with every `[key, value]` pair of `pairs` added, in one transient pass.
 *
 * @category constructors
 */
export const indexAddMany = <K extends string, V extends string>(
  index: Index<K, V>,
  pairs: Iterable<readonly [K, V]>,
): Index<K, V> => {
  const grouped = new Map<string, V[]>()
  for (const [key, v] of pairs) {
    const list = grouped.get(key)
    if (list === undefined) grouped.set(key, [v])
    else list.push(v)
  }
  return asIndex(
    asIndexMap(index).withMutations((m) => {
      for (const [key, vs] of grouped) {
        const k = tableKey(key)
        m.set(
          k,
          (m.get(k) ?? IMap<HashedKey, V>()).withMutations((members) => {
            for (const v of vs) members.set(tableKey(v), v)
          }),
        )
      }
    }),
  )
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

/** A private, mutable working copy of an index (its outer map). @internal */
export const indexWorkingCopy = <K extends string, V extends string>(index: Index<K, V>): Index<K, V> =>
  asIndex(asIndexMap(index).asMutable())

/** Seals a working copy back into an immutable index. @internal */
export const sealIndex = <K extends string, V extends string>(index: Index<K, V>): Index<K, V> =>
  asIndex(asIndexMap(index).asImmutable())
