import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  customersOfPartner,
  emptyState,
  getCustomer,
  getPartner,
  getPartnership,
  getRelationship,
  getSubscription,
  getTenant,
  partnershipsOfProvider,
  subscriptionId,
  subscriptionsOfCustomer,
  tenantId,
  type ProgramState,
} from '../src/index.js'
import { importPartnerCenter, importPartnerCenterWithReport } from '../src/partner-center/index.js'
import { CUSTOMER, PROVIDER, RESELLER, fixture, full, parentBody } from './fixtures/partner-center/sets.js'
import { addCustomer, buy, ids, register, step, subs, world } from './support/index.js'

const directOnly = () =>
  register(emptyState, { tenant: ids.direct, mpn: '1000001', name: 'Contoso Direct', roles: ['directBillPartner'] })

const imported = (input: unknown, base?: ProgramState): ProgramState => {
  const result = importPartnerCenter(input, base)
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left, null, 2))
  return result.right
}

describe('importPartnerCenter', () => {
  it('reads the partner from its profiles, MPN profile and MPA status (signed by `at`, the date unknown)', () => {
    const p = getPartner(imported(full), PROVIDER)
    expect(p).toMatchObject({
      name: 'Lucerne Publishing',
      mpnId: '4391507',
      region: 'US',
      primaryContactEmail: 'gena@lucernepublishing.com',
      mpaSignedAt: '2020-03-02T00:00:00.000Z',
      mpaDateUnknown: true,
      indirectProvider: true,
      directBill: { status: 'active' },
    })
  })

  it('reads customers from a single resource and from list envelopes', () => {
    const s = imported(full)
    expect(getCustomer(s, CUSTOMER)).toEqual({
      tenantId: CUSTOMER,
      companyName: '1kl as kjk',
      domain: 'abcdefgh1234.ccsctp.net',
    })
    expect(getTenant(s, CUSTOMER)?.region).toBe('US')
    expect(getCustomer(s, tenantId('b44bb1fb-c595-45b0-9e09-d657365580bf'))?.companyName).toBe('companyName')
    expect(customersOfPartner(s, PROVIDER)).toHaveLength(4)
  })

  it('keeps delegated admin as the API says; list items, which omit it, leave it unknown (null)', () => {
    const s = imported(full)
    expect(getRelationship(s, PROVIDER, CUSTOMER)?.delegatedAdmin).toBe(true)
    expect(getRelationship(s, PROVIDER, tenantId('b44bb1fb-c595-45b0-9e09-d657365580bf'))?.delegatedAdmin).toBeNull()
  })

  it('keeps both IDs of a reseller: tenant ID from associatedPartnerId and relationships, MPN ID from the lists', () => {
    const s = imported(full)
    const wingtip = tenantId('626099fe-17af-4756-9fd0-6a73b7127859')
    expect(getRelationship(s, RESELLER, wingtip)).toMatchObject({
      channel: 'indirectReseller',
      indirectProviderTenantId: PROVIDER,
    })
    expect(getRelationship(s, PROVIDER, wingtip)?.channel).toBe('indirectProvider')
    expect(getPartner(s, RESELLER)).toMatchObject({
      mpnId: '4847383',
      name: 'First Up Consultants',
      region: 'US',
      indirectReseller: { status: 'active' },
    })
    expect(getPartner(s, tenantId('b01b1487-b36e-4e6d-9b5e-0b58974c4b28'))?.region).toBe('BR')
    expect(getPartnership(s, PROVIDER, RESELLER)?.status).toBe('active')
    expect(partnershipsOfProvider(s, PROVIDER)).toHaveLength(2)
    expect(getRelationship(s, RESELLER, CUSTOMER)?.channel).toBe('indirectReseller')
  })

  it('reads subscriptions: kind, seats, status, auto-renew and the partner of record', () => {
    const s = imported(full)
    expect(subscriptionsOfCustomer(s, CUSTOMER)).toHaveLength(4)
    expect(getSubscription(s, subscriptionId('968ba1cf-c146-4adf-a300-308dcf718eee'))).toMatchObject({
      kind: 'addOn',
      parentId: '1c2b75c1-74a5-472a-a729-7f8cefc477f9',
      seats: 2,
      autoRenew: true,
      billedBy: PROVIDER,
    })
    expect(getSubscription(s, subscriptionId('a356ac8c-e310-44f4-bf85-c7f29044af99'))).toMatchObject({
      kind: 'azure',
      offerId: 'MS-AZR-0145P',
    })
    expect(getSubscription(s, subscriptionId('83ef9d05-4169-4ef9-9657-0e86b1eab1de'))).toMatchObject({
      kind: 'licenseBased',
      createdAt: '2015-11-25T06:41:12.000Z',
      partnerOfRecord: null,
    })
    const withPor = imported({
      ...full,
      subscriptions: [
        parentBody,
        {
          customerTenantId: CUSTOMER,
          body: {
            ...(fixture('subscription-get-addon-license-billing-response.json') as object),
            partnerId: '4847383',
          },
        },
      ],
    })
    expect(getSubscription(withPor, subscriptionId('968ba1cf-c146-4adf-a300-308dcf718eee'))?.partnerOfRecord).toBe(
      '4847383',
    )
  })

  it('reads an unsigned MPA as not signed', () => {
    const s = imported({ ...full, mpaAgreementStatus: { isAgreementSigned: false } })
    expect(getPartner(s, PROVIDER)?.mpaSignedAt).toBeNull()
  })

  it('merges into an existing state, keeping what it already holds', () => {
    // the direct bill partner of the world with its customer: the world's First Up Consultants holds
    // the MPN ID the imported First Up holds under another tenant ID (see the next test)
    const base = step(buy(addCustomer(directOnly(), ids.direct, ids.customer), ids.direct, ids.customer, subs.license))
    const s = imported(full, base)
    expect(getPartner(s, tenantId('11111111-1111-4111-8111-111111111111'))).toBe(
      getPartner(base, tenantId('11111111-1111-4111-8111-111111111111')),
    )
    expect(getPartner(s, PROVIDER)?.name).toBe('Lucerne Publishing')
  })

  it('MOD-2: refuses a merge that gives one MPN ID to two partner tenants, naming the paths', () => {
    const result = importPartnerCenter(full, world())
    if (E.isRight(result)) throw new Error('expected the import to be refused')
    expect(result.left.codec).toBe('ProgramState')
    expect(result.left.issues.map((i) => i.path)).toEqual(['partners[5].mpnId', 'partners[5].locationMpnIds[0]'])
    expect(result.left.issues[0]?.expected).toMatch(/^MOD-2: MPN ID 4847383 of partner 484e548c/)
  })

  it('gives a typed decode error naming a missing required field', () => {
    const { companyProfile: _omit, ...withoutProfile } = fixture('customer-get-response.json') as Record<
      string,
      unknown
    >
    const result = importPartnerCenter({ ...full, customers: [withoutProfile] })
    expect(E.isLeft(result) && result.left.issues.map((i) => i.path)).toEqual(['customers[0].companyProfile'])
  })

  it('refuses an error body in place of a resource, naming the field', () => {
    const result = importPartnerCenter({ ...full, mpnProfile: fixture('errors/mpn-profile-3000-not-found.json') })
    expect(E.isLeft(result) && result.left.issues).toEqual([
      { path: 'mpnProfile.mpnId', expected: 'string', received: 'nothing (the field is missing)', kind: 'invalid' },
    ])
  })

  it('reads the MPA status error 2203 (not signed) as not signed', () => {
    const s = imported({ ...full, mpaAgreementStatus: fixture('errors/mpa-status-2203-mpa-not-signed.json') })
    expect(getPartner(s, PROVIDER)).toMatchObject({ mpaSignedAt: null })
    expect(getPartner(s, PROVIDER)?.mpaDateUnknown).toBeUndefined()
  })

  it('needs a region and an MPN ID for a new partner', () => {
    const result = importPartnerCenter({
      at: '2020-03-02T00:00:00Z',
      partner: { tenantId: PROVIDER, roles: ['indirectProvider'] },
    })
    expect(E.isLeft(result) && result.left.issues.map((i) => i.path)).toEqual(['partner.region', 'partner.mpnId'])
  })
})

