/**
 * Every Partner Center response shape in test/fixtures/partner-center/ imports, with what was read
 * from it; a fixture that no test reads fails the first test (request and error bodies that are not
 * read are allow-listed with the reason).
 */
import { readdirSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  getCustomer,
  getGdapRelationship,
  getPartner,
  getPartnership,
  getRelationship,
  getSubscription,
  getTenant,
  stateToJson,
  subscriptionId,
  tenantId,
  type ProgramState,
  type Subscription,
} from '../src/index.js'
import { importPartnerCenterWithReport, lineSubscriptionId, type Imported } from '../src/partner-center/index.js'
import { CUSTOMER, PROVIDER, RELECLOUD, RESELLER, fixture, parentBody } from './fixtures/partner-center/sets.js'

const AT = '2024-02-01T00:00:00.000Z'
const provider = { tenantId: PROVIDER, roles: ['indirectProvider'], region: 'US', mpnId: '4391507' }

const run = (input: Record<string, unknown>, base?: ProgramState): Imported => {
  const result = importPartnerCenterWithReport(
    base === undefined
      ? { at: AT, partner: provider, ...input }
      : { at: AT, partner: { tenantId: PROVIDER }, ...input },
    base,
  )
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left, null, 2))
  return result.right
}

/** The provider with its indirect resellers, the state most shapes are merged into. */
const BASE = run({
  mpaAgreementStatus: fixture('mpa-agreement-status-response.json'),
  indirectResellers: fixture('indirect-resellers-list-response.json'),
}).state

const sub = ({ state }: Imported, id: string): Subscription | undefined => getSubscription(state, subscriptionId(id))
const notes = (r: Imported, kind: 'inferred' | 'created' | 'unknown' | 'leftOut') => r.report[kind].map((n) => n.note)
const C = (id: string) => tenantId(id)

/** One fixture's reading: the input that carries it, and what must have been read. */
interface Shape {
  readonly input: (body: unknown) => Record<string, unknown>
  /** Merged into {@link BASE} (the default), or imported on its own with the provider's fields. */
  readonly alone?: true
  readonly check: (r: Imported) => void
}

const customer = (body: unknown) => ({ customers: [body] })
const subscriptionOf = (customerTenantId: string) => (body: unknown) => ({
  subscriptions: [{ customerTenantId, body }],
})
const order = (body: unknown) => ({ orders: [body] })
const B0D7 = 'b0d70a69-4c42-4b27-b17b-91a835d8686a'
const C501 = 'c501c3c4-d776-40ef-9ecf-9cefb59442c1'

/** The relationship of the Graph get, create and update bodies. */
const CONTOSO_GDAP = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836'
const gdapOf = ({ state }: Imported, id = CONTOSO_GDAP) => getGdapRelationship(state, id)
const gdapBody = (body: unknown) => ({ gdapRelationships: [body] })
const assignmentsOf = (body: unknown) => ({
  gdapRelationships: [fixture('since-2021/gdap-relationship-get-response.json')],
  gdapAccessAssignments: [{ relationshipId: CONTOSO_GDAP, body }],
})

/** The Microsoft Graph GDAP bodies (import-gdap.test.ts reads them in detail). */
const GDAP_SHAPES: Readonly<Record<string, Shape>> = {
  'since-2021/gdap-relationship-get-response.json': {
    input: gdapBody,
    check: (r) => {
      expect(gdapOf(r)).toMatchObject({
        status: 'active',
        durationDays: 730,
        autoExtendDays: 0,
        partnerTenantId: PROVIDER,
      })
      expect(r.report.read.gdapRelationships).toBe(1)
    },
  },
  'since-2021/gdap-relationships-list-response.json': {
    input: gdapBody,
    check: (r) => {
      expect(gdapOf(r)?.autoExtendDays).toBe(180)
      expect(gdapOf(r, '1041ef52-a99b-4245-a3be-cbd3fa7c5ed1-8777b240-c6f0-4469-9e98-a3205431b836')?.status).toBe(
        'terminated',
      )
      // the reseller relationship names an indirect provider the state does not hold
      expect(r.report.leftOut.map((n) => n.path)).toEqual(['gdapRelationships[0].value[2]'])
      expect(r.report.read.gdapRelationships).toBe(3)
    },
  },
  'since-2021/gdap-relationship-create-response.json': {
    input: gdapBody,
    check: (r) => expect(gdapOf(r)).toMatchObject({ status: 'created', autoExtendDays: 180, activatedAt: null }),
  },
  'since-2021/gdap-relationship-update-response.json': {
    input: gdapBody,
    check: (r) => expect(gdapOf(r)).toMatchObject({ status: 'created', durationDays: 31 }),
  },
  'since-2021/gdap-access-assignments-list-response.json': {
    input: assignmentsOf,
    check: (r) => expect(gdapOf(r)?.accessAssignments.map((a) => a.status)).toEqual(['active', 'active']),
  },
  'since-2021/gdap-access-assignment-get-response.json': {
    input: assignmentsOf,
    check: (r) => expect(gdapOf(r)?.accessAssignments[0]?.securityGroupId).toBe('227a2f44-2682-4831-a021-f8d69a34bcba'),
  },
  'since-2021/gdap-access-assignment-create-response.json': {
    input: assignmentsOf,
    check: (r) => expect(gdapOf(r)?.accessAssignments[0]?.status).toBe('pending'),
  },
}

