// Load time of a large state: stateFromDocument on the JSON document (stateToJson) of the benchmark's
// world, and stateToJson itself, over a few runs; prints the medians of the wall-clock time and of the
// process CPU time (user + system, GC threads included: steadier than wall time on a busy machine). Runs straight from the sources
// (bundled with esbuild into a temporary file), so it needs no build of dist.
//
// node --expose-gc --max-old-space-size=8192 bench/load.mjs [--size 1000000] [--runs 3] [--module bundle.mjs]
//
// --keep PATH writes the bundle it measures to PATH (to measure the same code again later with --module).
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { document } from './data.mjs'

const { values } = parseArgs({
  options: { size: { type: 'string' }, runs: { type: 'string' }, module: { type: 'string' }, keep: { type: 'string' } },
})
const SIZE = Number(values.size ?? 1_000_000)
const RUNS = Number(values.runs ?? 3)
const gc = globalThis.gc ?? (() => { throw new Error('run with node --expose-gc') })

let modulePath = values.module
if (modulePath === undefined) {
  modulePath = join(mkdtempSync(join(tmpdir(), 'csp-load-')), 'state.mjs')
  await build({ entryPoints: ['src/codec/state.ts'], bundle: true, format: 'esm', platform: 'node', outfile: modulePath, logLevel: 'error' })
  if (values.keep !== undefined) copyFileSync(modulePath, values.keep)
}
const { stateFromDocument, stateToJson } = await import(pathToFileURL(modulePath).href)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6
const cpuMs = (c0) => {
  const { user, system } = process.cpuUsage(c0)
  return (user + system) / 1000
}

// the document as stateToJson writes it, kept as text: each run parses a fresh, unfrozen copy
const text = JSON.stringify(stateToJson(stateFromDocument(document(SIZE))))
const loads = []
const loadsCpu = []
const encodes = []
for (let run = 0; run < RUNS; run++) {
  const doc = JSON.parse(text)
  gc()
  const c0 = process.cpuUsage()
  let t0 = process.hrtime.bigint()
  let state = stateFromDocument(doc)
  loads.push(ms(t0))
  loadsCpu.push(cpuMs(c0))
  gc()
  t0 = process.hrtime.bigint()
  stateToJson(state)
  encodes.push(ms(t0))
  state = undefined
  console.error(
    `run ${run + 1}: stateFromDocument ${loads[run].toFixed(0)} ms (CPU ${loadsCpu[run].toFixed(0)} ms), stateToJson ${encodes[run].toFixed(0)} ms`,
  )
}
console.log(
  JSON.stringify({ size: SIZE, runs: RUNS, stateFromDocumentMedianMs: Math.round(median(loads)), stateFromDocumentCpuMedianMs: Math.round(median(loadsCpu)), stateToJsonMedianMs: Math.round(median(encodes)) }),
)
