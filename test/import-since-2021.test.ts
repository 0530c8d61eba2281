/**
 * Importing the since-2021 Partner Center bodies: new commerce subscriptions (NCE-1, NCE-4, NCE-5,
 * NCE-6, NCE-11, NCE-12, NCE-18) into the model's new commerce terms, and customer agreement lists
 * (MCA-1) into a customer's agreements. Expected values are read off the bodies in
 * test/fixtures/partner-center/since-2021/ (and the parent folder), not off the importer.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  getCustomer,
  getSubscription,
  isNewCommerce,
  isoDateTime,
  ruleSet,
  subscriptionId,
  tenantId,
  type ProgramState,
  type Subscription,
} from '../src/index.js'
import { agreementOnRecord } from '../src/model/customerAgreement.js'
import { importPartnerCenterWithReport, type Imported, type ImportNote } from '../src/partner-center/index.js'
import { CUSTOMER, PROVIDER, fixture } from './fixtures/partner-center/sets.js'

const AT = '2024-02-01T00:00:00.000Z'
const provider = { tenantId: PROVIDER, roles: ['indirectProvider'], region: 'US', mpnId: '4391507' }
/** The customer of the Microsoft 365 Business Basic bodies (their `self` links name it). */
const M365_CUSTOMER = 'd8202a51-69f9-4228-b900-d0e081af17d7'
const M365 = 'a4c1340d-6911-4758-bba3-0c4c6007d161'
/** The customer of the third-party marketplace bodies (the cancel response's `self` link names it). */
const MARKET_CUSTOMER = '5921f00a-32c0-4457-aaa1-e8018c650895'
const MARKET = '6e7aa601-629e-461b-8933-0898c3cc3c7c'

type Body = Record<string, unknown>
const since = (name: string) => fixture(`since-2021/${name}`) as Body
const parent = (name: string) => fixture(name) as Body

const run = (input: Record<string, unknown>, base?: ProgramState): Imported => {
  const result = importPartnerCenterWithReport(
    { at: AT, partner: base === undefined ? provider : { tenantId: PROVIDER }, ...input },
    base,
  )
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left, null, 2))
  return result.right
}
const importBodies = (customer: string, bodies: ReadonlyArray<unknown>, base?: ProgramState): Imported =>
  run({ subscriptions: bodies.map((body) => ({ customerTenantId: customer, body })) }, base)
const sub = (r: Imported, id: string): Subscription | undefined => getSubscription(r.state, subscriptionId(id))
const notes = (r: Imported): ReadonlyArray<ImportNote> => [
  ...r.report.inferred,
  ...r.report.created,
  ...r.report.unknown,
  ...r.report.leftOut,
]

/** The value at a report path (`subscriptions[0].body.refundableQuantity.details[1]`) of `input`. */
const valueAt = (input: unknown, path: string): unknown =>
  path
    .split(/[.[\]]+/)
    .filter((k) => k !== '')
    .reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Body)[k] : undefined), input)

/** A copy of the full NCE body with `changes` made. */
const nce = (changes: Body): Body => ({
  ...since('subscription-update-friendly-name-new-commerce-request.json'),
  ...changes,
})

