// The bench's other figures: heap per subscription, heap retained per kept state, what a rejected
// command allocates, and the cost of `capabilities` on the 1e4 state.
import { apply, capabilities, customerCapabilities, partnerUser, stateFromDocument } from '../dist/index.js'
import { PROVIDER, customerId, document, mix, newSubscriptionId } from './data.mjs'
import { peerState } from './peer.mjs'

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

/** Capabilities (issue 12): everything the indirect provider's admin agent can do on the 1e4 state, and one customer's. */
const capabilitiesRow = (quick) => {
  const doc = document(10_000)
  const state = stateFromDocument(doc)
  const actor = partnerUser(PROVIDER, 'adminAgent')
  const when = '2021-06-01T09:00:00.000Z'
  const result = capabilities(state, actor, when)
  const medianMs = median(quick ? 3 : 7, () => capabilities(state, actor, when))
  const customer = customerId(doc.meta.direct)
  const customerUs = 1000 * median(quick ? 200 : 2000, () => customerCapabilities(state, PROVIDER, customer, when))
  const rows = result.rows.length
  const accepted = result.rows.filter((r) => r.accepted).length
  return { size: 10_000, actor: "the indirect provider's admin agent", rows, accepted, medianMs, usPerRow: (1000 * medianMs) / rows, customerCapabilitiesUs: customerUs }
}

/** Heap figures on the largest document, and the rejected command's allocation on the 1e4 state. */
export const extras = ({ largest, quick, gc }) => {
  const heap = () => {
    gc()
    gc()
    return process.memoryUsage().heapUsed
  }
  const size = largest.subscriptions.length
  let h0 = heap()
  let built = stateFromDocument(document(size))
  const perSubscription = (heap() - h0) / size
  h0 = heap()
  let peerBuilt = peerState(document(size))
  const peerPerSubscription = (heap() - h0) / size
  peerBuilt = undefined
  const base = mix(largest)
  // heap retained per kept state: 1,000 successive states kept alive
  const keep = (make) => {
    const states = [built]
    const before = heap()
    for (let i = 0; i < 1000; i++) states.push(apply(states[i], make(i)).state)
    const bytes = (heap() - before) / 1000
    if (states.length !== 1001) throw new Error('kept states')
    return bytes
  }
  const seats = (i) => ({ command: 'changeSeats', input: { ...base.changeSeats.input, seats: 1 + (i % 50) } })
  const mixed = (i) =>
    i % 2 === 0 ? seats(i) : { command: 'purchaseSubscription', input: { ...base.buy.input, subscription: { ...base.buy.input.subscription, id: newSubscriptionId(10_000_000 + i) } } }
  const retainedSeats = keep(seats)
  const retainedMixed = keep(mixed)
  built = undefined
  // a rejected command returns the very same state object and keeps nothing
  const doc = document(10_000)
  const small = stateFromDocument(doc)
  const command = mix(doc).rejected
  for (let i = 0; i < 20_000; i++) apply(small, command)
  const before = heap()
  let same = true
  for (let i = 0; i < 100_000; i++) same = same && apply(small, command).state === small
  const rejected = { returnsSameState: same, retainedBytesPerCall: (heap() - before) / 100_000 }
  return {
    heap: { bytesPerSubscription: perSubscription, peerBytesPerSubscription: peerPerSubscription, retainedPerKeptStateSeats: retainedSeats, retainedPerKeptStateMixed: retainedMixed },
    rejected,
    capabilities: capabilitiesRow(quick),
  }
}
