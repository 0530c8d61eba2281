import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import type { Map as IMap } from 'immutable'
import { describe, expect, it } from 'vitest'
import {
  ProgramStateCodec,
  apply,
  cancelSubscription,
  checkState,
  checkStateDocument,
  createCustomer,
  createGdapRelationship,
  createIntegrationSandbox,
  ENTRA_ROLES,
  decode,
  formatDecodeError,
  invitationId,
  inviteCustomer,
  recordRevenue,
  stateFromDocument,
  stateToJson,
  entitiesOf,
  type DecodeError,
  type Index,
  type ProgramCommand,
  type ProgramState,
  type ProgramStateDocument,
  type StateIndexes,
} from '../src/index.js'
import { importPartnerCenter } from '../src/partner-center/index.js'
import { commandRun } from './support/arbitraries.js'
import { addCustomer, admin, at, buy, customerInput, ids, providerWorld, step, subs, world } from './support/index.js'

type Json = ReturnType<typeof stateToJson>
type Mutable = { -readonly [K in keyof Json]-?: Array<Record<string, unknown>> }

/** The JSON document of the base world, as plain mutable data. */
const worldJson = (state: ProgramState = world()): Mutable => JSON.parse(JSON.stringify(stateToJson(state)))

const refused = (document: unknown): DecodeError => {
  const result = decode(ProgramStateCodec, document)
  if (E.isRight(result)) throw new Error('expected the document to be refused')
  return result.left
}

/** The issues of a refused document as `path: MOD-n`. */
const issues = (document: unknown): ReadonlyArray<string> =>
  refused(document).issues.map((i) => `${i.path}: ${i.expected.slice(0, 5)}`)

const partnerJson = (d: Mutable, tenantId: string) => d.partners.find((p) => p.tenantId === tenantId)!
const subscription = (d: Mutable, overrides: Record<string, unknown>) => ({ ...d.subscriptions[0]!, ...overrides })

describe('decoding a state document: MOD-2, keys held once', () => {
  it('refuses a partner listed twice, naming the second copy', () => {
    const d = worldJson()
    d.partners.push(d.partners[0]!)
    expect(issues(d)).toEqual(['partners[4].tenantId: MOD-2'])
  })

  it('refuses a subscription listed twice', () => {
    const d = worldJson()
    d.subscriptions.push({ ...d.subscriptions[0]!, seats: 3 })
    expect(issues(d)).toEqual(['subscriptions[1].id: MOD-2'])
    expect(refused(d).issues[0]?.expected).toContain('also at subscriptions[0]')
  })

  it('refuses an invitation listed twice', () => {
    const invited = step(
      inviteCustomer(world(), {
        actor: admin(ids.direct),
        at: at('2019-01-10'),
        partnerTenantId: ids.direct,
        invitationId: invitationId('inv-1'),
        kind: 'directReseller',
        indirectProviderTenantId: null,
        customerTenantId: ids.customer2,
        newCustomer: { companyName: 'New', domain: null, region: 'US' },
        delegatedAdmin: true,
      } as never),
    )
    const d = worldJson(invited)
    d.invitations.push(d.invitations[0]!)
    expect(issues(d)).toEqual(['invitations[1].id: MOD-2'])
  })

  it('refuses two partners sharing an MPN ID, tied or location', () => {
    const d = worldJson()
    // the provider lists the direct bill partner's MPN ID among its locations
    partnerJson(d, ids.provider).locationMpnIds = ['2000002', '1000001']
    expect(issues(d)).toEqual(['partners[1].locationMpnIds[1]: MOD-2'])
    expect(refused(d).issues[0]?.expected).toMatch(/MPN ID 1000001 .* also held by partner 11111111/)
  })
})

