/**
 * A command of your own (docs/extending.md): a distributor's "suspend the customer" operation,
 * which suspends every active subscription a partner bills for one customer. It is built with the
 * extension API (`commandInput`, `defineCommand`, `pass`, `fail`, `when`), judges catalog rules
 * with the violation tags `VIOLATIONS` pairs with them, emits the library's own events, and is a
 * function you call directly (it is not one of the built-in commands `execute` runs by name).
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import {
  commandInput,
  createCustomer,
  defineCommand,
  email,
  emptyState,
  explainCommand,
  fail,
  getCustomer,
  getRelationship,
  isoDate,
  isoDateTime,
  mpnId,
  pass,
  partnerUser,
  purchaseSubscription,
  region,
  registerPartner,
  signMpa,
  subscriptionId,
  subscriptionsOfCustomer,
  TenantId,
  tenantId,
  when,
  type CheckContext,
  type ProgramState,
  type RuleCheck,
} from 'csp-channel'

// 1. The input: a codec (exact: `actor`, `at`, optional `ruleSet`, and these fields), named as an interface.
export const SuspendCustomerInput = commandInput('SuspendCustomerInput', {
  partnerTenantId: TenantId,
  customerTenantId: TenantId,
})
export interface SuspendCustomerInput extends t.TypeOf<typeof SuspendCustomerInput> {}

// 2. The look-ups, in the state before the command: queries only.
const load = (state: ProgramState, input: SuspendCustomerInput) => ({
  customer: getCustomer(state, input.customerTenantId),
  relationship: getRelationship(state, input.partnerTenantId, input.customerTenantId),
  active: subscriptionsOfCustomer(state, input.customerTenantId).filter(
    (s) => s.billedBy === input.partnerTenantId && s.status === 'active',
  ),
})
type Context = CheckContext<SuspendCustomerInput, ReturnType<typeof load>>

// 3. The checks: each judges one catalog rule and may return only the tags VIOLATIONS gives it.
const checks: ReadonlyArray<RuleCheck<Context>> = [
  {
    rule: 'ROL-2',
    name: 'the actor is a user of the partner tenant',
    check: ({ input: { actor, partnerTenantId } }) =>
      actor.kind === 'partnerUser' && actor.tenantId === partnerTenantId
        ? pass
        : fail('ActsForAnotherTenant', [partnerTenantId], `Only a user of ${partnerTenantId} can do this.`, 900150),
  },
  {
    rule: 'MOD-1',
    name: 'the customer is known',
    check: ({ customer, input }) =>
      customer === undefined
        ? fail('UnknownCustomer', [input.customerTenantId], `No customer ${input.customerTenantId} is known.`)
        : pass,
  },
  // judged only for a known customer: an unknown one is MOD-1's report alone
  when((c) => c.customer !== undefined, {
    rule: 'ROL-2',
    name: 'the partner holds a reseller relationship with the customer',
    check: ({ relationship, input }) =>
      relationship === undefined
        ? fail(
            'NoResellerRelationship',
            [input.partnerTenantId, input.customerTenantId],
            `Partner ${input.partnerTenantId} has no reseller relationship with ${input.customerTenantId}.`,
            20002,
          )
        : pass,
  }),
  {
    rule: 'MOD-3',
    name: 'the partner bills an active subscription of the customer',
    check: ({ active, input }) =>
      active.length === 0
        ? fail('SubscriptionNotChangeable', [input.customerTenantId], 'There is no active subscription to suspend.')
        : pass,
  },
]

// 4. The command: the decision is the events of an accepted command, built field by field.
export const suspendCustomer = defineCommand({
  name: 'suspendCustomer',
  input: SuspendCustomerInput,
  load,
  checks,
  decide: ({ input, active }) =>
    active.map((s) => ({ _tag: 'SubscriptionSuspended' as const, at: input.at, subscriptionId: s.id })),
})

const contoso = tenantId('2c4e6a8b-1d3f-4a5b-9c7d-0e1f2a3b4c5d')
const northwind = tenantId('7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b')
const admin = partnerUser(contoso, 'globalAdmin')

/** Runs the example: the suspended subscriptions, a rejection's rule IDs and the checks `explainCommand` reports. */
export function run() {
  const ok = (result: E.Either<unknown, { readonly state: ProgramState }>): ProgramState => {
    if (E.isLeft(result)) throw new Error(`unexpected rejection: ${JSON.stringify(result.left)}`)
    return result.right.state
  }
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
  for (const id of ['1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', '2b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'])
    state = ok(
      purchaseSubscription(state, {
        actor: admin,
        at: isoDateTime('2020-11-04T09:00:00Z'),
        partnerTenantId: contoso,
        subscription: {
          id: subscriptionId(id),
          customerTenantId: northwind,
          kind: 'licenseBased',
          parentId: null,
          offerId: 'O365-E3',
          seats: 10,
          autoRenew: true,
        },
      }),
    )

  const input = { actor: admin, at: isoDateTime('2020-12-01T09:00:00Z'), partnerTenantId: contoso }
  // a user-defined command is a function: call it like any command
  const accepted = suspendCustomer(state, { ...input, customerTenantId: northwind })
  const suspended = E.isRight(accepted) ? accepted.right.events.map((e) => e._tag) : []
  const rejected = suspendCustomer(state, {
    ...input,
    actor: partnerUser(northwind, 'globalAdmin'),
    customerTenantId: tenantId('00000000-0000-4000-8000-000000000001'),
  })
  const rules = E.isLeft(rejected) ? rejected.left.map((v) => `${v.rule} ${v._tag}`) : []
  // explainCommand judges it without applying it, check by check
  const explanation = explainCommand(suspendCustomer, state, { ...input, customerTenantId: northwind }).checks.map(
    (c) => `${c.verdict} ${c.rule}: ${c.name}`,
  )
  return { suspended, rules, explanation }
}
