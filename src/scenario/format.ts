/**
 * Renders a scenario report as a readable timeline.
 *
 * @module
 */
import { escapeControls } from '../internal/escape.js'
import type { Actor } from '../model/actor.js'
import { expectsAcceptance, type Expectation } from './expectations.js'
import type { ScenarioReport, StepReport } from './run.js'

const who = (actor: Actor): string =>
  actor.kind === 'microsoft'
    ? 'Microsoft'
    : actor.kind === 'customerAdmin'
      ? `customer admin of ${actor.tenantId.slice(0, 8)}`
      : `${actor.role} of ${actor.tenantId.slice(0, 8)}`

const expectation = (e: Expectation) => (expectsAcceptance(e) ? 'accepted' : `rejected by ${e.rejected.join(', ')}`)

/** Whether the verdict is the one expected (with the same set of rule IDs for a rejection). */
const verdictHeld = (s: StepReport): boolean => {
  const e = s.expected
  if (expectsAcceptance(e)) return s.verdict === 'accepted'
  const found = new Set<string>(s.violations.map((v) => v.rule))
  const wanted = new Set<string>(e.rejected)
  return s.verdict === 'rejected' && found.size === wanted.size && [...found].every((r) => wanted.has(r))
}

/** Expected query fields as short JSON (`none` for `null`), cut at 100 characters. */
const shortJson = (value: unknown): string => {
  const text = value === null ? 'none' : JSON.stringify(value)
  return text.length > 100 ? `${text.slice(0, 99)}…` : text
}

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
  const set = s.whatIf === null ? `rule set ${s.ruleSet}` : `what if: rule set ${s.ruleSet}, not applied`
  lines.push(`          ${s.verdict} (${set})${verdictHeld(s) ? '' : `; expected ${expectation(s.expected)}`}`)
  for (const v of s.violations)
    lines.push(
      `          ✗ ${v.rule} ${v._tag}${v.partnerCenterCode === null ? '' : ` [${v.partnerCenterCode}]`}: ${v.message}`,
    )
  for (const w of s.warnings) lines.push(`          ! ${w.rule} ${w._tag}: ${w.message}`)
  if (s.events.length > 0) lines.push(`          → ${s.events.map(eventLabel).join(', ')}`)
  for (const q of s.queries) lines.push(`          ? ${q.label}: ${shortJson(q.expected)}`)
  for (const m of s.mismatches) lines.push(`          ≠ ${m}`)
  return lines
}

/**
 * The timeline of a scenario: one block per step (verdict, rule IDs with their messages, warnings,
 * events) and a closing line with the number of expectations that held. Control and format
 * characters in titles, messages and other data are printed as `\u{…}` escapes.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { formatReport, runScenario } from 'csp-channel/scenario'
 * const report = runScenario(JSON.parse(readFileSync('my-scenario.json', 'utf8')))
 * if (E.isRight(report)) console.log(formatReport(report.right)) // ▶ title, one block per step, ✔ 3/3 expectations held
 * ```
 *
 * @category commands
 * @since 0.1.0
 */
export const formatReport = (report: ScenarioReport): string => {
  const held = report.steps.filter((s) => s.ok).length
  return [
    `▶ ${report.title}`,
    ...report.steps.flatMap(stepLines),
    `${report.ok ? '✔' : '✘'} ${held}/${report.steps.length} expectations held`,
  ]
    .map(escapeControls)
    .join('\n')
}
