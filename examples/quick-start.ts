/**
 * Quick start: pre-flight Partner Center operations of a direct bill partner against the program
 * rules, offline.
 */
import * as E from 'fp-ts/lib/Either.js'
import {
  createCustomer,
  email,
  emptyState,
  isoDate,
  isoDateTime,
  mpnId,
  partnerUser,
  purchaseSubscription,
  region,
  registerPartner,
  restrictDirectBill,
  signMpa,
  subscriptionId,
  tenantId,
  type ProgramState,
} from 'csp-channel'

const contoso = tenantId('2c4e6a8b-1d3f-4a5b-9c7d-0e1f2a3b4c5d')
const northwind = tenantId('7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b')
const admin = partnerUser(contoso, 'globalAdmin')

/** Runs the example and returns what it printed, line by line. */
export function run(): ReadonlyArray<string> {
  const lines: string[] = []
  const ok = (result: E.Either<unknown, { readonly state: ProgramState }>): ProgramState => {
    if (E.isLeft(result)) throw new Error('unexpected rejection')
    return result.right.state
  }

  // 1. The partner as Microsoft knows it, and a customer it creates.
  let state = ok(
    registerPartner(emptyState, {
      actor: { kind: 'microsoft' },
      at: isoDateTime('2020-11-02T09:00:00Z'),
      partner: {
        tenantId: contoso,
        mpnId: mpnId('1234567'),
        name: 'Contoso',
        region: region('US'),
        roles: ['directBillPartner'],
        primaryContactEmail: null,
        anniversaryDate: null,
      },
    }),
  )
  state = ok(signMpa(state, { actor: admin, at: isoDateTime('2020-11-02T10:00:00Z'), partnerTenantId: contoso }))
  state = ok(
    createCustomer(state, {
      actor: admin,
      at: isoDateTime('2020-11-03T09:00:00Z'),
      partnerTenantId: contoso,
      customer: { tenantId: northwind, companyName: 'Northwind Traders', domain: null, region: region('US') },
      internalUse: false,
      // the partner attests Northwind's acceptance of the Microsoft Customer Agreement (MCA-1)
      customerAgreement: {
        dateAgreed: isoDate('2020-11-03'),
        contact: {
          firstName: 'Kim',
          lastName: 'Akers',
          email: email('kim@northwind.example'),
          phoneNumber: '555 0100',
        },
      },
    }),
  )

  // 2. Microsoft restricts the partner.
  state = ok(
    restrictDirectBill(state, {
      actor: { kind: 'microsoft' },
      at: isoDateTime('2020-11-04T09:00:00Z'),
      partnerTenantId: contoso,
      unmetRequirements: ['DB-5'],
    }),
  )

  // 3. Pre-flight a purchase: every broken rule comes back at once, with its rule ID.
  const purchase = purchaseSubscription(state, {
    actor: admin,
    at: isoDateTime('2020-11-05T09:00:00Z'),
    partnerTenantId: contoso,
    subscription: {
      id: subscriptionId('1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'),
      customerTenantId: northwind,
      kind: 'licenseBased',
      parentId: null,
      offerId: 'O365-E3',
      seats: 10,
      autoRenew: true,
    },
  })
  if (E.isLeft(purchase)) for (const v of purchase.left) lines.push(`${v.rule} ${v._tag}: ${v.message}`)

  // 4. A new customer in another region, while restricted: two rules broken, both reported.
  const another = createCustomer(state, {
    actor: admin,
    at: isoDateTime('2020-11-05T10:00:00Z'),
    partnerTenantId: contoso,
    customer: {
      tenantId: tenantId('8f9a0b1c-2d3e-4f4a-9b5c-6d7e8f9a0b1c'),
      companyName: 'Adventure Works',
      domain: null,
      region: region('BR'),
    },
    internalUse: false,
  })
  if (E.isLeft(another)) for (const v of another.left) lines.push(`${v.rule} ${v._tag}: ${v.message}`)
  return lines
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of run()) console.log(line)
