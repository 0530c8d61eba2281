/**
 * Readings aligned with the catalog's decisions (issue 10, item 4): regions are CSP regional
 * markets; the MPA gates new business, not applying for direct bill; a direct bill review may ask
 * for more information (DB-8). Each test fails on 0.1.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  RULES,
  applyForDirectBill,
  assessDirectBill,
  recordMpnMembership,
  createCustomer,
  emptyState,
  region,
  requestDirectBillInformation,
  requestPartnership,
  updateProfile,
  email,
  type ProgramState,
} from '../src/index.js'
import { accepted, admin, at, customerInput, ids, partnershipInput, refuses, register, step } from './support/index.js'

const FR = region('FR')
const DE = region('DE')
const ms = { kind: 'microsoft' } as const

/** A direct bill partner in France and a provider in Germany, both signed. */
const europe = (): ProgramState => {
  let s = register(emptyState, {
    tenant: ids.direct,
    mpn: '1000001',
    name: 'Contoso Paris',
    roles: ['directBillPartner'],
    region: FR,
  })
  s = register(s, {
    tenant: ids.provider,
    mpn: '2000002',
    name: 'Fabrikam Berlin',
    roles: ['indirectProvider'],
    region: DE,
  })
  return register(s, {
    tenant: ids.reseller,
    mpn: '4847383',
    name: 'First Up Lyon',
    roles: ['indirectReseller'],
    region: FR,
  })
}

describe('REG-1 and REG-2 judge CSP regional markets, not countries', () => {
  it('REG-1: a partner in France creates a customer in Germany (one market, Europe)', () => {
    const out = accepted(
      createCustomer(europe(), customerInput(ids.direct, ids.customer, at('2019-02-01'), { region: DE })),
    )
    expect(out.events.map((e) => e._tag)).toContain('CustomerCreated')
  })

  it('REG-1: a partner in France cannot create a customer in the United States; the message names both markets', () => {
    const s = europe()
    const [v] = refuses(
      s,
      {
        command: 'createCustomer',
        input: customerInput(ids.direct, ids.customer, at('2019-02-01'), { region: region('US') }),
      },
      'REG-1',
      'RegionMismatch',
      [ids.direct, ids.customer],
    )
    expect(v?.message).toContain('FR (market Europe)')
    expect(v?.message).toContain('US (market United States)')
    expect(v?.partnerCenterCode).toBe(2030)
  })

  it('REG-2: a provider in Germany requests a partnership with a reseller in France', () => {
    accepted(requestPartnership(europe(), partnershipInput(ids.provider, ids.provider, ids.reseller)))
  })

  it('REG-2: a provider in Germany and a reseller in Brazil are in different markets', () => {
    const s = register(europe(), {
      tenant: ids.resellerBr,
      mpn: '5000005',
      name: 'Revenda BR',
      roles: ['indirectReseller'],
      region: region('BR'),
    })
    refuses(
      s,
      { command: 'requestPartnership', input: partnershipInput(ids.provider, ids.provider, ids.resellerBr) },
      'REG-2',
      'RegionMismatch',
      [ids.provider, ids.resellerBr],
    )
  })

  it('says so in the catalog', () => {
    expect(RULES['REG-1'].decision).toMatch(/regional market/)
  })
})

const applyInput = (when = '2020-11-02') => ({
  actor: admin(ids.reseller),
  at: at(when),
  partnerTenantId: ids.reseller,
  declarations: { firstLevelSupport: true, customerAccountingInfrastructure: true, managedServices: true },
})

describe('PGM-3: the MPA gates new business, not applying for direct bill', () => {
  it('a reseller that has not signed the MPA may apply for direct bill after 2020-02-01', () => {
    const s = register(emptyState, {
      tenant: ids.reseller,
      mpn: '4847383',
      name: 'First Up',
      roles: ['indirectReseller'],
      mpa: false,
    })
    const out = accepted(applyForDirectBill(s, applyInput()))
    expect(out.events.map((e) => e._tag)).toEqual(['DirectBillApplicationSubmitted'])
  })

  it('but it cannot create a customer without the MPA', () => {
    const s = register(emptyState, {
      tenant: ids.direct,
      mpn: '1000001',
      name: 'Contoso',
      roles: ['directBillPartner'],
      mpa: false,
    })
    refuses(
      s,
      { command: 'createCustomer', input: customerInput(ids.direct, ids.customer, at('2020-03-02')) },
      'PGM-3',
      'MpaNotSigned',
      [ids.direct],
    )
  })
})

