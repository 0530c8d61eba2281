// npm run bench: per-command cost of csp-channel against immer over flat Records (the peer) and
// direct mutation doing the same checks (the floor), at 1e3 to 1e6 subscriptions, with the cost of
// each command's input validation; a chained log of 1M commands run with applyAll and with apply
// one by one; loading a 1e6 state; the CLI's start-up; heap figures. Judges every target, profiles
// each miss, writes bench/results.json and regenerates docs/performance.md. See docs/performance.md.
//
// node --expose-gc --max-old-space-size=8192 bench/run.mjs [--sizes 1000,10000] [--quick] [--no-doc]
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { parseArgs } from 'node:util'
import { Bench } from 'tinybench'
import { COMMANDS as CSP_COMMANDS, apply, applyAll, countOf, execute, replay as replayEvents, stateFromDocument, stateToJson } from '../dist/index.js'
import { enter } from '../dist/commands/entry.js'
import { chain, document, mix } from './data.mjs'
import { cliProfile, cliTimes } from './cli.mjs'
import { floor, floorState, undo } from './floor.mjs'
import { extras } from './extras.mjs'
import { peer, peerState } from './peer.mjs'
import { writeDoc } from './report.mjs'
import { targetsOf } from './targets.mjs'

const { values } = parseArgs({ options: { sizes: { type: 'string' }, quick: { type: 'boolean' }, 'no-doc': { type: 'boolean' } } })
const SIZES = (values.sizes ?? '1000,10000,100000,1000000').split(',').map(Number)
const QUICK = values.quick === true
const gc = globalThis.gc ?? (() => { throw new Error('run with node --expose-gc') })
const log = (...args) => console.error(...args)
const started = Date.now()

const stats = (task) => {
  const samples = [...task.result.latency.samples].sort((a, b) => a - b)
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] * 1000
  return { medianUs: at(0.5), p95Us: at(0.95), samples: samples.length }
}
/** The floor accepts with no violation (an empty list). */
const floorAccepts = (result) => Array.isArray(result) && result.length === 0

const COMMANDS = ['changeSeats', 'buy', 'suspend', 'order', 'acceptInvitation', 'rejected']
const rows = []
const states = new Map()

for (const size of SIZES) {
  let t0 = Date.now()
  const doc = document(size)
  const csp = stateFromDocument(doc)
  const peerBase = peerState(doc)
  const floorBase = floorState(doc)
  log(`size ${size}: built in ${Date.now() - t0} ms`)
  const commands = mix(doc)
  // every implementation agrees on which commands are accepted
  for (const name of COMMANDS) {
    const c = commands[name]
    const expected = name !== 'rejected'
    const floorResult = floor[c.command](floorBase, c.input)
    if (floorAccepts(floorResult)) undo(floorBase, c)
    const results = [execute(csp, c)._tag === 'Right', peer[c.command](peerBase, c.input).ok, floorAccepts(floorResult)]
    if (results.some((r) => r !== expected)) throw new Error(`${name} at ${size}: accepted ${results} (expected ${expected})`)
  }
  const slowPeer = size >= 100_000
  const fast = { time: QUICK ? 60 : 200, warmupTime: QUICK ? 20 : 60, retainSamples: true }
  const benches = {
    csp: new Bench(fast),
    peer: new Bench(slowPeer ? { time: 0, iterations: QUICK ? 2 : 4, warmupIterations: 1, warmupTime: 0, retainSamples: true } : fast),
    floor: new Bench(fast),
    // the entry of every command alone: the input read once, decoded with the exact codec (MOD-8, MOD-5), its rule set picked
    validate: new Bench(fast),
  }
  for (const name of COMMANDS) {
    const c = commands[name]
    const definition = CSP_COMMANDS[c.command].definition
    benches.csp.add(name, () => execute(csp, c))
    benches.peer.add(name, () => peer[c.command](peerBase, c.input))
    benches.validate.add(name, () => enter(definition.name, definition.input, c.input))
    // the floor's undo is O(1) and timed with it: per-iteration hooks cost more than the mutation itself
    benches.floor.add(name, () => {
      if (floorAccepts(floor[c.command](floorBase, c.input))) undo(floorBase, c)
    })
  }
  const result = {}
  for (const [impl, bench] of Object.entries(benches)) {
    t0 = Date.now()
    await bench.run()
    result[impl] = Object.fromEntries(bench.tasks.map((t) => [t.name, stats(t)]))
    log(`size ${size}: ${impl} measured in ${Date.now() - t0} ms`)
  }
  for (const name of COMMANDS)
    rows.push({ size, command: name, csp: result.csp[name], peer: result.peer[name], floor: result.floor[name], validate: result.validate[name] })
  if (size === SIZES[SIZES.length - 1]) states.set('largest', { doc, csp })
}