describe('decoding a state document: MOD-1, no dangling reference', () => {
  it('refuses a subscription of an unknown customer, at its customerTenantId', () => {
    const d = worldJson()
    d.subscriptions[0] = subscription(d, { customerTenantId: ids.stranger })
    const error = refused(d)
    expect(error.issues.map((i) => i.path)).toEqual(['subscriptions[0].customerTenantId'])
    expect(error.issues[0]?.expected).toMatch(/^MOD-1: subscription .* names customer tenant 99999999/)
    expect(error.issues[0]?.received).toBe(JSON.stringify(ids.stranger))
    expect(formatDecodeError(error)).toContain('at subscriptions[0].customerTenantId: expected MOD-1: ')
  })

  it('refuses a relationship whose customer is a partner tenant', () => {
    const d = worldJson()
    d.relationships.push({ ...d.relationships[0]!, customerTenantId: ids.provider })
    expect(issues(d)).toEqual(['relationships[1].customerTenantId: MOD-1'])
    expect(refused(d).issues[0]?.expected).toContain(`partner tenant ${ids.provider} is a customer`)
  })

  it('refuses a customer record and a subscription on a partner tenant, but not Azure for its own use', () => {
    const d = worldJson()
    d.customers.push({ tenantId: ids.reseller, companyName: 'First Up', domain: null })
    d.subscriptions.push(subscription(d, { id: subs.next, customerTenantId: ids.provider, billedBy: ids.provider }))
    expect(issues(d)).toEqual(['customers[1].tenantId: MOD-1', 'subscriptions[1].customerTenantId: MOD-1'])
    const own = worldJson()
    own.subscriptions.push(
      subscription(own, { id: subs.next, customerTenantId: ids.direct, kind: 'azure', seats: 1, billedBy: ids.direct }),
    )
    expect(E.isRight(decode(ProgramStateCodec, own))).toBe(true)
    // billed by another partner, it is a sale to a partner tenant
    own.subscriptions[1] = { ...own.subscriptions[1]!, billedBy: ids.provider }
    expect(issues(own)).toEqual(['subscriptions[1].customerTenantId: MOD-1'])
  })

  it('refuses every other unknown ID, each at its own path', () => {
    const d = worldJson()
    d.subscriptions[0] = subscription(d, { billedBy: ids.stranger, supportContact: ids.stranger })
    d.relationships[0] = { ...d.relationships[0]!, indirectProviderTenantId: ids.stranger }
    d.partnerships.push({
      providerTenantId: ids.stranger,
      resellerTenantId: ids.reseller,
      status: 'active',
      requestedAt: null,
      acceptedAt: null,
    })
    d.revenue.push({ partnerTenantId: ids.stranger, month: '2019-01', category: 'azure', amountCents: 100 })
    partnerJson(d, ids.direct).sandboxTenantId = ids.customer
    d.tenants.push({
      tenantId: ids.sandbox,
      kind: 'integrationSandbox',
      owner: ids.stranger,
      region: 'US',
      internalUse: false,
    })
    d.invitations.push({
      id: 'inv-1',
      kind: 'directReseller',
      partnerTenantId: ids.direct,
      indirectProviderTenantId: null,
      customerTenantId: ids.customer3,
      delegatedAdmin: true,
      newCustomer: { tenantId: ids.customer3, companyName: 'New', domain: null, region: 'US' },
      issuedAt: '2019-01-10T09:00:00.000Z',
      acceptedAt: '2019-01-11T09:00:00.000Z',
    })
    expect(issues(d)).toEqual([
      'partners[0].sandboxTenantId: MOD-1',
      'tenants[5].owner: MOD-1',
      'relationships[0].indirectProviderTenantId: MOD-1',
      'partnerships[0].providerTenantId: MOD-1',
      'invitations[0].customerTenantId: MOD-1',
      'subscriptions[0].billedBy: MOD-1',
      'subscriptions[0].supportContact: MOD-1',
      'revenue[0].partnerTenantId: MOD-1',
    ])
  })

  it("refuses a GDAP relationship's unknown partner, partner tenant as customer or unknown indirect provider", () => {
    const withGdap = step(
      createGdapRelationship(world(), {
        actor: admin(ids.direct),
        at: at('2023-11-01'),
        partnerTenantId: ids.direct,
        relationshipId: 'gdap-1',
        displayName: 'Helpdesk',
        customerTenantId: ids.customer,
        durationDays: 730,
        autoExtendDays: 0,
        roles: [ENTRA_ROLES.helpdeskAdministrator],
        forResellerTenantId: null,
      }),
    )
    const d = worldJson(withGdap)
    const gdap = d.gdapRelationships[0]!
    expect(E.isRight(decode(ProgramStateCodec, d))).toBe(true)
    d.gdapRelationships.push(
      { ...gdap, id: 'gdap-2', displayName: 'Two', partnerTenantId: ids.stranger },
      { ...gdap, id: 'gdap-3', displayName: 'Three', customerTenantId: ids.provider },
      { ...gdap, id: 'gdap-4', displayName: 'Four', customerTenantId: ids.customer3 },
      { ...gdap, id: 'gdap-5', displayName: 'Five', indirectProviderTenantId: ids.stranger },
      // a request any customer may approve names none
      { ...gdap, id: 'gdap-6', displayName: 'Six', customerTenantId: null },
    )
    expect(issues(d)).toEqual([
      'gdapRelationships[1].partnerTenantId: MOD-1',
      'gdapRelationships[2].customerTenantId: MOD-1',
      'gdapRelationships[3].customerTenantId: MOD-1',
      'gdapRelationships[4].indirectProviderTenantId: MOD-1',
    ])
    expect(refused(d).issues[1]?.expected).toContain(
      `partner tenant ${ids.provider} is a customer of GDAP relationship gdap-3`,
    )
  })

  it('refuses a partner without its partner tenant, or with a tenant in another region', () => {
    const d = worldJson()
    d.tenants = d.tenants.filter((t) => t.tenantId !== ids.provider)
    partnerJson(d, ids.reseller).region = 'BR'
    expect(issues(d)).toEqual(['partners[1].tenantId: MOD-1', 'partners[2].region: MOD-1'])
  })
})

