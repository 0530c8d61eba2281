/**
 * The long fuzz run, started by `npm run fuzz` (scripts/fuzz.mjs) through vitest with
 * `test/support/fuzz/vitest.config.ts`. Reads `FUZZ_SEED` and `FUZZ_SECONDS`, runs the fuzzer for
 * that long, shrinks one break of each kind and writes the report as JSON to `FUZZ_REPORT`.
 */
import { writeFileSync } from 'node:fs'
import { it } from 'vitest'
import { KNOWN_BUGS } from './known.js'
import { runFuzz } from './runner.js'
import { category, reproducerText, shrink } from './shrink.js'

const seed = Number(process.env.FUZZ_SEED ?? '1')
const seconds = Number(process.env.FUZZ_SECONDS ?? '60')
const output = process.env.FUZZ_REPORT
/** Set FUZZ_ALL=1 to stop on known bugs too. */
const known = process.env.FUZZ_ALL === '1' ? [] : KNOWN_BUGS

it(`fuzz: seed ${seed}, ${seconds} s`, () => {
  const report = runFuzz({ seed, seconds, known, maxBreaks: 50 })
  const kinds = new Map<string, (typeof report.breaks)[number]>()
  for (const b of report.breaks) if (!kinds.has(category(b))) kinds.set(category(b), b)
  const shrinkStarted = performance.now()
  const breaks = [...kinds].map(([kind, b]) => {
    const commands = shrink(b, { maxMs: 20_000 })
    return {
      kind,
      invariant: b.invariant,
      message: b.message,
      world: b.world,
      step: b.step,
      commandsBefore: b.commands.length,
      commandsAfter: commands.length,
      reproducer: reproducerText(b, commands),
    }
  })
  const summary = {
    seed,
    seconds,
    commands: report.commands,
    accepted: report.accepted,
    worlds: report.worlds,
    expensiveSteps: report.expensiveSteps,
    elapsedMs: Math.round(report.elapsedMs),
    commandsPerSecond: Math.round(report.commands / (report.elapsedMs / 1000)),
    shrinkMs: Math.round(performance.now() - shrinkStarted),
    breaksFound: report.breaks.length,
    known: report.known,
    byCommand: report.byCommand,
    breaks,
  }
  if (output !== undefined) writeFileSync(output, JSON.stringify(summary, null, 2))
  else console.log(JSON.stringify(summary, null, 2))
})
