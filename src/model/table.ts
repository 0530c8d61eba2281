/**
 * Tables and indexes: the storage layer of {@link ProgramState}.
 *
 * Every table is a persistent hash map (immutable.js under the hood), so reading or replacing one
 * entity costs O(log32 n) and shares the rest of the structure with the previous state. The
 * library never exposes immutable.js: callers read through the functions of this module and the
 * query functions of the state module. Entities stored in tables are deeply frozen plain objects.
 *
 * @module
 */
import { Map as IMap, Set as ISet } from 'immutable'

declare const TableKey: unique symbol
declare const IndexKey: unique symbol

/**
 * An immutable table of entities of type `V` keyed by `K`. Opaque: use {@link tableGet},
 * {@link tableValues} and the state query functions.
 *
 * @category models
 */
export interface Table<K extends string, V> {
  /** Type-level marker only: carries the key and value types; there is no such property at run time. */
  readonly [TableKey]: (key: K) => V
}

/**
 * An immutable secondary index from a key `K` to a set of `V` (for example the customers of a
 * partner). Opaque: use {@link indexGet}.
 *
 * @category models
 */
export interface Index<K extends string, V extends string> {
  /** Type-level marker only: carries the key and value types; there is no such property at run time. */
  readonly [IndexKey]: (key: K) => V
}

const asMap = <K extends string, V>(table: Table<K, V>) => table as unknown as IMap<K, V>
const asTable = <K extends string, V>(map: IMap<K, V>) => map as unknown as Table<K, V>
const asIndexMap = <K extends string, V extends string>(index: Index<K, V>) => index as unknown as IMap<K, ISet<V>>
const asIndex = <K extends string, V extends string>(map: IMap<K, ISet<V>>) => map as unknown as Index<K, V>

/** An empty table. @category constructors */
export const emptyTable = <K extends string, V>(): Table<K, V> => asTable(IMap<K, V>())

/** Builds a table from a list of entities and a key function, in one pass. @category constructors */
export const tableFromValues = <K extends string, V>(values: Iterable<V>, keyOf: (v: V) => K): Table<K, V> =>
  asTable(
    IMap<K, V>().withMutations((m) => {
      for (const v of values) m.set(keyOf(v), v)
    }),
  )

/** The entity stored under `key`, or `undefined`. O(log32 n). @category queries */
export const tableGet = <K extends string, V>(table: Table<K, V>, key: K): V | undefined => asMap(table).get(key)

/** Whether `key` is present. @category queries */
export const tableHas = <K extends string, V>(table: Table<K, V>, key: K): boolean => asMap(table).has(key)

/** The number of entities. @category queries */
export const tableSize = <K extends string, V>(table: Table<K, V>): number => asMap(table).size

/** All entities, in insertion-independent hash order (sort them if order matters). O(n). @category queries */
export const tableValues = <K extends string, V>(table: Table<K, V>): ReadonlyArray<V> =>
  asMap(table).valueSeq().toArray()

/** A new table with `value` stored under `key`; the original is unchanged. @category constructors */
export const tableSet = <K extends string, V>(table: Table<K, V>, key: K, value: V): Table<K, V> =>
  asTable(asMap(table).set(key, value))

/** An empty index. @category constructors */
export const emptyIndex = <K extends string, V extends string>(): Index<K, V> => asIndex(IMap<K, ISet<V>>())

/** The values indexed under `key`, sorted, or an empty list. O(m log m) for m values. @category queries */
export const indexGet = <K extends string, V extends string>(index: Index<K, V>, key: K): ReadonlyArray<V> => {
  const set = asIndexMap(index).get(key)
  return set === undefined ? [] : set.toArray().sort()
}

/** Whether `value` is indexed under `key`. @category queries */
export const indexHas = <K extends string, V extends string>(index: Index<K, V>, key: K, value: V): boolean =>
  asIndexMap(index).get(key)?.has(value) ?? false

/** A new index with `value` added under `key`. @category constructors */
export const indexAdd = <K extends string, V extends string>(index: Index<K, V>, key: K, value: V): Index<K, V> => {
  const map = asIndexMap(index)
  const current = map.get(key)
  if (current?.has(value)) return index
  return asIndex(map.set(key, (current ?? ISet<V>()).add(value)))
}

/** A new index with `value` removed from `key`. @category constructors */
export const indexRemove = <K extends string, V extends string>(index: Index<K, V>, key: K, value: V): Index<K, V> => {
  const map = asIndexMap(index)
  const current = map.get(key)
  if (!current?.has(value)) return index
  const next = current.remove(value)
  return asIndex(next.size === 0 ? map.remove(key) : map.set(key, next))
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
      for (const v of values) m.set(keyOf(v), v)
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
  const grouped = new Map<K, V[]>()
  for (const [k, v] of pairs) {
    const list = grouped.get(k)
    if (list === undefined) grouped.set(k, [v])
    else list.push(v)
  }
  return asIndex(
    asIndexMap(index).withMutations((m) => {
      for (const [k, vs] of grouped) m.set(k, (m.get(k) ?? ISet<V>()).union(vs))
    }),
  )
}
