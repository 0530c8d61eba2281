/**
 * The command-line conventions of `csp-channel`: `--version`, `--help` for every command (and
 * `help COMMAND`), colors on a terminal only (off when piped, with `NO_COLOR`, for `--json`), and a
 * demo without build noise. The executable is built from src/cli/main.ts with esbuild into a scratch
 * folder laid out like the package (dist/cli.js beside a package.json and examples/) and spawned.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../src/cli/cli.js'
import { painter, wantsColor } from '../src/cli/color.js'
import { CHECK_USAGE, IMPORT_USAGE, USAGE } from '../src/cli/usage.js'
import { packageVersion } from '../src/cli/version.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string
  files: ReadonlyArray<string>
  dependencies: Readonly<Record<string, string>>
  scripts: Readonly<Record<string, string>>
  repository: { type: string; url: string }
  homepage: string
  bugs: { url: string }
}
const bundled = join(root, 'examples/scenarios/')
/** Whether `text` holds escape sequences (colors). */
const colored = (text: string) => stripVTControlCharacters(text) !== text

const run = (...argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = cli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, bundled, '1.2.3')
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('--version and --help', () => {
  it.each([['--version'], ['-v']])('%s prints the version and exits 0', (flag) => {
    expect(run(flag)).toEqual({ code: 0, out: '1.2.3', err: '' })
  })

  it('the version is read from the package.json beside dist/, and is "unknown" without one', () => {
    expect(packageVersion(new URL('../package.json', import.meta.url))).toBe(pkg.version)
    expect(packageVersion(new URL('./no-such-package.json', import.meta.url))).toBe('unknown')
  })

  it.each([
    ['check', CHECK_USAGE],
    ['import', IMPORT_USAGE],
  ])('%s --help and help %s print the usage of that command', (verb, usage) => {
    for (const argv of [
      [verb, '--help'],
      [verb, '-h'],
      ['help', verb],
    ])
      expect(run(...argv), argv.join(' ')).toEqual({ code: 0, out: usage, err: '' })
  })

  it('--help and help alone print the overview, which names --version and help', () => {
    expect(run('--help')).toEqual({ code: 0, out: USAGE, err: '' })
    expect(run('help')).toEqual({ code: 0, out: USAGE, err: '' })
    expect(USAGE).toContain('csp-channel --version')
    expect(USAGE).toContain('NO_COLOR')
  })

  it('an option after the command is the command\'s: "check --version" is a wrong command line', () => {
    const { code, err } = run('check', '--version')
    expect(code).toBe(2)
    expect(err).toContain(CHECK_USAGE)
  })
})

describe('colors', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { TERM: 'dumb' }, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ])('a stream with isTTY %s and %j is colored: %s', (isTTY, env, colored) => {
    expect(wantsColor(isTTY, env)).toBe(colored)
  })

  it('paints the timeline without changing its text, and leaves JSON and disabled streams alone', () => {
    const { out } = run('check')
    const painted = painter(true)(out)
    expect(colored(painted)).toBe(true)
    expect(stripVTControlCharacters(painted)).toBe(out)
    expect(painter(true)('{"ok": true}')).toBe('{"ok": true}')
    expect(painter(false)(out)).toBe(out)
  })
})

describe('the built executable', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'csp-channel-cli-'))
  const exe = join(scratch, 'dist', 'cli.js')
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))
  beforeAll(async () => {
    mkdirSync(join(scratch, 'dist'))
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ type: 'module', version: '9.8.7' }))
    symlinkSync(join(root, 'examples'), join(scratch, 'examples'))
    // tsconfig paths resolve `csp-channel` to src/
    await build({
      entryPoints: [join(root, 'src/cli/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: exe,
      logLevel: 'error',
    })
  })
  const spawn = (env: Record<string, string>, ...argv: string[]) => {
    const { NO_COLOR: _n, FORCE_COLOR: _f, ...rest } = process.env
    const result = spawnSync(process.execPath, [exe, ...argv], { env: { ...rest, ...env }, encoding: 'utf8' })
    return { code: result.status, out: result.stdout, err: result.stderr }
  }

  it('--version prints the version of the package.json beside dist/', () => {
    expect(spawn({}, '--version')).toEqual({ code: 0, out: '9.8.7\n', err: '' })
  })

  it('piped output is plain; FORCE_COLOR colors it, NO_COLOR wins, --json never', () => {
    const piped = spawn({}, 'check')
    expect(piped.code).toBe(0)
    expect(piped.out).toContain('expectations held')
    expect(colored(piped.out)).toBe(false)
    expect(colored(spawn({ FORCE_COLOR: '1' }, 'check').out)).toBe(true)
    expect(colored(spawn({ FORCE_COLOR: '1', NO_COLOR: '1' }, 'check').out)).toBe(false)
    const json = spawn({ FORCE_COLOR: '1' }, 'check', '--json')
    expect(colored(json.out)).toBe(false)
    expect(() => JSON.parse(json.out)).not.toThrow()
  })
})

describe('package.json', () => {
  it('names the repository, home page and issue tracker, and ships the examples', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/csp-channel/csp-channel.git' })
    expect(pkg.homepage).toBe('https://github.com/csp-channel/csp-channel#readme')
    expect(pkg.bugs.url).toBe('https://github.com/csp-channel/csp-channel/issues')
    expect(pkg.files).toContain('examples')
  })

  it('colors with picocolors, pinned to an exact version', () => {
    expect(pkg.dependencies.picocolors).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('the demo builds quietly: tsup --silent, then the bundled scenarios', () => {
    expect(pkg.scripts.demo).toBe('tsup --silent && node dist/cli.js check')
  })
})
