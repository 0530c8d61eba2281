/**
 * Importing Microsoft Graph GDAP bodies (GDAP-1, GDAP-3, GDAP-6, GDAP-7, GDAP-11, GDAP-15) and
 * reading Partner Center GDAP webhook events as domain events. Expected values are read off the
 * bodies in test/fixtures/partner-center/since-2021/, not off the importer.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  emptyState,
  evolve,
  gdapStatusAt,
  getCustomer,
  getGdapRelationship,
  getRelationship,
  isoDateTime,
  stateToJson,
  tenantId,
  type GdapRelationship,
  type ProgramState,
} from '../src/index.js'
import { durationDays } from '../src/partner-center/gdapDurations.js'
import { domainEventsOfWebhook, importPartnerCenterWithReport, type Imported } from '../src/partner-center/index.js'
import { PROVIDER, RESELLER, fixture } from './fixtures/partner-center/sets.js'

const AT = '2024-02-01T00:00:00.000Z'
const provider = { tenantId: PROVIDER, roles: ['indirectProvider'], region: 'US', mpnId: '4391507' }
/** The relationship of the get, update and create bodies (and the first list item). */
const CONTOSO = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836'
const SUBSIDIARY = '1041ef52-a99b-4245-a3be-cbd3fa7c5ed1-8777b240-c6f0-4469-9e98-a3205431b836'
const FABRIKAM = '4b227261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836'
/** The indirect provider that created the Fabrikam relationship for its reseller (GDAP-15). */
const FABRIKAM_PROVIDER = '60ea59db-a506-485e-94c5-d115f369e239'

type Body = Record<string, unknown>
const since = (name: string) => fixture(`since-2021/${name}`) as Body

const run = (input: Record<string, unknown>, base?: ProgramState, partner: Body = provider): Imported => {
  const result = importPartnerCenterWithReport(
    { at: AT, partner: base === undefined ? partner : { tenantId: partner.tenantId, ...partner }, ...input },
    base,
  )
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left, null, 2))
  return result.right
}
const gdap = (r: Imported | ProgramState, id: string): GdapRelationship | undefined =>
  getGdapRelationship('state' in r ? r.state : r, id)
const notesOf = (r: Imported, kind: 'inferred' | 'created' | 'unknown' | 'leftOut', subject: string) =>
  r.report[kind].filter((n) => n.subject === subject).map((n) => n.note)
/** The first relationship of the get body with `changes`. */
const contosoWith = (changes: Body): Body => ({ ...since('gdap-relationship-get-response.json'), ...changes })

describe('durations of Graph bodies in days (GDAP-3, GDAP-7)', () => {
  it('reads days, weeks and years (365 days), and zero durations', () => {
    expect(durationDays('P730D')).toEqual({ days: 730, years: false })
    expect(durationDays('P31D')?.days).toBe(31)
    expect(durationDays('P2Y')).toEqual({ days: 730, years: true })
    expect(durationDays('P1W')?.days).toBe(7)
    expect(durationDays('PT0S')?.days).toBe(0)
    expect(durationDays('P0D')?.days).toBe(0)
    expect(durationDays('P180D')?.days).toBe(180)
  })

  it('reads no days from months, a non-zero time part or text that is no duration', () => {
    for (const raw of ['P1M', 'PT5H', 'P', 'PT', '730', 'P1.5D', '', null, undefined])
      expect(durationDays(raw)).toBeUndefined()
  })
})