// The chained log on the largest state: the same commands through applyAll (one working copy) and
// through apply one after the other; both must agree on every verdict and on the final state.
const { doc: chainDoc, csp: chainStart } = states.get('largest')
const chainCount = QUICK ? 50_000 : 1_000_000
const chained = chain(chainDoc, chainCount)
const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9
gc()
let t0 = process.hrtime.bigint()
const batch = applyAll(chainStart, chained)
const batchSeconds = seconds(t0)
log(`applyAll: ${chainCount} commands in ${batchSeconds.toFixed(1)} s`)
const batchSubscriptions = countOf(batch.state, 'subscriptions')
const events = batch.verdicts.flatMap((v) => v.events)
// each command's verdict in short: accepted, or the rule IDs of its violations
const verdictOf = (v) => (v.accepted ? '' : v.violations.map((x) => x.rule).join(' '))
const batchVerdicts = batch.verdicts.map(verdictOf)
gc()
t0 = process.hrtime.bigint()
let state = chainStart
const oneVerdicts = new Array(chainCount)
const oneEvents = []
for (let i = 0; i < chainCount; i++) {
  const applied = apply(state, chained[i])
  oneVerdicts[i] = verdictOf(applied)
  for (const e of applied.events) oneEvents.push(e)
  state = applied.state
}
const oneSeconds = seconds(t0)
log(`apply one by one: ${chainCount} commands in ${oneSeconds.toFixed(1)} s`)
// the same verdict for every command, the same events and the same final state (every table, as its document)
const sameDocument = (a, b) => {
  const [x, y] = [stateToJson(a), stateToJson(b)]
  return Object.keys(x).every((table) => x[table].length === y[table].length && x[table].every((e, i) => JSON.stringify(e) === JSON.stringify(y[table][i])))
}
if (oneVerdicts.some((v, i) => v !== batchVerdicts[i]) || JSON.stringify(oneEvents) !== JSON.stringify(events) || !sameDocument(state, batch.state))
  throw new Error('applyAll and apply one by one disagree')
state = undefined
oneEvents.length = 0
// Event replay, as an event-sourced application rebuilds a state: the events of the log over the same starting state
gc()
t0 = process.hrtime.bigint()
let rebuilt = replayEvents(chainStart, events)
const eventSeconds = seconds(t0)
if (countOf(rebuilt, 'subscriptions') !== batchSubscriptions) throw new Error('event replay disagrees with the commands')
rebuilt = undefined
log(`event replay: ${events.length} events in ${eventSeconds.toFixed(1)} s`)
const chainResult = {
  size: countOf(chainStart, 'subscriptions'),
  commands: chainCount,
  accepted: batch.accepted,
  batch: { seconds: batchSeconds, commandsPerSecond: chainCount / batchSeconds },
  oneByOne: { seconds: oneSeconds, commandsPerSecond: chainCount / oneSeconds },
  events: events.length,
  eventReplay: { seconds: eventSeconds, commandsPerSecond: chainCount / eventSeconds },
}
events.length = 0

// Loading the largest state from its JSON document, in a fresh process (median of three runs).
const loadRun = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', 'bench/load.mjs', '--module', 'dist/index.js', '--size', String(chainResult.size), '--runs', QUICK ? '1' : '3'], { cwd: new URL('..', import.meta.url), encoding: 'utf8' })
if (loadRun.status !== 0) throw new Error(`bench/load.mjs failed: ${loadRun.stderr}`)
const load = JSON.parse(loadRun.stdout.trim().split('\n').pop())
log(`load: stateFromDocument ${load.stateFromDocumentMedianMs} ms`)