describe('decoding a state document: subscription kinds, parents and seats', () => {
  const withSubscription = (overrides: Record<string, unknown>) => {
    const d = worldJson(addCustomer(world(), ids.direct, ids.customer2))
    d.subscriptions.push(subscription(d, { id: subs.addOn, ...overrides }))
    return d
  }

  it('MOD-4: an add-on without a parent, a license-based subscription with one', () => {
    expect(issues(withSubscription({ kind: 'addOn', parentId: null }))).toEqual(['subscriptions[1].parentId: MOD-4'])
    expect(issues(withSubscription({ kind: 'licenseBased', parentId: subs.license }))).toEqual([
      'subscriptions[1].parentId: MOD-4',
    ])
  })

  it("MOD-4: an add-on whose parent is another customer's, or not license-based", () => {
    const other = withSubscription({ kind: 'addOn', parentId: subs.license, customerTenantId: ids.customer2 })
    expect(issues(other)).toEqual(['subscriptions[1].parentId: MOD-4'])
    expect(refused(other).issues[0]?.expected).toContain(`of customer ${ids.customer}`)
    const d = worldJson()
    d.subscriptions[0] = subscription(d, { kind: 'azure', seats: 1 })
    d.subscriptions.push(subscription(d, { id: subs.addOn, kind: 'addOn', parentId: subs.license }))
    expect(issues(d)).toEqual(['subscriptions[1].parentId: MOD-4'])
    expect(E.isRight(decode(ProgramStateCodec, withSubscription({ kind: 'addOn', parentId: subs.license })))).toBe(true)
  })

  it('MOD-1: an add-on whose parent the document does not hold', () => {
    expect(issues(withSubscription({ kind: 'addOn', parentId: subs.next }))).toEqual([
      'subscriptions[1].parentId: MOD-1',
    ])
  })

  it('MOD-5: no seats unless cancelled; Azure has exactly one', () => {
    expect(issues(withSubscription({ seats: 0 }))).toEqual(['subscriptions[1].seats: MOD-5'])
    expect(E.isRight(decode(ProgramStateCodec, withSubscription({ seats: 0, status: 'cancelled' })))).toBe(true)
    expect(issues(withSubscription({ kind: 'azure', seats: 3 }))).toEqual(['subscriptions[1].seats: MOD-5'])
  })
})