const SHAPES: Readonly<Record<string, Shape>> = {
  'customer-get-response.json': {
    input: customer,
    check: (r) => {
      expect(getCustomer(r.state, CUSTOMER)).toEqual({
        tenantId: CUSTOMER,
        companyName: '1kl as kjk',
        domain: 'abcdefgh1234.ccsctp.net',
      })
      expect(getTenant(r.state, CUSTOMER)?.region).toBe('US')
      expect(getRelationship(r.state, PROVIDER, CUSTOMER)).toMatchObject({
        delegatedAdmin: true,
        channel: 'indirectProvider',
      })
      expect(r.report.read.customers).toBe(1)
    },
  },
  'customers-list-response.json': {
    input: customer,
    check: (r) => {
      const id = C('45c44870-ef77-4fdd-b6fe-3dacb075cff2')
      expect(getCustomer(r.state, id)?.companyName).toBe('companyName')
      expect(getTenant(r.state, id)?.region).toBeNull()
      expect(getRelationship(r.state, PROVIDER, id)?.delegatedAdmin).toBeNull()
      expect(r.report.read.customers).toBe(2)
      expect(r.report.unknown.filter((n) => n.subject === id).map((n) => n.path)).toEqual([
        'customers[0].items[1]',
        'customers[0].items[1]',
      ])
    },
  },
  'customers-list-filtered-by-domain-response.json': {
    input: customer,
    check: (r) => {
      expect(getCustomer(r.state, C('c5757d70-06f3-4f23-8367-5a9e55019f94'))?.companyName).toBe('Contoso190')
      expect(getCustomer(r.state, C('bfbd6ef0-311f-47ec-bbd7-0fcb7846661b'))?.domain).toBe(
        'contosocorpdemo.onmicrosoft.com',
      )
      expect(r.report.read.customers).toBe(3)
    },
  },
  'customers-list-filtered-by-indirect-reseller-response.json': {
    input: (body) => ({ customers: [{ indirectResellerTenantId: RESELLER, body }] }),
    check: (r) => {
      const id = C('53eb21cb-6b2d-4ee5-9e92-27dfc927e93c')
      expect(getRelationship(r.state, RESELLER, id)).toMatchObject({
        channel: 'indirectReseller',
        indirectProviderTenantId: PROVIDER,
        delegatedAdmin: null,
      })
      expect(getRelationship(r.state, PROVIDER, id)?.channel).toBe('indirectProvider')
      expect(r.report.read.customers).toBe(2)
    },
  },
  'customer-create-response.json': {
    input: customer,
    check: (r) => {
      const id = C('dfd8cc0a-c592-468c-8461-869a38d24738')
      expect(getCustomer(r.state, id)).toEqual({ tenantId: id, companyName: 'test company', domain: 'xyz.ccsctp.net' })
      expect(getTenant(r.state, id)?.region).toBe('US')
      expect(getRelationship(r.state, PROVIDER, id)).toMatchObject({ origin: 'customerCreation', delegatedAdmin: null })
      expect(notes(r, 'inferred')).toContain(
        'Company name read from the billing profile: the company profile has none.',
      )
      expect(notes(r, 'leftOut')).toContain("The new admin's user name and password are not kept.")
      expect(JSON.stringify(stateToJson(r.state))).not.toContain('=;;n.=s9Z')
    },
  },
  'customer-create-indirect-reseller-response.json': {
    input: customer,
    check: (r) => {
      const id = C('626099fe-17af-4756-9fd0-6a73b7127859')
      expect(getRelationship(r.state, RESELLER, id)).toMatchObject({
        channel: 'indirectReseller',
        delegatedAdmin: true,
      })
      expect(getRelationship(r.state, PROVIDER, id)).toMatchObject({
        channel: 'indirectProvider',
        delegatedAdmin: true,
      })
      expect(getCustomer(r.state, id)?.companyName).toBe('Wingtip Toys678152504')
    },
  },
  'customer-company-profile-get-response.json': {
    input: (body) => ({ customerCompanyProfiles: [body] }),
    check: (r) => {
      const id = C('4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04')
      expect(getCustomer(r.state, id)?.companyName).toBe('DT Demo CSP Customer 005')
      expect(getTenant(r.state, id)?.region).toBe('US')
      expect(getRelationship(r.state, PROVIDER, id)?.delegatedAdmin).toBeNull()
    },
  },
  'customer-billing-profile-get-response.json': {
    input: (body) => ({ customerBillingProfiles: [{ customerTenantId: C501, body }] }),
    check: (r) => {
      expect(getCustomer(r.state, C(C501))?.companyName).toBe('CompanyName')
      expect(getTenant(r.state, C(C501))?.region).toBe('US')
      expect(r.report.read.customerBillingProfiles).toBe(1)
    },
  },
  'customer-remove-reseller-relationship-response.json': {
    input: (body) => ({
      customers: [fixture('customer-get-response.json')],
      customerUpdates: [{ customerTenantId: CUSTOMER, body }],
    }),
    check: (r) => {
      expect(getRelationship(r.state, PROVIDER, CUSTOMER)).toBeUndefined()
      expect(getCustomer(r.state, CUSTOMER)).toBeDefined()
      expect(r.report.leftOut.map((n) => n.path)).toEqual(['customerUpdates[0]'])
    },
  },
  'customer-agreements-list-response.json': {
    input: (body) => ({ customerAgreements: [{ customerTenantId: CUSTOMER, body }] }),
    check: (r) => {
      expect(r.report.read.customerAgreements).toBe(2)
      expect(getCustomer(r.state, CUSTOMER)?.agreements?.map((a) => [a.kind, a.dateAgreed, a.acceptedBy])).toEqual([
        ['microsoftCloudAgreement', '2018-07-28', 'partnerAttestation'],
        ['microsoftCloudAgreement', '2017-08-01', 'partnerAttestation'],
      ])
    },
  },
  'customer-agreements-list-mca-response.json': {
    input: (body) => ({ customerAgreements: [{ customerTenantId: CUSTOMER, body }] }),
    check: (r) => {
      expect(r.report.read.customerAgreements).toBe(2)
      expect(getCustomer(r.state, CUSTOMER)?.agreements?.[1]).toMatchObject({
        kind: 'microsoftCustomerAgreement',
        dateAgreed: '2019-08-27',
        contact: { firstName: 'Tania', lastName: 'Carr', email: 'SomeEmail@example.com', phoneNumber: '1234567890' },
      })
    },
  },
  'customer-relationships-response.json': {
    input: (body) => ({ customerRelationships: [{ customerTenantId: CUSTOMER, body }] }),
    check: (r) => {
      expect(getRelationship(r.state, RESELLER, CUSTOMER)).toMatchObject({
        channel: 'indirectReseller',
        indirectProviderTenantId: PROVIDER,
        delegatedAdmin: null,
      })
      expect(getCustomer(r.state, CUSTOMER)?.companyName).toBe(`Customer ${CUSTOMER}`)
      expect(r.report.created.map((n) => n.subject)).toEqual([CUSTOMER, CUSTOMER])
    },
  },
  'indirect-resellers-list-response.json': {
    input: (body) => ({ indirectResellers: body }),
    alone: true,
    check: (r) => {
      expect(getPartnership(r.state, PROVIDER, RESELLER)).toMatchObject({ status: 'active', acceptedAt: AT })
      expect(getPartner(r.state, RELECLOUD)).toMatchObject({ region: 'BR', mpnId: '4847433', mpaSignedAt: null })
      expect(getPartner(r.state, RELECLOUD)?.mpaDateUnknown).toBe(true)
      expect(r.report.read.indirectResellers).toBe(2)
    },
  },
  'mpa-agreement-status-response.json': {
    input: (body) => ({ resellerMpaStatuses: [{ mpnId: '4847383', body }] }),
    check: (r) => {
      expect(getPartner(r.state, RESELLER)).toMatchObject({ mpaSignedAt: AT, mpaDateUnknown: true })
    },
  },
  'errors/mpa-status-2203-mpa-not-signed.json': {
    input: (body) => ({ resellerMpaStatuses: [{ tenantId: RELECLOUD, body }] }),
    check: (r) => {
      expect(getPartner(r.state, RELECLOUD)?.mpaSignedAt).toBeNull()
      expect(getPartner(r.state, RELECLOUD)?.mpaDateUnknown).toBeUndefined()
    },
  },
  'mpn-profile-get-response.json': {
    input: (body) => ({ partner: { tenantId: PROVIDER, roles: ['indirectProvider'], region: 'US' }, mpnProfile: body }),
    alone: true,
    check: (r) => expect(getPartner(r.state, PROVIDER)).toMatchObject({ mpnId: '4391507', name: 'Microsoft Partner' }),
  },
  'mpn-profile-own-get-response.json': {
    input: (body) => ({ mpnProfile: body }),
    alone: true,
    check: (r) => {
      expect(getPartner(r.state, PROVIDER)?.mpnId).toBe('4391507')
      expect(r.report.leftOut.map((n) => n.path)).toEqual(['mpnProfile.mpnId'])
    },
  },
  'partner-organization-profile-get-response.json': {
    input: (body) => ({
      partner: { tenantId: PROVIDER, roles: ['indirectProvider'], mpnId: '4391507' },
      organizationProfile: body,
    }),
    alone: true,
    check: (r) =>
      expect(getPartner(r.state, PROVIDER)).toMatchObject({
        name: 'TEST_TEST_BugBash1',
        region: 'US',
        primaryContactEmail: 'test-partner@microsoft.com',
      }),
  },
  'partner-legal-business-profile-get-response.json': {
    input: (body) => ({
      partner: { tenantId: PROVIDER, roles: ['indirectProvider'], mpnId: '4391507' },
      legalBusinessProfile: body,
    }),
    alone: true,
    check: (r) =>
      expect(getPartner(r.state, PROVIDER)).toMatchObject({
        name: 'Lucerne Publishing',
        region: 'US',
        primaryContactEmail: 'gena@lucernepublishing.com',
      }),
  },
  'subscription-support-contact-get-response.json': {
    input: (body) => ({
      ...subscriptionOf(C501)(fixture('subscriptions-list-by-partner-response.json')),
      supportContacts: [{ subscriptionId: '42226ED6-070A-4E0F-B80C-4CDFB3E97AA7', body }],
    }),
    check: (r) => expect(sub(r, '42226ed6-070a-4e0f-b80c-4cdfb3e97aa7')?.supportContact).toBe(PROVIDER),
  },
  'subscriptions-list-response.json': {
    input: subscriptionOf(CUSTOMER),
    check: (r) =>
      expect(sub(r, '83ef9d05-4169-4ef9-9657-0e86b1eab1de')).toEqual({
        id: '83ef9d05-4169-4ef9-9657-0e86b1eab1de',
        customerTenantId: CUSTOMER,
        kind: 'licenseBased',
        parentId: null,
        offerId: '0CCA44D6-68E9-4762-94EE-31ECE98783B9',
        seats: 1,
        status: 'active',
        autoRenew: false,
        billedBy: PROVIDER,
        partnerOfRecord: null,
        supportContact: null,
        createdAt: '2015-11-25T06:41:12.000Z',
      }),
  },
  'subscription-get-addon-license-billing-response.json': {
    input: (body) => ({ subscriptions: [parentBody, { customerTenantId: CUSTOMER, body }] }),
    check: (r) =>
      expect(sub(r, '968ba1cf-c146-4adf-a300-308dcf718eee')).toMatchObject({
        kind: 'addOn',
        parentId: '1c2b75c1-74a5-472a-a729-7f8cefc477f9',
        seats: 2,
      }),
  },
  'subscription-get-legacy-azure-usage-billing-response.json': {
    input: subscriptionOf(CUSTOMER),
    check: (r) => {
      const s = sub(r, 'a356ac8c-e310-44f4-bf85-c7f29044af99')
      expect(s).toMatchObject({ kind: 'azure', seats: 1, offerId: 'MS-AZR-0145P' })
      expect(s?.newCommerce).toBeUndefined()
    },
  },
  'subscription-get-new-commerce-expired-response.json': {
    input: subscriptionOf('d8202a51-69f9-4228-b900-d0e081af17d7'),
    check: (r) =>
      expect(sub(r, 'a4c1340d-6911-4758-bba3-0c4c6007d161')).toMatchObject({
        kind: 'licenseBased',
        status: 'expired',
        seats: 15,
        newCommerce: {
          termDuration: 'P1Y',
          billingCycle: 'monthly',
          commitmentEndDate: '2022-01-13',
          refundableQuantity: 10,
          // no cancellationAllowedUntilDate: the end of refundOptions[0] (expiresAt)
          cancellationAllowedUntil: '2021-01-15T00:00:00.000Z',
          seatBatches: [{ quantity: 10, addedAt: null, refundableUntil: '2021-01-24T20:39:17.182Z' }],
        },
      }),
  },
  'subscriptions-list-software-response.json': {
    input: subscriptionOf('954ca09a-1132-4088-bb58-30438dea2756'),
    check: (r) =>
      expect(sub(r, '924671ba-eab9-45d7-95ed-dbd9477f182b')).toMatchObject({
        kind: 'softwareSubscription',
        newCommerce: {
          termDuration: 'P3Y',
          billingCycle: 'triennial',
          commitmentEndDate: '2024-10-14',
          cancellationAllowedUntil: '2021-11-14T23:59:00.000Z',
        },
      }),
  },
  'subscription-addons-list-response.json': {
    input: (body) => ({
      ...subscriptionOf(C501)(fixture('subscriptions-list-by-partner-response.json')),
      addOns: [{ customerTenantId: C501, parentSubscriptionId: '42226ED6-070A-4E0F-B80C-4CDFB3E97AA7', body }],
    }),
    check: (r) => {
      expect(sub(r, '83ef9d05-4169-4ef9-9657-0e86b1eab1de')).toMatchObject({
        kind: 'addOn',
        parentId: '42226ed6-070a-4e0f-b80c-4cdfb3e97aa7',
        customerTenantId: C501,
      })
      expect(r.report.read.addOns).toBe(1)
    },
  },
  'subscriptions-list-by-order-response.json': {
    input: subscriptionOf(CUSTOMER),
    check: (r) => expect(sub(r, '83ef9d05-4169-4ef9-9657-0e86b1eab1de')).toMatchObject({ kind: 'licenseBased' }),
  },
  'subscriptions-list-by-partner-response.json': {
    input: subscriptionOf(C501),
    check: (r) =>
      expect(sub(r, '42226ed6-070a-4e0f-b80c-4cdfb3e97aa7')).toMatchObject({ partnerOfRecord: '4847383', seats: 5 }),
  },
  'subscription-suspend-response.json': {
    input: subscriptionOf(CUSTOMER),
    check: (r) => {
      expect(sub(r, '83ef9d05-4169-4ef9-9657-0e86b1eab1de')).toMatchObject({ status: 'suspended', seats: 2 })
      expect(notes(r, 'inferred')).toContain(
        'A PascalCase PATCH body, read with camelCase keys (it may echo the request).',
      )
    },
  },
  'subscription-cancel-new-commerce-response.json': {
    input: subscriptionOf('5921f00a-32c0-4457-aaa1-e8018c650895'),
    check: (r) =>
      expect(sub(r, '6e7aa601-629e-461b-8933-0898c3cc3c7c')).toMatchObject({
        kind: 'licenseBased',
        status: 'cancelled',
        newCommerce: { termDuration: 'P1M', commitmentEndDate: '2019-02-08' },
      }),
  },
  'subscription-change-quantity-new-commerce-response.json': {
    input: subscriptionOf('d8202a51-69f9-4228-b900-d0e081af17d7'),
    check: (r) =>
      expect(sub(r, 'a4c1340d-6911-4758-bba3-0c4c6007d161')).toMatchObject({
        status: 'active',
        seats: 1,
        newCommerce: { refundableQuantity: 1 },
      }),
  },
  'subscription-patch-software-billing-frequency-response.json': {
    input: subscriptionOf('1f53d7b3-cd04-43a3-a09f-e52f3eb3c205'),
    check: (r) =>
      expect(sub(r, 'd3b7c9a2-9a4b-40b2-b075-6e442909e3e7')).toMatchObject({
        kind: 'softwareSubscription',
        newCommerce: { billingCycle: 'triennial', cancellationAllowedUntil: '2021-10-14T23:59:00.000Z' },
      }),
  },
  'subscription-get-savings-plan-response.json': {
    input: subscriptionOf('6f4ce4d8-f42e-45e0-8661-92ad6ac9d003'),
    check: (r) => {
      expect(sub(r, 'a67afaf0-2f79-4c12-8fd1-6005ed24bb28')).toMatchObject({
        kind: 'reservation',
        newCommerce: { billingCycle: 'one_time', commitmentEndDate: '2024-05-17' },
      })
      expect(notes(r, 'inferred')[0]).toMatch(/^An Azure savings plan/)
    },
  },
  'subscriptions-list-savings-plan-response.json': {
    input: subscriptionOf('6f4ce4d8-f42e-45e0-8661-92ad6ac9d003'),
    check: (r) => expect(sub(r, 'a67afaf0-2f79-4c12-8fd1-6005ed24bb28')?.kind).toBe('reservation'),
  },
  'orders-list-response.json': {
    input: order,
    check: (r) => {
      expect(sub(r, lineSubscriptionId('9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1', 0))).toMatchObject({
        kind: 'reservation',
        customerTenantId: B0D7,
        offerId: 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL',
        status: 'active',
      })
      expect(sub(r, 'db8c695b-1c3c-4c55-b697-771503dd46bf')?.kind).toBe('licenseBased')
      expect(r.report.read).toMatchObject({ orders: 2, orderLines: 2 })
      expect(getCustomer(r.state, C(B0D7))?.companyName).toBe(`Customer ${B0D7}`)
    },
  },
  'orders-list-by-billing-cycle-onetime-response.json': {
    input: order,
    check: (r) =>
      expect(sub(r, lineSubscriptionId('s-BZlr_TeGksPNT61SsWRL-sqMaKbyVa1', 0))).toMatchObject({
        kind: 'reservation',
        newCommerce: { billingCycle: 'one_time', termDuration: null },
      }),
  },
  'order-get-azure-reservation-response.json': {
    input: order,
    check: (r) =>
      expect(sub(r, lineSubscriptionId('YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1', 0))).toMatchObject({
        kind: 'reservation',
        status: 'active',
        createdAt: '2018-03-13T22:49:54.339Z',
      }),
  },
  'order-create-azure-reservation-response.json': {
    input: order,
    check: (r) =>
      expect(sub(r, lineSubscriptionId('Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1', 0))).toMatchObject({
        kind: 'reservation',
        offerId: '84A03D81-6B37-4D66-8D4A-FAEA24541538',
      }),
  },
  'order-create-partner-on-record-attestation-response.json': {
    input: order,
    check: (r) => {
      expect(sub(r, 'fcddfa52-1da8-4529-d347-50ea51e1e7be')).toMatchObject({
        kind: 'licenseBased',
        partnerOfRecord: '873452',
        newCommerce: { termDuration: 'P1M', billingCycle: 'monthly' },
      })
      expect(notes(r, 'leftOut')).toContain(
        'Additional partners of record 4847383 are not kept: the model holds one partner of record.',
      )
    },
  },
  'order-create-indirect-reseller-customer-response.json': {
    input: order,
    check: (r) =>
      expect(sub(r, '42226ed6-070a-4e0f-b80c-4cdfb3e97aa7')).toMatchObject({
        customerTenantId: C501,
        partnerOfRecord: '4847383',
        createdAt: '2017-04-10T23:02:25.983Z',
      }),
  },
  'order-patch-purchase-addon-response.json': {
    input: (body) => ({
      subscriptions: [
        {
          customerTenantId: '4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04',
          body: fixture('subscription-get-addon-license-billing-response.json'),
        },
      ],
      orders: [body],
    }),
    check: (r) => {
      expect(sub(r, '1c2b75c1-74a5-472a-a729-7f8cefc477f9')).toMatchObject({ kind: 'licenseBased', seats: 5 })
      expect(sub(r, '968ba1cf-c146-4adf-a300-308dcf718eee')).toMatchObject({ kind: 'addOn', seats: 2 })
    },
  },
  'order-patch-cancel-software-response.json': {
    input: order,
    check: (r) => {
      const id = '2y6dF_rVgDAXMxypQPPnTquuXhKVK_3N1'
      expect(sub(r, lineSubscriptionId(id, 0))).toMatchObject({
        kind: 'softwareSubscription',
        status: 'cancelled',
        seats: 0,
      })
      expect(sub(r, lineSubscriptionId(id, 1))).toMatchObject({
        kind: 'softwareSubscription',
        status: 'active',
        seats: 1,
      })
    },
  },
  'order-patch-cancel-sandbox-response.json': {
    input: order,
    check: (r) =>
      expect(sub(r, lineSubscriptionId('UKXASSO1dezh3HdxClHxSp5UEFXGbAnt1', 0))).toMatchObject({
        kind: 'perpetualSoftware',
        status: 'cancelled',
      }),
  },
  'order-create-savings-plan-response.json': {
    input: order,
    check: (r) => expect(sub(r, lineSubscriptionId('2b912b3392fd', 0))?.kind).toBe('reservation'),
  },
  'order-get-savings-plan-response.json': {
    input: order,
    check: (r) => {
      expect(sub(r, '005a9b31-3ba0-4ead-b4fe-ad11e072f7e7')).toMatchObject({ kind: 'reservation', createdAt: null })
      expect(notes(r, 'unknown')).toContain(
        'The order\'s creation date "2023-05-18TT21:22:26.7034834Z" cannot be read: purchase date unknown.',
      )
    },
  },
  'orders-list-savings-plan-response.json': {
    input: order,
    check: (r) => expect(sub(r, '005a9b31-3ba0-4ead-b4fe-ad11e072f7e7')?.kind).toBe('reservation'),
  },
  'cart-checkout-savings-plan-response.json': {
    input: order,
    check: (r) => {
      expect(sub(r, lineSubscriptionId('2b912b339251', 0))).toMatchObject({ kind: 'reservation', status: 'active' })
      expect(r.report.read).toMatchObject({ orders: 1, orderLines: 1 })
    },
  },
  'cart-checkout-new-commerce-order-response.json': {
    input: order,
    check: (r) =>
      expect(sub(r, '0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1')).toMatchObject({
        kind: 'licenseBased',
        customerTenantId: '94cd6638-11b6-4323-8c9f-6ae3088adc59',
        newCommerce: { termDuration: 'P1M', billingCycle: 'monthly' },
      }),
  },
  ...GDAP_SHAPES,
}

