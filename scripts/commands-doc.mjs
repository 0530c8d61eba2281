// Writes docs/commands.md from the command definitions of the built package (run `npm run docs:rules`).
import { readdirSync, writeFileSync } from 'node:fs'
import { COMMANDS, RULES, VIOLATIONS, VIOLATION_TAGS, mayReport, whoMayRun } from '../dist/index.js'

// the program areas, as the folders of src/commands
const AREAS = {
  partner: 'Partners and their profile',
  directBill: 'Direct bill: customers and subscriptions',
  requirements: 'Direct bill requirements',
  transition: 'Direct bill to indirect reseller transition',
  invitations: 'Reseller relationship invitations',
  provider: 'Indirect providers: partnerships, customers and orders',
  agreements: 'The customer agreement',
  gdap: 'Granular delegated admin privileges (GDAP)',
  authorization: 'Partner standing and authorization',
}
const source = new URL('../src/commands/', import.meta.url)
const areaOf = Object.fromEntries(
  Object.keys(AREAS).flatMap((area) =>
    readdirSync(new URL(`${area}/`, source))
      .map((file) => file.replace(/\.ts$/, ''))
      .filter((name) => name in COMMANDS)
      .map((name) => [name, area]),
  ),
)
const code = (xs) => xs.map((x) => `\`${x}\``).join(', ')
const cell = (text) => text.replace(/\|/g, '\\|')
const row = (check, advisory) => {
  const tags = advisory ? [] : VIOLATION_TAGS.filter((tag) => mayReport(check.rule, tag))
  const codes = [...new Set(tags.flatMap((tag) => VIOLATIONS[tag].codes))]
  const judged = check.always ? 'every rule set' : `from ${RULES[check.rule].inForce.from}`
  return `| ${cell(check.name)} | ${check.rule} | ${advisory ? 'warning' : code(tags)} | ${codes.join(', ')} | ${judged} |`
}

const lines = [
  '# Commands, their checks and violations',
  '',
  'This page is generated from the command definitions (`COMMANDS` in code; run `npm run docs:rules`).',
  'For every command: who may run it (`whoMayRun`, see [roles](roles.md)) and each check it runs, in',
  'order, with the rule it enforces, the violation tags that rule may carry (`VIOLATIONS`), the Partner',
  'Center error codes of those tags, and when the check is judged (a check is skipped under rule sets',
  'older than its rule, unless it is structural). Input shape violations (MOD-8 `UnknownField`,',
  '`InvalidInput`, `RuleSetNotInForce`; MOD-5 `ValueOutOfRange`) apply to every command and are not',
  'repeated. The rules themselves are in [rules](rules.md).',
]
for (const [area, title] of Object.entries(AREAS)) {
  lines.push('', `## ${title}`)
  for (const name of Object.keys(areaOf).filter((n) => areaOf[n] === area)) {
    const { checks, advisories = [] } = COMMANDS[name].definition
    lines.push(
      '',
      `### ${name}`,
      '',
      `Who may run it: ${code(whoMayRun(name))}.`,
      '',
      '| check | rule | tags | Partner Center codes | judged |',
      '| --- | --- | --- | --- | --- |',
      ...checks.map((c) => row(c, false)),
      ...advisories.map((c) => row(c, true)),
    )
  }
}
lines.push('')
writeFileSync(new URL('../docs/commands.md', import.meta.url), lines.join('\n'))
