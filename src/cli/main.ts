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
import { escapeControls } from '../internal/escape.js'
import { painter, wantsColor } from './color.js'
import { USAGE } from './usage.js'
import { packageVersion } from './version.js'

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

/**
 * What a command line asks that needs none of the library: the version (`--version` or `-v` first)
 * or the overview (`--help`, `-h` or `help` alone). The rest of the CLI, and the library with it, is
 * loaded only for the other command lines, so these answer at once.
 */
const early = (argv: ReadonlyArray<string>): 'version' | 'overview' | undefined =>
  argv[0] === '--version' || argv[0] === '-v'
    ? 'version'
    : argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')
      ? 'overview'
      : undefined

try {
  const argv = process.argv.slice(2)
  const version = packageVersion(new URL('../package.json', import.meta.url))
  const paintOut = painter(wantsColor(process.stdout.isTTY === true, process.env))
  const paintErr = painter(wantsColor(process.stderr.isTTY === true, process.env))
  const io = { out: (t: string) => console.log(paintOut(t)), err: (t: string) => console.error(paintErr(t)) }
  const answer = early(argv)
  if (answer !== undefined) io.out(answer === 'version' ? version : USAGE)
  else {
    const bundled = fileURLToPath(new URL('../examples/scenarios/', import.meta.url))
    const { cli } = await import('./cli.js')
    process.exitCode = cli(argv, io, bundled, version)
  }
} catch (cause) {
  internalError(cause)
}
