/**
 * The fuzz runner: seeded worlds of 100–300 generated commands, each started from a small base
 * world, every step checked by {@link checkStep}. A run is reproducible from its seed: world `w`
 * of seed `s` draws from `mixSeed(s, w)` only. A world stops at its first break, which is kept
 * with the world's commands so that `shrink` (shrink.ts) can cut it down to a reproducer.
 */
import { matrixWorld } from '../matrix.js'
import { RULE_SETS, emptyState, type ProgramState } from '../../../src/index.js'
import { providerWorld, world } from '../index.js'
import { Clock, generate } from './generator.js'
import { checkStep, type Break } from './invariants.js'
import { Rng, mixSeed } from './prng.js'

/** The worlds a run starts from. */
export type Base = 'empty' | 'world' | 'provider' | 'rich'

const BASE_STATES = new Map<Base, ProgramState>()
const build: Record<Base, () => ProgramState> = {
  empty: () => emptyState,
  world,
  provider: providerWorld,
  // the provider world with an outsider (direct bill and provider), a second reseller and a provider without the MPA
  rich: matrixWorld,
}

/** The state a base world starts with (built once; states are immutable). */
export const baseState = (base: Base): ProgramState => {
  let s = BASE_STATES.get(base)
  if (s === undefined) BASE_STATES.set(base, (s = build[base]()))
  return s
}

/** Where the clock of a world of each base starts, at the earliest. */
const START: Record<Base, string> = {
  empty: '2018-06-01T09:00:00Z',
  world: '2019-01-10T09:00:00Z',
  provider: '2020-03-05T09:00:00Z',
  rich: '2020-03-05T09:00:00Z',
}
const BASES: ReadonlyArray<Base> = ['empty', 'world', 'provider', 'rich']
const DAY = 86_400_000

export interface FuzzOptions {
  readonly seed: number
  /** Stop after this many commands (at the end of a world)… */
  readonly commands?: number
  /** …or after this many seconds, whichever comes first. */
  readonly seconds?: number
  /** Commands per world, from/to (default 100–300). */
  readonly worldLength?: readonly [number, number]
  /** Run the expensive invariants every this many steps (default 10). */
  readonly expensiveEvery?: number
  /** Stop after this many breaks (default 10). */
  readonly maxBreaks?: number
  /** Called after each world. */
  readonly onWorld?: (report: FuzzReport) => void
  /**
   * Breaks already reported as library bugs: a step whose every break is known is counted under
   * the bug's ID and the world goes on; any other break stops the world and is reported.
   */
  readonly known?: ReadonlyArray<KnownBug>
}

/** A library bug the fuzzer already found: the invariant it breaks and a pattern of the message. */
export interface KnownBug {
  readonly id: string
  readonly invariant: string
  readonly message: RegExp
}

/** The known bug a break is an instance of, if any. */
export const knownBug = (known: ReadonlyArray<KnownBug>, b: Break): KnownBug | undefined =>
  known.find((k) => k.invariant === b.invariant && k.message.test(b.message))

/** A break found in a world, with everything needed to replay it. */
export interface WorldBreak extends Break {
  readonly seed: number
  readonly world: number
  readonly base: Base
  /** The 0-based index of the breaking command among `commands`. */
  readonly step: number
  readonly note: string
  /** The world's commands up to and including the breaking one. */
  readonly commands: ReadonlyArray<unknown>
}

export interface FuzzReport {
  readonly seed: number
  commands: number
  accepted: number
  worlds: number
  expensiveSteps: number
  elapsedMs: number
  /** Per command name: how many times it ran and was accepted. */
  readonly byCommand: Record<string, { runs: number; accepted: number }>
  /** Per known bug: how many steps broke only known invariants. */
  readonly known: Record<string, number>
  readonly breaks: WorldBreak[]
}

/** Runs one world of a seed; returns the number of commands run and the break, if any. */
const runWorld = (seed: number, index: number, options: FuzzOptions, report: FuzzReport): void => {
  const rng = new Rng(mixSeed(seed, index))
  const base = rng.pick(BASES)
  const [min, max] = options.worldLength ?? [100, 300]
  const length = rng.between(min, max)
  const every = options.expensiveEvery ?? 10
  const clock = new Clock(Date.parse(START[base]) + rng.int(700) * DAY)
  let state = baseState(base)
  const commands: unknown[] = []
  for (let step = 0; step < length; step++) {
    const { value, note } = generate(rng, state, clock)
    commands.push(value)
    const whatIf = rng.chance(0.03) ? rng.pick(RULE_SETS).id : undefined
    const result = checkStep(state, value, { expensive: step % every === every - 1, whatIf })
    report.commands++
    if (step % every === every - 1) report.expensiveSteps++
    if (result.name !== undefined) {
      const stats = (report.byCommand[result.name] ??= { runs: 0, accepted: 0 })
      stats.runs++
      if (result.accepted) stats.accepted++
    }
    if (result.accepted) report.accepted++
    const unknown = result.breaks.filter((b) => knownBug(options.known ?? [], b) === undefined)
    const first = unknown[0]
    if (first !== undefined) {
      report.breaks.push({ ...first, seed, world: index, base, step, note, commands: [...commands] })
      return
    }
    for (const b of result.breaks) {
      const id = (knownBug(options.known ?? [], b) as KnownBug).id
      report.known[id] = (report.known[id] ?? 0) + 1
    }
    state = result.state
  }
}

/** Runs worlds until the command budget or the time budget is spent (or too many breaks). */
export const runFuzz = (options: FuzzOptions): FuzzReport => {
  const started = performance.now()
  const report: FuzzReport = {
    seed: options.seed,
    commands: 0,
    accepted: 0,
    worlds: 0,
    expensiveSteps: 0,
    elapsedMs: 0,
    byCommand: {},
    known: {},
    breaks: [],
  }
  const deadline = options.seconds === undefined ? Infinity : started + options.seconds * 1000
  const budget = options.commands ?? Infinity
  const maxBreaks = options.maxBreaks ?? 10
  while (report.commands < budget && performance.now() < deadline && report.breaks.length < maxBreaks) {
    runWorld(options.seed, report.worlds, options, report)
    report.worlds++
    report.elapsedMs = performance.now() - started
    options.onWorld?.(report)
  }
  report.elapsedMs = performance.now() - started
  return report
}

// ---------------------------------------------------------------------------------------------
// Replaying

/** A break found by replaying commands, with the index of the command that broke. */
export interface ReplayedBreak extends Break {
  readonly step: number
}

/**
 * Replays `commands` from a base world with every invariant checked on every step; returns every
 * break (a command after a break runs on the state the breaking step returned).
 */
export const replayCommands = (base: Base, commands: ReadonlyArray<unknown>): ReadonlyArray<ReplayedBreak> => {
  let state = baseState(base)
  const breaks: ReplayedBreak[] = []
  commands.forEach((value, step) => {
    const result = checkStep(state, value, { expensive: true })
    for (const b of result.breaks) breaks.push({ ...b, step })
    state = result.state
  })
  return breaks
}
