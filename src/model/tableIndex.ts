/**
 * Secondary indexes: from a key to the set of values listed under it (the customers of a partner,
 * the subscriptions of a customer, …), kept by the writes of the state. Each index is a persistent
 * map of persistent sets (immutable.js); a working copy of an index edits its map and the sets it
 * touches in place, and seals them all when it is sealed.
 *
 * @internal
 */
import { Map as IMap } from 'immutable'
import { setAll, tableKey, type HashedKey } from './table.js'

declare const IndexKey: unique symbol

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

type Members<V extends string> = IMap<HashedKey, V>
const asIndexMap = <K extends string, V extends string>(index: Index<K, V>) =>
  index as unknown as IMap<HashedKey, Members<V>>
const asIndex = <K extends string, V extends string>(map: IMap<HashedKey, Members<V>>) => map as unknown as Index<K, V>

/**
 * The sets of each index working copy that were made editable in place, by the working copy's map:
 * sealed with it. A set that is not listed is shared with the index the copy was made from.
 */
const editable = new WeakMap<object, Set<Members<string>>>()

/** The set `current` under `k` of a working copy's map, editable in place (made so the first time it is touched). */
const editableSet = <V extends string>(
  map: IMap<HashedKey, Members<V>>,
  sets: Set<Members<string>>,
  k: HashedKey,
  current: Members<V> | undefined,
): Members<V> => {
  if (current !== undefined && sets.has(current)) return current
  const set = (current ?? IMap<HashedKey, V>()).asMutable()
  sets.add(set)
  map.set(k, set)
  return set
}

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
  const sets = editable.get(map)
  if (sets === undefined) return asIndex(map.set(k, (current ?? IMap<HashedKey, V>()).set(member, value)))
  editableSet(map, sets, k, current).set(member, value)
  return index
}

/** A new index with `value` removed from `key`. @category constructors */
export const indexRemove = <K extends string, V extends string>(index: Index<K, V>, key: K, value: V): Index<K, V> => {
  const map = asIndexMap(index)
  const k = tableKey(key)
  const member = tableKey(value)
  const current = map.get(k)
  if (!current?.has(member)) return index
  const sets = editable.get(map)
  if (sets === undefined) {
    const next = current.remove(member)
    return asIndex(next.size === 0 ? map.remove(k) : map.set(k, next))
  }
  const set = editableSet(map, sets, k, current).remove(member)
  if (set.size === 0) map.remove(k)
  return index
}

/**
 * A new index with the members of each group added under the group's key, in one transient pass
 * per set. A member is the key object of its value (see {@link tableKey}), so that a bulk load can
 * share the objects of its table's keys.
 *
 * @internal
 */
export const indexAddMany = <K extends string, V extends string>(
  index: Index<K, V>,
  groups: ReadonlyMap<K, ReadonlyArray<HashedKey>>,
): Index<K, V> => {
  const [map, keys, members] = [asIndexMap(index), [...groups.keys()].map(tableKey), [...groups.values()]]
  // every group's set first, in list order: neighbouring groups often list neighbouring entities,
  // whose key objects the processor's caches still hold (a third faster for the bench's subscriptions)
  const sets = members.map((group, i) =>
    setAll(map.get(keys[i]!) ?? IMap<HashedKey, V>(), group, (j) => group[j]!.key as V),
  )
  return asIndex(setAll(map, keys, (i) => sets[i]!))
}

/**
 * A private, mutable working copy of an index: its map and the sets a write touches are edited in
 * place (immutable.js transients) and `index` is never changed. Seal it with {@link sealIndex}.
 */
export const indexWorkingCopy = <K extends string, V extends string>(index: Index<K, V>): Index<K, V> => {
  // a working copy of a working copy is itself (immutable.js): it keeps the sets it already edits
  const map = asIndexMap(index).asMutable()
  if (!editable.has(map)) editable.set(map, new Set())
  return asIndex(map)
}

/** Seals a working copy back into an immutable index, with every set it edited in place. */
export const sealIndex = <K extends string, V extends string>(index: Index<K, V>): Index<K, V> => {
  const map = asIndexMap(index)
  for (const set of editable.get(map) ?? []) set.asImmutable()
  editable.delete(map)
  return asIndex(map.asImmutable())
}
