/**
 * `csp-channel --version` and `--help` answer without loading the library: the modules the CLI
 * entry imports statically, followed through their own imports, are the CLI's light modules only
 * (the rest of the CLI, and the library with it, is imported on demand).
 */
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'

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
