/**
 * Recent table look-ups, remembered across the reads of one command (or of one command log), and
 * forgotten when it ends: nothing here outlives the command, so no state a caller dropped is held.
 *
 * @internal
 */

/**
 * The last few look-ups, as table, key and entity: a command reads the entity it judges, its event
 * reads it again to change it, and the write reads what it replaces. In a table of a million
 * entities each look-up walks a dozen objects the processor's caches no longer hold (about 1 to 2 µs),
 * so the repeats are answered here. Sound because a table is changed in place only by `tableSet` on
 * a working copy, which updates what is remembered for its key, or by a bulk write, which forgets
 * everything ({@link forgetAll}); every other change makes a new table object.
 */
const RECENT = 4
const recentTables: Array<object | undefined> = new Array<undefined>(RECENT).fill(undefined)
const recentKeys: string[] = new Array<string>(RECENT).fill('')
const recentValues: unknown[] = new Array<undefined>(RECENT).fill(undefined)
let oldest = 0

/** The slot remembering `key` of `table`, or -1. */
const recentSlot = (table: object, key: string): number => {
  for (let i = 0; i < RECENT; i++) if (recentTables[i] === table && recentKeys[i] === key) return i
  return -1
}

/** How many {@link recalling} scopes are running: look-ups are remembered only inside one. */
let depth = 0

/**
 * Runs `work` (a command, or a log of them) with its table look-ups remembered; when the outermost
 * scope ends, everything remembered is forgotten.
 */
export const recalling = <A>(work: () => A): A => {
  depth++
  try {
    return work()
  } finally {
    if (--depth === 0) forgetAll()
  }
}

/** Remembers that `key` of `table` holds `value` (replacing what was remembered for them, or the oldest slot). */
export const remember = (table: object, key: string, value: unknown): void => {
  if (depth === 0) return
  let slot = recentSlot(table, key)
  if (slot < 0) {
    slot = oldest
    oldest = (oldest + 1) % RECENT
  }
  recentTables[slot] = table
  recentKeys[slot] = key
  recentValues[slot] = value
}

/** What {@link recalled} returns for a look-up it does not remember. */
export const NOT_RECALLED: unique symbol = Symbol('NOT_RECALLED')

/** The entity remembered under `key` of `table` (`undefined` for a key remembered absent), or {@link NOT_RECALLED}. */
export const recalled = (table: object, key: string): unknown => {
  if (depth === 0) return NOT_RECALLED
  const slot = recentSlot(table, key)
  return slot < 0 ? NOT_RECALLED : recentValues[slot]
}

/** Forgets every remembered look-up (before a bulk write that may edit a table in place). */
export const forgetAll = (): void => {
  recentTables.fill(undefined)
  recentValues.fill(undefined)
}
