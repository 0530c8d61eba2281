/**
 * Review probes of the Partner Center importer. Every test here fails now because of a real
 * problem; each asserts the behaviour the importer promises (see importPartnerCenter's TSDoc).
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { importPartnerCenter, importPartnerCenterWithReport } from '../src/partner-center/index.js'
import { getPartnership, getRelationship, getSubscription, getTenant } from '../src/model/queries.js'
import { stateFromDocument } from '../src/codec/state.js'
import { documentOf } from '../src/codec/stateCheck.js'
import type { ProgramState } from '../src/model/state.js'
import { snapshot } from '../src/internal/snapshot.js'
import { CUSTOMER, fixture, PROVIDER, RESELLER } from './fixtures/partner-center/sets.js'

const at = '2024-01-01T00:00:00Z'
const partner = { tenantId: PROVIDER, roles: ['indirectProvider'], region: 'US', mpnId: '4391507' }
const ok = <A>(r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) throw new Error(`expected an import, got ${JSON.stringify(r.left).slice(0, 1500)}`)
  return r.right
}
const nce = fixture('subscription-get-new-commerce-expired-response.json') as Record<string, unknown>
const NCE_ID = nce.id as Parameters<typeof getSubscription>[1]
const importNce = (): ProgramState =>
  ok(importPartnerCenter({ at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body: nce }] }))

describe('never throws for any JSON value', () => {
  it('an own "__proto__" key at the top level of the input', () => {
    // JSON.parse makes "__proto__" an own data key. io-ts copies a decoded object with [[Set]]
    // semantics when a field changes (here `at` is normalised), so the own key becomes the
    // decoded value's prototype and the importer then reads the unvalidated inherited
    // `customers: [1]` and throws `Cannot use 'in' operator … in 1` (customers.ts). Fix in
    // importPartnerCenterWithReport (strip/reject own "__proto__" keys, or read own fields only).
    const input = JSON.parse(
      `{"at":"${at}","partner":${JSON.stringify(partner)},"__proto__":{"customers":[1]}}`,
    ) as unknown
    let result: ReturnType<typeof importPartnerCenterWithReport> | undefined
    expect(() => {
      result = importPartnerCenterWithReport(input)
    }).not.toThrow()
    // nothing the input does not hold as its own field is read
    if (result !== undefined && E.isRight(result)) expect(result.right.report.read['customers']).toBeUndefined()
  })
})

describe('merging into a base never replaces a known fact with an unknown one', () => {
  it('newCommerce: a PascalCase PATCH body (suspend) keeps the known new commerce terms', () => {
    // readSubscription builds the subscription afresh; a body with no productType/termDuration
    // gives terms === undefined and the spread drops known.newCommerce (subscriptions.ts).
    const base = importNce()
    const patch = { Id: nce.id, OfferId: nce.offerId, Quantity: 15, Status: 'suspended', AutoRenewEnabled: true }
    const state = ok(
      importPartnerCenter({ at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body: patch }] }, base),
    )
    expect(getSubscription(state, NCE_ID)?.status).toBe('suspended')
    expect(getSubscription(state, NCE_ID)?.newCommerce).toEqual(getSubscription(base, NCE_ID)?.newCommerce)
  })

  it('newCommerce.commitmentEndDate / refundableQuantity: a body that omits them keeps the known values', () => {
    // subscriptionTerms gives null for what a body does not say, and readSubscription does not
    // merge it with known.newCommerce (terms.ts / subscriptions.ts).
    const base = importNce()
    const { refundableQuantity: _r, commitmentEndDate: _c, commitmentEndDateTime: _d, ...rest } = nce
    const state = ok(
      importPartnerCenter({ at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body: rest }] }, base),
    )
    expect(getSubscription(state, NCE_ID)?.newCommerce?.commitmentEndDate).toBe('2022-01-13')
    expect(getSubscription(state, NCE_ID)?.newCommerce?.refundableQuantity).toBe(10)
  })

  it('partnerOfRecord: a subscription body with partnerId "" keeps the partner of record an order named', () => {
    // `partnerOfRecord: value(MpnId, s.partnerId) ?? null` ignores known.partnerOfRecord; Partner
    // Center writes `partnerId: ""` (SHAPES.md) when it does not say (subscriptions.ts).
    const order = {
      id: 'o1',
      referenceCustomerId: CUSTOMER,
      status: 'completed',
      creationDate: at,
      lineItems: [
        { lineItemNumber: 0, offerId: nce.offerId, quantity: 15, subscriptionId: nce.id, partnerIdOnRecord: '4847383' },
      ],
    }
    const base = ok(
      importPartnerCenter({ at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body: nce }], orders: [order] }),
    )
    expect(getSubscription(base, NCE_ID)?.partnerOfRecord).toBe('4847383')
    const state = ok(
      importPartnerCenter(
        { at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body: { ...nce, partnerId: '' } }] },
        base,
      ),
    )
    expect(getSubscription(state, NCE_ID)?.partnerOfRecord).toBe('4847383')
  })

  it('kind / parentId: an add-on re-read from a subscription list (no parent in list items) stays an add-on of its parent', () => {
    // List items never carry parentSubscriptionId (SHAPES.md); subscriptionKindReading then guesses
    // "licenseBased" and parentId becomes null, overwriting the known kind and parent.
    const parent = {
      id: '1C2B75C1-74A5-472A-A729-7F8CEFC477F9',
      offerId: '195416C1-3447-423A-B37B-EE59A99A19C4',
      quantity: 5,
      status: 'active',
      unitType: 'Licenses',
    }
    const addOns = fixture('subscription-addons-list-response.json') as { items: Array<{ id: string }> }
    const base = ok(
      importPartnerCenter({
        at,
        partner,
        subscriptions: [{ customerTenantId: CUSTOMER, body: parent }],
        addOns: [{ customerTenantId: CUSTOMER, parentSubscriptionId: parent.id, body: addOns }],
      }),
    )
    const id = addOns.items[0]!.id.toLowerCase() as Parameters<typeof getSubscription>[1]
    expect(getSubscription(base, id)?.kind).toBe('addOn')
    const state = ok(
      importPartnerCenter({ at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body: addOns }] }, base),
    )
    expect(getSubscription(state, id)?.kind).toBe('addOn')
    expect(getSubscription(state, id)?.parentId).toBe(getSubscription(base, id)?.parentId)
  })

  it('Tenant.internalUse / owner: a customer body keeps an internal-use tenant internal-use', () => {
    // putTenant keeps only a known region; owner and internalUse are reset to null/false by
    // putCustomerTenant for any customer body (entities.ts putTenant).
    const first = ok(importPartnerCenter({ at, partner, customers: [fixture('customer-get-response.json')] }))
    const doc = documentOf(first) as unknown as { tenants: Array<Record<string, unknown>> }
    doc.tenants = doc.tenants.map((x) =>
      x['tenantId'] === CUSTOMER ? { ...x, owner: PROVIDER, internalUse: true } : x,
    )
    const base = stateFromDocument(doc as never)
    const state = ok(importPartnerCenter({ at, partner, customers: [fixture('customer-get-response.json')] }, base))
    expect(getTenant(state, CUSTOMER)).toMatchObject({ owner: PROVIDER, internalUse: true })
  })

  it('ResellerRelationship.channel: a customer body that names no reseller keeps the known channel', () => {
    // For a partner both direct bill and indirect provider, readCustomer sets channel ownChannel()
    // = directBill for any body without associatedPartnerId/filter, replacing the indirectProvider
    // channel a filtered list established (customers.ts relationshipsOf / entities.ts putRelationship).
    const both = { ...partner, roles: ['indirectProvider', 'directBillPartner'] }
    const filtered = fixture('customers-list-filtered-by-indirect-reseller-response.json') as {
      items: Array<Record<string, unknown>>
    }
    const base = ok(
      importPartnerCenter({
        at,
        partner: both,
        indirectResellers: fixture('indirect-resellers-list-response.json'),
        customers: [{ indirectResellerTenantId: RESELLER, body: filtered }],
      }),
    )
    const cid = filtered.items[0]!['id'] as typeof CUSTOMER
    expect(getRelationship(base, PROVIDER, cid)?.channel).toBe('indirectProvider')
    const state = ok(
      importPartnerCenter(
        { at, partner: both, customers: [{ ...filtered.items[0], allowDelegatedAccess: true }] },
        base,
      ),
    )
    expect(getRelationship(state, PROVIDER, cid)?.channel).toBe('indirectProvider')
  })

  it('Subscription.termEnd and ResellerRelationship.azureTenantOwner: facts no body gives survive a re-import', () => {
    // a term renewed in the model (RST-7) and an Azure tenant owner granted in it (PRT-7)
    const base = importNce()
    const doc = documentOf(base)
    const marked = stateFromDocument({
      ...doc,
      subscriptions: doc.subscriptions.map((x) => (x.id === NCE_ID ? { ...x, termEnd: '2026-05-17' as never } : x)),
      relationships: doc.relationships.map((r) => ({ ...r, azureTenantOwner: true })),
    })
    expect(doc.relationships.length).toBeGreaterThan(0)
    const state = ok(
      importPartnerCenter({ at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body: nce }] }, marked),
    )
    expect(getSubscription(state, NCE_ID)?.termEnd).toBe('2026-05-17')
    for (const r of doc.relationships)
      expect(getRelationship(state, r.partnerTenantId, r.customerTenantId)?.azureTenantOwner).toBe(true)
  })

  it('Partnership.status: a list entry whose state is not "Active" does not turn an accepted partnership into a request', () => {
    // partnershipOf reads any non-Active state (e.g. "Terminated") as 'requested' with acceptedAt
    // null: a guess that also deletes the known acceptance date (relationships.ts).
    const list = fixture('indirect-resellers-list-response.json') as { items: Array<Record<string, unknown>> }
    const base = ok(importPartnerCenter({ at, partner, indirectResellers: list }))
    expect(getPartnership(base, PROVIDER, RESELLER)?.status).toBe('active')
    const state = ok(
      importPartnerCenter(
        { at, partner, indirectResellers: { ...list, items: list.items.map((x) => ({ ...x, state: 'Terminated' })) } },
        base,
      ),
    )
    expect(getPartnership(state, PROVIDER, RESELLER)?.status).not.toBe('requested')
  })
})

describe('the report says what was left out, with its path in the input', () => {
  it('order lines: two lines of one order with the same lineItemNumber are both imported or one is reported left out', () => {
    // importOrders keys lines by `${order.id}/${lineItemNumber}`; the second replaces the first in
    // the map and the first vanishes with no note (orders.ts importOrders).
    const order = {
      id: 'o1',
      referenceCustomerId: CUSTOMER,
      status: 'completed',
      creationDate: at,
      lineItems: [
        { lineItemNumber: 0, offerId: 'A:1:1', quantity: 1, subscriptionId: 'a4c1340d-6911-4758-bba3-0c4c6007d161' },
        { lineItemNumber: 0, offerId: 'B:1:1', quantity: 1, subscriptionId: 'b4c1340d-6911-4758-bba3-0c4c6007d161' },
      ],
    }
    const { state, report } = ok(importPartnerCenterWithReport({ at, partner, orders: [order] }))
    const first = getSubscription(state, 'a4c1340d-6911-4758-bba3-0c4c6007d161' as never)
    const noted = report.leftOut.some((n) => n.path === 'orders[0].lineItems[0]')
    expect(first !== undefined || noted).toBe(true)
  })

  it('subscription quantity out of range: the problem is reported at its path in the input', () => {
    // quantity 1e300 fails the whole import with an issue at "subscriptions[0].seats", a path in
    // the built state document, not in the input (subscriptions[0].body.quantity). A quantity of 0
    // on an active subscription is left out with a note; an out-of-range one should be too (or at
    // least be reported at the input path). Fix in readSubscription (and readLine).
    const body = { id: 'a4c1340d-6911-4758-bba3-0c4c6007d161', offerId: 'X', quantity: 1e300, status: 'active' }
    const result = importPartnerCenterWithReport({ at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body }] })
    const paths = E.isRight(result)
      ? result.right.report.leftOut.map((n) => n.path)
      : result.left.issues.map((i) => i.path)
    expect(paths.some((p) => p.startsWith('subscriptions[0].body'))).toBe(true)
  })

  it('PascalCase body: an invalid "Id" is reported at "…body.Id", the key the input has', () => {
    // camelKeys rewrites the keys before decoding, so the issue path names "id", a key the
    // input does not have (commercePayloads.ts / subscriptions.ts readSubscription).
    const result = importPartnerCenterWithReport({
      at,
      partner,
      subscriptions: [{ customerTenantId: CUSTOMER, body: { Id: 'nope', Quantity: 1, Status: 'active' } }],
    })
    expect(E.isLeft(result)).toBe(true)
    if (E.isLeft(result)) expect(result.left.issues.map((i) => i.path)).toContain('subscriptions[0].body.Id')
  })
})

describe('follow-ups of the review', () => {
  it('a dropped "__proto__" key is reported left out at its path', () => {
    const input = JSON.parse(
      `{"at":"${at}","partner":${JSON.stringify(partner)},"__proto__":{"customers":[1]}}`,
    ) as unknown
    const { report } = ok(importPartnerCenterWithReport(input))
    expect(report.leftOut.map((n) => n.path)).toContain('__proto__')
  })

  it('a PascalCase body that does not decode is reported at the keys the input has', () => {
    const body = { Id: nce.id, Quantity: 'a', Status: 'active', Links: { Offer: { Uri: 3 } } }
    const result = importPartnerCenterWithReport({ at, partner, subscriptions: [{ customerTenantId: CUSTOMER, body }] })
    expect(E.isLeft(result) && result.left.issues.map((i) => i.path)).toEqual([
      'subscriptions[0].body.Quantity',
      'subscriptions[0].body.Links.Offer.Uri',
    ])
  })

  it('an input too large to read is a decode error at its path, never a throw', () => {
    const result = importPartnerCenterWithReport({ at, partner, customers: [{ items: [deep(70)] }] })
    expect(E.isLeft(result) && result.left.codec).toBe('PartnerCenterImport')
  })
})

describe('snapshot options', () => {
  it('defaults keep a "__proto__" key as own data; dropKeys drops it and reports its path; maxValues bounds the read', () => {
    const raw = JSON.parse('{"a":{"__proto__":{"b":1}}}') as unknown
    const kept = snapshot(raw)
    expect('ok' in kept && Object.keys((kept.value as { a: object }).a)).toEqual(['__proto__'])
    const paths: string[] = []
    const dropped = snapshot(raw, { dropKeys: new Set(['__proto__']), onDrop: (p) => paths.push(p) })
    expect('ok' in dropped && dropped.value).toEqual({ a: {} })
    expect(paths).toEqual(['a.__proto__'])
    expect(snapshot([1, 2, 3], { maxValues: 3 })).toMatchObject({ _tag: 'SnapshotFailure' })
    expect(snapshot({ a: { b: 1 } }, { maxDepth: 1 })).toMatchObject({ _tag: 'SnapshotFailure', path: 'a' })
  })
})

const deep = (n: number): unknown => (n === 0 ? {} : { x: deep(n - 1) })
