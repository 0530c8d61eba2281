// A CPU profile of a piece of the bench, summarised as the functions with the most self time: what
// docs/performance.md shows for a target the bench misses. In-process (node:inspector), or from a
// .cpuprofile file written by `node --cpu-prof` (for the CLI, measured in a child process).
import { readFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'

const where = (frame) => {
  const file = frame.url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(/^.*\/(dist|bench|src)\//, '$1/')
  return file === '' ? '' : `${file}:${frame.lineNumber + 1}`
}

/** The `top` functions by self time of a profile, with their share of the samples (GC and idle included). */
export const summarise = (profile, top = 12) => {
  const time = new Map()
  for (let i = 0; i < profile.samples.length; i++) time.set(profile.samples[i], (time.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0))
  const self = new Map()
  let total = 0
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0
    // idle time, and the inspector session's own message dispatch (the profiler at work), are not the workload's
    if (node.callFrame.functionName === '(idle)' || (node.callFrame.functionName === 'dispatch' && node.callFrame.url === '')) continue
    total += t
    const key = `${node.callFrame.functionName || '(anonymous)'}\t${where(node.callFrame)}`
    self.set(key, (self.get(key) ?? 0) + t)
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, t]) => {
      const [name, at] = key.split('\t')
      return { function: name, at, selfPercent: Math.round((1000 * t) / total) / 10, selfMs: Math.round(t / 1000) }
    })
}

/** Runs `work` (sync or async) under the sampling profiler and returns its summary. */
export const profileOf = async (work, top = 12) => {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 250 })
  await session.post('Profiler.start')
  // from the event loop: work run inside the session's message dispatch is sampled as `dispatch`
  await new Promise((resolve) => setImmediate(resolve))
  await work()
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  return summarise(profile, top)
}

/** The summary of a .cpuprofile file. */
export const profileFile = (path, top = 12) => summarise(JSON.parse(readFileSync(path, 'utf8')), top)
