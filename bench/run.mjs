// npm run bench: per-command cost of csp-channel against immer over flat Records (the peer) and
// direct mutation (the floor), at 1e3 to 1e6 subscriptions; replay throughput; heap per
// subscription and per kept state. Writes bench/results.json. See docs/performance.md.
//
// node --expose-gc --max-old-space-size=8192 bench/run.mjs [--sizes 1000,10000] [--quick]
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { parseArgs } from 'node:util'
import { Bench } from 'tinybench'
import { COMMANDS as CSP_COMMANDS, apply, capabilities, countOf, customerCapabilities, execute, partnerUser, replay as replayEvents, stateFromDocument } from '../dist/index.js'
import { PROVIDER, customerId, document, mix, newSubscriptionId, subscriptionId } from './data.mjs'
import { floor, floorState, undo } from './floor.mjs'
import { peer, peerState } from './peer.mjs'

const { values } = parseArgs({ options: { sizes: { type: 'string' }, quick: { type: 'boolean' } } })
const SIZES = (values.sizes ?? '1000,10000,100000,1000000').split(',').map(Number)
const QUICK = values.quick === true
const gc = globalThis.gc ?? (() => { throw new Error('run with node --expose-gc') })
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed }
const log = (...args) => console.error(...args)

const stats = (task) => {
  const samples = [...task.result.latency.samples].sort((a, b) => a - b)
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] * 1000
  return { medianUs: at(0.5), p95Us: at(0.95), samples: samples.length }
}

