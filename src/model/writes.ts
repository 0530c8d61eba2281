/**
 * The write functions of the program state, used by `evolve` and by the state codec only, all
 * derived from the table registry: each keeps its table and the secondary indexes its entities are
 * listed in (their index entries) in step; {@link putAll} writes many entities of one table in bulk,
 * and {@link inWorkingCopy} runs writes on a private working copy.
 *
 * @module
 */
import type { ProgramState, StateIndexes } from './state.js'
import { indexAdd, indexAddMany, indexRemove, indexWorkingCopy, sealIndex, type Index } from './tableIndex.js'
import {
  sealTable,
  tableGet,
  tableSet,
  tableSetMany,
  tableKey,
  tableSize,
  tableWorkingCopy,
  type HashedKey,
  type Table,
} from './table.js'
import { specOf, TABLE_NAMES, type EntityOf, type IndexName, type TableName } from './tables.js'

type Entries = ReadonlyArray<readonly [string, string]>
type AnyIndex = Index<string, string>
type AnyTable = Table<string, unknown>

const has = (entries: Entries, key: string, value: string): boolean =>
  entries.some(([k, v]) => k === key && v === value)

/** `index` without the entries of `before` that `after` does not keep. */
const removeStale = (index: AnyIndex, before: Entries, after: Entries): AnyIndex => {
  let next = index
  for (const [key, value] of before) if (!has(after, key, value)) next = indexRemove(next, key, value)
  return next
}

/** `indexes` with `index` under `name`: the same object when the index did not change. */
const withIndex = (indexes: StateIndexes, name: IndexName, index: AnyIndex): StateIndexes =>
  (indexes[name] as AnyIndex) === index ? indexes : ({ ...indexes, [name]: index } as StateIndexes)

/** Whether two lists of index entries are the same entries in the same order (most updates keep them). */
const sameEntries = (a: Entries, b: Entries): boolean => {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i]?.[0] !== b[i]?.[0] || a[i]?.[1] !== b[i]?.[1]) return false
  return true
}

/**
 * The write of one table: stores an entity under its key and moves it in the indexes of its table,
 * from the entries of the entity it replaces (if any) to its own; an index whose entries the
 * replacement keeps is not touched. `previous`, when the caller already holds it, is the entity
 * stored under the key (it is looked up otherwise).
 */
const put = <N extends TableName>(
  name: N,
): ((state: ProgramState, entity: EntityOf<N>, previous?: EntityOf<N>) => ProgramState) => {
  const { key, indexes } = specOf(name)
  return (state, entity, held) => {
    const table = state[name] as AnyTable
    const k = key(entity)
    let next = state.indexes
    if (indexes.length > 0) {
      const previous = held ?? tableGet(table, k)
      for (const [index, entriesOf] of indexes) {
        const after = entriesOf(entity)
        const before = previous === undefined ? undefined : entriesOf(previous)
        if (before !== undefined && sameEntries(before, after)) continue
        let updated = state.indexes[index] as AnyIndex
        if (before !== undefined) updated = removeStale(updated, before, after)
        for (const [key, value] of after) updated = indexAdd(updated, key, value)
        next = withIndex(next, index, updated)
      }
    }
    return { ...state, [name]: tableSet(table, k, entity), indexes: next }
  }
}

/** Stores a partner and lists it under its MPN IDs. @internal */
export const putPartner = put('partners')
/** Stores a tenant. @internal */
export const putTenant = put('tenants')
/** Stores a customer record. @internal */
export const putCustomer = put('customers')
/** Stores a reseller relationship and lists it in the relationship indexes. @internal */
export const putRelationship = put('relationships')
/** Stores a partnership and lists it in the partnership indexes unless it is removed. @internal */
export const putPartnership = put('partnerships')
/** Stores an invitation and lists it under its customer. @internal */
export const putInvitation = put('invitations')
/** Stores a subscription and lists it under its customer. @internal */
export const putSubscription = put('subscriptions')
/** Stores a revenue entry. @internal */
export const putRevenue = put('revenue')
/** Stores a GDAP relationship and lists it under its partner and customer. @internal */
export const putGdapRelationship = put('gdapRelationships')

