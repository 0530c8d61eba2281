/**
 * The commands of `csp-channel`: `import` for a command line whose first word is `import`, `can`
 * for one whose first word is `can`, else `check` (which also answers `--help`, an empty or
 * unknown command with the overview). Before the command: `--version` (`-v`) prints the package
 * version; `help COMMAND` is `COMMAND --help`.
 *
 * @internal
 */
import { canCommand } from './can.js'
import { check, type Io } from './check.js'
import { importCommand } from './import.js'

/**
 * Runs the command line `argv` (without `node` and the script); returns the exit code. The command
 * is the first argument that is not an option.
 *
 * @internal
 */
export const cli = (argv: ReadonlyArray<string>, io: Io, bundledDir: string, version = 'unknown'): number => {
  const at = argv.findIndex((a) => !a.startsWith('-'))
  const verb = at < 0 ? undefined : argv[at]
  if ((at < 0 ? argv : argv.slice(0, at)).some((a) => a === '--version' || a === '-v')) {
    io.out(version)
    return 0
  }
  if (verb === 'help') {
    const topic = argv[at + 1]
    return cli(topic === undefined ? ['--help'] : [topic, '--help'], io, bundledDir, version)
  }
  return verb === 'import'
    ? importCommand(argv, io)
    : verb === 'can'
      ? canCommand(argv, io)
      : check(argv, io, bundledDir)
}