const COMMANDS = ['changeSeats', 'buy', 'suspend', 'order', 'acceptInvitation', 'rejected']
const rows = []

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
    const results = [apply(csp, c).accepted, peer[c.command](peerBase, c.input).ok, floor[c.command](floorBase, c.input)]
    undo(floorBase, c)
    if (results.some((r) => r !== expected)) throw new Error(`${name} at ${size}: accepted ${results} (expected ${expected})`)
  }
  const slowPeer = size >= 100_000
  const fast = { time: QUICK ? 60 : 300, warmupTime: QUICK ? 20 : 100, retainSamples: true }
  const benches = {
    csp: new Bench(fast),
    peer: new Bench(slowPeer ? { time: 0, iterations: QUICK ? 2 : 5, warmupIterations: 1, warmupTime: 0, retainSamples: true } : fast),
    floor: new Bench(fast),
    // the entry of every command: decoding its input with the exact codec (MOD-8, MOD-5), alone
    validate: new Bench(fast),
  }
  for (const name of COMMANDS) {
    const c = commands[name]
    benches.csp.add(name, () => execute(csp, c))
    benches.peer.add(name, () => peer[c.command](peerBase, c.input))
    const codec = CSP_COMMANDS[c.command].definition.input
    benches.validate.add(name, () => codec.decode(c.input))
    // the floor's undo is O(1) and timed with it: per-iteration hooks cost more than the mutation itself
    benches.floor.add(name, () => {
      floor[c.command](floorBase, c.input)
      undo(floorBase, c)
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
}

// Capabilities (issue 12): everything the indirect provider's admin agent can do on the 1e4 state
// (its 300 customers and 3,000 subscriptions, one explain per row), and customerCapabilities for one
// of its customers (the same query narrowed to one subject).
const capabilitiesRow = (() => {
  const doc = document(10_000)
  const state = stateFromDocument(doc)
  const actor = partnerUser(PROVIDER, 'adminAgent')
  const when = '2021-06-01T09:00:00.000Z'
  const median = (runs, f) => {
    f()
    const times = []
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint()
      f()
      times.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
  }
  const result = capabilities(state, actor, when)
  const medianMs = median(QUICK ? 3 : 9, () => capabilities(state, actor, when))
  const customer = customerId(doc.meta.direct)
  const customerUs = 1000 * median(QUICK ? 200 : 2000, () => customerCapabilities(state, PROVIDER, customer, when))
  const rowsOut = result.rows.length
  const accepted = result.rows.filter((r) => r.accepted).length
  log(`capabilities: ${rowsOut} rows (${accepted} accepted) in ${medianMs.toFixed(0)} ms; customerCapabilities ${customerUs.toFixed(1)} µs`)
  return { size: 10_000, actor: "the indirect provider's admin agent", rows: rowsOut, accepted, medianMs, usPerRow: (1000 * medianMs) / rowsOut, customerCapabilitiesUs: customerUs }
})()

// Replay: 1M commands (fewer with --quick) chained on the largest state, mixing the commands.
const replaySize = SIZES[SIZES.length - 1]
const replayDoc = document(replaySize)
const replayStart = stateFromDocument(replayDoc)
let state = replayStart
const replayCount = QUICK ? 50_000 : 1_000_000
const events = []
const { customers, direct } = replayDoc.meta
let accepted = 0
const base = mix(replayDoc)
let t0 = process.hrtime.bigint()
for (let i = 0; i < replayCount; i++) {
  let command
  switch (i % 5) {
    case 0: {
      const s = (i * 7919) % replaySize
      command = { command: 'changeSeats', input: { ...base.changeSeats.input, subscriptionId: subscriptionId(s - (s % customers) + ((s % customers) % direct)), seats: 1 + (i % 50) } }
      break
    }
    case 1:
      command = { command: 'purchaseSubscription', input: { ...base.buy.input, subscription: { ...base.buy.input.subscription, id: newSubscriptionId(i) } } }
      break
    case 2:
      command = { command: 'placeOrder', input: { ...base.order.input, lines: [{ ...base.order.input.lines[0], id: newSubscriptionId(i) }] } }
      break
    case 3: {
      const s = (i * 104729) % replaySize
      command = { command: 'suspendSubscription', input: { ...base.suspend.input, subscriptionId: subscriptionId(s) } }
      break
    }
    default:
      command = base.rejected
  }
  const applied = apply(state, command)
  if (applied.accepted) accepted++
  for (const e of applied.events) events.push(e)
  state = applied.state
}
const replaySeconds = Number(process.hrtime.bigint() - t0) / 1e9
log(`replay: ${replayCount} commands in ${replaySeconds.toFixed(1)} s`)
const subscriptionsAfter = countOf(state, 'subscriptions')
state = undefined
// Event replay, as an event-sourced application rebuilds a state: fold the events those commands
// caused over the same starting state (the final state is dropped first, as a rebuilding process
// would not hold it).
heap()
t0 = process.hrtime.bigint()
let rebuilt = replayEvents(replayStart, events)
const eventSeconds = Number(process.hrtime.bigint() - t0) / 1e9
if (countOf(rebuilt, 'subscriptions') !== subscriptionsAfter) throw new Error('event replay disagrees with the commands')
rebuilt = undefined
log(`event replay: ${events.length} events in ${eventSeconds.toFixed(1)} s`)
const replay = {
  size: replaySize,
  commands: replayCount,
  accepted,
  seconds: replaySeconds,
  commandsPerSecond: replayCount / replaySeconds,
  events: events.length,
  eventReplaySeconds: eventSeconds,
  eventReplayCommandsPerSecond: replayCount / eventSeconds,
  autoFreeze: 'on (the only mode the library offers)',
}
events.length = 0

// Heap per subscription: the whole state (customers, relationships and indexes included) over its subscriptions.
let h0 = heap()
let built = stateFromDocument(document(replaySize))
const perSubscription = (heap() - h0) / replaySize
const peerH0 = heap()
let peerBuilt = peerState(document(replaySize))
const peerPerSubscription = (heap() - peerH0) / replaySize
peerBuilt = undefined

// Heap retained per kept state: 1000 successive states kept alive.
const keep = (make) => {
  const states = [built]
  const before = heap()
  for (let i = 0; i < 1000; i++) states.push(apply(states[i], make(i)).state)
  const bytes = (heap() - before) / 1000
  if (states.length !== 1001) throw new Error('kept states')
  return bytes
}
const seatsChain = (i) => ({ command: 'changeSeats', input: { ...base.changeSeats.input, seats: 1 + (i % 50) } })
const mixedChain = (i) =>
  i % 2 === 0
    ? seatsChain(i)
    : { command: 'purchaseSubscription', input: { ...base.buy.input, subscription: { ...base.buy.input.subscription, id: newSubscriptionId(10_000_000 + i) } } }
const retainedSeats = keep(seatsChain)
const retainedMixed = keep(mixedChain)

built = undefined

// A rejected command allocates no new state: it returns the very same object, and keeps nothing
// (measured on a 1e4 state, where GC noise is small, after a warm-up).
const rejectedOn = (() => {
  const doc = document(10_000)
  const small = stateFromDocument(doc)
  const command = mix(doc).rejected
  for (let i = 0; i < 20_000; i++) apply(small, command)
  const before = heap()
  let same = true
  for (let i = 0; i < 100_000; i++) same = same && apply(small, command).state === small
  return { returnsSameState: same, retainedBytesPerCall: (heap() - before) / 100_000 }
})()
const rejected = rejectedOn

const at = (size, command) => rows.find((r) => r.size === size && r.command === command)
const smallest = SIZES[0]
const largest = SIZES[SIZES.length - 1]
const typical = COMMANDS.filter((c) => c !== 'rejected')
const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  quick: QUICK,
  rows,
  replay,
  heap: { bytesPerSubscription: perSubscription, peerBytesPerSubscription: peerPerSubscription, retainedPerKeptStateSeats: retainedSeats, retainedPerKeptStateMixed: retainedMixed },
  rejected,
  capabilities: capabilitiesRow,
  targets: {
    medianTypicalAtLargestUs: Object.fromEntries(typical.map((c) => [c, at(largest, c).csp.medianUs])),
    largestOverSmallest: Object.fromEntries(COMMANDS.map((c) => [c, at(largest, c).csp.medianUs / at(smallest, c).csp.medianUs])),
    peerOverCspAtLargest: Object.fromEntries(COMMANDS.map((c) => [c, at(largest, c).peer.medianUs / at(largest, c).csp.medianUs])),
    validationShareAtLargest: Object.fromEntries(COMMANDS.map((c) => [c, at(largest, c).validate.medianUs / at(largest, c).csp.medianUs])),
  },
}
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)