/** The direct bill partner's world grown by commands: a sandbox, an internal-use tenant with Azure, an add-on, a cancellation, an open invitation to a new tenant, revenue; plus the two-tier world. */
const grownWorld = (): ProgramState => {
  let s = providerWorld()
  const act = { actor: admin(ids.direct), at: at('2020-03-05'), partnerTenantId: ids.direct }
  s = step(createIntegrationSandbox(s, { ...act, sandboxTenantId: ids.sandbox }))
  s = step(createCustomer(s, customerInput(ids.direct, ids.internal, at('2020-03-05'), { internalUse: true })))
  s = step(buy(s, ids.direct, ids.internal, subs.azure, 'azure', at('2020-03-05')))
  s = step(buy(s, ids.direct, ids.customer, subs.addOn, 'addOn', at('2020-03-05'), subs.license))
  s = step(cancelSubscription(s, { ...act, subscriptionId: subs.license }))
  s = step(
    inviteCustomer(s, {
      ...act,
      invitationId: invitationId('inv-new'),
      kind: 'directReseller',
      indirectProviderTenantId: null,
      customerTenantId: ids.customer2,
      newCustomer: { companyName: 'New', domain: null, region: 'US' },
      delegatedAdmin: true,
    } as never),
  )
  return step(
    recordRevenue(s, {
      actor: { kind: 'microsoft' },
      at: at('2020-03-05'),
      partnerTenantId: ids.direct,
      month: '2020-02',
      category: 'azure',
      amountUsd: '1000.00',
    } as never),
  )
}

const roundTrip = (state: ProgramState): ProgramState => {
  const decoded = decode(ProgramStateCodec, JSON.parse(JSON.stringify(stateToJson(state))))
  if (E.isLeft(decoded)) throw new Error(formatDecodeError(decoded.left))
  return decoded.right
}

describe('states built by commands', () => {
  it('pass checkState and round-trip through the codec', () => {
    for (const state of [world(), providerWorld(), grownWorld()]) {
      expect(checkState(state)).toEqual([])
      expect(stateToJson(roundTrip(state))).toEqual(stateToJson(state))
    }
  })

  it('pass checkState after any run of commands', () => {
    fc.assert(
      fc.property(commandRun(), (commands: ReadonlyArray<ProgramCommand>) => {
        const state = commands.reduce((s, c) => apply(s, c).state, world())
        expect(checkState(state)).toEqual([])
      }),
      { numRuns: 100 },
    )
  })

  it('checkState names paths in the encoded document; checkStateDocument reads any decoded document', () => {
    const d = worldJson()
    d.subscriptions[0] = subscription(d, { customerTenantId: ids.stranger })
    const state = stateFromDocument(d as unknown as ProgramStateDocument)
    const problem = {
      rule: 'MOD-1',
      path: 'subscriptions[0].customerTenantId',
      message: expect.stringContaining(ids.stranger),
    }
    expect(checkState(state)).toEqual([problem])
    expect(checkStateDocument(d as unknown as ProgramStateDocument)).toEqual([problem])
  })
})

type Pairs = Record<string, ReadonlyArray<string>>
/** Everything an index holds, as sorted lists by key (test-only: reads the immutable.js map behind the opaque index). */
const contents = (index: Index<string, string>): Pairs => {
  const map = index as unknown as IMap<{ valueOf(): string }, IMap<unknown, string>>
  const out: Record<string, string[]> = {}
  map.forEach((members, key) => {
    out[key.valueOf()] = members.valueSeq().toArray().sort()
  })
  return out
}
const grouped = (pairs: ReadonlyArray<readonly [string, string]>): Pairs => {
  const out: Record<string, string[]> = {}
  for (const [k, v] of pairs) out[k] = [...new Set([...(out[k] ?? []), v])].sort()
  return out
}