describe('GDAP relationship bodies (GDAP-1, GDAP-3, GDAP-6, GDAP-7)', () => {
  it('reads the get body: an active relationship of the importing partner, its roles and dates', () => {
    const r = run({ gdapRelationships: [since('gdap-relationship-get-response.json')] })
    expect(gdap(r, CONTOSO)).toEqual({
      id: CONTOSO,
      displayName: 'Contoso admin relationship',
      partnerTenantId: PROVIDER,
      customerTenantId: '4fdbff88-9d6b-42e0-9713-45c922ba8001',
      indirectProviderTenantId: null,
      partnerConsentPending: false,
      durationDays: 730,
      autoExtendDays: 0,
      roles: [
        '729827e3-9c14-49f7-bb1b-9608f156bbb8',
        'fe930be7-5e62-47db-91af-98c3a49a38b1',
        'e6d1a23a-da11-4be4-9570-befc86d067a7',
      ],
      status: 'active',
      createdAt: '2022-02-10T11:24:42.314Z',
      lockedAt: null,
      activatedAt: '2022-02-10T11:26:44.994Z',
      // the body's own end (creation + 730 days), kept as Graph gives it
      endsAt: '2024-02-10T11:24:42.314Z',
      terminatedAt: null,
      accessAssignments: [],
    })
    expect(r.report.read.gdapRelationships).toBe(1)
    // the customer is created, named as the relationship names it, with no reseller relationship
    const customer = tenantId('4fdbff88-9d6b-42e0-9713-45c922ba8001')
    expect(getCustomer(r.state, customer)?.companyName).toBe('Contoso Inc')
    expect(getRelationship(r.state, PROVIDER, customer)).toBeUndefined()
    expect(r.report.created.map((n) => n.subject)).toEqual([customer])
  })

  it('reads the end as activation plus duration when the body gives no endDateTime (GDAP-6)', () => {
    const r = run({ gdapRelationships: [contosoWith({ endDateTime: null })] })
    expect(gdap(r, CONTOSO)?.endsAt).toBe('2024-02-10T11:26:44.994Z')
    expect(notesOf(r, 'inferred', CONTOSO)).toEqual([
      'The end is read as the activation plus 730 days: the body gives no endDateTime.',
    ])
  })

  it('reads the list: an active relationship auto-extending 180 days and a terminated one', () => {
    const r = run({ gdapRelationships: [since('gdap-relationships-list-response.json')] })
    expect(r.report.read.gdapRelationships).toBe(3)
    expect(gdap(r, CONTOSO)).toMatchObject({ status: 'active', autoExtendDays: 180, durationDays: 730 })
    expect(gdap(r, CONTOSO)?.roles).toEqual(['dd4db9a0-cc4a-4213-9f9f-70242232d97e'])
    expect(gdap(r, SUBSIDIARY)).toMatchObject({
      status: 'terminated',
      durationDays: 30,
      autoExtendDays: 0,
      customerTenantId: '4b827261-d21f-4aa9-b7db-7fa1f56fb163',
      activatedAt: '2021-09-29T16:55:20.210Z',
      terminatedAt: '2021-10-29T16:57:20.210Z',
    })
    // the reseller relationship's provider is not held: left out, never guessed
    expect(gdap(r, FABRIKAM)).toBeUndefined()
    expect(r.report.leftOut).toContainEqual({
      path: 'gdapRelationships[0].value[2]',
      subject: FABRIKAM,
      note: `Its indirect provider ${FABRIKAM_PROVIDER} is not a partner the state holds: not read.`,
    })
  })

  it('reads a resellerDelegatedAdminRelationship as the reseller’s, awaiting its consent (GDAP-15)', () => {
    const base = run({}, undefined, {
      tenantId: FABRIKAM_PROVIDER,
      roles: ['indirectProvider'],
      region: 'US',
      mpnId: '5000001',
    }).state
    const reseller = { tenantId: RESELLER, roles: ['indirectReseller'], region: 'US', mpnId: '4847383' }
    const r = run({ gdapRelationships: [since('gdap-relationships-list-response.json')] }, base, reseller)
    expect(gdap(r, FABRIKAM)).toMatchObject({
      partnerTenantId: RESELLER,
      indirectProviderTenantId: FABRIKAM_PROVIDER,
      partnerConsentPending: true,
      status: 'approvalPending',
      durationDays: 180,
      // locked at the body's last change (GDAP-5 counts from the lock)
      lockedAt: '2022-02-10T11:26:44.994Z',
      activatedAt: null,
      endsAt: null,
    })
    expect(gdap(r, FABRIKAM)?.roles).toHaveLength(9)
    expect(notesOf(r, 'inferred', FABRIKAM)).toEqual([
      'The lock for approval is read from lastModifiedDateTime (2022-02-10T11:26:44.994Z): no body gives it.',
    ])
    // a request locked in 2022 and never approved reads expired two years on (GDAP-5)
    expect(gdapStatusAt(gdap(r, FABRIKAM) as GdapRelationship, isoDateTime(AT))).toBe('expired')
  })

  it('reads the create response: a created relationship has no activation and no end yet', () => {
    const r = run({ gdapRelationships: [fixture('since-2021/gdap-relationship-create-response.json')] })
    expect(gdap(r, CONTOSO)).toMatchObject({
      status: 'created',
      autoExtendDays: 180,
      activatedAt: null,
      endsAt: null,
      lockedAt: null,
      customerTenantId: '4b827261-d21f-4aa9-b7db-7fa1f56fb163',
    })
    expect(getCustomer(r.state, tenantId('4b827261-d21f-4aa9-b7db-7fa1f56fb163'))?.companyName).toBe(
      'Contoso subsidiary Inc',
    )
  })

  it('merges the update response over the relationship held, keeping its access assignments (GDAP-2)', () => {
    const first = run({
      gdapRelationships: [since('gdap-relationship-get-response.json')],
      gdapAccessAssignments: [{ relationshipId: CONTOSO, body: since('gdap-access-assignments-list-response.json') }],
    })
    const r = run({ gdapRelationships: [since('gdap-relationship-update-response.json')] }, first.state)
    expect(gdap(r, CONTOSO)).toMatchObject({
      displayName: 'Updated Contoso admin relationship',
      durationDays: 31,
      status: 'created',
      customerTenantId: '52eaad04-13a2-4a2f-9ce8-93a294fadf36',
      // the update body gives no autoExtendDuration: the value held stays
      autoExtendDays: 0,
    })
    expect(gdap(r, CONTOSO)?.roles).toContain('69091246-20e8-4a56-aa4d-066075b2a7a8')
    expect(gdap(r, CONTOSO)?.accessAssignments.map((a) => a.id)).toEqual([
      '84c586df-0943-416e-b95f-7289cb8d3bd5',
      '8d56bce3-440f-4b4f-b5c2-cc0bcbd0199c',
    ])
    // the update names a customer without a name: created under the placeholder name
    expect(getCustomer(r.state, tenantId('52eaad04-13a2-4a2f-9ce8-93a294fadf36'))?.companyName).toBe(
      'Customer 52eaad04-13a2-4a2f-9ce8-93a294fadf36',
    )
  })
})