describe('new commerce subscription bodies (NCE-1, NCE-4, NCE-6, NCE-11, NCE-18)', () => {
  it('NCE-1: the full Microsoft 365 Business Basic body imports as a new commerce subscription', () => {
    const r = importBodies(M365_CUSTOMER, [since('subscription-update-friendly-name-new-commerce-request.json')])
    const s = sub(r, M365)
    expect(s).toMatchObject({
      customerTenantId: M365_CUSTOMER,
      kind: 'licenseBased',
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
      seats: 1,
      status: 'active',
      autoRenew: true,
      partnerOfRecord: null,
    })
    expect(s?.newCommerce).toEqual({
      termDuration: 'P1Y',
      billingCycle: 'monthly',
      commitmentEndDate: '2022-01-13',
      refundableQuantity: null,
      // NCE-4: no cancellationAllowedUntilDate, so refundOptions[0].expiresAt
      cancellationAllowedUntil: '2021-01-15T00:00:00.000Z',
      experience: 'newCommerce',
      // NCE-11: effectiveStartDate
      termStartedAt: '2021-01-14T16:57:14.498Z',
      // NCE-18: isTrial false
      trialEndsAt: null,
    })
    expect(s !== undefined && isNewCommerce(s)).toBe(true)
  })

  it('NCE-6: refundableQuantity.details become seat batches with their reduction window ends', () => {
    const r = importBodies(M365_CUSTOMER, [parent('subscription-get-new-commerce-expired-response.json')])
    expect(sub(r, M365)?.newCommerce?.seatBatches).toEqual([
      { quantity: 10, addedAt: null, refundableUntil: '2021-01-24T20:39:17.182Z' },
    ])
    expect(sub(r, M365)?.status).toBe('expired')
    expect(r.report.read.seatBatches).toBe(1)
  })

  it('NCE-6: a later body with fewer refundable seats replaces the batches it lists', () => {
    const base = importBodies(M365_CUSTOMER, [parent('subscription-get-new-commerce-expired-response.json')]).state
    const r = importBodies(M365_CUSTOMER, [parent('subscription-change-quantity-new-commerce-response.json')], base)
    expect(sub(r, M365)).toMatchObject({ seats: 1, status: 'active' })
    expect(sub(r, M365)?.newCommerce).toMatchObject({
      refundableQuantity: 1,
      seatBatches: [{ quantity: 1, addedAt: null, refundableUntil: '2021-01-24T20:39:17.182Z' }],
    })
  })

  it('NCE-6: a body that gives no refundable quantity keeps the known batches and term start', () => {
    const base = importBodies(M365_CUSTOMER, [parent('subscription-get-new-commerce-expired-response.json')]).state
    const { effectiveStartDate: _e, ...withoutStart } = since('subscription-update-autorenew-new-commerce-request.json')
    const r = importBodies(M365_CUSTOMER, [withoutStart], base)
    expect(sub(r, M365)?.autoRenew).toBe(false)
    expect(sub(r, M365)?.newCommerce).toMatchObject({
      seatBatches: [{ quantity: 10, addedAt: null, refundableUntil: '2021-01-24T20:39:17.182Z' }],
      termStartedAt: '2021-01-14T16:57:14.498Z',
      experience: 'newCommerce',
    })
  })

  it('NCE-4: cancellationAllowedUntilDate, when given, is the window end rather than refundOptions', () => {
    const r = importBodies(M365_CUSTOMER, [nce({ cancellationAllowedUntilDate: '2021-01-21T16:57:14Z' })])
    expect(sub(r, M365)?.newCommerce?.cancellationAllowedUntil).toBe('2021-01-21T16:57:14.000Z')
  })

  it('NCE-4: refundOptions[].expiresAfter is read when expiresAt is absent; the latest option ends the window', () => {
    const r = importBodies(M365_CUSTOMER, [
      nce({
        refundOptions: [
          { type: 'Full', expiresAfter: '2021-01-15T00:00:00Z' },
          { type: 'Partial', expiresAfter: '2021-01-21T16:57:14Z' },
        ],
      }),
    ])
    expect(sub(r, M365)?.newCommerce?.cancellationAllowedUntil).toBe('2021-01-21T16:57:14.000Z')
  })

  it('NCE-18: a trial ends 30 days after its effective start; without one, the day after its commitment end', () => {
    const trial = importBodies(M365_CUSTOMER, [nce({ isTrial: true, quantity: 25 })])
    expect(sub(trial, M365)?.newCommerce?.trialEndsAt).toBe('2021-02-13T16:57:14.498Z')
    const { effectiveStartDate: _e, ...noStart } = nce({ isTrial: true, quantity: 25 })
    const dated = importBodies(M365_CUSTOMER, [noStart])
    expect(sub(dated, M365)?.newCommerce?.trialEndsAt).toBe('2022-01-14T00:00:00.000Z')
  })

  it('NCE-10: status "disabled" imports as disabled, "expired" as expired, "deleted" as cancelled', () => {
    for (const [status, expected] of [
      ['disabled', 'disabled'],
      ['expired', 'expired'],
      ['deleted', 'cancelled'],
    ] as const)
      expect(sub(importBodies(M365_CUSTOMER, [nce({ status })]), M365)?.status, status).toBe(expected)
  })

  it('NCE-1: a list item without a product type is new commerce by its product:SKU:availability offer', () => {
    const { productType: _p, ...item } = nce({})
    const r = importBodies(M365_CUSTOMER, [{ totalCount: 1, items: [item] }])
    expect(sub(r, M365)?.newCommerce?.experience).toBe('newCommerce')
    expect(r.report.inferred.map((n) => n.note)).toContain(
      'New commerce: offer CFQ7TTC0LH18:0001:CFQ7TTC0K971 is a product:SKU:availability ID of a license-based subscription.',
    )
  })

  it('NCE-1: a legacy offer (a GUID) that carries a term is a legacy subscription, not judged by the NCE rules', () => {
    const r = importBodies(CUSTOMER, [
      {
        id: '83ef9d05-4169-4ef9-9657-0e86b1eab1de',
        offerId: '0CCA44D6-68E9-4762-94EE-31ECE98783B9',
        quantity: 3,
        status: 'active',
        billingType: 'license',
        termDuration: 'P1Y',
      },
    ])
    const s = sub(r, '83ef9d05-4169-4ef9-9657-0e86b1eab1de')
    expect(s?.newCommerce?.experience).toBe('legacy')
    expect(s !== undefined && isNewCommerce(s)).toBe(false)
  })

  it('NCE-1: an order line of a product:SKU:availability offer is new commerce', () => {
    const r = run({ orders: [parent('cart-checkout-new-commerce-order-response.json')] })
    expect(sub(r, '0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1')?.newCommerce).toMatchObject({
      termDuration: 'P1M',
      billingCycle: 'monthly',
      experience: 'newCommerce',
    })
  })
})

