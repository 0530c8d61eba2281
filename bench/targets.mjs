// The targets of docs/performance.md (issue 15 and the earlier ones), judged on one bench run: each
// with its figure, met or missed, and by how much.

const n = (x) => Math.round(x).toLocaleString('en-US')
const us = (x) => `${x.toFixed(2)} µs`
const ms = (x) => `${Math.round(x)} ms`

/** `value` against an upper `limit` (lower is better): met when at most the limit; "by" is the factor. */
const atMost = (id, label, value, limit, show) => ({
  id,
  label,
  target: `≤ ${show(limit)}`,
  value: show(value),
  met: value <= limit,
  by: value <= limit ? `${(limit / value).toFixed(2)}× margin` : `${(value / limit).toFixed(2)}× over`,
})

/** `value` against a lower `limit` (higher is better). */
const atLeast = (id, label, value, limit, show) => ({
  id,
  label,
  target: `≥ ${show(limit)}`,
  value: show(value),
  met: value >= limit,
  by: value >= limit ? `${(value / limit).toFixed(2)}× margin` : `${(limit / value).toFixed(2)}× short`,
})

const times = (x) => `${x.toFixed(1)}×`

/** Every target of a results object (bench/results.json). */
export const targetsOf = (r) => {
  const largest = Math.max(...r.rows.map((x) => x.size))
  const smallest = Math.min(...r.rows.map((x) => x.size))
  const at = (size, command) => r.rows.find((x) => x.size === size && x.command === command)
  const commands = [...new Set(r.rows.map((x) => x.command))]
  const accepted = commands.filter((c) => c !== 'rejected')
  const list = [
    atLeast('batch', `applyAll: the ${n(r.chain.commands)}-command mix on ${n(r.chain.size)} subscriptions`, r.chain.batch.commandsPerSecond, 100_000, (x) => `${n(x)} commands/s`),
    atLeast('oneByOne', 'the same log, `apply` one command after another', r.chain.oneByOne.commandsPerSecond, 50_000, (x) => `${n(x)} commands/s`),
    ...accepted.map((c) => atMost(`floor:${c}`, `${c} at ${n(largest)}: csp-channel ÷ direct mutation (p50)`, at(largest, c).csp.medianUs / at(largest, c).floor.medianUs, 10, times)),
    atMost('floor:rejected', `rejected at ${n(largest)}: csp-channel ÷ direct mutation (p50)`, at(largest, 'rejected').csp.medianUs / at(largest, 'rejected').floor.medianUs, 5, times),
    ...commands.map((c) => atMost(`p95:${c}`, `${c} at ${n(largest)}: csp-channel p95 ÷ p50`, at(largest, c).csp.p95Us / at(largest, c).csp.medianUs, 3, times)),
    atMost('load', `stateFromDocument, ${n(r.load.size)} subscriptions (median of ${r.load.runs})`, r.load.stateFromDocumentMedianMs, 2000, ms),
    atMost('cli:help', '`csp-channel --help` (wall time, Node start included)', r.cli.helpMs, 80, ms),
    atMost('cli:version', '`csp-channel --version`', r.cli.versionMs, 80, ms),
    atMost('cli:scenario', `a bundled scenario run, the slowest of ${r.cli.scenarios.length} (\`csp-channel check <file>\`)`, Math.max(...r.cli.scenarios.map((s) => s.ms)), 150, ms),
    ...commands.map((c) => atMost(`validation:${c}`, `${c}: input validation at ${n(largest)} (p50)`, at(largest, c).validate.medianUs, 1, us)),
    // the earlier targets
    ...accepted.map((c) => atMost(`typical:${c}`, `${c} at ${n(largest)}: median`, at(largest, c).csp.medianUs, 20, us)),
    ...commands.map((c) => atMost(`flat:${c}`, `${c}: cost at ${n(largest)} ÷ cost at ${n(smallest)}`, at(largest, c).csp.medianUs / at(smallest, c).csp.medianUs, 2, times)),
    ...accepted.map((c) => atLeast(`peer:${c}`, `${c} at ${n(largest)}: immer over Records ÷ csp-channel`, at(largest, c).peer.medianUs / at(largest, c).csp.medianUs, 5000, times)),
    atMost('kept', 'retained per kept state (seat changes and purchases)', r.heap.retainedPerKeptStateMixed, 4096, (x) => `${n(x)} B`),
  ]
  return list
}
