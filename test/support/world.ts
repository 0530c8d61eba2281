/**
 * Test support: well-known IDs, a small world of partners and customers, and assertions on command
 * results. Each test builds what it needs from `world()` with real commands, so states are always
 * ones the library itself can reach.
 */
import * as E from 'fp-ts/lib/Either.js'
import { expect } from 'vitest'
import {
  acceptPartnership,
  apply,
  createCustomer,
  createCustomerForReseller,
  requestPartnership,
  emptyState,
  isoDateTime,
  mpnId,
  partnerUser,
  purchaseSubscription,
  region,
  registerPartner,
  signMpa,
  subscriptionId,
  tenantId,
  type Actor,
  type CreateCustomerInput,
  type CreateCustomerForResellerInput,
  type OrderLine,
  type PlaceOrderInput,
  type ProgramCommand,
  type CommandResult,
  type IsoDateTime,
  type Outcome,
  type PartnerRole,
  type ProgramState,
  type RuleId,
  type RuleViolation,
  type SubscriptionKind,
  type TenantId,
  type ViolationTag,
} from '../../src/index.js'
import { mayReport, VIOLATIONS } from '../../src/rules/violations.js'
import type { TagsOf } from '../../src/rules/violation.js'

export const US = region('US')
export const BR = region('BR')

/** Every kind of purchase that is not an add-on. */
export const standaloneKinds: ReadonlyArray<SubscriptionKind> = [
  'azure',
  'licenseBased',
  'softwareSubscription',
  'perpetualSoftware',
  'reservation',
]

export const ids = {
  direct: tenantId('11111111-1111-4111-8111-111111111111'),
  provider: tenantId('22222222-2222-4222-8222-222222222222'),
  reseller: tenantId('33333333-3333-4333-8333-333333333333'),
  providerBr: tenantId('44444444-4444-4444-8444-444444444444'),
  customer: tenantId('c0000000-0000-4000-8000-000000000001'),
  customer2: tenantId('c0000000-0000-4000-8000-000000000002'),
  customerBr: tenantId('c0000000-0000-4000-8000-000000000003'),
  internal: tenantId('c0000000-0000-4000-8000-000000000004'),
  sandbox: tenantId('5a000000-0000-4000-8000-000000000001'),
  stranger: tenantId('99999999-9999-4999-8999-999999999999'),
  customer3: tenantId('c0000000-0000-4000-8000-000000000005'),
  provider2: tenantId('66666666-6666-4666-8666-666666666666'),
  resellerBr: tenantId('77777777-7777-4777-8777-777777777777'),
  reseller2: tenantId('88888888-8888-4888-8888-888888888888'),
}

export const subs = {
  license: subscriptionId('a0000000-0000-4000-8000-000000000001'),
  azure: subscriptionId('a0000000-0000-4000-8000-000000000002'),
  addOn: subscriptionId('a0000000-0000-4000-8000-000000000003'),
  next: subscriptionId('a0000000-0000-4000-8000-000000000009'),
  p1: subscriptionId('b1000000-0000-4000-8000-000000000001'),
  p2: subscriptionId('b1000000-0000-4000-8000-000000000002'),
  p3: subscriptionId('b1000000-0000-4000-8000-000000000003'),
}

/** An instant; `at('2019-11-04')` is 09:00 UTC that day. */
export const at = (day: string): IsoDateTime => isoDateTime(day.length === 10 ? `${day}T09:00:00Z` : day)

export const admin = (tenant: TenantId): Actor => partnerUser(tenant, 'globalAdmin')

/** Unwraps an accepted result, failing the test with the violations otherwise. */
export const accepted = (result: CommandResult): Outcome => {
  if (E.isLeft(result)) throw new Error(`expected acceptance, got ${JSON.stringify(result.left, null, 2)}`)
  return result.right
}

/** Whether `tag` is a model-integrity tag: one that {@link VIOLATIONS} pairs only with MOD rules. */
const isModTag = (tag: ViolationTag): boolean => VIOLATIONS[tag].rules.every((r) => r.startsWith('MOD-'))

/**
 * Asserts that every violation names a rule its tag may be reported under (`mayReport`, the
 * {@link VIOLATIONS} table) and that a model-integrity tag never comes with a program rule.
 */
export const pairedAsTable = (violations: ReadonlyArray<RuleViolation>): void => {
  for (const v of violations) {
    expect(mayReport(v.rule, v._tag), `${v.rule} may not report ${v._tag}`).toBe(true)
    if (isModTag(v._tag)) expect(v.rule.startsWith('MOD-'), `${v._tag} reported under ${v.rule}`).toBe(true)
    if (v.partnerCenterCode !== null)
      expect(VIOLATIONS[v._tag].codes, `${v._tag} with code ${v.partnerCenterCode}`).toContain(v.partnerCenterCode)
  }
}

/**
 * Unwraps a rejected result, failing the test if it was accepted or if a violation pairs its rule
 * and tag otherwise than the {@link VIOLATIONS} table allows ({@link pairedAsTable}).
 */
export const rejected = (result: CommandResult): ReadonlyArray<RuleViolation> => {
  if (E.isRight(result))
    throw new Error(`expected rejection, got events ${result.right.events.map((e) => e._tag).join(', ')}`)
  pairedAsTable(result.left)
  return result.left
}

/**
 * One expected violation: the rule, a tag that rule may report, and the subjects (the IDs the
 * violation names, in the order it names them).
 */