describe('DB-8: the review may ask the applicant for more information', () => {
  const applied = (): ProgramState => {
    let s = register(emptyState, {
      tenant: ids.reseller,
      mpn: '4847383',
      name: 'First Up',
      roles: ['indirectReseller'],
    })
    s = step(
      updateProfile(s, {
        actor: admin(ids.reseller),
        at: at('2020-11-01'),
        partnerTenantId: ids.reseller,
        changes: { primaryContactEmail: email('ops@firstup.example') },
      }),
    )
    return step(applyForDirectBill(s, applyInput()))
  }
  const ask = (by: typeof ms | ReturnType<typeof admin>, when = '2020-11-05') => ({
    actor: by,
    at: at(when),
    partnerTenantId: ids.reseller,
    information: 'Invoices of the three largest customers',
  })

  it('Microsoft asks; the application stays under review and the primary contact is told', () => {
    const s = applied()
    const out = accepted(requestDirectBillInformation(s, ask(ms)))
    expect(out.events).toEqual([
      {
        _tag: 'DirectBillInformationRequested',
        at: at('2020-11-05'),
        partnerTenantId: ids.reseller,
        information: 'Invoices of the three largest customers',
      },
      {
        _tag: 'PrimaryContactNotified',
        at: at('2020-11-05'),
        partnerTenantId: ids.reseller,
        email: 'ops@firstup.example',
        subject: 'directBillInformationRequested',
      },
    ])
    expect(out.state.partners).toBe(s.partners)
  })

  it('only Microsoft asks (MOD-7), only during a review (DB-8), never before the application (MOD-6)', () => {
    const s = applied()
    refuses(
      s,
      { command: 'requestDirectBillInformation', input: ask(admin(ids.reseller)) },
      'MOD-7',
      'NotProgramOperator',
      [],
    )
    const none = register(emptyState, {
      tenant: ids.reseller,
      mpn: '4847383',
      name: 'First Up',
      roles: ['indirectReseller'],
    })
    refuses(none, { command: 'requestDirectBillInformation', input: ask(ms) }, 'DB-8', 'NoDirectBillApplication', [
      ids.reseller,
    ])
    refuses(s, { command: 'requestDirectBillInformation', input: ask(ms, '2020-10-30') }, 'MOD-6', 'DatedBeforeFact', [
      ids.reseller,
    ])
    expect(E.isLeft(requestDirectBillInformation(s, { ...ask(ms), information: '' }))).toBe(true)
  })
})

describe('the catalog says what the seeds say', () => {
  it('ROL-1 names enrolling, the indirect reseller agreement and partnership invitations, not the MPA', () => {
    expect(RULES['ROL-1'].statement).toMatch(/Enrolling.*indirect reseller agreement.*partnership invitation/)
    expect(RULES['ROL-1'].statement).not.toMatch(/MPA|Partner Agreement/)
  })

  it('DB-5 states the threshold for an indirect reseller, DB-1 the MPN ID for the market where sales are made', () => {
    expect(RULES['DB-5'].statement).toMatch(/^For an indirect reseller/)
    expect(RULES['DB-1'].statement).toMatch(/for the market where its sales are made/)
  })

  it('DB-1: an assessment names the market the MPN ID is for', () => {
    const s = step(
      recordMpnMembership(europe(), { actor: ms, at: at('2020-11-01'), partnerTenantId: ids.direct, active: false }),
    )
    const unmet = assessDirectBill(s, ids.direct, at('2020-11-02'))?.unmet.find((u) => u.rule === 'DB-1')
    expect(unmet?.message).toContain('for the market of FR (market Europe)')
  })
})
