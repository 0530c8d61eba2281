/**
 * Shrinking and reproducers. {@link shrink} delta-debugs the command list of a failing world: it
 * drops commands while the same invariant still breaks on replay (every invariant checked on every
 * step). {@link reproducerText} writes the result as JSON to paste into a test, and
 * {@link reproduce} replays such a text and returns every break:
 *
 * ```ts
 * import { reproduce } from './support/fuzz/shrink.js'
 * expect(reproduce(String.raw`{ "invariant": …, "base": "world", "commands": [ … ] }`)).toEqual([])
 * ```
 */
import { checkStep } from './invariants.js'
import { baseState, replayCommands, type Base, type ReplayedBreak, type WorldBreak } from './runner.js'
import { deepFreeze, revive, toReproText } from './values.js'

/** Whether replaying `commands` from `base` breaks `invariant` at some step. */
const breaksAgain = (base: Base, commands: ReadonlyArray<unknown>, invariant: string): boolean => {
  let state = baseState(base)
  for (const value of commands) {
    const result = checkStep(state, value, { expensive: true })
    if (result.breaks.some((b) => b.invariant === invariant)) return true
    state = result.state
  }
  return false
}

/**
 * Delta debugging (ddmin): the shortest sublist of `items` it finds for which `test` still holds
 * (`test(items)` is assumed to hold). Tries the list without each of `n` chunks, keeps the first
 * shorter list that passes, and refines the chunks down to single items; stops after `maxTries`
 * tests or `maxMs` milliseconds.
 */
export const ddmin = <A>(
  items: ReadonlyArray<A>,
  test: (candidate: ReadonlyArray<A>) => boolean,
  { maxTries = 2000, maxMs = 30_000 }: ShrinkOptions = {},
): ReadonlyArray<A> => {
  const deadline = performance.now() + maxMs
  let current = [...items]
  let tries = 0
  const more = () => tries < maxTries && performance.now() < deadline
  let n = 2
  while (current.length >= 2 && more()) {
    const size = Math.ceil(current.length / n)
    let reduced = false
    for (let start = 0; start < current.length && more(); start += size) {
      const complement = [...current.slice(0, start), ...current.slice(start + size)]
      tries++
      if (complement.length > 0 && test(complement)) {
        current = complement
        n = Math.max(n - 1, 2)
        reduced = true
        break
      }
    }
    if (!reduced) {
      if (n >= current.length) break
      n = Math.min(current.length, n * 2)
    }
  }
  return current
}

export interface ShrinkOptions {
  readonly maxTries?: number
  readonly maxMs?: number
}

/**
 * Shrinks a break's command list with {@link ddmin}: commands are dropped while replaying the rest
 * from the same base world, every invariant checked on every step, still breaks the same invariant.
 * Returns the world's list unchanged if replaying it does not break the invariant again.
 */
export const shrink = (found: WorldBreak, options: ShrinkOptions = {}): ReadonlyArray<unknown> => {
  const test = (candidate: ReadonlyArray<unknown>) => breaksAgain(found.base, candidate, found.invariant)
  return test(found.commands) ? ddmin(found.commands, test, options) : found.commands
}

/** The kind of a break: its invariant and its message without IDs, dates and numbers. */
export const category = (b: { readonly invariant: string; readonly message: string }): string =>
  `${b.invariant}: ${b.message
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<at>')
    .replace(/\d+/g, '<n>')}`

/**
 * A reproducer: the invariant, where it was found (seed, world, step of the world, the command that
 * broke it there), the base world and the (shrunk) commands to replay from it.
 */
export interface Reproducer {
  readonly invariant: string
  readonly message: string
  readonly seed: number
  readonly world: number
  readonly step?: number
  readonly breakingCommand?: unknown
  readonly base: Base
  readonly note: string
  readonly commands: ReadonlyArray<unknown>
}

/** The reproducer of a break as indented JSON (values JSON cannot hold are `{"$fuzz": …}` tokens). */
export const reproducerText = (found: WorldBreak, commands: ReadonlyArray<unknown>): string => {
  const head = JSON.stringify({
    invariant: found.invariant,
    message: found.message,
    seed: found.seed,
    world: found.world,
    step: found.step,
    base: found.base,
    note: found.note,
  })
  const breaking = toReproText(found.commands[found.step])
  const text = `${head.slice(0, -1)},"breakingCommand":${breaking},"commands":${toReproText(commands)}}`
  return JSON.stringify(JSON.parse(text), null, 2)
}

/** Parses a reproducer text (commands revived, frozen). */
export const parseReproducer = (text: string): Reproducer => {
  const parsed = JSON.parse(text) as Omit<Reproducer, 'commands'> & { commands: unknown }
  const commands = deepFreeze(revive(parsed.commands) as ReadonlyArray<unknown>)
  return { ...parsed, breakingCommand: revive(parsed.breakingCommand), commands }
}

/** Replays a reproducer text with every invariant on every step; returns every break (none once fixed). */
export const reproduce = (text: string): ReadonlyArray<ReplayedBreak> => {
  const r = parseReproducer(text)
  return replayCommands(r.base, r.commands)
}
