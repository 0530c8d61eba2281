// Writes docs/rules.md from the rule catalog of the built package (run `npm run docs:rules`).
import { writeFileSync } from 'node:fs'
import { RULES, RULE_IDS, RULE_SETS } from '../dist/index.js'

const GROUPS = {
  PGM: 'Partner types and agreements',
  DB: 'Direct bill requirements',
  TRN: 'Direct bill to indirect reseller transition',
  RST: 'Restricted direct bill capabilities',
  INC: 'Incentives',
  PRT: 'Provider / reseller partnerships',
  CUS: 'Customers, invitations and subscriptions',
  INV: 'Customers, invitations and subscriptions',
  MUL: 'Customers, invitations and subscriptions',
  REG: 'Regions, own use and self-dealing',
  OWN: 'Regions, own use and self-dealing',
  ROL: 'Roles',
  MOD: "Model integrity (the library's own rules, not program rules)",
}
const group = (id) => GROUPS[id.split('-')[0]]

const lines = [
  '# Program rules',
  '',
  'The rule catalog the library enforces (`RULES` in code; this page is generated from it by',
  '`npm run docs:rules`). Each rule has a stable ID, a kind (**must**: a violation rejects the command;',
  '**effect**: what a successful command does; **advisory**: a warning on a successful command), a',
  'statement, its source and the period it is in force.',
  '',
  'Sources are the five Partner Center pages the project works from, by file name: `000_…` (transition,',
  'second edition, 2019-10-04; restricted capabilities; incentives), `001_…` (indirect provider tasks,',
  '2020-07-01), `002_…` (supported partner relationships, 2020-05-12), `003_…` (direct bill requirements,',
  '2020-12-15), `004_…` (transition, first edition, 2018-12-18). The section is the anchor of the page',
  'section.',
  '',
  '## Dated rule sets',
  '',
  '| rule set | in force from | transition rules | MPA required | direct bill requirements | seed |',
  '| --- | --- | --- | --- | --- | --- |',
  ...RULE_SETS.map(
    (s) =>
      `| \`${s.id}\` | ${s.inForceFrom} | ${s.transitionEdition} | ${s.mpaRequired ? 'yes' : 'no'} | ${s.directBillRequirements ? 'yes' : 'no'} | \`${s.seed}\` |`,
  ),
  '',
  'A command is judged by the set in force on its `at` date (dates before 2018-12-18 get the 2018 set).',
  'An input may name that set with `ruleSet`; naming another is rejected (MOD-8). To judge a command',
  'under another set, use `explain(state, command, { whatIf: setId })`. Every result names the set that judged it.',
]
let current
for (const id of RULE_IDS) {
  if (group(id) !== current) {
    current = group(id)
    lines.push('', `## ${current}`, '', '| ID | kind | in force | rule | source |', '| --- | --- | --- | --- | --- |')
  }
  const r = RULES[id]
  const period = r.inForce.until ? `${r.inForce.from} to ${r.inForce.until}` : `from ${r.inForce.from}`
  const source = r.source.seed === 'library' ? 'the library' : `\`${r.source.seed.slice(0, 3)}\` ${r.source.section}`
  lines.push(`| ${id} | ${r.kind} | ${period} | ${r.statement} | ${source} |`)
}
lines.push(
  '',
  "## The library's readings",
  '',
  "Where a page is vague, the library reads it as follows. These are the library's interpretations,",
  'not statements by Microsoft.',
  '',
  ...RULE_IDS.filter((id) => RULES[id].decision).map((id) => `- **${id}**: ${RULES[id].decision}`),
  '',
  'Other readings built into the commands:',
  '',
  '- **TRN-4 due dates** are counted in weekdays with date-fns `addBusinessDays` in UTC; public holidays are not known to the library.',
  "- **INC-1**: the incentive invitation goes to the email of the MPN account; the library uses the partner's primary contact email (`null` when none is recorded).",
  '- **TRN-13**: the capabilities of an indirect provider towards a customer it serves with a reseller are read as orders, order history and subscriptions.',
  '',
)
writeFileSync(new URL('../docs/rules.md', import.meta.url), lines.join('\n'))