describe('scheduled changes for the next term (NCE-12)', () => {
  it.each([
    'subscription-scheduled-changes-new-commerce-request.json',
    'subscription-scheduled-changes-new-commerce-response.json',
  ])('%s: scheduledNextTermInstructions become the scheduled changes', (file) => {
    const r = importBodies(MARKET_CUSTOMER, [since(file)])
    const s = sub(r, MARKET)
    expect(s).toMatchObject({ status: 'active', autoRenew: true, seats: 1, offerId: 'DZH318Z0BXWC:0001:DZH318Z0BMJX' })
    expect(s?.newCommerce).toMatchObject({
      termDuration: 'P1M',
      billingCycle: 'monthly',
      commitmentEndDate: '2019-02-08',
      cancellationAllowedUntil: '2019-01-10T00:21:45.926Z',
      termStartedAt: '2019-01-09T00:21:45.926Z',
      // product DG7GMGF0DVSV, SKU 000P, availability DG7GMGF0F3Q9; "Annual" as subscriptions write it
      scheduledChanges: {
        offerId: 'DG7GMGF0DVSV:000P:DG7GMGF0F3Q9',
        seats: 1,
        termDuration: 'P3Y',
        billingCycle: 'annual',
        customTermEndDate: '2019-01-09',
      },
    })
    expect(r.report.read.scheduledChanges).toBe(1)
  })

  it('null instructions mean none; a body without them keeps the known ones', () => {
    const scheduled = since('subscription-scheduled-changes-new-commerce-response.json')
    const base = importBodies(MARKET_CUSTOMER, [scheduled]).state
    const { scheduledNextTermInstructions: _s, ...silent } = scheduled
    expect(sub(importBodies(MARKET_CUSTOMER, [silent], base), MARKET)?.newCommerce?.scheduledChanges).toMatchObject({
      seats: 1,
    })
    const cleared = importBodies(MARKET_CUSTOMER, [{ ...scheduled, scheduledNextTermInstructions: null }], base)
    expect(sub(cleared, MARKET)?.newCommerce?.scheduledChanges).toBeNull()
  })

  it('incomplete instructions are left out with a note at their path, never guessed', () => {
    const scheduled = since('subscription-scheduled-changes-new-commerce-request.json')
    const r = importBodies(MARKET_CUSTOMER, [
      { ...scheduled, scheduledNextTermInstructions: { product: { productId: 'DG7GMGF0DVSV' }, quantity: 0 } },
    ])
    expect(sub(r, MARKET)?.newCommerce?.scheduledChanges).toBeUndefined()
    expect(r.report.leftOut.map((n) => n.path)).toContain('subscriptions[0].body.scheduledNextTermInstructions')
  })
})

describe('a third-party marketplace subscription (isMicrosoftProduct: false)', () => {
  it('the cancel request and response import as a cancelled subscription outside new commerce seat-based offers', () => {
    for (const body of [
      since('subscription-cancel-new-commerce-request.json'),
      parent('subscription-cancel-new-commerce-response.json'),
    ]) {
      const r = importBodies(MARKET_CUSTOMER, [body])
      const s = sub(r, MARKET)
      expect(s).toMatchObject({
        kind: 'licenseBased',
        status: 'cancelled',
        seats: 1,
        autoRenew: false,
        offerId: 'DZH318Z0BXWC:0001:DZH318Z0BMJX',
        createdAt: '2019-01-04T01:00:12.664Z',
      })
      expect(s?.newCommerce).toMatchObject({ termDuration: 'P1M', experience: 'legacy', trialEndsAt: null })
      expect(s !== undefined && isNewCommerce(s)).toBe(false)
      expect(r.report.inferred.map((n) => n.note)).toContain(
        'A third-party marketplace subscription of "publisher Name" (isMicrosoftProduct false): read as outside new commerce seat-based offers (experience legacy).',
      )
    }
  })
})

