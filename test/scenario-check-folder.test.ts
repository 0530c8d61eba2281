/**
 * `csp-channel check DIR` (issue 12, item 3): a folder stands for its *.json scenarios; with more
 * than one file, the last line is a total across files; exit codes 0, 1 and 2 as for files.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundled, runCheck, scratchFolder } from './support/cli.js'

const scratch = scratchFolder('csp-channel-folder-')
const run = runCheck

const scenario2018 = JSON.parse(readFileSync(join(bundled, 'direct-bill-to-indirect-2018.json'), 'utf8')) as {
  steps: Array<{ expect: unknown }>
}

/** A folder holding copies of two bundled scenarios, a text file and a subfolder with a scenario. */
const folder = (name: string) => {
  const dir = join(scratch, name)
  mkdirSync(join(dir, 'nested'), { recursive: true })
  for (const f of ['direct-bill-to-indirect-2018.json', 'direct-bill-to-indirect-2019.json'])
    copyFileSync(join(bundled, f), join(dir, f))
  writeFileSync(join(dir, 'notes.txt'), 'not a scenario')
  writeFileSync(join(dir, 'nested', 'broken.json'), '{')
  return dir
}

describe('csp-channel check DIR', () => {
  it('runs every *.json file of the folder (not its subfolders) and prints a total', () => {
    const { code, out, err } = run('check', folder('two'))
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(out).toContain('✔ 12/12 expectations held')
    expect(out).toContain('✔ 18/18 expectations held')
    expect(out.trim().split('\n').at(-1)).toBe('Total: 2 files, 30 steps, 30 passed, 0 failed')
  })

  it('the bundled scenarios, with no argument or named as a folder, give the same total', () => {
    const none = run('check')
    const named = run('check', bundled)
    expect(none.code).toBe(0)
    expect(named.code).toBe(0)
    const last = (out: string) => out.trim().split('\n').at(-1)
    expect(last(none.out)).toMatch(/^Total: 8 files, (\d+) steps, \1 passed, 0 failed$/)
    expect(last(named.out)).toBe(last(none.out))
  })

  it('counts failed steps and exits 1 when an expectation does not hold', () => {
    const dir = folder('failing')
    const failing = structuredClone(scenario2018)
    failing.steps[0]!.expect = { rejected: ['PGM-1'] }
    failing.steps[1]!.expect = { rejected: ['PGM-1'] }
    writeFileSync(join(dir, 'direct-bill-to-indirect-2018.json'), JSON.stringify(failing))
    const { code, out } = run('check', dir)
    expect(code).toBe(1)
    expect(out).toContain('Total: 2 files, 30 steps, 28 passed, 2 failed')
  })

  it('counts unreadable or malformed files and exits 2', () => {
    const dir = folder('malformed')
    writeFileSync(join(dir, 'zz-broken.json'), '{ "title": ')
    const { code, out, err } = run('check', dir)
    expect(code).toBe(2)
    expect(err).toContain('zz-broken.json as JSON')
    expect(out).toContain('Total: 3 files (1 unreadable or malformed), 30 steps, 30 passed, 0 failed')
  })

  it('a folder without scenarios is unreadable input: exit 2, nothing on standard output', () => {
    const empty = join(scratch, 'empty')
    mkdirSync(empty)
    writeFileSync(join(empty, 'readme.txt'), 'x')
    const { code, out, err } = run('check', empty)
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toContain(`cannot read ${empty}: it is a directory with no scenario files (*.json)`)
  })

  it('mixes folders and files; one file alone prints no total', () => {
    const mixed = run('check', folder('mixed'), join(bundled, 'two-tier-provider.json'))
    expect(mixed.code).toBe(0)
    expect(mixed.out).toMatch(/Total: 3 files, \d+ steps/)
    const alone = run('check', join(bundled, 'two-tier-provider.json'))
    expect(alone.out).not.toContain('Total:')
  })

  it('--json reports every file of the folder, steps counted from 1', () => {
    const { code, out } = run('check', '--json', folder('json'))
    expect(code).toBe(0)
    const reports = JSON.parse(out) as Array<{ file: string; report: { steps: Array<{ index: number }> } }>
    expect(reports.map((r) => r.file.split('/').at(-1))).toEqual([
      'direct-bill-to-indirect-2018.json',
      'direct-bill-to-indirect-2019.json',
    ])
    for (const r of reports) expect(r.report.steps.map((s) => s.index)).toEqual(r.report.steps.map((_, i) => i + 1))
  })

  it('--json writes each expectation as the file does, and each query with its result', () => {
    const { code, out } = run('check', '--json', join(bundled, 'direct-bill-requirements.json'))
    expect(code).toBe(0)
    type Step = { index: number; whatIf: string | null; expected: unknown; queries: unknown[]; events: unknown[] }
    const [{ report }] = JSON.parse(out) as [{ report: { steps: Step[] } }]
    const review = report.steps[3]!
    expect(review.expected).toEqual({
      rejected: ['DB-3', 'DB-5'],
      queries: [
        {
          query: 'assessDirectBill',
          tenantId: 'a1da7a0b-2c3d-4e5f-8a6b-7c8d9e0f1a2b',
          expect: { unmet: ['DB-3', 'DB-5'], trailingTwelveMonthCloudRevenue: '212480.00' },
        },
      ],
    })
    expect(review.queries[0]).toMatchObject({ ok: true, actual: { trailingTwelveMonthCloudRevenue: '212480.00' } })
    expect(report.steps.find((s) => s.whatIf !== null)).toMatchObject({ index: 10, whatIf: '2019-10-04', events: [] })
  })
})