describe('decoded indexes', () => {
  it('agree with the tables: every index re-derived from the tables of a decoded state', () => {
    const state = roundTrip(grownWorld())
    const relationships = entitiesOf(state, 'relationships')
    const listed = entitiesOf(state, 'partnerships').filter((p) => p.status !== 'removed')
    const expected: Record<keyof StateIndexes, Pairs> = {
      partnersByMpnId: grouped(
        entitiesOf(state, 'partners').flatMap((p) =>
          [p.mpnId, ...p.locationMpnIds].map((m) => [m, p.tenantId] as const),
        ),
      ),
      customersByPartner: grouped(relationships.map((r) => [r.partnerTenantId, r.customerTenantId])),
      partnersByCustomer: grouped(relationships.map((r) => [r.customerTenantId, r.partnerTenantId])),
      subscriptionsByCustomer: grouped(entitiesOf(state, 'subscriptions').map((s) => [s.customerTenantId, s.id])),
      resellersByProvider: grouped(listed.map((p) => [p.providerTenantId, p.resellerTenantId])),
      providersByReseller: grouped(listed.map((p) => [p.resellerTenantId, p.providerTenantId])),
      customersByProviderReseller: grouped(
        relationships.flatMap((r) =>
          r.channel === 'indirectReseller' && r.indirectProviderTenantId !== null
            ? [[`${r.indirectProviderTenantId}/${r.partnerTenantId}`, r.customerTenantId] as const]
            : [],
        ),
      ),
      invitationsByCustomer: grouped(entitiesOf(state, 'invitations').map((i) => [i.customerTenantId, i.id])),
      gdapRelationshipsByPartner: grouped(entitiesOf(state, 'gdapRelationships').map((g) => [g.partnerTenantId, g.id])),
      gdapRelationshipsByCustomer: grouped(
        entitiesOf(state, 'gdapRelationships').flatMap((g) =>
          g.customerTenantId === null ? [] : [[g.customerTenantId, g.id] as const],
        ),
      ),
    }
    const actual = Object.fromEntries(
      Object.entries(state.indexes).map(([name, index]) => [name, contents(index as Index<string, string>)]),
    )
    expect(actual).toEqual(expected)
    expect(Object.keys(expected.customersByProviderReseller)).toHaveLength(1)
    expect(Object.keys(expected.invitationsByCustomer).length).toBeGreaterThan(0)
  })
})

describe('the check is linear', () => {
  it('reports a document of 60,000 subscriptions naming unknown customers in under 2 s', () => {
    const d = worldJson()
    const template = d.subscriptions[0]!
    const hex = (n: number) => n.toString(16).padStart(8, '0')
    d.subscriptions = Array.from({ length: 60_000 }, (_, i) => ({
      ...template,
      id: `${hex(i)}-0000-4000-8000-000000000000`,
      customerTenantId: `${hex(i)}-0000-4000-8000-00000000000c`,
    }))
    const started = performance.now()
    const result = decode(ProgramStateCodec, d)
    const elapsed = performance.now() - started
    expect(E.isLeft(result)).toBe(true)
    expect(elapsed).toBeLessThan(2000)
  })
})

describe('importPartnerCenter', () => {
  it('refuses to build an inconsistent state: a listed partner holding the MPN ID of the importing one', () => {
    // (a subscription of a customer the payloads do not hold is no longer refused: the import creates the customer)
    const result = importPartnerCenter({
      at: '2020-03-02T00:00:00Z',
      partner: { tenantId: ids.direct, roles: ['indirectProvider'], region: 'US', mpnId: '1000001' },
      indirectResellers: {
        items: [
          {
            id: ids.reseller,
            name: 'Twin',
            relationshipType: 'is_indirect_cloud_solution_provider_of',
            mpnId: '1000001',
          },
        ],
      },
    })
    if (E.isRight(result)) throw new Error('expected the import to be refused')
    expect(result.left.codec).toBe('ProgramState')
    expect(result.left.issues.map((i) => `${i.path}: ${i.expected.slice(0, 5)}`)).toEqual([
      'partners[1].mpnId: MOD-2',
      'partners[1].locationMpnIds[0]: MOD-2',
    ])
  })
})
