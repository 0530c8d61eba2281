import { describe, expect, it } from 'vitest'
import {
  RULES,
  RULE_IDS,
  RULE_SETS,
  ruleInForce,
  ruleSet,
  ruleSetAt,
  rulesInForce,
  isoDateTime,
  type RuleEntry,
} from '../src/index.js'

/** The rule IDs of the program rule catalog (the project's contract), in its order. */
const SPEC_IDS = [
  'PGM-1',
  'PGM-2',
  'PGM-3',
  'PGM-4',
  'PGM-5',
  'DB-1',
  'DB-2',
  'DB-3',
  'DB-4',
  'DB-5',
  'DB-6',
  'DB-7',
  'DB-8',
  'DB-9',
  'TRN-1',
  'TRN-2',
  'TRN-3',
  'TRN-4',
  'TRN-5',
  'TRN-6',
  'TRN-7',
  'TRN-8',
  'TRN-9',
  'TRN-10',
  'TRN-11',
  'TRN-12',
  'TRN-13',
  'RST-1',
  'RST-2',
  'RST-3',
  'RST-4',
  'RST-5',
  'RST-6',
  'RST-7',
  'RST-8',
  'INC-1',
  'INC-2',
  'PRT-1',
  'PRT-2',
  'PRT-3',
  'PRT-4',
  'PRT-5',
  'PRT-6',
  'PRT-7',
  'CUS-1',
  'CUS-2',
  'CUS-3',
  'INV-1',
  'INV-2',
  'INV-3',
  'MUL-1',
  'REG-1',
  'REG-2',
  'OWN-1',
  'OWN-2',
  'OWN-3',
  'ROL-1',
  'ROL-2',
]
/** The rules of the program since 2021 this library models (the catalog extension), in its order. */
const SINCE_2021_IDS = [
  ...Array.from({ length: 21 }, (_, i) => `NCE-${i + 1}`),
  ...Array.from({ length: 19 }, (_, i) => `GDAP-${i + 1}`),
  ...Array.from({ length: 4 }, (_, i) => `POR-${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `AUTH-${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `MCA-${i + 1}`),
]
/** The library's model-integrity rules (catalog section 10), after the program rules. */
const INTEGRITY_IDS = ['MOD-1', 'MOD-2', 'MOD-3', 'MOD-4', 'MOD-5', 'MOD-6', 'MOD-7', 'MOD-8']
const SEEDS = [
  '000_92ae907c340273aa.txt',
  '001_6988bf3aa16de2e8.txt',
  '002_67f44b5b4431ee71.txt',
  '003_422444bab05c1fa4.txt',
  '004_b5dbc390814f2347.txt',
]

describe('the rule catalog', () => {
  it('carries exactly the 58 seed rule IDs, the 57 rule IDs since 2021, then the 8 model-integrity rule IDs, in order', () => {
    expect(RULE_IDS).toEqual([...SPEC_IDS, ...SINCE_2021_IDS, ...INTEGRITY_IDS])
    expect(RULE_IDS.filter((id) => !id.startsWith('MOD-'))).toHaveLength(115)
  })

  it.each(RULE_IDS)('%s has a kind, a one-line statement, a source and a period', (id) => {
    const entry: RuleEntry = RULES[id]
    expect(['must', 'effect', 'advisory']).toContain(entry.kind)
    expect(entry.statement).toMatch(/^[A-Z].{20,}\.$/)
    expect(entry.statement).not.toContain('\n')
    // seed rules cite a seed page, rules since 2021 a documentation page with a confidence mark;
    // model-integrity rules are the library's own
    if (id.startsWith('MOD-')) expect(entry.source).toEqual({ seed: 'library', section: 'model-integrity' })
    else if (SINCE_2021_IDS.includes(id)) {
      expect(entry.source.seed).toMatch(/^(learn|blog|press|mirror|qa|distributor|partner):/)
      expect(['official', 'secondary', 'inferred']).toContain(entry.confidence)
      expect(entry.inForce.from >= '2019-10-01').toBe(true)
    } else expect(SEEDS).toContain(entry.source.seed)
    expect(entry.source.section).toMatch(/^[a-z0-9-]+$/)
    expect(entry.inForce.from <= (entry.inForce.until ?? '9999')).toBe(true)
  })

  it('dates rules: MPA rules from 2020-02-01, direct bill requirements from 2020-10-27, TRN-9 only under 2018', () => {
    expect(ruleInForce('PGM-3', '2019-10-04')).toBe(false)
    expect(ruleInForce('PGM-3', '2020-02-01')).toBe(true)
    expect(ruleInForce('DB-5', '2020-02-01')).toBe(false)
    expect(ruleInForce('DB-5', '2020-10-27')).toBe(true)
    expect(ruleInForce('TRN-9', '2018-12-18')).toBe(true)
    expect(ruleInForce('TRN-9', '2019-10-04')).toBe(false)
  })
})

describe('rule sets', () => {
  it('are chosen by date, the earliest set covering earlier dates', () => {
    const at = (s: string) => ruleSetAt(isoDateTime(s)).id
    expect(at('2017-06-01T00:00:00Z')).toBe('2018-12-18')
    expect(at('2019-09-30T23:59:59Z')).toBe('2018-12-18')
    expect(at('2019-10-01T00:00:00Z')).toBe('2019-10-01')
    expect(at('2019-10-03T23:59:59Z')).toBe('2019-10-01')
    expect(at('2019-10-04T00:00:00Z')).toBe('2019-10-04')
    expect(at('2020-01-31T23:59:59Z')).toBe('2019-10-04')
    expect(at('2020-02-01T00:00:00Z')).toBe('2020-02-01')
    expect(at('2020-10-27T00:00:00Z')).toBe('2020-10-27')
    expect(at('2022-01-10T16:59:59.999Z')).toBe('2020-10-27')
    expect(at('2022-01-10T17:00:00Z')).toBe('2022-01-10')
    expect(at('2022-03-18T23:59:59.999Z')).toBe('2022-03-10')
    expect(at('2022-03-19T00:00:00Z')).toBe('2022-03-19')
    expect(at('2026-11-21T00:00:00Z')).toBe('2025-12-01')
  })

  it('each come into force at their instant, the millisecond before still under the previous set', () => {
    const before = (instant: string) => new Date(Date.parse(instant) - 1).toISOString()
    RULE_SETS.slice(1).forEach((set, i) => {
      expect(ruleSetAt(isoDateTime(set.inForceAt)).id).toBe(set.id)
      expect(ruleSetAt(isoDateTime(before(set.inForceAt))).id).toBe(RULE_SETS[i]?.id)
    })
    expect(RULE_SETS.map((s) => s.inForceAt.slice(11))).toEqual([
      ...Array.from({ length: 5 }, () => '00:00:00.000Z'),
      '17:00:00.000Z',
      ...Array.from({ length: 15 }, () => '00:00:00.000Z'),
    ])
  })

  it('carry the parameters that change between sets', () => {
    const rows = RULE_SETS.map((s) => [
      s.id,
      s.transitionEdition,
      s.transitionApprovalBusinessDays,
      s.directBillRevenueFloorCents,
      s.customerAgreements.length,
      s.cancellationWindowHours,
    ])
    expect(rows).toEqual([
      ['2018-12-18', '2018', 3, null, 0, null],
      ['2019-10-01', '2018', 3, null, 2, null],
      ['2019-10-04', '2019', 5, null, 2, null],
      ['2020-02-01', '2019', 5, null, 1, null],
      ['2020-10-27', '2019', 5, 30_000_000, 1, null],
      ['2022-01-10', '2019', 5, 30_000_000, 1, 72],
      ['2022-03-10', '2019', 5, 30_000_000, 1, 72],
      ['2022-03-19', '2019', 5, 30_000_000, 1, 168],
      ['2023-04-15', '2019', 5, 30_000_000, 1, 168],
      ['2023-05-22', '2019', 5, 30_000_000, 1, 168],
      ['2023-07-01', '2019', 5, 30_000_000, 1, 168],
      ['2023-10-09', '2019', 5, 30_000_000, 1, 168],
      ['2023-10-10', '2019', 5, 30_000_000, 1, 168],
      ['2023-10-30', '2019', 5, 30_000_000, 1, 168],
      ['2023-11-01', '2019', 5, 30_000_000, 1, 168],
      ['2024-01-01', '2019', 5, 30_000_000, 1, 168],
      ['2024-04-01', '2019', 5, 30_000_000, 1, 168],
      ['2024-09-01', '2019', 5, 30_000_000, 1, 168],
      ['2025-06-02', '2019', 5, 30_000_000, 1, 168],
      ['2025-10-01', '2019', 5, 100_000_000, 1, 168],
      ['2025-12-01', '2019', 5, 100_000_000, 1, 168],
    ])
    const access = RULE_SETS.map((s) => [
      s.id,
      s.gdapAutoExtendDays.join('/'),
      s.microsoftLedGdapRoles,
      s.dapWithInvitations,
      s.dapOnCustomerCreation,
      s.resellerRevenueFloorCents,
      s.distributorRevenueFloorCents,
      s.porValidation,
    ])
    expect(access.slice(8)).toEqual([
      ['2023-04-15', '0', null, true, 'dap', null, null, 'none'],
      ['2023-05-22', '0', 8, true, 'dap', null, null, 'none'],
      ['2023-07-01', '0', 9, true, 'dap', null, null, 'none'],
      ['2023-10-09', '0', 9, false, 'dap', null, null, 'none'],
      ['2023-10-10', '0', 9, false, 'flagged', null, null, 'none'],
      ['2023-10-30', '0/180', 9, false, 'flagged', null, null, 'none'],
      ['2023-11-01', '0/180', 9, false, 'defaultGdap', null, null, 'none'],
      ['2024-01-01', '0/180', 9, false, 'defaultGdap', null, null, 'none'],
      ['2024-04-01', '0/180', 9, false, 'defaultGdap', 100_000, null, 'none'],
      ['2024-09-01', '0/180', 9, false, 'defaultGdap', 100_000, null, 'none'],
      ['2025-06-02', '0/180', 9, false, 'defaultGdap', 100_000, null, 'newOnly'],
      ['2025-10-01', '0/180', 9, false, 'defaultGdap', 100_000, 3_000_000_000, 'newOnly'],
      ['2025-12-01', '0/180', 9, false, 'defaultGdap', 100_000, 3_000_000_000, 'newAndChanges'],
    ])
    expect(new Set(access.slice(0, 8).map((row) => row.slice(1).join()))).toEqual(new Set(['0,,true,dap,,,none']))
  })

  it('derive the rules in force from the catalog dates', () => {
    const set = (id: Parameters<typeof ruleSet>[0]) => rulesInForce(ruleSet(id))
    expect(set('2020-02-01')).toContain('PGM-3')
    expect(set('2019-10-04')).not.toContain('PGM-3')
    expect(set('2019-10-01')).toContain('MCA-1')
    expect(set('2018-12-18')).not.toContain('MCA-1')
    expect(set('2020-10-27').filter((r) => r.startsWith('NCE-'))).toEqual([])
    expect(set('2022-01-10')).not.toContain('NCE-3')
    expect(set('2022-03-10')).toContain('NCE-3')
    expect(set('2024-01-01')).not.toContain('NCE-20')
    expect(set('2024-09-01')).toContain('NCE-20')
  })
})