const cli = cliTimes(QUICK ? 5 : 11)
log(`cli: --help ${cli.helpMs.toFixed(0)} ms, --version ${cli.versionMs.toFixed(0)} ms, check (all) ${cli.allScenariosMs.toFixed(0)} ms`)

// Heap, kept states, rejected commands, capabilities: as before issue 15
const more = extras({ largest: chainDoc, chained, quick: QUICK, gc })

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  quick: QUICK,
  rows,
  chain: chainResult,
  load,
  cli,
  ...more,
}

// Every target; a profile of each missed one, each in a process of its own (bench/miss.mjs)
const targets = targetsOf(results)
const profiles = {}
const missProfile = (kind, size, command) => {
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', 'bench/miss.mjs', kind, String(size), ...(command === undefined ? [] : [command])], { cwd: new URL('..', import.meta.url), encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`bench/miss.mjs ${kind} failed: ${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').pop())
}
for (const t of targets.filter((x) => !x.met)) {
  const [kind, command] = t.id.split(':')
  if (kind === 'peer' || kind === 'kept') continue
  const perCommand = kind === 'floor' || kind === 'p95' || kind === 'typical' || kind === 'flat'
  const key = perCommand ? `command:${command}` : kind === 'validation' ? `validation:${command}` : kind
  if (profiles[key] !== undefined) continue
  if (kind === 'cli') profiles[key] = cliProfile(command === 'help' ? ['--help'] : command === 'version' ? ['--version'] : ['check', `examples/scenarios/${[...cli.scenarios].sort((a, b) => b.ms - a.ms)[0].file}`])
  else profiles[key] = missProfile(perCommand ? 'command' : kind, chainResult.size, command)
  log(`profiled ${key}`)
}
results.targets = targets.map((t) => ({ ...t, profile: undefined }))
results.profiles = profiles
results.benchSeconds = Math.round((Date.now() - started) / 1000)
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
if (values['no-doc'] !== true) writeDoc(results)

// What the run prints
const f = (x) => (x >= 1000 ? `${(x / 1000).toFixed(1)} ms` : `${x.toFixed(2)} µs`).padStart(9)
console.log(['size', 'command', 'csp-channel p50', 'p95', 'immer/Record p50', 'p95', 'floor p50', 'p95', 'peer÷csp', 'csp÷floor', 'validation p50'].join(' | '))
for (const r of rows)
  console.log(
    [String(r.size).padStart(7), r.command.padEnd(16), f(r.csp.medianUs), f(r.csp.p95Us), f(r.peer.medianUs), f(r.peer.p95Us), f(r.floor.medianUs), f(r.floor.p95Us),
      `${Math.round(r.peer.medianUs / r.csp.medianUs)}×`.padStart(8), `${(r.csp.medianUs / r.floor.medianUs).toFixed(1)}×`.padStart(7), f(r.validate.medianUs)].join(' | '),
  )
const c = chainResult
console.log(`\nchained log: ${c.commands} commands on ${c.size} subscriptions (${c.accepted} accepted): applyAll ${Math.round(c.batch.commandsPerSecond).toLocaleString('en-US')} commands/s; apply one by one ${Math.round(c.oneByOne.commandsPerSecond).toLocaleString('en-US')} commands/s; event replay ${Math.round(c.eventReplay.commandsPerSecond).toLocaleString('en-US')} commands/s`)
console.log(`load: stateFromDocument ${load.stateFromDocumentMedianMs} ms; cli: --help ${cli.helpMs.toFixed(0)} ms, --version ${cli.versionMs.toFixed(0)} ms (node alone ${cli.nodeAloneMs.toFixed(0)} ms), slowest scenario ${Math.max(...cli.scenarios.map((s) => s.ms)).toFixed(0)} ms`)
console.log('\ntargets:')
for (const t of targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.label}: ${t.value} (target ${t.target}; ${t.by})`)
const missed = targets.filter((t) => !t.met).length
console.log(`\n${targets.length - missed} of ${targets.length} targets met, ${missed} missed; bench took ${results.benchSeconds} s. Results in bench/results.json${values['no-doc'] === true ? '' : ', docs/performance.md regenerated'}.`)
