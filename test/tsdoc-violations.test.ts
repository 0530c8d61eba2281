/**
 * Each command's TSDoc says which rules can reject it: the "Violations" paragraph of its comment
 * names exactly the rules of its checks (plus MOD-5 and MOD-8 for the input's shape), so the docs
 * cannot keep a rule ID a check no longer reports, nor miss one it does.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMMANDS, COMMAND_NAMES } from '../src/index.js'

/** The program area folder of each command under src/commands/. */
const AREA: Record<string, string> = Object.fromEntries(
  readdirSync(new URL('../src/commands/', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'checks')
    .flatMap((d) =>
      readdirSync(new URL(`../src/commands/${d.name}/`, import.meta.url)).map((f) => [f.replace(/\.ts$/, ''), d.name]),
    ),
)

const INPUT_RULES = new Set(['MOD-5', 'MOD-8'])

/** The rule IDs named in the "Violations" paragraph of the comment just above `export const <name>`. */
const documented = (name: string): ReadonlySet<string> => {
  const source = readFileSync(new URL(`../src/commands/${AREA[name]}/${name}.ts`, import.meta.url), 'utf8')
  const end = source.indexOf(`export const ${name} = defineCommand`)
  const comment = source.slice(source.lastIndexOf('/**', end), end)
  const from = comment.indexOf('Violations')
  const paragraph = from < 0 ? '' : (comment.slice(from).split(/\n \*\n| \* Emits| \* @/)[0] ?? '')
  return new Set(paragraph.match(/\b[A-Z]{2,4}-\d+\b/g) ?? [])
}

describe('the TSDoc of every command names the rules its checks report', () => {
  it.each(COMMAND_NAMES)('%s', (name) => {
    const { checks } = COMMANDS[name].definition
    const checked = new Set(checks.map((c) => c.rule))
    const named = documented(name)
    const missing = [...checked].filter((r) => !named.has(r))
    const stale = [...named].filter((r) => !checked.has(r as never) && !INPUT_RULES.has(r))
    expect({ missing, stale }).toEqual({ missing: [], stale: [] })
  })
})
