import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMMAND_NAMES, RULES, RULE_IDS, ViolationTag } from '../src/index.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

describe('the docs stay true to the code', () => {
  it('docs/rules.md lists every rule with its statement and every reading', () => {
    const doc = read('docs/rules.md')
    for (const id of RULE_IDS) {
      const rule = RULES[id] as { statement: string; decision?: string }
      expect(doc).toContain(`| ${id} |`)
      expect(doc).toContain(rule.statement)
      if (rule.decision !== undefined) expect(doc).toContain(rule.decision)
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
