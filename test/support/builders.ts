/** Builders of command inputs and of small states: partners, customers, partnerships, purchases, order lines. */
import {
  acceptPartnership,
  createCustomer,
  mpnId,
  purchaseSubscription,
  registerPartner,
  requestPartnership,
  signMpa,
  type Actor,
  type AgreementAttestation,
  type CommandResult,
  type CreateCustomerForResellerInput,
  type CreateCustomerInput,
  type IsoDateTime,
  type OrderLine,
  type PartnerRole,
  type PlaceOrderInput,
  type ProgramCommand,
  type ProgramState,
  type SubscriptionKind,
  type TenantId,
} from '../../src/index.js'
import { step } from './assertions.js'
import { admin, at, ids, RESELLER_MPN, subs, US } from './ids.js'

interface PartnerSpec {
  readonly tenant: TenantId
  readonly mpn: string
  readonly name: string
  readonly roles: ReadonlyArray<PartnerRole>
  readonly region?: typeof US
  readonly anniversary?: string | null
  readonly mpa?: boolean
  readonly locations?: ReadonlyArray<string>
}

export const register = (state: ProgramState, spec: PartnerSpec, when = at('2019-01-07')): ProgramState => {
  let next = step(
    registerPartner(state, {
      actor: { kind: 'microsoft' },
      at: when,
      partner: {
        tenantId: spec.tenant,
        mpnId: mpnId(spec.mpn),
        name: spec.name,
        region: spec.region ?? US,
        roles: spec.roles,
        primaryContactEmail: null,
        anniversaryDate: (spec.anniversary ?? '2018-10-15') as never,
        ...(spec.locations === undefined ? {} : { locationMpnIds: spec.locations.map(mpnId) }),
      },
    }),
  )
  if (spec.mpa !== false)
    next = step(signMpa(next, { actor: admin(spec.tenant), at: when, partnerTenantId: spec.tenant }))
  return next
}

/** The acceptance of the Microsoft Customer Agreement a partner attests for `customer`, accepted on the day of `when`. */
export const attestationFor = (customer: TenantId, when: IsoDateTime): AgreementAttestation => ({
  dateAgreed: when.slice(0, 10) as AgreementAttestation['dateAgreed'],
  contact: {
    firstName: 'Pat',
    lastName: `Admin ${customer.slice(-4)}`,
    email: `admin@customer-${customer.slice(-4)}.example` as AgreementAttestation['contact']['email'],
    phoneNumber: '555 0100',
  },
})

/**
 * The attestation the test worlds make while creating a customer, so that it may buy once MCA-1 is
 * in force (2019-10-01), unless `attest` is false (then its agreements are `[]` from 2019-10-01 and
 * unknown before).
 */
const attestedAtCreation = (customer: TenantId, when: IsoDateTime, attest: boolean | undefined) =>
  attest === false ? {} : { customerAgreement: attestationFor(customer, when) }

/**
 * The input of `createCustomer`: `partner`'s global admin creates `customer` (in the US unless told),
 * attesting its acceptance of the customer agreement unless `attest` is false.
 */
export const customerInput = (
  partner: TenantId,
  customer: TenantId,
  when = at('2019-01-08'),
  options: {
    readonly internalUse?: boolean
    readonly region?: typeof US
    readonly actor?: Actor
    readonly attest?: boolean
  } = {},
): CreateCustomerInput => ({
  actor: options.actor ?? admin(partner),
  at: when,
  partnerTenantId: partner,
  customer: {
    tenantId: customer,
    companyName: `Customer ${customer.slice(-4)}`,
    domain: null,
    region: options.region ?? US,
  },
  internalUse: options.internalUse ?? false,
  ...attestedAtCreation(customer, when, options.attest),
})

export const addCustomer = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
  when = at('2019-01-08'),
  options: { readonly internalUse?: boolean; readonly region?: typeof US; readonly attest?: boolean } = {},
): ProgramState => step(createCustomer(state, customerInput(partner, customer, when, options)))

