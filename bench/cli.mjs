// Start-up of the CLI, as a user meets it: the wall time of `node dist/cli.js …` in a child process
// (Node's own start included), median of several runs after one warm-up, for --help, --version, each
// bundled scenario and the whole bundled set.
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { profileFile } from './profile.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')
const scenarios = readdirSync(join(root, 'examples/scenarios')).filter((f) => f.endsWith('.json')).sort()

const run = (args, nodeArgs = []) => {
  const t0 = process.hrtime.bigint()
  const child = spawnSync(process.execPath, [...nodeArgs, cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (child.status !== 0) throw new Error(`csp-channel ${args.join(' ')} exited with ${child.status}: ${child.stderr}`)
  return ms
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Median wall time (ms) of `csp-channel …args` over `runs` runs. */
const timed = (args, runs) => {
  run(args)
  return median(Array.from({ length: runs }, () => run(args)))
}

/** The CLI rows: Node alone, --help, --version, each bundled scenario (`check file`) and all of them (`check`). */
export const cliTimes = (runs = 11) => {
  const node = median(Array.from({ length: runs }, () => {
    const t0 = process.hrtime.bigint()
    spawnSync(process.execPath, ['-e', '0'])
    return Number(process.hrtime.bigint() - t0) / 1e6
  }))
  return {
    runs,
    nodeAloneMs: node,
    helpMs: timed(['--help'], runs),
    versionMs: timed(['--version'], runs),
    scenarios: scenarios.map((file) => ({ file, ms: timed(['check', `examples/scenarios/${file}`], runs) })),
    allScenariosMs: timed(['check'], runs),
  }
}

/** The profile of one CLI run (`node --cpu-prof`), summarised. */
export const cliProfile = (args) => {
  const dir = mkdtempSync(join(tmpdir(), 'csp-cli-prof-'))
  run(args, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100'])
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
  return profileFile(join(dir, file))
}
