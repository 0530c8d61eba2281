/**
 * Colors for the CLI's text on a terminal, with picocolors. Whether to color is decided once per
 * stream: never when `NO_COLOR` is set to anything but the empty string (https://no-color.org);
 * always when `FORCE_COLOR` is set to anything but `0` or `false`; otherwise only on a terminal
 * (`isTTY`) whose `TERM` is not `dumb`. Piped output, files and `--json` stay plain text.
 *
 * The texts are painted after they are formatted, line by line, by what a line starts with (a
 * step's `ok` or `FAIL`, a violation's `✗ RULE-ID`, a warning's `!`, …): the library's formatters
 * stay free of escape codes, and data from files (escaped by `escapeControls` before it gets here)
 * cannot start a line.
 *
 * @internal
 */
import pc from 'picocolors'

/** The environment variables that decide. @internal */
export interface ColorEnv {
  readonly NO_COLOR?: string | undefined
  readonly FORCE_COLOR?: string | undefined
  readonly TERM?: string | undefined
}

/** Whether to color a stream: see the module comment. @internal */
export const wantsColor = (isTTY: boolean, env: ColorEnv): boolean => {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return isTTY && env.TERM !== 'dumb'
}

type Paint = (text: string) => string
const plain: Paint = (text) => text

/** One rule: a line that matches `pattern` has each capture group painted with the paint at its index. */
interface LineRule {
  readonly pattern: RegExp
  readonly paints: ReadonlyArray<Paint>
}

const rulesOf = (c: ReturnType<typeof pc.createColors>): ReadonlyArray<LineRule> => {
  const failure = (t: string) => c.bold(c.red(t))
  return [
    // timeline (csp-channel check): title, step heads, verdicts, violations, warnings, events, totals
    { pattern: /^(▶ .*)$/, paints: [c.bold] },
    { pattern: /^(ok)( {2}.*)$/, paints: [c.green, plain] },
    { pattern: /^(FAIL)( .*)$/, paints: [failure, plain] },
    { pattern: /^( +)(✗ [A-Z]+-\d+)( .*)$/, paints: [plain, c.red, plain] },
    { pattern: /^( +)(! [A-Z]+-\d+)( .*)$/, paints: [plain, c.yellow, plain] },
    { pattern: /^( +→ .*)$/, paints: [c.cyan] },
    { pattern: /^(✔ .*)$/, paints: [c.green] },
    { pattern: /^(✘ .*)$/, paints: [failure] },
    { pattern: /^( {2}\(.*\))$/, paints: [c.dim] },
    { pattern: /^(Total: .*, 0 failed)$/, paints: [c.green] },
    { pattern: /^(Total: .*)$/, paints: [failure] },
    // help texts
    { pattern: /^(Usage:)( .*)$/, paints: [c.bold, plain] },
    { pattern: /^((?:Commands|Options|Exit codes):)$/, paints: [c.bold] },
    { pattern: /^(Colors:|Exit codes:)( .*)$/, paints: [c.bold, plain] },
  ]
}

const paintLine = (rules: ReadonlyArray<LineRule>, line: string): string => {
  for (const { pattern, paints } of rules) {
    const m = pattern.exec(line)
    if (m !== null)
      return m
        .slice(1)
        .map((part, i) => (part === '' ? part : (paints[i] ?? plain)(part)))
        .join('')
  }
  return line
}

/**
 * The painter of a stream: colors the CLI's text line by line when `enabled`, and returns JSON
 * (text that starts with `[` or `{`) and everything else unchanged when not.
 *
 * @internal
 */
export const painter = (enabled: boolean): Paint => {
  if (!enabled) return (text) => text
  const rules = rulesOf(pc.createColors(true))
  return (text) =>
    text.startsWith('[') || text.startsWith('{')
      ? text
      : text
          .split('\n')
          .map((line) => paintLine(rules, line))
          .join('\n')
}