/** The input of `requestPartnership` or `acceptPartnership`, by the global admin of `actor` unless an actor is given. */
export const partnershipInput = (
  actor: TenantId | Actor,
  provider: TenantId,
  reseller: TenantId,
  when = '2019-12-01',
) => ({
  actor: typeof actor === 'string' ? admin(actor) : actor,
  at: at(when),
  providerTenantId: provider,
  resellerTenantId: reseller,
})

/** `provider` requests a partnership with `reseller` and the reseller's global admin accepts it, both on `when`. */
export const partnered = (
  state: ProgramState,
  provider: TenantId,
  reseller: TenantId,
  when = '2019-12-01',
): ProgramState =>
  step(
    acceptPartnership(
      step(requestPartnership(state, partnershipInput(provider, provider, reseller, when))),
      partnershipInput(reseller, provider, reseller, when),
    ),
  )

export const buy = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
  id: typeof subs.license,
  kind: SubscriptionKind = 'licenseBased',
  when = at('2019-01-09'),
  parentId: typeof subs.license | null = null,
): CommandResult =>
  purchaseSubscription(state, {
    actor: admin(partner),
    at: when,
    partnerTenantId: partner,
    subscription: { id, customerTenantId: customer, kind, parentId, offerId: 'offer-1', seats: 10, autoRenew: true },
  })

/**
 * The base world, in January 2019: a direct bill partner (anniversary in October, MPA signed) with
 * one customer and one license-based subscription, an indirect provider and an indirect reseller in
 * the US, and an indirect provider in Brazil.
 */

export const line = (id: typeof subs.license, options: Partial<OrderLine> = {}): OrderLine => ({
  id,
  kind: 'licenseBased',
  parentId: null,
  offerId: 'O365-E3',
  seats: 10,
  autoRenew: true,
  partnerOfRecord: RESELLER_MPN,
  ...options,
})

export const forResellerInput = (
  lines: ReadonlyArray<OrderLine>,
  options: {
    readonly customer?: TenantId
    readonly reseller?: TenantId
    readonly provider?: TenantId
    readonly actor?: Actor
    readonly when?: string
    readonly region?: typeof US
    readonly attest?: boolean
  } = {},
): CreateCustomerForResellerInput => ({
  actor: options.actor ?? admin(options.provider ?? ids.provider),
  at: at(options.when ?? '2020-03-03'),
  providerTenantId: options.provider ?? ids.provider,
  resellerTenantId: options.reseller ?? ids.reseller,
  customer: {
    tenantId: options.customer ?? ids.customer3,
    companyName: 'Wingtip Toys',
    domain: 'wingtip.example',
    region: options.region ?? US,
  },
  adminCredentials: { userName: 'admin@wingtip.example', password: 'Temp-0Krha*Io' },
  lines,
  ...attestedAtCreation(options.customer ?? ids.customer3, at(options.when ?? '2020-03-03'), options.attest),
})

export const orderInput = (
  lines: ReadonlyArray<OrderLine>,
  options: {
    readonly customer?: TenantId
    readonly reseller?: TenantId | null
    readonly provider?: TenantId
    readonly actor?: Actor
    readonly when?: string
  } = {},
): PlaceOrderInput => ({
  actor: options.actor ?? admin(options.provider ?? ids.provider),
  at: at(options.when ?? '2020-03-04'),
  providerTenantId: options.provider ?? ids.provider,
  customerTenantId: options.customer ?? ids.customer3,
  resellerTenantId: options.reseller === undefined ? ids.reseller : options.reseller,
  lines,
})

/**
 * The two-tier world, March 2020 (MPA rules in force): the base world, an active partnership between
 * the US provider and First Up Consultants, and a customer the provider created for First Up with
 * one license-based subscription (partner of record: First Up).
 */

/** `partner` buying an Azure subscription (`subs.next`) for the direct bill customer, as a command: accepted for the direct bill partner, rejected for the reseller (PGM-2). */
export const azurePurchase = (partner: TenantId, when: IsoDateTime): ProgramCommand => ({
  command: 'purchaseSubscription',
  input: {
    actor: admin(partner),
    at: when,
    partnerTenantId: partner,
    subscription: {
      id: subs.next,
      customerTenantId: ids.customer,
      kind: 'azure',
      parentId: null,
      offerId: 'o',
      seats: 1,
      autoRenew: true,
    },
  },
})
