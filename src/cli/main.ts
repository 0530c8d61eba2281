/**
 * The `csp-channel` executable: `csp-channel check [--json] [FILE...]`. See `docs/scenarios.md`.
 *
 * @internal
 */
import { fileURLToPath } from 'node:url'
import { check } from './check.js'

const bundled = fileURLToPath(new URL('../examples/scenarios/', import.meta.url))

process.exitCode = check(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) }, bundled)
