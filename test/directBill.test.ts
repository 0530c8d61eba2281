import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  RecordRevenueInput,
  applyForDirectBill,
  assessDirectBill,
  buySupportPlan,
  completeDirectBillReview,
  decode,
  enrollIncentive,
  formatUsd,
  getPartner,
  isoDateTime,
  parseUsd,
  partnerUser,
  recordCreditCheck,
  recordMpnMembership,
  recordRevenue,
  restrictDirectBill,
  emptyState,
  stateToJson,
  trailingTwelveMonthCloudRevenue,
  trailingTwelveMonths,
  type DirectBillDeclarations,
  type ProgramState,
  type RevenueCategory,
} from '../src/index.js'
import { accepted, admin, at, ids, register, rejectsWith, step } from './support/index.js'

const applicant = ids.reseller
const all: DirectBillDeclarations = {
  firstLevelSupport: true,
  customerAccountingInfrastructure: true,
  managedServices: true,
}
const ms = { kind: 'microsoft' } as const

const usd = (cents: number) => formatUsd(cents).replace(/,/g, '')

const revenue = (s: ProgramState, month: string, amountUsd: string, category: RevenueCategory = 'cloudServices') =>
  step(
    recordRevenue(s, {
      actor: ms,
      at: at('2020-11-01'),
      partnerTenantId: applicant,
      month: month as never,
      category,
      amountUsd,
    }),
  )

/** Twelve months (from 2019-11 by default) of cloud revenue adding up to exactly `total` USD. */
const year = (s: ProgramState, total: number, start = [2019, 11]) => {
  const cents = total * 100
  const monthly = Math.floor(cents / 12)
  let next = s
  for (let i = 0; i < 12; i++) {
    const y = start[0]! + Math.floor((start[1]! - 1 + i) / 12)
    const m = ((start[1]! - 1 + i) % 12) + 1
    next = revenue(next, `${y}-${String(m).padStart(2, '0')}`, usd(i === 11 ? cents - 11 * monthly : monthly))
  }
  return next
}

const apply = (s: ProgramState, declarations = all, when = '2020-11-02') =>
  applyForDirectBill(s, { actor: admin(applicant), at: at(when), partnerTenantId: applicant, declarations })
const creditCheck = (s: ProgramState, passed = true, when = '2020-11-05') =>
  recordCreditCheck(s, { actor: ms, at: at(when), partnerTenantId: applicant, passed })
const plan = (s: ProgramState, when = '2020-11-06') =>
  buySupportPlan(s, {
    actor: admin(applicant),
    at: at(when),
    partnerTenantId: applicant,
    plan: 'advancedSupportForPartners',
  })
const review = (s: ProgramState, when = '2020-11-09') =>
  completeDirectBillReview(s, { actor: ms, at: at(when), partnerTenantId: applicant })

/** The indirect reseller First Up, with USD 360,000 of cloud revenue over the year before November 2020. */
const earning = () =>
  year(
    register(world0(), {
      tenant: applicant,
      mpn: '4847383',
      name: 'First Up Consultants',
      roles: ['indirectReseller'],
    }),
    360_000,
  )
/** The applicant, First Up, an indirect reseller with the MPA signed and no revenue recorded. */
const applicantWorld = () =>
  register(world0(), { tenant: applicant, mpn: '4847383', name: 'First Up', roles: ['indirectReseller'] })
const world0 = () =>
  register(emptyState, {
    tenant: ids.provider,
    mpn: '2000002',
    name: 'Fabrikam Distribution',
    roles: ['indirectProvider'],
  })

