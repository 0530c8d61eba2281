// Prints bench/results.json as the Markdown tables of docs/performance.md: node bench/report.mjs
import { readFileSync } from 'node:fs'

const r = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'))
const us = (x) => (x >= 1000 ? `${(x / 1000).toFixed(1)} ms` : `${x.toFixed(1)} µs`)
const times = (x) => (x >= 100 ? `${Math.round(x).toLocaleString('en-US')}×` : `${x.toFixed(1)}×`)
const lines = [
  `Measured ${r.date.slice(0, 10)} on ${r.machine.cpus} cores (${r.machine.cpu}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}${r.quick ? ' (quick run)' : ''}.`,
  '',
  '| subscriptions | command | csp-channel p50 | p95 | immer over Records p50 | p95 | direct mutation p50 | p95 | immer ÷ csp-channel | csp-channel ÷ mutation |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...r.rows.map(
    (x) =>
      `| ${x.size.toLocaleString('en-US')} | ${x.command} | ${us(x.csp.medianUs)} | ${us(x.csp.p95Us)} | ${us(x.peer.medianUs)} | ${us(x.peer.p95Us)} | ${us(x.floor.medianUs)} | ${us(x.floor.p95Us)} | ${times(x.peer.medianUs / x.csp.medianUs)} | ${times(x.csp.medianUs / x.floor.medianUs)} |`,
  ),
  '',
  `- Chained commands: ${r.replay.commands.toLocaleString('en-US')} commands on ${r.replay.size.toLocaleString('en-US')} subscriptions in ${r.replay.seconds.toFixed(1)} s: **${Math.round(r.replay.commandsPerSecond).toLocaleString('en-US')} commands/s** (${r.replay.accepted.toLocaleString('en-US')} accepted).`,
  `- Event replay: the ${r.replay.events.toLocaleString('en-US')} events of those commands folded with \`replay\` in ${r.replay.eventReplaySeconds.toFixed(1)} s: **${Math.round(r.replay.eventReplayCommandsPerSecond).toLocaleString('en-US')} commands/s**.`,
  `- Heap: ${Math.round(r.heap.bytesPerSubscription)} B per subscription for the whole state (customers, relationships, indexes included); immer over Records: ${Math.round(r.heap.peerBytesPerSubscription)} B.`,
  `- Retained per kept state (1,000 kept): ${Math.round(r.heap.retainedPerKeptStateSeats).toLocaleString('en-US')} B after seat changes, ${Math.round(r.heap.retainedPerKeptStateMixed).toLocaleString('en-US')} B after seat changes and purchases.`,
  `- Rejected command: returns the same state object: ${r.rejected.returnsSameState}; heap change per call ${r.rejected.retainedBytesPerCall.toFixed(1)} B (GC noise).`,
  ...(r.capabilities === undefined
    ? []
    : [
        `- Capabilities: the ${r.capabilities.rows.toLocaleString('en-US')} rows of ${r.capabilities.actor} on ${r.capabilities.size.toLocaleString('en-US')} subscriptions in **${Math.round(r.capabilities.medianMs)} ms** (${r.capabilities.usPerRow.toFixed(1)} µs per row); \`customerCapabilities\` ${r.capabilities.customerCapabilitiesUs.toFixed(1)} µs.`,
      ]),
]
console.log(lines.join('\n'))