/** Fixtures no shape reads, and why. */
const NOT_READ: Readonly<Record<string, string>> = {
  'errors/mpn-profile-3000-not-found.json':
    'an error body (404): refused in place of an MPN profile (partner-center.test.ts)',
  'since-2021/customer-agreement-mca-confirm-request.json':
    'a request body (POST …/agreements): mapped onto attestCustomerAgreement by customer-agreement.test.ts',
  'since-2021/errors/customer-agreement-600061-already-exists.json':
    'an error body (600061): the code of MCA-4, read by customer-agreement.test.ts',
  ...Object.fromEntries(
    [
      'subscription-cancel-new-commerce-request.json',
      'subscription-scheduled-changes-new-commerce-request.json',
      'subscription-scheduled-changes-new-commerce-response.json',
      'subscription-update-autorenew-new-commerce-request.json',
      'subscription-update-friendly-name-new-commerce-request.json',
    ].map((f) => [`since-2021/${f}`, 'a since-2021 new commerce body, read by import-since-2021.test.ts']),
  ),
  ...Object.fromEntries(
    [
      'webhook-dap-admin-relationship-terminated-by-microsoft-event.json',
      ...['approved', 'activated', 'terminated', 'expired'].map((e) => `webhook-gdap-relationship-${e}-event.json`),
      ...['created', 'activated', 'updated', 'deleted'].map((e) => `webhook-gdap-access-assignment-${e}-event.json`),
    ].map((f) => [`since-2021/${f}`, 'a webhook event body, read by domainEventsOfWebhook in import-gdap.test.ts']),
  ),
}

