#!/usr/bin/env node
/**
 * `npm run fuzz -- --seed N --seconds S`: runs the model-based fuzzer (test/support/fuzz) for S
 * seconds (default 60) from seed N (default: a random seed, printed), then prints the commands run,
 * the rate, the known bugs met, and every new break with a shrunk reproducer: JSON to paste into
 * a test, `expect(reproduce(text)).toEqual([])` (see test/support/fuzz/shrink.ts).
 *
 * The fuzzer is TypeScript: this script runs it through vitest with its own configuration
 * (test/support/fuzz/vitest.config.ts), which only includes test/support/fuzz/long.fuzz.ts.
 * Exit code: 0 without new breaks, 1 with new breaks or when the run fails, 2 on bad arguments.
 */
import { spawn } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const usage = 'usage: npm run fuzz -- [--seed N] [--seconds S] [--all]'
let args
try {
  args = parseArgs({
    options: {
      seed: { type: 'string' },
      seconds: { type: 'string', default: '60' },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values
} catch (e) {
  console.error(`${e.message}\n${usage}`)
  process.exit(2)
}
if (args.help) {
  console.log(
    `${usage}\n  --seed N     the seed (a whole number; random when omitted)\n  --seconds S  how long to run (default 60)\n  --all        stop on the known bugs too (test/support/fuzz/known.ts)`,
  )
  process.exit(0)
}
const seed = args.seed === undefined ? randomInt(0, 2 ** 31) : Number(args.seed)
const seconds = Number(args.seconds)
if (!Number.isSafeInteger(seed) || seed < 0 || !(seconds > 0)) {
  console.error(`--seed must be a whole number >= 0 and --seconds a positive number\n${usage}`)
  process.exit(2)
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs')
const dir = mkdtempSync(join(tmpdir(), 'csp-fuzz-'))
const output = join(dir, 'report.json')

// world w of a seed is always the same commands; a longer run only runs more worlds
console.log(
  `fuzz: seed ${seed}, ${seconds} s (same worlds again: npm run fuzz -- --seed ${seed} --seconds ${seconds}${args.all ? ' --all' : ''})`,
)
const child = spawn(
  process.execPath,
  [vitest, 'run', '--config', 'test/support/fuzz/vitest.config.ts', '--reporter=dot'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      FUZZ_SEED: String(seed),
      FUZZ_SECONDS: String(seconds),
      FUZZ_REPORT: output,
      FUZZ_ALL: args.all ? '1' : '0',
    },
  },
)
const code = await new Promise((resolve) => child.on('close', resolve))
let report
try {
  report = JSON.parse(readFileSync(output, 'utf8'))
} catch {
  console.error(`fuzz: the run failed (vitest exit code ${code}); no report was written`)
  process.exit(1)
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const n = (x) => x.toLocaleString('en-US')
console.log(`commands run: ${n(report.commands)} in ${(report.elapsedMs / 1000).toFixed(1)} s`)
console.log(`commands/s:   ${n(report.commandsPerSecond)}`)
console.log(
  `worlds:       ${n(report.worlds)}; accepted commands: ${n(report.accepted)}; steps with every invariant: ${n(report.expensiveSteps)}`,
)
const known = Object.entries(report.known)
if (known.length > 0)
  console.log(`known bugs met (test/support/fuzz/known.ts): ${known.map(([k, c]) => `${k} ×${n(c)}`).join(', ')}`)
if (report.breaks.length === 0) {
  console.log('new breaks:   none')
  process.exit(0)
}
console.log(
  `new breaks:   ${report.breaksFound} (${report.breaks.length} kinds; shrinking took ${(report.shrinkMs / 1000).toFixed(1)} s)`,
)
for (const b of report.breaks) {
  console.log(`\n✗ ${b.invariant}: ${b.message}`)
  console.log(
    `  world ${b.world}, step ${b.step}; shrunk from ${b.commandsBefore} to ${b.commandsAfter} commands. Reproducer:`,
  )
  console.log(b.reproducer)
}
process.exit(1)
