import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { check } from '../src/cli/check.js'

const bundled = fileURLToPath(new URL('../examples/scenarios/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'csp-channel-'))

const run = (...argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = check(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, bundled)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const write = (name: string, content: unknown) => {
  const file = join(scratch, name)
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
  return file
}

const scenarios = readdirSync(bundled).filter((f) => f.endsWith('.json'))
const load = (name: string) =>
  JSON.parse(readFileSync(join(bundled, name), 'utf8')) as { steps: Array<{ expect: unknown }> }

describe('csp-channel check', () => {
  it('runs the bundled scenarios when given no file, prints the timeline and exits 0', () => {
    const { code, out } = run('check')
    expect(code).toBe(0)
    expect(scenarios.length).toBeGreaterThanOrEqual(2)
    expect(out).toContain('✗ RST-2 PartnerRestricted')
    expect(out).toContain('✗ TRN-11 IndirectResellerCustomer')
    expect(out).toContain('! TRN-4 ApprovalAfterDueDate')
    expect(out).toMatch(/✔ 18\/18 expectations held/)
  })

  it.each(scenarios)('%s: flipping any one expected verdict makes it exit 1', (name) => {
    const scenario = load(name)
    scenario.steps.forEach((step, i) => {
      const flipped = structuredClone(scenario)
      flipped.steps[i]!.expect = step.expect === 'accepted' ? { rejected: ['PGM-1'] } : 'accepted'
      const { code, out } = run('check', write(`${name}-${i}.json`, flipped))
      expect(code, `step ${i + 1}`).toBe(1)
      expect(out).toContain('FAIL')
    })
  })

  it('changing one expected rule ID makes it exit 1', () => {
    const scenario = load('direct-bill-to-indirect-2019.json')
    const i = scenario.steps.findIndex((s) => JSON.stringify(s.expect) === JSON.stringify({ rejected: ['RST-2'] }))
    scenario.steps[i]!.expect = { rejected: ['RST-3'] }
    const { code, out } = run('check', write('changed-rule.json', scenario))
    expect(code).toBe(1)
    expect(out).toContain('expected rejected by RST-3')
  })

  it('a malformed scenario exits 2 with a decode error naming the field', () => {
    const scenario = load('direct-bill-to-indirect-2019.json') as unknown as { steps: Array<{ input: { at: string } }> }
    scenario.steps[3]!.input.at = 'last Tuesday'
    const { code, err } = run('check', write('malformed.json', scenario))
    expect(code).toBe(2)
    expect(err).toContain('at steps[3].input.at: expected an ISO-8601 UTC instant')
    expect(err).toContain('received "last Tuesday"')
  })

  it('an unknown rule ID in an expectation exits 2', () => {
    const scenario = load('direct-bill-to-indirect-2018.json')
    scenario.steps[3]!.expect = { rejected: ['TRN-99'] }
    const { code, err } = run('check', write('unknown-rule.json', scenario))
    expect(code).toBe(2)
    expect(err).toContain('steps[3].expect.rejected[0]')
  })

  it('a file that is not JSON exits 2', () => {
    const { code, err } = run('check', write('broken.json', '{ "title": '))
    expect(code).toBe(2)
    expect(err).toContain('cannot read')
  })

  it('--json prints the reports as JSON', () => {
    const { code, out } = run('check', '--json', join(bundled, 'direct-bill-to-indirect-2018.json'))
    expect(code).toBe(0)
    const [report] = JSON.parse(out) as Array<{ report: { ok: boolean; steps: unknown[] } }>
    expect(report?.report.ok).toBe(true)
    expect(report?.report.steps).toHaveLength(12)
  })

  it('rejects an unknown verb with the usage and exit 2', () => {
    const { code, err } = run('verify')
    expect(code).toBe(2)
    expect(err).toContain('Usage: csp-channel check')
  })
})