/** The last value of each key, in first-seen key order: what a table keeps of `values`. */
const lastByKey = <A>(values: ReadonlyArray<A>, key: (a: A) => string): ReadonlyArray<A> => {
  const last = new Map<string, A>()
  for (const v of values) last.set(key(v), v)
  return [...last.values()]
}

/**
 * The index entries of `values` (`keys[i]` the key object of `values[i]`) grouped by index key, each
 * member as a key object: the entity's own when the member is its key, shared with the table.
 */
const entryGroups = <A>(values: ReadonlyArray<A>, keys: ReadonlyArray<HashedKey>, entriesOf: (a: A) => Entries) => {
  const groups = new Map<string, HashedKey[]>()
  for (let i = 0; i < values.length; i++) {
    const own = keys[i]!
    for (const [key, value] of entriesOf(values[i]!)) {
      const member = value === own.key ? own : tableKey(value)
      const group = groups.get(key)
      if (group === undefined) groups.set(key, [member])
      else group.push(member)
    }
  }
  return groups
}

/**
 * Writes `values` to table `name` in bulk, in one transient pass per table and index: the same
 * state as one put per value, in order (a later value replaces an earlier one with the same key),
 * much faster for large loads. Each value's key is hashed once: the table and the index entries
 * that list the value by its key share one key object. When no value replaces another (the usual
 * load), the values are indexed as they are; otherwise each replaced entity first leaves the index
 * entries its replacement does not keep.
 *
 * @internal
 */
export const putAll = <N extends TableName>(
  state: ProgramState,
  name: N,
  values: ReadonlyArray<EntityOf<N>>,
): ProgramState => {
  const { key, indexes } = specOf(name)
  const table = state[name] as AnyTable
  const keysOf = (vs: ReadonlyArray<unknown>) => vs.map((v) => tableKey(key(v)))
  const keys = keysOf(values)
  const written = tableSetMany(table, values, keys)
  const replaces = tableSize(written) !== tableSize(table) + values.length
  const kept = replaces ? lastByKey(values, key) : values
  const keptKeys = replaces ? keysOf(kept) : keys
  const previous = replaces ? kept.map((v) => tableGet(table, key(v))) : []
  let next = state.indexes
  for (const [index, entriesOf] of indexes) {
    let updated = state.indexes[index] as AnyIndex
    previous.forEach((p, i) => {
      if (p !== undefined) updated = removeStale(updated, entriesOf(p), entriesOf(kept[i]))
    })
    next = withIndex(next, index, indexAddMany(updated, entryGroups(kept, keptKeys, entriesOf)))
  }
  return { ...state, [name]: written, indexes: next }
}

const mapTables = (
  state: ProgramState,
  table: <V>(t: Table<string, V>) => Table<string, V>,
  index: (i: AnyIndex) => AnyIndex,
): ProgramState =>
  ({
    ...Object.fromEntries(TABLE_NAMES.map((name) => [name, table(state[name] as AnyTable)])),
    indexes: Object.fromEntries(Object.entries(state.indexes).map(([name, i]) => [name, index(i as AnyIndex)])),
  }) as unknown as ProgramState

/**
 * Runs `work` on a private working copy of `state` whose tables are edited in place, then seals
 * the result. For bulk work whose intermediate states nobody sees (replaying a log): the same
 * writes, without copying a path of each table per write. `state` itself is never changed.
 *
 * @internal
 */
export const inWorkingCopy = (state: ProgramState, work: (copy: ProgramState) => ProgramState): ProgramState =>
  mapTables(work(mapTables(state, tableWorkingCopy, indexWorkingCopy)), sealTable, sealIndex)
