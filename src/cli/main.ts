/**
 * The `csp-channel` executable: `csp-channel check [--json] [FILE...]` and
 * `csp-channel import [OPTIONS] MANIFEST|DIR... -o STATE.json`. See `docs/scenarios.md`.
 * It never prints a stack trace: an unexpected error is one line, `csp-channel: internal error: …`,
 * on standard error, and exit code 2. Text is colored on a terminal (see `color.ts`); `--version`
 * prints the version of the package.json beside `dist/`.
 *
 * @internal
 */
import { fileURLToPath } from 'node:url'
import { cli } from './cli.js'
import { painter, wantsColor } from './color.js'
import { packageVersion } from './version.js'
import { escapeControls } from '../scenario/format.js'

const internalError = (cause: unknown): void => {
  const message = cause instanceof Error ? cause.message : String(cause)
  try {
    process.stderr.write(`csp-channel: internal error: ${escapeControls(message)}\n`)
  } finally {
    process.exit(2)
  }
}

// a reader that goes away (`csp-channel check | head`) ends the output, quietly
const onWriteError = (cause: unknown): void => {
  if ((cause as { code?: unknown } | null)?.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  internalError(cause)
}
process.stdout.on('error', onWriteError)
process.stderr.on('error', () => process.exit(2))
process.on('uncaughtException', internalError)

try {
  const bundled = fileURLToPath(new URL('../examples/scenarios/', import.meta.url))
  const version = packageVersion(new URL('../package.json', import.meta.url))
  const paintOut = painter(wantsColor(process.stdout.isTTY === true, process.env))
  const paintErr = painter(wantsColor(process.stderr.isTTY === true, process.env))
  const io = { out: (t: string) => console.log(paintOut(t)), err: (t: string) => console.error(paintErr(t)) }
  process.exitCode = cli(process.argv.slice(2), io, bundled, version)
} catch (cause) {
  internalError(cause)
}
