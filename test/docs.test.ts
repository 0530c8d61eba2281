import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  COMMANDS,
  COMMAND_NAMES,
  RULES,
  RULE_IDS,
  VIOLATION_TAGS,
  ViolationTag,
  mayReport,
  whoMayRun,
} from '../src/index.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

describe('the docs stay true to the code', () => {
  it('docs/rules.md lists every rule with its statement and every reading', () => {
    const doc = read('docs/rules.md')
    for (const id of RULE_IDS) {
      const rule = RULES[id] as { statement: string; decision?: string }
      expect(doc).toContain(`### ${id}\n`)
      expect(doc).toContain(rule.statement)
      if (rule.decision !== undefined) expect(doc).toContain(rule.decision)
    }
  })

  it('docs/rules.md gives every rule the violation tags VIOLATIONS pairs with it', () => {
    const doc = read('docs/rules.md')
    for (const id of RULE_IDS) {
      const section = doc.slice(doc.indexOf(`### ${id}\n`)).split('\n### ')[0] ?? ''
      const tags = VIOLATION_TAGS.filter((tag) => mayReport(id, tag))
      for (const tag of tags) expect(section, id).toContain(`\`${tag}\``)
    }
  })

  it('docs/roles.md has one row per command naming who may run it', () => {
    const doc = read('docs/roles.md')
    for (const name of COMMAND_NAMES) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\``)) ?? ''
      const who = whoMayRun(name)
      expect(row.includes('Microsoft'), name).toBe(who.includes('microsoft'))
      for (const role of who.filter((r) => r !== 'microsoft' && r !== 'customerAdmin'))
        if (!row.includes('provider roles')) expect(row, name).toContain(`\`${role}\``)
    }
  })

  it('docs/commands.md lists every check of every command with its rule', () => {
    const doc = read('docs/commands.md')
    for (const name of COMMAND_NAMES) {
      const section = doc.slice(doc.indexOf(`### ${name}\n`)).split('\n### ')[0] ?? ''
      expect(section.length, name).toBeGreaterThan(0)
      for (const check of COMMANDS[name].definition.checks) {
        const cell = check.name.replace(/\|/g, '\\|').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        expect(section, `${name}: ${check.name}`).toMatch(new RegExp(`\\| ${cell} +\\| ${check.rule} +\\|`))
      }
    }
  })

  it('the README names every command', () => {
    const readme = read('README.md')
    for (const name of COMMAND_NAMES) expect(readme).toContain(`\`${name}\``)
  })

  it('the changelog names every violation tag', () => {
    const changelog = read('CHANGELOG.md')
    for (const tag of Object.keys(ViolationTag.keys)) expect(changelog).toContain(`\`${tag}\``)
  })

  it('the README gives the two set-up commands that CI and new users run', () => {
    const readme = read('README.md')
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm ci && npm test')
    expect(read('.ci/run')).toMatch(/npm ci\nnpm test/)
  })
})
