import { describe, expect, it } from 'vitest'
import { RULES, RULE_IDS, RULE_SETS, ruleInForce, ruleSetAt, isoDateTime, type RuleEntry } from '../src/index.js'

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
  it('carries exactly the 58 program rule IDs, then the 8 model-integrity rule IDs, in order', () => {
    expect(RULE_IDS).toEqual([...SPEC_IDS, ...INTEGRITY_IDS])
    expect(RULE_IDS.filter((id) => !id.startsWith('MOD-'))).toHaveLength(58)
  })

  it.each(RULE_IDS)('%s has a kind, a one-line statement, a source and a period', (id) => {
    const entry: RuleEntry = RULES[id]
    expect(['must', 'effect', 'advisory']).toContain(entry.kind)
    expect(entry.statement).toMatch(/^[A-Z].{20,}\.$/)
    expect(entry.statement).not.toContain('\n')
    // program rules cite a seed page; model-integrity rules are the library's own
    if (id.startsWith('MOD-')) expect(entry.source).toEqual({ seed: 'library', section: 'model-integrity' })
    else expect(SEEDS).toContain(entry.source.seed)
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
    expect(at('2019-10-03T23:59:59Z')).toBe('2018-12-18')
    expect(at('2019-10-04T00:00:00Z')).toBe('2019-10-04')
    expect(at('2020-01-31T23:59:59Z')).toBe('2019-10-04')
    expect(at('2020-02-01T00:00:00Z')).toBe('2020-02-01')
    expect(at('2020-10-27T00:00:00Z')).toBe('2020-10-27')
    expect(at('2026-11-21T00:00:00Z')).toBe('2020-10-27')
  })

  it('name the transition edition each applies', () => {
    expect(RULE_SETS.map((s) => [s.id, s.transitionEdition, s.mpaRequired, s.directBillRequirements])).toEqual([
      ['2018-12-18', '2018', false, false],
      ['2019-10-04', '2019', false, false],
      ['2020-02-01', '2019', true, false],
      ['2020-10-27', '2019', true, true],
    ])
  })
})