describe('the direct bill application (DB-8)', () => {
  it('DB-8: applied, credit checked, plan bought, reviewed: the partner becomes a direct bill partner', () => {
    let s = step(apply(earning()))
    expect(getPartner(s, applicant)?.directBillApplication).toMatchObject({ status: 'pending' })
    s = step(creditCheck(s))
    s = step(plan(s))
    const out = accepted(review(s))
    expect(getPartner(out.state, applicant)?.directBill).toEqual({ status: 'active' })
    expect(getPartner(out.state, applicant)?.directBillApplication?.status).toBe('approved')
    expect(out.warnings).toEqual([])
  })

  it('DB-2 and ROL-1: only the global admin applies; DB-8: not twice', () => {
    rejectsWith(
      applyForDirectBill(earning(), {
        actor: partnerUser(applicant, 'adminAgent'),
        at: at('2020-11-02'),
        partnerTenantId: applicant,
        declarations: all,
      }),
      ['DB-2', 'NotGlobalAdmin', [applicant]],
      ['ROL-1', 'NotGlobalAdmin', [applicant]],
    )
    rejectsWith(apply(step(apply(earning()))), ['DB-8', 'DirectBillApplicationExists', [applicant]])
  })

  it('DB-8: a failed credit check allows a new application; a review needs a passed check; MOD-7: Microsoft records the check', () => {
    const failed = step(creditCheck(step(apply(earning())), false))
    rejectsWith(
      review(failed),
      ['DB-8', 'CreditCheckNotPassed', [applicant]],
      ['DB-3', 'RequirementNotMet', [applicant]],
    )
    accepted(apply(failed, all, '2020-12-01'))
    rejectsWith(creditCheck(earning()), ['DB-8', 'NoDirectBillApplication', [applicant]])
    rejectsWith(
      recordCreditCheck(step(apply(earning())), {
        actor: admin(applicant),
        at: at('2020-11-05'),
        partnerTenantId: applicant,
        passed: true,
      }),
      ['MOD-7', 'NotProgramOperator', []],
    )
  })

  it('PGM-3 gates new business, not the application: an applicant without the MPA applies', () => {
    const s = register(world0(), {
      tenant: applicant,
      mpn: '4847383',
      name: 'First Up',
      roles: ['indirectReseller'],
      mpa: false,
    })
    expect(accepted(apply(s)).events.map((e) => e._tag)).toEqual(['DirectBillApplicationSubmitted'])
  })
})

describe('the support plan (DB-3, DB-4)', () => {
  it('DB-4: a support plan bought before the credit check has passed is rejected', () => {
    rejectsWith(plan(step(apply(earning())), '2020-11-03'), ['DB-4', 'CreditCheckNotPassed', [applicant]])
    rejectsWith(plan(earning()), ['DB-4', 'CreditCheckNotPassed', [applicant]])
    rejectsWith(plan(step(creditCheck(step(apply(earning())), false))), ['DB-4', 'CreditCheckNotPassed', [applicant]])
  })

  it('DB-3: one plan at a time', () => {
    const s = step(plan(step(creditCheck(step(apply(earning()))))))
    rejectsWith(plan(s, '2020-11-07'), ['DB-3', 'SupportPlanExists', [applicant]])
  })
})

describe('the review measures every requirement', () => {
  it('DB-3 and DB-5: no support plan and too little revenue are both reported, with the figure', () => {
    const s = step(creditCheck(step(apply(year(applicantWorld(), 212_480)))))
    const v = rejectsWith(
      review(s),
      ['DB-3', 'RequirementNotMet', [applicant]],
      ['DB-5', 'RequirementNotMet', [applicant]],
    )
    expect(v.find((x) => x.rule === 'DB-5')?.message).toContain('trailing-twelve-month cloud revenue USD 212,480.00')
    expect(v.find((x) => x.rule === 'DB-5')?.message).toContain('required 300,000.00')
  })

  it('DB-1 and DB-6: an inactive membership and missing accounting infrastructure are reported', () => {
    let s = step(
      recordMpnMembership(earning(), { actor: ms, at: at('2020-11-01'), partnerTenantId: applicant, active: false }),
    )
    s = step(plan(step(creditCheck(step(apply(s, { ...all, customerAccountingInfrastructure: false }))))))
    rejectsWith(review(s), ['DB-1', 'RequirementNotMet', [applicant]], ['DB-6', 'RequirementNotMet', [applicant]])
  })

  it('DB-5: perpetual software does not count', () => {
    let s = year(applicantWorld(), 240_000)
    s = revenue(s, '2020-10', '100000.00', 'perpetualSoftware')
    s = step(plan(step(creditCheck(step(apply(s))))))
    rejectsWith(review(s), ['DB-5', 'RequirementNotMet', [applicant]])
    accepted(review(revenue(s, '2020-10', '100000.00', 'softwareSubscriptions')))
  })

  it('DB-5: without revenue recorded for the period the review does not pass', () => {
    const s = step(
      plan(
        step(
          creditCheck(
            step(
              apply(
                register(world0(), {
                  tenant: applicant,
                  mpn: '4847383',
                  name: 'First Up',
                  roles: ['indirectReseller'],
                }),
              ),
            ),
          ),
        ),
      ),
    )
    expect(rejectsWith(review(s), ['DB-5', 'RequirementNotEvidenced', [applicant]])[0]?._tag).toBe(
      'RequirementNotEvidenced',
    )
  })

  it('DB-7: no managed service is a warning, not a rejection', () => {
    const s = step(plan(step(creditCheck(step(apply(earning(), { ...all, managedServices: false }))))))
    const out = accepted(review(s))
    expect(out.warnings.map((w) => [w.rule, w._tag])).toEqual([['DB-7', 'RequirementRecommended']])
  })

  it('the requirements are not in force before 2020-10-27', () => {
    const s = step(creditCheck(step(apply(applicantWorld(), all, '2020-10-01')), true, '2020-10-05'))
    const out = accepted(review(s, '2020-10-06'))
    expect(out.ruleSet).toBe('2020-02-01')
  })
})