describe('importPartnerCenter: orders and support contacts', () => {
  const ADDON = subscriptionId('968ba1cf-c146-4adf-a300-308dcf718eee')

  it("PRT-5: an order line's partnerIdOnRecord (the reseller's MPN ID) becomes the partner of record", () => {
    // the customer the order is for, as the provider's customer list holds it (no fixture lists it)
    const orderCustomer = {
      id: 'c501c3c4-d776-40ef-9ecf-9cefb59442c1',
      companyProfile: { companyName: 'Wingtip Toys', address: { country: 'US' } },
      relationshipToPartner: 'reseller',
      associatedPartnerId: RESELLER,
    }
    const s = imported({
      ...full,
      customers: [...full.customers, orderCustomer],
      orders: [fixture('order-create-indirect-reseller-customer-response.json')],
    })
    expect(getSubscription(s, subscriptionId('42226ed6-070a-4e0f-b80c-4cdfb3e97aa7'))).toMatchObject({
      customerTenantId: 'c501c3c4-d776-40ef-9ecf-9cefb59442c1',
      kind: 'licenseBased',
      seats: 5,
      partnerOfRecord: '4847383',
      billedBy: PROVIDER,
      createdAt: '2017-04-10T23:02:25.983Z',
    })
  })

  it('an order line for a subscription already imported keeps it and reads the add-on parent', () => {
    // the order is for the add-on's customer (the fixture names another one), and brings its parent
    const s = imported({
      ...full,
      subscriptions: full.subscriptions.filter((x) => x !== parentBody),
      orders: [{ ...(fixture('order-patch-purchase-addon-response.json') as object), referenceCustomerId: CUSTOMER }],
    })
    expect(getSubscription(s, ADDON)).toMatchObject({ kind: 'addOn', seats: 2, customerTenantId: CUSTOMER })
    expect(getSubscription(s, subscriptionId('1c2b75c1-74a5-472a-a729-7f8cefc477f9'))).toMatchObject({
      kind: 'licenseBased',
      seats: 5,
    })
  })

  it("PRT-7: a support contact body sets the subscription's support contact (tenant ID)", () => {
    const s = imported({
      ...full,
      supportContacts: [{ subscriptionId: ADDON, body: fixture('subscription-support-contact-get-response.json') }],
    })
    expect(getSubscription(s, ADDON)?.supportContact).toBe('3b33e682-00c3-41ee-9dd2-a548adf56438')
  })

  it('a support contact for an unknown subscription is left out, with a note naming it', () => {
    const result = importPartnerCenterWithReport({
      ...full,
      supportContacts: [
        {
          subscriptionId: 'a0000000-0000-4000-8000-000000000001',
          body: fixture('subscription-support-contact-get-response.json'),
        },
      ],
    })
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
    expect(result.right.report.leftOut).toContainEqual({
      path: 'supportContacts[0]',
      subject: 'a0000000-0000-4000-8000-000000000001',
      note: 'No subscription a0000000-0000-4000-8000-000000000001 is imported or held: not read.',
    })
  })
})