const FIXTURES = new URL('./fixtures/partner-center/', import.meta.url)
const files = (readdirSync(FIXTURES, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.json'))
  .sort()

describe('every Partner Center fixture imports', () => {
  it('every fixture is read by a shape below, or named with the reason it is not', () => {
    expect(files.filter((f) => SHAPES[f] === undefined && NOT_READ[f] === undefined)).toEqual([])
    expect([...Object.keys(SHAPES), ...Object.keys(NOT_READ)].filter((f) => !files.includes(f))).toEqual([])
    expect(files.length).toBeGreaterThanOrEqual(47)
  })

  it.each(Object.keys(SHAPES))('%s', (file) => {
    const shape = SHAPES[file] as Shape
    shape.check(run(shape.input(fixture(file)), shape.alone === true ? undefined : BASE))
  })
})

describe('shapes across bodies', () => {
  it('reads a customer list given as several pages (continuation bodies), ignoring continuationToken', () => {
    const list = fixture('customers-list-filtered-by-domain-response.json') as { items: unknown[] }
    const page1 = {
      ...list,
      items: list.items.slice(0, 2),
      continuationToken: 'abc',
      links: { next: { uri: '/v1/customers' } },
    }
    const page2 = { ...list, items: list.items.slice(2) }
    const r = run({ customers: [page1, page2] }, BASE)
    expect(r.report.read.customers).toBe(3)
    expect(getCustomer(r.state, C('bfbd6ef0-311f-47ec-bbd7-0fcb7846661b'))).toBeDefined()
  })

  it('links an order line without a subscription ID to the subscription whose body names the order and offer', () => {
    const r = run(
      {
        ...subscriptionOf('6f4ce4d8-f42e-45e0-8661-92ad6ac9d003')(
          fixture('subscription-get-savings-plan-response.json'),
        ),
        orders: [fixture('cart-checkout-savings-plan-response.json')],
      },
      BASE,
    )
    expect(sub(r, lineSubscriptionId('2b912b339251', 0))).toBeUndefined()
    expect(notes(r, 'inferred')).toContain(
      'The line names no subscription ID: it is subscription a67afaf0-2f79-4c12-8fd1-6005ed24bb28, whose body names this order and offer.',
    )
  })

  it('reads a line given by several bodies once, under the subscription ID one of them names', () => {
    const r = run(
      { orders: [fixture('order-create-savings-plan-response.json'), fixture('order-get-savings-plan-response.json')] },
      BASE,
    )
    expect(sub(r, lineSubscriptionId('2b912b3392fd', 0))).toBeUndefined()
    expect(sub(r, '005a9b31-3ba0-4ead-b4fe-ad11e072f7e7')?.status).toBe('active')
  })

  it('derives line subscription IDs as version 8 GUIDs, the same on every import', () => {
    const id = lineSubscriptionId('Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1', 0)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(lineSubscriptionId('Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1', 0)).toBe(id)
    expect(lineSubscriptionId('Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1', 1)).not.toBe(id)
    expect(lineSubscriptionId('a', 10)).not.toBe(lineSubscriptionId('a1', 0))
  })

  it('leaves out an add-on whose parent is neither imported nor held, naming where it was read', () => {
    const r = run(subscriptionOf(CUSTOMER)(fixture('subscription-get-addon-license-billing-response.json')), BASE)
    expect(sub(r, '968ba1cf-c146-4adf-a300-308dcf718eee')).toBeUndefined()
    expect(r.report.leftOut).toContainEqual({
      path: 'subscriptions[0].body',
      subject: '968ba1cf-c146-4adf-a300-308dcf718eee',
      note: "Add-on 968ba1cf-c146-4adf-a300-308dcf718eee: its parent subscription 1c2b75c1-74a5-472a-a729-7f8cefc477f9 is neither imported nor held; import the parent's subscription body too.",
    })
  })
})