describe('assessDirectBill (DB-9)', () => {
  it('DB-9: lists every unmet requirement with measured and required values, and changes nothing', () => {
    const s = step(creditCheck(step(apply(year(applicantWorld(), 212_480), { ...all, managedServices: false }))))
    const before = JSON.stringify(stateToJson(s))
    const a = assessDirectBill(s, applicant, at('2020-11-09'))
    expect(a?.unmet).toEqual([
      {
        rule: 'DB-3',
        measured: 'missing a Microsoft support plan',
        required: 'first-level support and Advanced Support or Premier Support for Partners',
        message: 'First Up lacks a Microsoft support plan.',
      },
      {
        rule: 'DB-5',
        measured: 'trailing-twelve-month cloud revenue USD 212,480.00',
        required: '300,000.00',
        message:
          'First Up: trailing-twelve-month cloud revenue USD 212,480.00 (2019-11 to 2020-10, perpetual software excluded), required 300,000.00.',
      },
    ])
    expect(a?.warnings.map((w) => w.rule)).toEqual(['DB-7'])
    expect(a?.trailingTwelveMonthCloudRevenueCents).toBe(21_248_000)
    expect(JSON.stringify(stateToJson(s))).toBe(before)
  })

  it('DB-9: lists what it cannot judge; nothing is assessed before 2020-10-27', () => {
    const s = applicantWorld()
    expect(assessDirectBill(s, applicant, at('2020-11-09'))?.unknown.map((u) => u.rule)).toEqual([
      'DB-3',
      'DB-5',
      'DB-6',
    ])
    expect(assessDirectBill(s, applicant, at('2020-10-01'))).toMatchObject({ inForce: false, unmet: [], unknown: [] })
    expect(assessDirectBill(s, ids.stranger, at('2020-11-09'))).toBeUndefined()
  })
})

describe('restriction tied to the assessment (RST-1, DB-9)', () => {
  const approved = () => step(review(step(plan(step(creditCheck(step(apply(earning()))))))))
  const restrict = (s: ProgramState, when: string) =>
    restrictDirectBill(s, { actor: ms, at: at(when), partnerTenantId: applicant, unmetRequirements: [] })

  it('DB-9: a partner the state shows meeting every requirement cannot be restricted', () => {
    const v = rejectsWith(restrict(approved(), '2020-11-20'), ['DB-9', 'RequirementsMet', [applicant]])
    expect(v[0]?._tag).toBe('RequirementsMet')
  })

  it('RST-1: when revenue drops the restriction goes through and records the unmet requirement', () => {
    let s = approved()
    // the next year: twelve months of USD 120,000 in total
    s = year(s, 120_000, [2020, 11])
    const a = assessDirectBill(s, applicant, at('2021-12-01'))
    expect(a?.unmet.map((u) => u.rule)).toEqual(['DB-5'])
    const out = accepted(restrict(s, '2021-12-01'))
    expect(getPartner(out.state, applicant)?.directBill).toEqual({
      status: 'restricted',
      since: at('2021-12-01'),
      unmetRequirements: ['DB-5'],
    })
  })

  it('INC-2: the direct bill incentive is separate from the indirect reseller one', () => {
    const s = step(
      enrollIncentive(approved(), {
        actor: admin(applicant),
        at: at('2020-12-01'),
        partnerTenantId: applicant,
        program: 'directBill',
      }),
    )
    expect(getPartner(s, applicant)?.incentives).toEqual({ indirectReseller: 'none', directBill: 'enrolled' })
  })
})