describe('odd values never throw and are reported', () => {
  const odd = nce({
    effectiveStartDate: 'not a date',
    refundOptions: [{ type: 'Full', expiresAt: '2021-13-45T00:00:00Z' }],
    refundableQuantity: {
      totalQuantity: 4,
      details: [
        { quantity: -2, allowedUntilDateTime: '2021-01-24T20:39:17Z' },
        { quantity: 2.5, allowedUntilDateTime: '2021-01-24T20:39:17Z' },
        { quantity: 3, allowedUntilDateTime: 'yesterday' },
        { quantity: 1 },
        { quantity: 4, allowedUntilDateTime: '2021-01-24T20:39:17Z' },
      ],
    },
  })

  it('NCE-6: batches with a negative or fractional quantity or an unreadable window end are left out; the rest kept', () => {
    const input = { subscriptions: [{ customerTenantId: M365_CUSTOMER, body: odd }] }
    let r: Imported | undefined
    expect(() => {
      r = run(input)
    }).not.toThrow()
    const s = r === undefined ? undefined : sub(r, M365)
    expect(s?.newCommerce?.seatBatches).toEqual([
      { quantity: 4, addedAt: null, refundableUntil: '2021-01-24T20:39:17.000Z' },
    ])
    expect(s?.newCommerce).toMatchObject({ cancellationAllowedUntil: null, refundableQuantity: 4 })
    expect(s?.newCommerce?.termStartedAt).toBeUndefined()
    const paths = r?.report.leftOut.map((n) => n.path)
    for (const k of [0, 1, 2, 3]) expect(paths).toContain(`subscriptions[0].body.refundableQuantity.details[${k}]`)
    expect(r?.report.unknown.map((n) => n.path)).toEqual(
      expect.arrayContaining(['subscriptions[0].body.effectiveStartDate', 'subscriptions[0].body.refundOptions[0]']),
    )
  })

  it('every note names a place in the input and is a sentence', () => {
    const input = {
      at: AT,
      partner: provider,
      subscriptions: [
        { customerTenantId: M365_CUSTOMER, body: odd },
        { customerTenantId: MARKET_CUSTOMER, body: since('subscription-scheduled-changes-new-commerce-request.json') },
      ],
      customerAgreements: [
        { customerTenantId: CUSTOMER, body: { items: [{ type: 'MicrosoftPartnerAgreement', dateAgreed: 'x' }] } },
      ],
    }
    const r = run(input)
    expect(notes(r).length).toBeGreaterThan(5)
    for (const n of notes(r)) {
      expect(valueAt(input, n.path), `${n.path}: ${n.note}`).toBeDefined()
      expect(n.note, n.path).toMatch(/^[A-Z"'r].*[.)]$/)
    }
  })

  it('a PascalCase PATCH body with odd batches reports them at their PascalCase path', () => {
    const body = { Id: M365, Quantity: 2, Status: 'active', RefundableQuantity: { Details: [{ Quantity: 0 }] } }
    const r = run({ subscriptions: [{ customerTenantId: M365_CUSTOMER, body }] })
    expect(r.report.leftOut.map((n) => n.path)).toContain('subscriptions[0].body.RefundableQuantity.Details[0]')
    expect(sub(r, M365)?.newCommerce?.seatBatches).toEqual([])
  })
})

describe('customer agreements (MCA-1)', () => {
  const C = tenantId('c5757d70-06f3-4f23-8367-5a9e55019f94')
  const contact = (email: string) => ({ firstName: 'Tania', lastName: 'Carr', email, phoneNumber: '1234567890' })
  const agreements = (...files: ReadonlyArray<string>) =>
    run({ customerAgreements: files.map((f) => ({ customerTenantId: C, body: parent(f) })) })

  it('MCA-1: an MCA list imports into the customer agreements, each a partner attestation with its contact', () => {
    const r = agreements('customer-agreements-list-mca-response.json')
    expect(getCustomer(r.state, C)?.agreements).toEqual([
      {
        kind: 'microsoftCustomerAgreement',
        dateAgreed: '2019-08-26',
        acceptedBy: 'partnerAttestation',
        attestedBy: null,
        contact: contact('SomeEmail@example.com'),
      },
      {
        kind: 'microsoftCustomerAgreement',
        dateAgreed: '2019-08-27',
        acceptedBy: 'partnerAttestation',
        attestedBy: null,
        contact: contact('SomeEmail@example.com'),
      },
    ])
    expect(r.report.read.customerAgreements).toBe(2)
    expect(r.report.unknown.map((n) => n.note)).toContain(
      'The microsoftCustomerAgreement of 2019-08-26 was attested by a partner the body does not name: attesting partner unknown.',
    )
  })

  it('MCA-1: a Microsoft Cloud Agreement list counts under 2019-10-04 rules, not from 2020-02-01', () => {
    const customer = getCustomer(agreements('customer-agreements-list-response.json').state, C)
    expect(customer?.agreements?.map((a) => [a.kind, a.dateAgreed])).toEqual([
      ['microsoftCloudAgreement', '2018-07-28'],
      ['microsoftCloudAgreement', '2017-08-01'],
    ])
    if (customer === undefined) throw new Error('no customer')
    expect(agreementOnRecord(customer, isoDateTime('2019-12-02T00:00:00Z'), ruleSet('2019-10-04'))).toBe('accepted')
    expect(agreementOnRecord(customer, isoDateTime('2020-03-02T00:00:00Z'), ruleSet('2020-02-01'))).toBe('notAccepted')
  })

  it('two bodies for one customer add up; importing the same body again adds nothing', () => {
    const r = agreements('customer-agreements-list-response.json', 'customer-agreements-list-mca-response.json')
    expect(getCustomer(r.state, C)?.agreements).toHaveLength(4)
    const again = run(
      { customerAgreements: [{ customerTenantId: C, body: parent('customer-agreements-list-mca-response.json') }] },
      r.state,
    )
    expect(getCustomer(again.state, C)?.agreements).toEqual(getCustomer(r.state, C)?.agreements)
  })

  it('a customer body imported after the agreements keeps them; a customer without an agreements body has none recorded', () => {
    const first = agreements('customer-agreements-list-mca-response.json').state
    const r = run(
      { customers: [{ id: C, companyProfile: { companyName: 'Contoso190' }, relationshipToPartner: 'reseller' }] },
      first,
    )
    expect(getCustomer(r.state, C)).toMatchObject({ companyName: 'Contoso190' })
    expect(getCustomer(r.state, C)?.agreements).toHaveLength(2)
    const other = run({ customers: [parent('customer-get-response.json')] })
    expect(getCustomer(other.state, CUSTOMER)).not.toHaveProperty('agreements')
  })

  it('an empty list records none on record; an item accepted directly has no contact; odd items are left out', () => {
    const empty = run({ customerAgreements: [{ customerTenantId: C, body: { totalCount: 0, items: [] } }] })
    expect(getCustomer(empty.state, C)?.agreements).toEqual([])
    const r = run({
      customerAgreements: [
        {
          customerTenantId: C,
          body: {
            items: [
              { type: 'MicrosoftCustomerAgreement', dateAgreed: '2021-05-01T00:00:00Z' },
              { type: 'Unknown', templateId: '117a77b0-9360-443b-8795-c6dedc750cf9', dateAgreed: '2021-05-02' },
              { type: 'MicrosoftPartnerAgreement', dateAgreed: '2021-05-03' },
              { type: 'MicrosoftCustomerAgreement', dateAgreed: 'soon' },
              { type: 'MicrosoftCustomerAgreement', dateAgreed: '2021-05-04', primaryContact: { firstName: 'T' } },
            ],
          },
        },
      ],
    })
    expect(getCustomer(r.state, C)?.agreements).toEqual([
      {
        kind: 'microsoftCustomerAgreement',
        dateAgreed: '2021-05-01',
        acceptedBy: 'customer',
        attestedBy: null,
        contact: null,
      },
      {
        kind: 'microsoftCustomerAgreement',
        dateAgreed: '2021-05-02',
        acceptedBy: 'customer',
        attestedBy: null,
        contact: null,
      },
      {
        kind: 'microsoftCustomerAgreement',
        dateAgreed: '2021-05-04',
        acceptedBy: 'partnerAttestation',
        attestedBy: null,
        contact: null,
      },
    ])
    expect(r.report.leftOut.map((n) => n.path)).toEqual([
      'customerAgreements[0].body.items[2]',
      'customerAgreements[0].body.items[3]',
      'customerAgreements[0].body.items[4]',
    ])
  })
})
