/**
 * `csp-channel --version` and `--help` answer without loading the library: the modules the CLI
 * entry imports statically, followed through their own imports, are the CLI's light modules only
 * (the rest of the CLI, and the library with it, is imported on demand). And the built CLI reads
 * its own few files, not the library's per-module build and its dependencies from node_modules.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Options } from 'tsup'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import configs from '../tsup.config.js'

/** The static imports of a source file: relative ones resolved to source paths, packages by name. */
const importsOf = (file: string): ReadonlyArray<string> =>
  [...readFileSync(file, 'utf8').matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map(([, spec]) =>
    spec!.startsWith('.') ? normalize(join(dirname(file), spec!.replace(/\.js$/, '.ts'))) : spec!,
  )

/** Every module reached from `entry` by static imports. */
const reached = (entry: string): ReadonlySet<string> => {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const next of importsOf(file))
      if (next.endsWith('.ts')) visit(next)
      else seen.add(next)
  }
  visit(entry)
  return seen
}

describe('the CLI entry', () => {
  it('loads only its light modules before it knows the command line needs more', () => {
    expect([...reached('src/cli/main.ts')].sort()).toEqual([
      'node:fs',
      'node:url',
      'picocolors',
      'src/cli/color.ts',
      'src/cli/main.ts',
      'src/cli/read.ts',
      'src/cli/usage.ts',
      'src/cli/version.ts',
      'src/internal/escape.ts',
    ])
  })

  it('imports the rest of the CLI on demand', () => {
    expect(readFileSync('src/cli/main.ts', 'utf8')).toContain("await import('./cli.js')")
  })
})

/** The modules a built file imports, statically or on demand. */
const specifiersOf = (code: string): ReadonlyArray<string> =>
  [...code.matchAll(/(?:^import\s[^'"]*|^export\s[^'"]*\sfrom\s|\bimport\()\s*['"]([^'"]+)['"]/gm)].map(
    ([, spec]) => spec!,
  )

describe('the CLI built by tsup.config.ts', () => {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const scratch = mkdtempSync(join(tmpdir(), 'csp-channel-cli-build-'))
  const dist = join(scratch, 'dist')
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))
  beforeAll(async () => {
    const cli = (configs as ReadonlyArray<Options>).find((c) => (c.entry as Record<string, string>).cli !== undefined)
    // laid out like the package: dist/ beside a package.json and the bundled scenarios
    mkdirSync(dist)
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ type: 'module', version: '9.8.7' }))
    symlinkSync(join(root, 'examples'), join(scratch, 'examples'))
    await build({ ...cli, outDir: dist, sourcemap: false, silent: true, config: false })
  }, 60_000)

  it('is the entry and two chunks, which import Node built-in modules and each other only', () => {
    const files = readdirSync(dist).filter((f) => f.endsWith('.js'))
    expect(files.length).toBeLessThanOrEqual(3)
    for (const file of files)
      for (const spec of specifiersOf(readFileSync(join(dist, file), 'utf8')))
        expect(isBuiltin(spec) || (spec.startsWith('./') && files.includes(spec.slice(2))), `${file}: ${spec}`).toBe(
          true,
        )
  })

  it('checks a bundled scenario and prints the version', () => {
    const run = (...argv: string[]) =>
      spawnSync(process.execPath, [join(dist, 'cli.js'), ...argv], { encoding: 'utf8' })
    const checked = run('check', join(scratch, 'examples/scenarios/gdap.json'))
    expect(checked.stderr).toBe('')
    expect(checked.status).toBe(0)
    expect(checked.stdout).toMatch(/✔ \d+\/\d+ expectations held/)
    expect(run('--version').stdout).toBe('9.8.7\n')
  })
})
