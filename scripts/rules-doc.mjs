// Writes docs/rules.md from the rule catalog of the built package (run `npm run docs:rules`).
import { writeFileSync } from 'node:fs'
import {
  COMMANDS,
  COMMAND_NAMES,
  RULES,
  RULE_IDS,
  RULE_SETS,
  VIOLATIONS,
  VIOLATION_TAGS,
  mayReport,
  rulesInForce,
} from '../dist/index.js'

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
  NCE: 'New commerce license-based subscriptions (since 2022)',
  GDAP: 'Granular delegated admin privileges (since 2022)',
  POR: 'Partner-of-record validation (since 2025)',
  AUTH: 'Reseller and partner authorization (since 2024)',
  MCA: 'The customer agreement before purchase (since 2019-10-01)',
  MOD: "Model integrity (the library's own rules, not program rules)",
}
const group = (id) => GROUPS[id.split('-')[0]]

const lines = [
  '# Program rules',
  '',
  'The rule catalog the library enforces (`RULES` in code; this page is generated from it by',
  '`npm run docs:rules`). Each rule has a stable ID, a kind (**must**: a violation rejects the command;',
  '**effect**: what a successful command does; **advisory**: a warning on a successful command), a',
  'statement, its source and the period it is in force; below each rule are the library\'s reading where',
  'the page is vague, the commands that check it and the violation tags it can carry (`VIOLATIONS` in',
  'code: a tag is only ever reported under the rules listed with it).',
  '',
  'Sources are the five Partner Center pages the project works from, by file name: `000_…` (transition,',
  'second edition, 2019-10-04; restricted capabilities; incentives), `001_…` (indirect provider tasks,',
  '2020-07-01), `002_…` (supported partner relationships, 2020-05-12), `003_…` (direct bill requirements,',
  '2020-12-15), `004_…` (transition, first edition, 2018-12-18). The section is the anchor of the page',
  'section.',
  '',
  'The rules of the program since 2021 (new commerce, the customer agreement) come from Microsoft\'s',
  'documentation pages instead: `learn:` a learn.microsoft.com page, `blog:` a Microsoft partner blog post,',
  '`press:` a press article, `mirror:` a copy of a Microsoft page hosted elsewhere, `qa:` a Microsoft Q&A',
  'answer, `distributor:` a distributor\'s article, `partner:` a partner.microsoft.com page. Each carries a',
  'confidence mark: **official** (a Microsoft page says it), **secondary** (only the press, a distributor',
  'or a copy of a Microsoft page says it) or **inferred** (the library\'s reading of several sources).',
  '',
  '## Dated rule sets',
  '',
  'A rule set is a row of data (`RULE_SETS`): the instant it comes into force, its source, what changed,',
  'and the parameters that differ between sets. Which rules are in force under a set is derived from',
  'the dates of the catalog below (`rulesInForce`).',
  '',
  '| rule set | in force from (UTC) | transition rules (approval, working days) | direct bill revenue floor | customer agreements that count | cancellation / seat-reduction window | rules coming into force | source |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...RULE_SETS.map((s, i) => {
    const before = i === 0 ? new Set() : new Set(rulesInForce(RULE_SETS[i - 1]))
    const added = rulesInForce(s).filter((r) => !before.has(r))
    const agreements = s.customerAgreements.length === 0 ? 'none required' : s.customerAgreements.join(', ')
    const floor = s.directBillRevenueFloorCents === null ? '—' : `USD ${(s.directBillRevenueFloorCents / 100).toLocaleString('en-US')}`
    const window = s.cancellationWindowHours === null ? '—' : `${s.cancellationWindowHours} h / ${s.seatReductionWindowHours} h`
    return `| \`${s.id}\` | ${s.inForceAt.slice(0, 16).replace('T', ' ')} | ${s.transitionEdition} (${s.transitionApprovalBusinessDays}) | ${floor} | ${agreements} | ${window} | ${i === 0 ? 'the seed rules' : added.join(', ') || '—'} | ${s.source} |`
  }),
  '',
  'What each set changed:',
  '',
  ...RULE_SETS.map((s) => `- \`${s.id}\`: ${s.changes}`),
  '',
  'A command is judged by the set in force at its `at` instant (instants before 2018-12-18 get the 2018 set).',
  'An input may name that set with `ruleSet`; naming another is rejected (MOD-8). To judge a command',
  'under another set, use `explain(state, command, { whatIf: setId })`. Every result names the set that judged it.',
]
// the commands whose checks (or advisories) judge each rule
const checkedBy = new Map(RULE_IDS.map((id) => [id, []]))
for (const name of COMMAND_NAMES) {
  const { checks, advisories = [] } = COMMANDS[name].definition
  for (const rule of new Set([...checks, ...advisories].map((c) => c.rule))) checkedBy.get(rule).push(name)
}
const code = (xs) => (xs.length === 0 ? 'none' : xs.map((x) => `\`${x}\``).join(', '))

let current
for (const id of RULE_IDS) {
  if (group(id) !== current) {
    current = group(id)
    lines.push('', `## ${current}`)
  }
  const r = RULES[id]
  const period = r.inForce.until ? `${r.inForce.from} to ${r.inForce.until}` : `from ${r.inForce.from}`
  const source =
    r.source.seed === 'library'
      ? 'the library'
      : r.confidence !== undefined
        ? `\`${r.source.seed}\` ${r.source.section}; confidence **${r.confidence}**${r.confidence === 'secondary' ? ' (no Microsoft page the library could read says it)' : ''}`
        : `\`${r.source.seed.slice(0, 3)}\` ${r.source.section}`
  const tags = VIOLATION_TAGS.filter((tag) => mayReport(id, tag))
  lines.push('', `### ${id}`, '', `**${r.kind}**, in force ${period}. ${r.statement}`, '')
  lines.push(`- Source: ${source}.`)
  if (r.decision) lines.push(`- Reading: ${r.decision}`)
  lines.push(`- Checked by: ${code(checkedBy.get(id))}.`)
  lines.push(
    tags.length === 0
      ? '- Violations: none (the rule describes what accepted commands do).'
      : `- Violations: ${tags.map((tag) => `\`${tag}\` (${VIOLATIONS[tag].means.replace(/\.$/, '')})`).join('; ')}.`,
  )
}
lines.push(
  '',
  "## The library's readings",
  '',
  "Where a page is vague, each rule above says how the library reads it (\"Reading\"). These are the",
  "library's interpretations, not statements by Microsoft. Other readings built into the commands:",
  '',
  '- **TRN-4 due dates** are counted in weekdays with date-fns `addBusinessDays` in UTC; public holidays are not known to the library.',
  "- **INC-1**: the incentive invitation goes to the email of the MPN account; the library uses the partner's primary contact email (`null` when none is recorded).",
  '- **TRN-13**: the capabilities of an indirect provider towards a customer it serves with a reseller are read as orders, order history and subscriptions.',
  '',
)
writeFileSync(new URL('../docs/rules.md', import.meta.url), lines.join('\n'))
