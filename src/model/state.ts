/**
 * The program state: every table of the model and its secondary indexes, and the empty state. Read
 * it with the query functions of the queries module; the write functions of the writes module keep
 * tables and indexes in step (used only by `evolve` and the state codec).
 *
 * Each table is a persistent map (see the table module), so reading or writing one entity costs
 * O(log32 n) whatever the size of the state, and a new state shares everything else with the old.
 *
 * @module
 */
import { emptyTable } from './table.js'
import { emptyIndex } from './tableIndex.js'
import { INDEX_NAMES, TABLE_NAMES, type StateIndexFields, type StateTables } from './tables.js'

/**
 * Secondary indexes, maintained with the tables; never serialized (they are rebuilt on decode).
 * Each is declared, with the entries an entity is listed under, by the table it indexes in the
 * table registry (`src/model/tables.ts`).
 *
 * @category models
 * @since 0.1.0
 */
export interface StateIndexes extends StateIndexFields {}

/**
 * The state of the CSP program as the library models it. Immutable: commands return a new state and
 * never change the one they are given. Read it with the query functions (`getPartner`,
 * `customersOfPartner`, …). One field per table of the table registry (`src/model/tables.ts`), each
 * described with its key, and `indexes` (see {@link StateIndexes}).
 *
 * @category models
 * @since 0.1.0
 */
export interface ProgramState extends StateTables {
  /** The secondary indexes of the tables. */
  readonly indexes: StateIndexes
}

/**
 * The empty program state: no partners, tenants, customers or subscriptions.
 *
 * @category constructors
 * @since 0.1.0
 */
export const emptyState: ProgramState = Object.freeze({
  ...Object.fromEntries(TABLE_NAMES.map((name) => [name, emptyTable()])),
  indexes: Object.freeze(Object.fromEntries(INDEX_NAMES.map((name) => [name, emptyIndex()]))),
}) as unknown as ProgramState
