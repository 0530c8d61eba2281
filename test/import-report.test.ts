/**
 * The report of a Partner Center import: what was read (counts per resource), inferred, created,
 * left unknown and left out, each note with its path in the input, its subject and a sentence; and
 * the knowledge the state records as unknown rather than guessed.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  emptyState,
  getCustomer,
  getPartner,
  getRelationship,
  getTenant,
  tenantId,
  type ProgramState,
} from '../src/index.js'
import {
  importPartnerCenter,
  importPartnerCenterWithReport,
  type ImportNote,
  type Imported,
} from '../src/partner-center/index.js'
import { CUSTOMER, PROVIDER, RESELLER, SETS, fixture, full } from './fixtures/partner-center/sets.js'

const imported = (input: unknown, base?: ProgramState): Imported => {
  const result = importPartnerCenterWithReport(input, base)
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left, null, 2))
  return result.right
}

/** The value at a report path (`customers[1].items[0]`) in the input, `undefined` when it names nothing. */
const at = (input: unknown, path: string): unknown =>
  path
    .split(/[.[\]]+/)
    .filter((k) => k !== '')
    .reduce<unknown>(
      (v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined),
      input,
    )

describe('the import report', () => {
  it('counts what was read, per resource', () => {
    expect(imported(full).report.read).toEqual({
      organizationProfile: 1,
      legalBusinessProfile: 1,
      mpnProfile: 1,
      mpaAgreementStatus: 1,
      indirectResellers: 2,
      customers: 4,
      customerRelationships: 1,
      subscriptions: 4,
    })
  })

  it.each(SETS.map((s) => [s.name, s] as const))(
    '%s: every note names a place in the input and a sentence',
    (_n, set) => {
      const base = set.base === undefined ? emptyState : imported(set.base).state
      const { report } = imported(set.input, base)
      const all: ReadonlyArray<ImportNote> = [
        ...report.inferred,
        ...report.created,
        ...report.unknown,
        ...report.leftOut,
      ]
      expect(all.length).toBeGreaterThan(0)
      for (const n of all) {
        expect(n.path === 'partner' || at(set.input, n.path) !== undefined, `${n.path}: ${n.note}`).toBe(true)
        expect(n.note, n.path).toMatch(/^[A-Z"'r].*[.)]$/)
      }
    },
  )

  it('says which customers and relationships it created, and why', () => {
    const { report, state } = imported({
      at: '2024-01-01T00:00:00Z',
      partner: { tenantId: PROVIDER, roles: ['directBillPartner'], region: 'US', mpnId: '4391507' },
      subscriptions: [
        {
          customerTenantId: 'd8202a51-69f9-4228-b900-d0e081af17d7',
          body: fixture('subscription-get-new-commerce-expired-response.json'),
        },
      ],
    })
    const customer = tenantId('d8202a51-69f9-4228-b900-d0e081af17d7')
    expect(getCustomer(state, customer)).toEqual({
      tenantId: customer,
      companyName: `Customer ${customer}`,
      domain: null,
    })
    expect(getTenant(state, customer)).toMatchObject({ kind: 'customer', region: null })
    expect(getRelationship(state, PROVIDER, customer)).toMatchObject({
      channel: 'directBill',
      delegatedAdmin: null,
      origin: 'import',
    })
    expect(report.created.map((n) => [n.path, n.subject])).toEqual([
      ['subscriptions[0].body', customer],
      ['subscriptions[0].body', customer],
    ])
    expect(report.unknown.map((n) => n.note)).toContain(
      `The region of customer ${customer} is unknown: no body gives its address.`,
    )
  })

  it('records as unknown what no body says: region, delegated admin, MPA standing', () => {
    const { report, state } = imported(full)
    const listed = tenantId('b44bb1fb-c595-45b0-9e09-d657365580bf')
    expect(getTenant(state, listed)?.region).toBeNull()
    expect(getRelationship(state, PROVIDER, listed)?.delegatedAdmin).toBeNull()
    expect(getPartner(state, RESELLER)).toMatchObject({ mpaSignedAt: null, mpaDateUnknown: true })
    expect(getPartner(state, PROVIDER)).toMatchObject({ mpaSignedAt: '2020-03-02T00:00:00.000Z', mpaDateUnknown: true })
    expect(report.unknown.map((n) => n.subject)).toEqual(expect.arrayContaining([listed, RESELLER, PROVIDER]))
  })

  it('never replaces a known fact by an unknown one: a list body after the customer itself', () => {
    const item = { id: CUSTOMER, companyProfile: { companyName: '1kl as kjk' }, relationshipToPartner: 'reseller' }
    const state = imported({ ...full, customers: [fixture('customer-get-response.json'), { items: [item] }] }).state
    expect(getTenant(state, CUSTOMER)?.region).toBe('US')
    expect(getRelationship(state, PROVIDER, CUSTOMER)?.delegatedAdmin).toBe(true)
  })

  it('reports input fields it does not read', () => {
    const { report } = imported({ ...full, invoices: [] })
    expect(report.leftOut).toContainEqual({
      path: 'invoices',
      subject: '',
      note: 'The input field "invoices" is not one the importer reads.',
    })
  })

  it('a customers-only import into a state holding the partner needs neither its roles, region nor MPN ID', () => {
    const base = imported(full).state
    const { state } = imported(
      {
        at: '2020-04-01T00:00:00Z',
        partner: { tenantId: PROVIDER },
        customers: [fixture('customer-create-response.json')],
      },
      base,
    )
    expect(getPartner(state, PROVIDER)).toEqual(getPartner(base, PROVIDER))
    expect(getCustomer(state, tenantId('dfd8cc0a-c592-468c-8461-869a38d24738'))?.companyName).toBe('test company')
  })

  it('a partner the state does not hold needs its roles, region and MPN ID', () => {
    const result = importPartnerCenter({ at: '2020-03-02T00:00:00Z', partner: { tenantId: PROVIDER } })
    expect(E.isLeft(result) && result.left.issues.map((i) => i.path)).toEqual([
      'partner.roles',
      'partner.region',
      'partner.mpnId',
    ])
  })
})