// The table
const f = (x) => (x >= 1000 ? `${(x / 1000).toFixed(1)} ms` : `${x.toFixed(1)} µs`).padStart(9)
const head = ['size', 'command', 'csp-channel p50', 'p95', 'immer/Record p50', 'p95', 'mutation p50', 'p95', 'peer÷csp', 'csp÷floor', 'validation p50']
console.log(head.join(' | '))
for (const r of rows)
  console.log(
    [String(r.size).padStart(7), r.command.padEnd(16), f(r.csp.medianUs), f(r.csp.p95Us), f(r.peer.medianUs), f(r.peer.p95Us), f(r.floor.medianUs), f(r.floor.p95Us),
      `${Math.round(r.peer.medianUs / r.csp.medianUs)}×`.padStart(8), `${(r.csp.medianUs / r.floor.medianUs).toFixed(0)}×`.padStart(7), `${f(r.validate.medianUs)} (${Math.round((100 * r.validate.medianUs) / r.csp.medianUs)}%)`].join(' | '),
  )
console.log(`\nreplay: ${replay.commands} commands on ${replay.size} subscriptions in ${replay.seconds.toFixed(1)} s = ${Math.round(replay.commandsPerSecond).toLocaleString('en-US')} commands/s (${accepted} accepted)`)
console.log(`event replay: their ${replay.events} events folded with evolve in ${replay.eventReplaySeconds.toFixed(1)} s = ${Math.round(replay.eventReplayCommandsPerSecond).toLocaleString('en-US')} commands/s`)
console.log(`heap: ${Math.round(perSubscription)} B per subscription (immer/Record peer: ${Math.round(peerPerSubscription)} B); retained per kept state: ${Math.round(retainedSeats)} B (seat changes), ${Math.round(retainedMixed)} B (seat changes and purchases)`)
console.log(`capabilities: ${capabilitiesRow.rows} rows for the provider's admin agent on ${capabilitiesRow.size} subscriptions in ${capabilitiesRow.medianMs.toFixed(0)} ms (${capabilitiesRow.usPerRow.toFixed(1)} µs per row); customerCapabilities ${capabilitiesRow.customerCapabilitiesUs.toFixed(1)} µs`)
console.log(`rejected command: same state object ${rejected.returnsSameState}, ${rejected.retainedBytesPerCall.toFixed(2)} B retained per call`)
console.log('results written to bench/results.json')
