/**
 * Renders a scenario report as a readable timeline.
 *
 * @module
 */
import type { Actor } from '../model/actor.js'
import type { Expectation } from './scenario.js'
import type { ScenarioReport, StepReport } from './run.js'

const who = (actor: Actor): string =>
  actor.kind === 'microsoft'
    ? 'Microsoft'
    : actor.kind === 'customerAdmin'
      ? `customer admin of ${actor.tenantId.slice(0, 8)}`
      : `${actor.role} of ${actor.tenantId.slice(0, 8)}`

const expectation = (e: Expectation) => (e === 'accepted' ? 'accepted' : `rejected by ${e.rejected.join(', ')}`)

/** An event's tag, with the rule IDs a restriction records. */
const eventLabel = (e: StepReport['events'][number]): string =>
  e._tag === 'DirectBillRestricted' && e.unmetRequirements.length > 0
    ? `${e._tag} (unmet: ${e.unmetRequirements.join(', ')})`
    : e._tag

const stepLines = (s: StepReport): ReadonlyArray<string> => {
  const mark = s.ok ? 'ok  ' : 'FAIL'
  const head = `${mark} ${String(s.index).padStart(2)}. ${s.at.slice(0, 10)}  ${s.command.padEnd(33)} ${who(s.actor)}`
  const lines = [head]
  if (s.title !== null) lines.push(`          ${s.title}`)
  lines.push(`          ${s.verdict} (rule set ${s.ruleSet})${s.ok ? '' : `; expected ${expectation(s.expected)}`}`)
  for (const v of s.violations)
    lines.push(
      `          ✗ ${v.rule} ${v._tag}${v.partnerCenterCode === null ? '' : ` [${v.partnerCenterCode}]`}: ${v.message}`,
    )
  for (const w of s.warnings) lines.push(`          ! ${w.rule} ${w._tag}: ${w.message}`)
  if (s.events.length > 0) lines.push(`          → ${s.events.map(eventLabel).join(', ')}`)
  return lines
}

/**
 * The timeline of a scenario: one block per step (verdict, rule IDs with their messages, warnings,
 * events) and a closing line with the number of expectations that held.
 *
 * @category commands
 */
export const formatReport = (report: ScenarioReport): string => {
  const held = report.steps.filter((s) => s.ok).length
  return [
    `▶ ${report.title}`,
    ...report.steps.flatMap(stepLines),
    `${report.ok ? '✔' : '✘'} ${held}/${report.steps.length} expectations held`,
  ].join('\n')
}