export type Expected = {
  [R in RuleId]: readonly [rule: R, tag: TagsOf<R>, subjects: ReadonlyArray<string>]
}[RuleId]

/** The world's IDs by value, so that a failing comparison reads `ids.customer` rather than a UUID. */
const names: ReadonlyMap<string, string> = new Map<string, string>([
  ...Object.entries(ids).map(([name, id]): [string, string] => [id, `ids.${name}`]),
  ...Object.entries(subs).map(([name, id]): [string, string] => [id, `subs.${name}`]),
])

const key = (rule: string, tag: string, subjects: ReadonlyArray<string>): string =>
  `${rule} ${tag} [${subjects.map((s) => names.get(s) ?? JSON.stringify(s)).join(', ')}]`

/**
 * Asserts a rejection whose violations, as a set of (rule, tag, subjects), are exactly `expected`:
 * order-insensitive between violations (each expectation may match several identical violations,
 * and every violation must match one), but the subjects of one violation are compared in order.
 * Every violation must also pair its rule and tag as the {@link VIOLATIONS} table allows (see
 * {@link rejected}), and so must every expectation. Returns the violations.
 *
 * @example
 * ```ts
 * rejectsWith(result, ['MOD-1', 'UnknownCustomer', [ids.customer2]], ['ROL-2', 'NoDelegatedAdmin', [ids.direct, ids.customer]])
 * ```
 */
export const rejectsWith = (
  result: CommandResult,
  ...expected: readonly [Expected, ...Expected[]]
): ReadonlyArray<RuleViolation> => {
  const violations = rejected(result)
  for (const [rule, tag] of expected)
    expect(mayReport(rule, tag), `the expectation ${rule} ${tag} is not a pairing of the table`).toBe(true)
  const got = [...new Set(violations.map((v) => key(v.rule, v._tag, v.subjects)))].sort()
  const want = [...new Set(expected.map(([rule, tag, subjects]) => key(rule, tag, subjects)))].sort()
  expect(got).toEqual(want)
  return violations
}

/** The violations as (rule, tag, subjects) triples, sorted, for a `toEqual` on a whole rejection. */
export const triples = (
  violations: ReadonlyArray<RuleViolation>,
): ReadonlyArray<readonly [RuleId, ViolationTag, ReadonlyArray<string>]> =>
  violations.map((v) => [v.rule, v._tag, v.subjects] as const).sort((x, y) => key(...x).localeCompare(key(...y)))

/**
 * Asserts that `command` is rejected on `state` with a violation of `rule` tagged `tag` naming
 * exactly `subjects`, that every violation pairs rule and tag as the table allows
 * ({@link pairedAsTable}), and that the state returned is the very object given; returns the
 * violations.
 */
export const refuses = (
  state: ProgramState,
  command: ProgramCommand,
  rule: RuleId,
  tag: RuleViolation['_tag'],
  subjects: ReadonlyArray<string>,
): ReadonlyArray<RuleViolation> => {
  const applied = apply(state, command)
  expect(applied.accepted).toBe(false)
  expect(applied.state).toBe(state)
  expect(applied.events).toEqual([])
  pairedAsTable(applied.violations)
  expect(applied.violations).toContainEqual(expect.objectContaining({ rule, _tag: tag, subjects }))
  return applied.violations
}

/** Runs a command and returns the new state, failing the test if it was rejected. */
export const step = (result: CommandResult): ProgramState => accepted(result).state

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

/** The input of `createCustomer`: `partner`'s global admin creates `customer` (in the US unless told). */
export const customerInput = (
  partner: TenantId,
  customer: TenantId,
  when = at('2019-01-08'),
  options: { readonly internalUse?: boolean; readonly region?: typeof US; readonly actor?: Actor } = {},
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
})

export const addCustomer = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
  when = at('2019-01-08'),
  options: { readonly internalUse?: boolean; readonly region?: typeof US } = {},
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
export const world = (): ProgramState => {
  let s = emptyState
  s = register(s, { tenant: ids.direct, mpn: '1000001', name: 'Contoso Direct', roles: ['directBillPartner'] })
  s = register(s, { tenant: ids.provider, mpn: '2000002', name: 'Fabrikam Distribution', roles: ['indirectProvider'] })
  s = register(s, {
    tenant: ids.reseller,
    mpn: '4847383',
    name: 'First Up Consultants',
    roles: ['indirectReseller'],
    locations: ['4847383', '4847390'],
  })
  s = register(s, {
    tenant: ids.providerBr,
    mpn: '3000003',
    name: 'Distribuidora BR',
    roles: ['indirectProvider'],
    region: BR,
  })
  s = addCustomer(s, ids.direct, ids.customer)
  s = step(buy(s, ids.direct, ids.customer, subs.license))
  return s
}

/** First Up Consultants' other partner location MPN ID, not tied to its CSP account (PRT-5). */
export const OTHER_LOCATION = mpnId('4847390')
export const RESELLER_MPN = mpnId('4847383')
export const PROVIDER_MPN = mpnId('2000002')
export const DIRECT_MPN = mpnId('1000001')

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
export const providerWorld = (): ProgramState => {
  let s = world()
  s = step(
    requestPartnership(s, {
      actor: admin(ids.provider),
      at: at('2020-03-02'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.reseller,
    }),
  )
  s = step(
    acceptPartnership(s, {
      actor: admin(ids.reseller),
      at: at('2020-03-02'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.reseller,
    }),
  )
  return step(createCustomerForReseller(s, forResellerInput([line(subs.p1)])))
}

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