describe('GDAP access assignment bodies (GDAP-11)', () => {
  const withRelationship = (...bodies: ReadonlyArray<unknown>) =>
    run({
      gdapRelationships: [since('gdap-relationship-get-response.json')],
      gdapAccessAssignments: bodies.map((body) => ({ relationshipId: CONTOSO, body })),
    })

  it('reads the list: each security group with its roles, status and creation', () => {
    const r = withRelationship(since('gdap-access-assignments-list-response.json'))
    expect(r.report.read.gdapAccessAssignments).toBe(2)
    expect(gdap(r, CONTOSO)?.accessAssignments).toEqual([
      {
        id: '84c586df-0943-416e-b95f-7289cb8d3bd5',
        securityGroupId: '227a2f44-2682-4831-a021-f8d69a34bcba',
        roles: [
          '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
          '44367163-eba1-44c3-98af-f5787879f96a',
          '29232cdf-9323-42fd-ade2-1d097af3e4de',
          '62e90394-69f5-4237-9190-012177145e10',
        ],
        status: 'active',
        createdAt: '2022-03-07T22:55:18.678Z',
      },
      {
        id: '8d56bce3-440f-4b4f-b5c2-cc0bcbd0199c',
        securityGroupId: '869713c9-0b28-4d08-8949-ae07ae1bf528',
        roles: [
          '29232cdf-9323-42fd-ade2-1d097af3e4de',
          'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
          '729827e3-9c14-49f7-bb1b-9608f156bbb8',
          '3a2c62db-5318-420d-8d74-23affee5d9d5',
        ],
        status: 'active',
        createdAt: '2022-03-10T23:50:35.897Z',
      },
    ])
  })

  it('reads the create response as pending and the get response as active, beside each other', () => {
    const r = withRelationship(
      since('gdap-access-assignment-create-response.json'),
      since('gdap-access-assignment-get-response.json'),
    )
    expect(gdap(r, CONTOSO)?.accessAssignments.map((a) => [a.id, a.status, a.securityGroupId])).toEqual([
      ['a9d6cf90-083a-47dc-ace2-1da98be3f344', 'pending', '869713c9-0b28-4d08-8949-ae07ae1bf528'],
      ['da9d6cf90-083a-47dc-ace2-1da98be3f344', 'active', '227a2f44-2682-4831-a021-f8d69a34bcba'],
    ])
  })

  it('replaces an assignment read again by its new reading', () => {
    const created = since('gdap-access-assignment-create-response.json')
    const r = withRelationship(created, { ...created, status: 'active', createdDateTime: null })
    expect(gdap(r, CONTOSO)?.accessAssignments).toHaveLength(1)
    // the second reading gives no creation: the one read first stays
    expect(gdap(r, CONTOSO)?.accessAssignments[0]).toMatchObject({
      status: 'active',
      createdAt: '2022-02-13T10:33:52.318Z',
    })
  })

  it('leaves out the assignments of a relationship neither imported nor held', () => {
    const r = run({
      gdapAccessAssignments: [{ relationshipId: CONTOSO, body: since('gdap-access-assignments-list-response.json') }],
    })
    expect(gdap(r, CONTOSO)).toBeUndefined()
    expect(r.report.leftOut).toEqual([
      {
        path: 'gdapAccessAssignments[0]',
        subject: CONTOSO,
        note: `GDAP relationship ${CONTOSO} is neither imported nor held: its access assignments are not read; import the relationship's body too.`,
      },
    ])
  })

  it('leaves out an assignment that is not a security group, has no role or an unknown status', () => {
    const good = since('gdap-access-assignment-get-response.json')
    const r = withRelationship({
      value: [
        { ...good, id: 'a1', accessContainer: { accessContainerId: 'x', accessContainerType: 'user' } },
        { ...good, id: 'a2', accessDetails: { unifiedRoles: [] } },
        { ...good, id: 'a3', status: 'paused' },
        { ...good, id: 'a4', accessContainer: { accessContainerId: 'not-a-guid' } },
      ],
    })
    expect(gdap(r, CONTOSO)?.accessAssignments).toEqual([])
    expect(r.report.leftOut.map((n) => [n.path, n.note])).toEqual([
      [
        'gdapAccessAssignments[0].body.value[0]',
        'Access assignment not read: its access container is a user, not a security group.',
      ],
      ['gdapAccessAssignments[0].body.value[1]', 'Access assignment not read: it gives no role.'],
      [
        'gdapAccessAssignments[0].body.value[2]',
        'Access assignment not read: its status "paused" is none Graph gives.',
      ],
      [
        'gdapAccessAssignments[0].body.value[3]',
        'Access assignment not read: its security group "not-a-guid" is not a GUID.',
      ],
    ])
  })
})

