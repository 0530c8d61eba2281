/**
 * Richer scenario expectations (issue 12, item 3): events (by tag, with fields), warnings, query
 * results (partner, subscription, assessDirectBill), what-if steps, and steps counted from 1 in
 * decode errors, the timeline and reports.
 */
import { readFileSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { decodeScenario, formatReport, runScenario, type ScenarioReport } from '../src/scenario/index.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scenario as plain JSON, changed field by field
type Json = { [key: string]: any }

const base = JSON.parse(
  readFileSync(new URL('../examples/scenarios/direct-bill-to-indirect-2018.json', import.meta.url), 'utf8'),
) as Json
const CONTOSO = '2c4e6a8b-1d3f-4a5b-9c7d-0e1f2a3b4c5d'
const SUBSCRIPTION = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'

/** The 2018 scenario with step `n` (counted from 1) changed. */
const withStep = (n: number, change: (step: Json) => void): Json => {
  const scenario = structuredClone(base)
  change(scenario.steps[n - 1])
  return scenario
}

const report = (scenario: Json): ScenarioReport => {
  const result = runScenario(scenario)
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
  return result.right
}
const step = (scenario: Json, n: number) => report(scenario).steps[n - 1]!
const issues = (scenario: Json) => {
  const decoded = decodeScenario(scenario)
  return E.isLeft(decoded) ? decoded.left.issues.map((i) => `${i.path}: ${i.expected}`) : []
}

describe('expected events', () => {
  it('hold when every event is listed in order, by tag or with some of its fields', () => {
    const s = withStep(3, (x) => {
      x.expect = {
        accepted: true,
        events: [
          { _tag: 'SubscriptionPurchased', at: '2018-12-19T09:00Z', subscription: { seats: 20, status: 'active' } },
        ],
      }
    })
    expect(step(s, 3)).toMatchObject({ ok: true, mismatches: [] })
    const tagOnly = withStep(3, (x) => (x.expect = { accepted: true, events: ['SubscriptionPurchased'] }))
    expect(step(tagOnly, 3).ok).toBe(true)
  })

  it('fail on a field that differs, naming it with both values', () => {
    const s = withStep(11, (x) => (x.expect = { accepted: true, events: [{ _tag: 'SeatsChanged', seats: 99 }] }))
    const r = step(s, 11)
    expect(r.ok).toBe(false)
    expect(r.mismatches).toEqual([`event 1 SeatsChanged: seats expected 99, found ${base.steps[10].input.seats}`])
    expect(formatReport(report(s))).toContain(`≠ event 1 SeatsChanged: seats expected 99`)
  })

  it('fail when an event is missing, extra or out of order', () => {
    const s = withStep(11, (x) => (x.expect = { accepted: true, events: ['SeatsChanged', 'SeatsChanged'] }))
    expect(step(s, 11).mismatches).toEqual(['events: expected SeatsChanged, SeatsChanged; emitted SeatsChanged'])
    const none = withStep(11, (x) => (x.expect = { accepted: true, events: [] }))
    expect(step(none, 11).mismatches).toEqual(['events: expected none; emitted SeatsChanged'])
  })
})

describe('expected warnings', () => {
  it('hold for exactly the set of warning rule IDs; [] expects none', () => {
    const late = withStep(8, (x) => (x.expect = { accepted: true, warnings: ['TRN-4'] }))
    expect(step(late, 8).ok).toBe(true)
    const none = withStep(8, (x) => (x.expect = { accepted: true, warnings: [] }))
    expect(step(none, 8)).toMatchObject({ ok: false, mismatches: ['warnings: expected none; warned TRN-4'] })
    const quiet = withStep(9, (x) => (x.expect = { accepted: true, warnings: [] }))
    expect(step(quiet, 9).ok).toBe(true)
  })
})

describe('expected query results', () => {
  it('compare objects by the fields given; roles in any order; IDs and dates as the codecs read them', () => {
    const s = withStep(9, (x) => {
      x.expect = {
        accepted: true,
        queries: [
          {
            query: 'partner',
            tenantId: CONTOSO.toUpperCase(),
            expect: { roles: ['indirectReseller', 'directBillPartner'], indirectReseller: { status: 'active' } },
          },
          { query: 'subscription', id: SUBSCRIPTION, expect: { seats: 20, status: 'active', billedBy: CONTOSO } },
        ],
      }
    })
    const r = step(s, 9)
    expect(r.mismatches).toEqual([])
    expect(r.queries.map((q) => [q.label, q.ok])).toEqual([
      ['partner 2c4e6a8b', true],
      ['subscription 1b2c3d4e', true],
    ])
    expect(formatReport(report(s))).toContain('? subscription 1b2c3d4e: {')
  })

  it('run on the state after the step, also after a rejected one', () => {
    const s = withStep(10, (x) => {
      x.expect = {
        rejected: ['TRN-9'],
        queries: [{ query: 'partner', tenantId: CONTOSO, expect: { restricted: false, roles: ['directBillPartner'] } }],
      }
    })
    expect(step(s, 10).mismatches).toEqual([
      'partner 2c4e6a8b: roles expected ["directBillPartner"], found ["directBillPartner","indirectReseller"]',
    ])
  })

  it('expect null for "there is none", and say so when one is found or missing', () => {
    const other = '0b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'
    const s = withStep(3, (x) => {
      x.expect = {
        accepted: true,
        queries: [
          { query: 'subscription', id: other, expect: null },
          { query: 'subscription', id: other, expect: { seats: 1 } },
          { query: 'subscription', id: SUBSCRIPTION, expect: null },
        ],
      }
    })
    expect(step(s, 3).mismatches).toEqual([
      'subscription 0b2c3d4e: expected {"seats":1}, found none',
      'subscription 1b2c3d4e: expected none, found one',
    ])
  })

  it('assessDirectBill at the step date, or at a given date and rule set', () => {
    const s = withStep(12, (x) => {
      x.expect = {
        accepted: true,
        queries: [
          { query: 'assessDirectBill', tenantId: CONTOSO, expect: { ruleSet: '2018-12-18', inForce: false } },
          {
            query: 'assessDirectBill',
            tenantId: CONTOSO,
            at: '2021-01-04T00:00:00Z',
            expect: {
              ruleSet: '2020-10-27',
              inForce: true,
              unmet: [],
              unknown: ['DB-6', 'DB-3', 'DB-5'],
              warnings: ['DB-7'],
              trailingTwelveMonthCloudRevenue: null,
            },
          },
          {
            query: 'assessDirectBill',
            tenantId: CONTOSO,
            at: '2021-01-04T00:00:00Z',
            ruleSet: '2019-10-04',
            expect: { ruleSet: '2019-10-04', inForce: false },
          },
        ],
      }
    })
    const r = step(s, 12)
    expect(r.mismatches).toEqual([])
    expect(r.queries.map((q) => q.ok)).toEqual([true, true, true])
    expect(r.queries[1]?.label).toBe('assessDirectBill 2c4e6a8b at 2021-01-04')
  })
})

describe('what-if steps', () => {
  it('are judged under the named rule set and apply nothing', () => {
    const s = withStep(3, (x) => {
      x.whatIf = '2019-10-04'
      x.expect = { accepted: true, queries: [{ query: 'subscription', id: SUBSCRIPTION, expect: null }] }
    })
    const r = report(s)
    expect(r.steps[2]).toMatchObject({ ok: true, whatIf: '2019-10-04', ruleSet: '2019-10-04', events: [] })
    expect(formatReport(r)).toContain('accepted (what if: rule set 2019-10-04, not applied)')
    // the subscription was never bought: changing its seats later fails
    expect(r.steps[10]).toMatchObject({ ok: false, verdict: 'rejected' })
  })

  it('give the violations of the failing checks', () => {
    const s = withStep(10, (x) => {
      x.whatIf = '2018-12-18'
      x.expect = { rejected: ['TRN-9'] }
    })
    expect(step(s, 10)).toMatchObject({ ok: true, verdict: 'rejected', whatIf: '2018-12-18' })
  })

  it('cannot expect events, and do not lift the rule on an input naming a rule set not in force', () => {
    const events = withStep(3, (x) => {
      x.whatIf = '2019-10-04'
      x.expect = { accepted: true, events: [] }
    })
    expect(issues(events)).toEqual(['step 3, expect.events: no "events": a "whatIf" step is judged, never applied'])
    const pinned = withStep(3, (x) => {
      x.whatIf = '2019-10-04'
      x.input.ruleSet = '2019-10-04'
      x.expect = { rejected: ['MOD-8'] }
    })
    const r = step(pinned, 3)
    expect(r.ok).toBe(true)
    expect(r.violations.map((v) => v._tag)).toEqual(['RuleSetNotInForce'])
  })
})

describe('steps are counted from 1 everywhere', () => {
  it('in decode errors, the timeline and the report', () => {
    const bad = withStep(4, (x) => (x.input.at = 'last Tuesday'))
    expect(issues(bad)[0]).toMatch(/^step 4, input\.at: /)
    const whole = structuredClone(base)
    whole.steps[1] = 42
    expect(issues(whole)[0]).toMatch(/^step 2: /)
    const r = report(base)
    expect(r.steps.map((s) => s.index)).toEqual(r.steps.map((_, i) => i + 1))
    expect(formatReport(r)).toMatch(/^ok {4}1\. 2018-12-18 {2}registerPartner/m)
    expect(formatReport(r)).toMatch(/^ok {3}12\. /m)
  })
})

describe('did you mean', () => {
  it.each<[string, (s: Json) => void, string]>([
    ['a command', (s) => (s.steps[1].command = 'createCustomr'), 'step 2, command: '],
    ['a field of an input', (s) => (s.steps[1].input.custmer = {}), 'did you mean "customer"?'],
    ['a field of a step', (s) => (s.steps[1].whatif = '2019-10-04'), 'did you mean "whatIf"?'],
    ['a field of start', (s) => (s.start.partnerCentre = []), 'did you mean "partnerCenter"?'],
    ['an expectation', (s) => (s.steps[1].expect = 'acepted'), 'did you mean "accepted"?'],
    ['an expectation key', (s) => (s.steps[1].expect = { rejectd: ['PGM-1'] }), 'did you mean "rejected"?'],
    ['an event tag', (s) => (s.steps[1].expect = { accepted: true, events: ['CustomerCreatd'] }), '"CustomerCreated"?'],
    [
      'a field of an event',
      (s) => (s.steps[1].expect = { accepted: true, events: [{ _tag: 'CustomerCreated', custmer: {} }] }),
      'no field "custmer" in ExpectedCustomerCreated (unknown fields are rejected) (did you mean "customer"?)',
    ],
    [
      'a query',
      (s) => (s.steps[1].expect = { accepted: true, queries: [{ query: 'partnr', tenantId: CONTOSO, expect: null }] }),
      'did you mean "partner"?',
    ],
    [
      'a field of a query result',
      (s) =>
        (s.steps[1].expect = {
          accepted: true,
          queries: [{ query: 'subscription', id: SUBSCRIPTION, expect: { seat: 1 } }],
        }),
      'no field "seat" in SubscriptionFields (unknown fields are rejected) (did you mean "seats"?)',
    ],
  ])('%s', (_, change, message) => {
    const s = structuredClone(base)
    change(s)
    expect(issues(s).join('\n')).toContain(message)
  })

  it('suggests nothing for a name far from every known one', () => {
    const s = structuredClone(base)
    s.steps[1].command = 'launchRocket'
    expect(issues(s)).toEqual(['step 2, command: the name of a command (see docs/commands.md)'])
  })
})
