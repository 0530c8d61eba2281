/**
 * The commands of `csp-channel`: `import` for a command line whose first word is `import`, else
 * `check` (which also answers `--help`, an empty or unknown command with the overview).
 *
 * @internal
 */
import { check, type Io } from './check.js'
import { importCommand } from './import.js'

/**
 * Runs the command line `argv` (without `node` and the script); returns the exit code. The command
 * is the first argument that is not an option.
 *
 * @internal
 */
export const cli = (argv: ReadonlyArray<string>, io: Io, bundledDir: string): number =>
  argv.find((a) => !a.startsWith('-')) === 'import' ? importCommand(argv, io) : check(argv, io, bundledDir)