describe('odd values of relationship bodies are reported, never thrown (GDAP-1, GDAP-3, GDAP-7)', () => {
  const one = (changes: Body) => run({ gdapRelationships: [contosoWith(changes)] })

  it('leaves out a relationship whose duration is not 1 to 730 days or not in days', () => {
    for (const duration of ['P3Y', 'P1M', 'P0D', 'P731D', 'forever', null]) {
      const r = one({ duration })
      expect(gdap(r, CONTOSO)).toBeUndefined()
      expect(notesOf(r, 'leftOut', CONTOSO)).toEqual([
        `Duration ${JSON.stringify(duration)} is not 1 to 730 days (GDAP-3): the relationship is not read.`,
      ])
      // nothing else is created for a relationship left out
      expect(getCustomer(r.state, tenantId('4fdbff88-9d6b-42e0-9713-45c922ba8001'))).toBeUndefined()
    }
  })

  it('reads P2Y as 730 days, with a note', () => {
    const r = one({ duration: 'P2Y' })
    expect(gdap(r, CONTOSO)?.durationDays).toBe(730)
    expect(notesOf(r, 'inferred', CONTOSO)).toContain('Duration P2Y read as 730 days (a year is 365 days).')
  })

  it('keeps no auto-extension for a value Graph does not accept (GDAP-7)', () => {
    const r = one({ autoExtendDuration: 'P90D' })
    expect(gdap(r, CONTOSO)?.autoExtendDays).toBe(0)
    expect(notesOf(r, 'leftOut', CONTOSO)).toEqual([
      'Auto-extension "P90D" is none of PT0S, P0D and P180D (GDAP-7): 0 days kept.',
    ])
    expect(gdap(one({ autoExtendDuration: 'P0D' }), CONTOSO)?.autoExtendDays).toBe(0)
  })

  it('leaves out roles that are no GUID, and a relationship left without any', () => {
    const some = one({
      accessDetails: {
        unifiedRoles: [{ roleDefinitionId: 'admin' }, { roleDefinitionId: '62E90394-69F5-4237-9190-012177145E10' }],
      },
    })
    expect(gdap(some, CONTOSO)?.roles).toEqual(['62e90394-69f5-4237-9190-012177145e10'])
    expect(notesOf(some, 'leftOut', CONTOSO)).toEqual(['Role "admin" is not a role definition ID: not read.'])
    const none = one({ accessDetails: null })
    expect(gdap(none, CONTOSO)).toBeUndefined()
    expect(notesOf(none, 'leftOut', CONTOSO)).toEqual(['The relationship gives no role (GDAP-11): not read.'])
  })

  it('leaves out a status Graph does not give', () => {
    const r = one({ status: 'paused' })
    expect(gdap(r, CONTOSO)).toBeUndefined()
    expect(notesOf(r, 'leftOut', CONTOSO)).toEqual([
      'Status "paused" is not a GDAP relationship status Graph gives: not read.',
    ])
  })

  it('reads approved, activating and expiring as active, and terminating as terminated, with a note', () => {
    for (const status of ['approved', 'activating', 'expiring', 'Active'])
      expect(gdap(one({ status }), CONTOSO)?.status).toBe('active')
    const terminating = one({ status: 'terminating' })
    expect(gdap(terminating, CONTOSO)).toMatchObject({ status: 'terminated', terminatedAt: '2022-02-10T11:26:44.994Z' })
    expect(notesOf(terminating, 'inferred', CONTOSO)).toEqual([
      'Status terminating: terminating reads as terminated: access ends (GDAP-9).',
    ])
  })

  it('reads an expired relationship as active up to its end, without auto-extension, so it reads expired (GDAP-6, GDAP-8)', () => {
    const r = one({ status: 'expired', autoExtendDuration: 'P180D', endDateTime: '2024-01-31T00:00:00Z' })
    const rel = gdap(r, CONTOSO) as GdapRelationship
    expect(rel).toMatchObject({ status: 'active', autoExtendDays: 0, endsAt: '2024-01-31T00:00:00.000Z' })
    expect(notesOf(r, 'inferred', CONTOSO)).toContain(
      'The relationship expired: it did not auto-extend, so its auto-extension is read as none.',
    )
    expect(gdapStatusAt(rel, isoDateTime(AT))).toBe('expired')
    // with auto-extension kept, the same end would have moved 180 days on (GDAP-8)
    expect(gdapStatusAt({ ...rel, autoExtendDays: 180 }, isoDateTime(AT))).toBe('active')
  })

  it('leaves out an expired relationship whose end is after the import, or that never activated', () => {
    const late = one({ status: 'expired', endDateTime: '2030-01-01T00:00:00Z' })
    expect(gdap(late, CONTOSO)).toBeUndefined()
    expect(notesOf(late, 'leftOut', CONTOSO)).toEqual([
      "An expired relationship whose end (2030-01-01T00:00:00.000Z) is not at or before the import's date is not read.",
    ])
    const lapsed = one({ status: 'expired', activatedDateTime: null })
    expect(gdap(lapsed, CONTOSO)).toBeUndefined()
  })

  it('reads unreadable dates from the next field, or the import date, with notes', () => {
    const r = one({ createdDateTime: 'yesterday', activatedDateTime: '' })
    expect(gdap(r, CONTOSO)).toMatchObject({ createdAt: AT, activatedAt: '2022-02-10T11:26:44.994Z' })
    expect(notesOf(r, 'unknown', CONTOSO)).toEqual([
      `No readable createdDateTime: the creation is read as the import's date (${AT}).`,
    ])
    expect(notesOf(r, 'inferred', CONTOSO)).toEqual([
      'The activation is read from lastModifiedDateTime (2022-02-10T11:26:44.994Z): the body gives no readable activatedDateTime.',
    ])
  })

  it('reads a relationship without a customer as one any customer may approve (GDAP-4)', () => {
    const r = one({ status: 'created', customer: null, activatedDateTime: null, endDateTime: null })
    expect(gdap(r, CONTOSO)).toMatchObject({ customerTenantId: null, status: 'created' })
  })

  it('reports hostile values without throwing: prototype names, year 9999, control characters, a partner as customer', () => {
    const r = run({
      gdapRelationships: [
        {
          value: [
            contosoWith({ id: 'a', status: 'constructor' }),
            contosoWith({ id: 'b', activatedDateTime: '9999-12-31T00:00:00Z', endDateTime: null }),
            contosoWith({ id: 'c\u0000' }),
            contosoWith({ id: 'd', customer: { tenantId: PROVIDER } }),
            contosoWith({ id: 'e', duration: 'P9999999999D', autoExtendDuration: 'P99999999Y' }),
          ],
        },
      ],
    })
    expect(gdap(r, 'b')?.endsAt).toBe('9999-12-31T23:59:59.999Z')
    expect(['a', 'c\u0000', 'd', 'e'].map((id) => gdap(r, id))).toEqual([undefined, undefined, undefined, undefined])
    expect(r.report.leftOut.map((n) => n.path)).toEqual([
      'gdapRelationships[0].value[0]',
      'gdapRelationships[0].value[2]',
      'gdapRelationships[0].value[3]',
      'gdapRelationships[0].value[4]',
    ])
  })

  it('refuses only a body without an ID, naming it', () => {
    const result = importPartnerCenterWithReport({ at: AT, partner: provider, gdapRelationships: [{ value: [{}] }] })
    expect(E.isLeft(result) && result.left.issues[0]?.path).toContain('gdapRelationships')
  })
})