describe('revenue in exact cents (DB-5)', () => {
  it('reads and writes USD amounts without floating point', () => {
    expect(parseUsd('212480')).toBe(21_248_000)
    expect(parseUsd('0.1')).toBe(10)
    expect(parseUsd('-15.25')).toBe(-1525)
    expect(parseUsd('1.005')).toBeUndefined()
    expect(formatUsd(21_248_000)).toBe('212,480.00')
    expect(formatUsd(-5)).toBe('-0.05')
    expect(formatUsd(100_000_000_007)).toBe('1,000,000,000.07')
  })

  it('an amount that is not a USD decimal is a decode error naming the field', () => {
    const result = decode(RecordRevenueInput, {
      actor: ms,
      at: '2020-11-01T00:00:00Z',
      partnerTenantId: applicant,
      month: '2020-10',
      category: 'azure',
      amountUsd: 12.5,
    })
    expect(E.isLeft(result) && result.left.issues.map((i) => i.path)).toEqual(['amountUsd'])
  })

  it('MOD-7: only Microsoft records revenue', () => {
    rejectsWith(
      recordRevenue(earning(), {
        actor: admin(applicant),
        at: at('2020-11-01'),
        partnerTenantId: applicant,
        month: '2020-10' as never,
        category: 'azure',
        amountUsd: '1.00',
      }),
      ['MOD-7', 'NotProgramOperator', []],
    )
  })

  it('trailing twelve months are the twelve complete months before the date', () => {
    expect(trailingTwelveMonths(isoDateTime('2021-12-01T00:00:00Z'))).toEqual([
      '2020-12',
      '2021-01',
      '2021-02',
      '2021-03',
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
    ])
  })

  it('the trailing-twelve-month figure equals the sum of the eligible months, to the cent, for random ledgers', () => {
    const months = Array.from(
      { length: 36 },
      (_, i) => `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    )
    const categories: ReadonlyArray<RevenueCategory> = [
      'cloudServices',
      'azure',
      'softwareSubscriptions',
      'reservations',
      'perpetualSoftware',
    ]
    const entry = fc.record({
      month: fc.constantFrom(...months),
      category: fc.constantFrom(...categories),
      cents: fc.integer({ min: -5_000_000, max: 2_000_000_000 }),
    })
    const base = register(world0(), {
      tenant: applicant,
      mpn: '4847383',
      name: 'First Up',
      roles: ['indirectReseller'],
    })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.integer({ min: 12, max: 35 }), (ledger, at0) => {
        let s = base
        for (const e of ledger)
          s = step(
            recordRevenue(s, {
              actor: ms,
              at: at('2021-01-01'),
              partnerTenantId: applicant,
              month: e.month as never,
              category: e.category,
              amountUsd: usd(e.cents),
            }),
          )
        const when = isoDateTime(`${months[at0]}-15T12:00:00Z`)
        // independently: the last amount recorded per month and category, over the 12 months before, perpetual software excluded
        const last = new Map<string, number>()
        for (const e of ledger) last.set(`${e.month}|${e.category}`, e.cents)
        const window = months.slice(at0 - 12, at0)
        let expected = 0n
        for (const [key, cents] of last) {
          const [month, category] = key.split('|')
          if (window.includes(month!) && category !== 'perpetualSoftware') expected += BigInt(cents)
        }
        expect(BigInt(trailingTwelveMonthCloudRevenue(s, applicant, when).cents)).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })
})