describe('webhook events (GDAP-4, GDAP-6, GDAP-9, GDAP-11, GDAP-19)', () => {
  const WEBHOOKS = [
    'relationship-approved',
    'relationship-activated',
    'relationship-terminated',
    'relationship-expired',
    'access-assignment-created',
    'access-assignment-activated',
    'access-assignment-updated',
    'access-assignment-deleted',
  ]
  const hook = (name: string) => since(`webhook-gdap-${name}-event.json`)
  /** A webhook body with real IDs in place of the documentation's placeholders. */
  const real = (name: string, changes: Body = {}, assignment = '84c586df-0943-416e-b95f-7289cb8d3bd5'): Body => {
    const body = hook(name)
    const uri = String(body.ResourceUri).replace('{{RelationshipID}}', CONTOSO).replace('{{AssignmentID}}', assignment)
    return { ...body, ResourceUri: uri, ...changes }
  }
  const stateOf = (changes: Body): ProgramState =>
    run({
      gdapRelationships: [contosoWith(changes)],
      gdapAccessAssignments: [{ relationshipId: CONTOSO, body: since('gdap-access-assignments-list-response.json') }],
    }).state
  const pending = stateOf({ status: 'approvalPending', activatedDateTime: null, endDateTime: null })
  const active = stateOf({})

  it.each(WEBHOOKS)('reads the documented %s body (placeholder IDs) as naming an unknown relationship', (name) => {
    const reading = domainEventsOfWebhook(active, hook(name))
    expect(reading).toEqual({
      _tag: 'NotMapped',
      reason: 'unknownRelationship',
      note: 'GDAP relationship {{RelationshipID}} is not in the state.',
    })
  })

  it('maps approval of a request awaiting it onto GdapRelationshipApproved, active for its duration (GDAP-4)', () => {
    const approvedAt = { ResourceChangeUtcDate: '2022-02-11T09:00:00.0000000+01:00' }
    const reading = domainEventsOfWebhook(pending, real('relationship-approved', approvedAt))
    expect(reading).toEqual({
      _tag: 'Mapped',
      events: [
        {
          _tag: 'GdapRelationshipApproved',
          at: '2022-02-11T08:00:00.000Z',
          relationshipId: CONTOSO,
          customerTenantId: '4fdbff88-9d6b-42e0-9713-45c922ba8001',
          endsAt: '2024-02-11T08:00:00.000Z',
        },
      ],
    })
    if (reading._tag !== 'Mapped') return
    const after = reading.events.reduce(evolve, pending)
    expect(gdap(after, CONTOSO)).toMatchObject({ status: 'active', activatedAt: '2022-02-11T08:00:00.000Z' })
    // the activation webhook that follows changes nothing more
    expect(domainEventsOfWebhook(after, real('relationship-activated', approvedAt))).toMatchObject({
      _tag: 'NotMapped',
      reason: 'noChange',
    })
  })

  it('does not map the approval of a request that lapsed 90 days after its lock (GDAP-5)', () => {
    const late = { ResourceChangeUtcDate: '2022-05-12T00:00:00Z' }
    expect(domainEventsOfWebhook(pending, real('relationship-approved', late))).toMatchObject({
      _tag: 'NotMapped',
      reason: 'conflict',
    })
  })

  it('maps termination of an active relationship onto GdapRelationshipTerminated (GDAP-9)', () => {
    const at = { ResourceChangeUtcDate: '2023-01-01T00:00:00Z' }
    const reading = domainEventsOfWebhook(active, real('relationship-terminated', at))
    expect(reading).toEqual({
      _tag: 'Mapped',
      events: [{ _tag: 'GdapRelationshipTerminated', at: '2023-01-01T00:00:00.000Z', relationshipId: CONTOSO }],
    })
    if (reading._tag !== 'Mapped') return
    const after = reading.events.reduce(evolve, active)
    expect(gdap(after, CONTOSO)?.status).toBe('terminated')
    expect(domainEventsOfWebhook(after, real('relationship-terminated', at))).toMatchObject({ reason: 'noChange' })
  })

  it('reads expiry from the dates: no event, and a conflict when the state says otherwise (GDAP-6)', () => {
    const afterEnd = real('relationship-expired', { ResourceChangeUtcDate: '2024-02-10T11:24:42.3148266Z' })
    expect(domainEventsOfWebhook(active, afterEnd)).toEqual({
      _tag: 'NotMapped',
      reason: 'readFromDate',
      note: `Relationship ${CONTOSO} reads expired at 2024-02-10T11:24:42.314Z from its dates (GDAP-6): no event.`,
    })
    // the documented date (2018) is before the relationship's end: the state does not read it expired
    expect(domainEventsOfWebhook(active, real('relationship-expired'))).toMatchObject({
      _tag: 'NotMapped',
      reason: 'conflict',
    })
  })

  it('maps the deletion of a held access assignment onto GdapAccessAssignmentDeleted (GDAP-11)', () => {
    const reading = domainEventsOfWebhook(active, real('access-assignment-deleted'))
    expect(reading).toEqual({
      _tag: 'Mapped',
      events: [
        {
          _tag: 'GdapAccessAssignmentDeleted',
          at: '2018-02-17T00:05:39.548Z',
          relationshipId: CONTOSO,
          assignmentId: '84c586df-0943-416e-b95f-7289cb8d3bd5',
        },
      ],
    })
    if (reading._tag !== 'Mapped') return
    const after = reading.events.reduce(evolve, active)
    expect(gdap(after, CONTOSO)?.accessAssignments[0]?.status).toBe('deleted')
    expect(domainEventsOfWebhook(after, real('access-assignment-deleted'))).toMatchObject({ reason: 'noChange' })
    expect(domainEventsOfWebhook(active, real('access-assignment-deleted', {}, 'other'))).toMatchObject({
      reason: 'unknownAssignment',
    })
  })

  it('asks for the assignment body when the webhook lacks its security group and roles', () => {
    expect(domainEventsOfWebhook(active, real('access-assignment-created', {}, 'new-one'))).toMatchObject({
      reason: 'needsBody',
    })
    expect(domainEventsOfWebhook(active, real('access-assignment-updated'))).toMatchObject({ reason: 'needsBody' })
    expect(domainEventsOfWebhook(active, real('access-assignment-created'))).toMatchObject({ reason: 'noChange' })
    expect(domainEventsOfWebhook(active, real('access-assignment-activated'))).toMatchObject({ reason: 'noChange' })
  })

  it('cannot map the DAP removal webhook: it names neither partner nor customer (GDAP-19)', () => {
    const reading = domainEventsOfWebhook(
      active,
      since('webhook-dap-admin-relationship-terminated-by-microsoft-event.json'),
    )
    expect(reading).toMatchObject({ _tag: 'NotMapped', reason: 'noSubject' })
  })

  it('reports unreadable bodies, unknown events and mismatched resources without throwing', () => {
    const throwing = {
      get EventName(): string {
        throw new Error('no')
      },
    }
    const deep = Array.from({ length: 20_000 }, (_, i) => i)
    for (const body of [null, 42, 'text', {}, { EventName: 7 }, throwing, { EventName: 'x', ResourceUri: deep }])
      expect(domainEventsOfWebhook(emptyState, body)).toMatchObject({ reason: 'unreadable' })
    expect(domainEventsOfWebhook(active, { EventName: 'subscription-updated' })).toMatchObject({
      reason: 'unknownEvent',
    })
    expect(
      domainEventsOfWebhook(active, real('relationship-approved', { ResourceChangeUtcDate: 'soon' })),
    ).toMatchObject({
      reason: 'unreadable',
    })
    // a relationship event naming an assignment, and an assignment event naming none
    const wrong = { ...real('relationship-terminated'), ResourceUri: real('access-assignment-deleted').ResourceUri }
    expect(domainEventsOfWebhook(active, wrong)).toMatchObject({ reason: 'unreadable' })
    const bare = { ...real('access-assignment-deleted'), ResourceUri: real('relationship-terminated').ResourceUri }
    expect(domainEventsOfWebhook(active, bare)).toMatchObject({ reason: 'unreadable' })
    expect(domainEventsOfWebhook(active, { ...real('relationship-terminated'), ResourceUri: null })).toMatchObject({
      reason: 'unreadable',
    })
  })

  it('never throws on the documented bodies against any state, and never changes the state', () => {
    for (const state of [emptyState, pending, active]) {
      const before = JSON.stringify(stateToJson(state))
      for (const name of WEBHOOKS) {
        expect(() => domainEventsOfWebhook(state, real(name))).not.toThrow()
        expect(() => domainEventsOfWebhook(state, hook(name))).not.toThrow()
      }
      expect(JSON.stringify(stateToJson(state))).toBe(before)
    }
  })
})
