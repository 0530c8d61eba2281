/**
 * Regression tests from an independent review of the trust boundary: each test reproduces a problem
 * the review found (now fixed) and asserts the behaviour the catalog or the design notes promise.
 * The name of each test starts with the rule it concerns; the comment above it says what was wrong
 * and where the fix lives.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  ProgramStateCodec,
  apply,
  checkState,
  customerAdmin,
  execute,
  explain,
  getPartner,
  getRelationship,
  getSubscription,
  purchaseSubscription,
  registerPartner,
  placeOrder,
  replay,
  stateToJson,
  tenantId,
  type Actor,
  type DomainEvent,
  type ProgramCommand,
  type ProgramState,
} from '../src/index.js'
import { importPartnerCenter } from '../src/partner-center/index.js'
import {
  PROVIDER_MPN,
  US,
  admin,
  pairedAsTable,
  triples,
  type Expected,
  at,
  forResellerInput,
  ids,
  line,
  orderInput,
  partnershipInput,
  providerWorld,
  register,
  subs,
  world,
} from './support/index.js'

const MICROSOFT: Actor = { kind: 'microsoft' }
const NEWCOMER = tenantId('d0000000-0000-4000-8000-000000000001')

const run = (state: ProgramState, command: unknown): ProgramState => {
  const applied = apply(state, command)
  expect(applied.violations).toEqual([])
  return applied.state
}

/**
 * Rejected, with the very same state, with a violation that is one of `expected` (rule, tag and
 * subjects; several when the review allowed more than one fix); every violation pairs its rule and
 * tag as the table allows.
 */
const refusedUnder = (state: ProgramState, command: unknown, ...expected: readonly [Expected, ...Expected[]]) => {
  const applied = apply(state, command)
  expect(applied.accepted).toBe(false)
  expect(applied.state).toBe(state)
  pairedAsTable(applied.violations)
  const named = (x: readonly [string, string, ReadonlyArray<string>]) => JSON.stringify(x)
  expect(triples(applied.violations).map(named)).toEqual(
    expect.arrayContaining([expect.toBeOneOf(expected.map(named))]),
  )
  return applied
}

const purchase = (customer = ids.customer, when = '2019-02-02', overrides: object = {}) => ({
  actor: admin(ids.direct),
  at: at(when),
  partnerTenantId: ids.direct,
  subscription: {
    id: subs.next,
    customerTenantId: customer,
    kind: 'licenseBased',
    parentId: null,
    offerId: 'o',
    seats: 3,
    autoRenew: true,
    ...overrides,
  },
})

describe('wrong yes: commands Partner Center would refuse', () => {
  // The catalog's OWN-2 decision says selling to a partner or sandbox tenant is rejected, and
  // checkState treats a subscription on a sandbox tenant as a partner tenant used as a customer
  // (MOD-1). purchaseSubscription skips the relationship check for any tenant the buyer "owns"
  // (customerTenant.owner === partnerTenantId), which includes its integration sandbox, and nothing
  // checks the tenant's kind: the purchase is accepted and the new state fails checkState.
  // Fixed in: src/commands/purchaseSubscription.ts (a tenant-kind check under OWN-2, as ownUseChecks has).
  it('OWN-2: a direct bill partner buys nothing on its own integration sandbox tenant', () => {
    const s = run(world(), {
      command: 'createIntegrationSandbox',
      input: {
        actor: admin(ids.direct),
        at: at('2019-02-01'),
        partnerTenantId: ids.direct,
        sandboxTenantId: ids.sandbox,
      },
    })
    refusedUnder(s, { command: 'purchaseSubscription', input: purchase(ids.sandbox) }, [
      'OWN-2',
      'NotCustomerTenant',
      [ids.sandbox],
    ])
  })

  // TRN-9 (2018 rules): a partner enrolled as indirect reseller can no longer add new direct
  // customers. createCustomer enforces it, but a direct reseller invitation to a tenant it does not
  // serve yet, once accepted, gives it a new direct bill customer it then buys for. Neither
  // inviteCustomer nor acceptCustomerInvitation (INV-3, "while its issuer may still issue it")
  // checks TRN-9. Fixed in: src/commands/inviteCustomer.ts (direct invitations) and lostRight in
  // src/commands/acceptCustomerInvitation.ts.
  it('TRN-9: under the 2018 rules an enrolled partner gains no new direct customer through an invitation', () => {
    let s = world()
    const invite = (id: string, when: string) => ({
      command: 'inviteCustomer',
      input: {
        actor: admin(ids.direct),
        at: at(when),
        partnerTenantId: ids.direct,
        invitationId: id,
        kind: 'directReseller',
        indirectProviderTenantId: null,
        customerTenantId: NEWCOMER,
        newCustomer: { companyName: 'Newcomer', domain: null, region: US },
        delegatedAdmin: true,
      },
    })
    const accept = (id: string, when: string) => ({
      command: 'acceptCustomerInvitation',
      input: { actor: customerAdmin(NEWCOMER), at: at(when), invitationId: id },
    })
    const early = run(s, invite('before-enrollment', '2019-02-01'))
    s = run(s, {
      command: 'setProgramFlags',
      input: {
        actor: MICROSOFT,
        at: at('2019-02-01'),
        partnerTenantId: ids.direct,
        identifiedForOffboarding: true,
        transitionEnabled: false,
      },
    })
    const enroll = (state: ProgramState) =>
      run(
        run(state, {
          command: 'enrollIndirect',
          input: {
            actor: admin(ids.direct),
            at: at('2019-02-04'),
            partnerTenantId: ids.direct,
            confirmsAuthorization: true,
          },
        }),
        {
          command: 'approveIndirectEnrollment',
          input: { actor: MICROSOFT, at: at('2019-02-05'), partnerTenantId: ids.direct },
        },
      )
    s = enroll(s)
    // the same partner is refused createCustomer (TRN-9) …
    refusedUnder(
      s,
      {
        command: 'createCustomer',
        input: {
          actor: admin(ids.direct),
          at: at('2019-02-06'),
          partnerTenantId: ids.direct,
          customer: { tenantId: NEWCOMER, companyName: 'Newcomer', domain: null, region: US },
          internalUse: false,
        },
      },
      ['TRN-9', 'NewDirectCustomersClosed', [ids.direct]],
    )
    // … but an invitation issued now, or before it enrolled, must not give it the customer either
    const invited = apply(s, invite('after-enrollment', '2019-02-06'))
    if (invited.accepted)
      refusedUnder(
        invited.state,
        accept('after-enrollment', '2019-02-07'),
        ['TRN-9', 'NewDirectCustomersClosed', [ids.direct]],
        ['INV-3', 'IssuerLostRight', ['after-enrollment', ids.direct]],
      )
    else
      expect(invited.violations).toContainEqual(
        expect.objectContaining({ rule: 'TRN-9', _tag: 'NewDirectCustomersClosed', subjects: [ids.direct] }),
      )
    refusedUnder(
      enroll(
        run(early, {
          command: 'setProgramFlags',
          input: {
            actor: MICROSOFT,
            at: at('2019-02-01'),
            partnerTenantId: ids.direct,
            identifiedForOffboarding: true,
            transitionEnabled: false,
          },
        }),
      ),
      accept('before-enrollment', '2019-02-07'),
      ['TRN-9', 'NewDirectCustomersClosed', [ids.direct]],
      ['INV-3', 'IssuerLostRight', ['before-enrollment', ids.direct]],
    )
  })

  // PRT-3: a partnership is requested by a provider and accepted by a reseller's global admin; a
  // tenant that Microsoft registered with both provider and reseller roles can "partner" with
  // itself. createCustomerForReseller then writes its two relationships under the same key
  // (provider/customer and reseller/customer are the same pair): the provider relationship is
  // silently overwritten by the reseller one. Fixed in: src/commands/requestPartnership.ts (provider and
  // reseller are two tenants).
  it('PRT-3: a tenant does not enter a partnership with itself', () => {
    const s = register(world(), {
      tenant: ids.stranger,
      mpn: '9900001',
      name: 'Both Ways',
      roles: ['indirectProvider', 'indirectReseller'],
    })
    refusedUnder(
      s,
      {
        command: 'requestPartnership',
        input: partnershipInput(ids.stranger, ids.stranger, ids.stranger, '2020-03-02'),
      },
      ['PRT-3', 'PartnershipWithItself', [ids.stranger]],
    )
  })
})

describe('time runs forward (MOD-6)', () => {
  // MOD-6: a command is not dated before the facts it acts on. A purchase for a customer acts on the
  // buyer's reseller relationship with it, which holds its date (`since`). The world's customer was
  // created on 2019-01-08; a purchase dated 2019-01-02 is accepted, and the same goes for an
  // indirect provider's order dated before its relationship with the customer.
  // Fixed in: src/commands/purchaseSubscription.ts and providerChecks.ts (customerChecks), with notBefore.
  it('MOD-6: no purchase or order is dated before the relationship with the customer', () => {
    refusedUnder(world(), { command: 'purchaseSubscription', input: purchase(ids.customer, '2019-01-02') }, [
      'MOD-6',
      'DatedBeforeFact',
      [ids.direct, ids.customer],
    ])
    // providerWorld: the provider's customer was created on 2020-03-03
    refusedUnder(
      providerWorld(),
      { command: 'placeOrder', input: orderInput([line(subs.p2)], { when: '2020-03-02' }) },
      ['MOD-6', 'DatedBeforeFact', [ids.provider, ids.customer3]],
    )
  })

  // PRT-4: only with an active partnership may a provider add customers for a reseller or order for
  // its customers. The partnership of providerWorld was accepted on 2020-03-02; a
  // createCustomerForReseller dated 2020-03-01 is accepted, so the state records a customer created
  // through a partnership that did not exist yet (compare PGM-3, where mpaSignedAt > at counts as
  // not signed). Fix: resellerChecks in src/commands/providerChecks.ts (acceptedAt > at is not active,
  // or a MOD-6 notBefore on acceptedAt).
  it('MOD-6: no customer is created for a reseller before the partnership was accepted', () => {
    const s = providerWorld()
    refusedUnder(
      s,
      {
        command: 'createCustomerForReseller',
        input: forResellerInput([line(subs.p2)], { customer: NEWCOMER, when: '2020-03-01' }),
      },
      ['MOD-6', 'DatedBeforeFact', [ids.provider, ids.reseller]],
      ['PRT-4', 'PartnershipNotActive', [ids.provider, ids.reseller]],
    )
  })
})

describe('the one validation path (MOD-5, MOD-8)', () => {
  // ExactType's fast path checks an object with `is` (own properties, enumerable or not) and then
  // copies it with copyOf, which walks Object.keys (enumerable only). A required field defined as a
  // non-enumerable own property passes the check and is dropped from the copy: the "decoded" input
  // lacks it. Missing `actor` or `partnerTenantId` makes the checks throw a TypeError; a missing
  // `seats` is accepted and stores a subscription with `seats: undefined` that checkState does not
  // even notice. Fix: copyOf in src/internal/codec.ts must copy the codec's keys (own, whatever
  // their enumerability) or `is` must use the same view.
  it('MOD-8: a non-enumerable own field is read or refused, never dropped', () => {
    const s = world()
    for (const field of ['actor', 'partnerTenantId'] as const) {
      const input = purchase()
      Object.defineProperty(input, field, { value: input[field], enumerable: false })
      expect(() => purchaseSubscription(s, input as never)).not.toThrow()
    }
    const input = purchase()
    Object.defineProperty(input.subscription, 'seats', { value: 3, enumerable: false })
    const result = purchaseSubscription(s, input as never)
    if (E.isRight(result)) expect(getSubscription(result.right.state, subs.next)?.seats).toBe(3)
  })

  // ListType.is uses Array.prototype.every, which skips holes, and copyOf then copies a hole as
  // `undefined`. `roles: new Array(1)` passes the non-empty list codec (MOD-5: lists that need an
  // item have one) and registers a partner with no role at all; `lines: new Array(1)` in placeOrder
  // makes the line checks throw a TypeError. Fix: ListType in src/internal/codec.ts (reject holes:
  // check `i in u` for every index; copy by index).
  it('MOD-5: a sparse list is refused, never read as a list of undefined', () => {
    const registration = {
      actor: MICROSOFT,
      at: at('2019-02-01'),
      partner: {
        tenantId: NEWCOMER,
        mpnId: '8800001',
        name: 'Newcomer',
        region: US,
        roles: new Array(1),
        primaryContactEmail: null,
        anniversaryDate: null,
      },
    }
    expect(E.isLeft(registerPartner(world(), registration as never))).toBe(true)
    const order = { ...orderInput([line(subs.p2)]), lines: new Array(1) }
    let result: ReturnType<typeof placeOrder> | undefined
    expect(() => (result = placeOrder(providerWorld(), order as never))).not.toThrow()
    expect(result !== undefined && E.isLeft(result)).toBe(true)
  })

  // The fast path reads every field twice: once in `is`, once in copyOf, and copyOf trusts
  // primitives. A getter (or Proxy) that answers 3 the first time and -7 the second is checked as 3
  // and stored as -7: an active subscription with -7 seats, which checkState reports (MOD-5). A
  // hostile typed caller only, but the design promises a command never trusts its input, whoever
  // calls it. Fixed in: src/internal/codec.ts, read each property once (copy first, then validate the
  // copy).
  it('MOD-5: a value is read once, so what is checked is what is stored', () => {
    let reads = 0
    const input = purchase()
    Object.defineProperty(input.subscription, 'seats', { get: () => (reads++ === 0 ? 3 : -7), enumerable: true })
    const result = purchaseSubscription(world(), input as never)
    if (E.isRight(result)) {
      expect(getSubscription(result.right.state, subs.next)?.seats).toBe(3)
      expect(checkState(result.right.state)).toEqual([])
    }
  })

  // "Never thrown": enter() catches a decoder that throws, but then rereads raw.at outside the try
  // (ruleSetOfRaw), previews rejected values outside it (toDecodeError → preview reads every key of
  // an object), and execute/explain read `command.command` and Object.keys(command) with no guard.
  // An unknown field whose value has a throwing getter, or a revoked Proxy, makes execute, explain
  // and the typed call throw. Decision: since the library already catches throwing decoders, it
  // should survive these too (rejected with MOD-8). Fixed in: src/commands/entry.ts (ruleSetOfRaw and
  // toDecodeError inside the try), preview in src/codec/decodeError.ts (guard each read),
  // named() in src/commands/registry.ts.
  it('MOD-8: values whose reads throw are rejected commands, never thrown errors', () => {
    const s = world()
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const hostile = purchase()
    Object.assign(hostile, {
      extra: {
        get boom(): never {
          throw new Error('boom')
        },
      },
    })
    const commands: ReadonlyArray<unknown> = [
      { command: 'purchaseSubscription', input: hostile },
      { command: 'signMpa', input: proxy },
      proxy,
    ]
    for (const command of commands) {
      expect(() => execute(s, command)).not.toThrow()
      expect(() => explain(s, command)).not.toThrow()
      expect(apply(s, command).accepted).toBe(false)
    }
    expect(() => purchaseSubscription(s, hostile as never)).not.toThrow()
  })
})

describe('MPN IDs are held once (MOD-2)', () => {
  // MpnId accepts any 1 to 12 digits and keeps them as given, so "02000002" and "2000002" are two
  // MPN IDs: the MOD-2 check (string equality) lets a second partner hold the provider's MPN ID
  // with a leading zero (and "0" is an MPN ID). An MPN ID (PartnerID) is a number. Fix: the MpnId
  // codec in src/kernel/ids.ts (normalize leading zeros away, or refuse them).
  it('MOD-2: an MPN ID written with a leading zero is the same MPN ID', () => {
    refusedUnder(
      world(),
      {
        command: 'registerPartner',
        input: {
          actor: MICROSOFT,
          at: at('2019-02-01'),
          partner: {
            tenantId: NEWCOMER,
            mpnId: '02000002',
            name: 'Newcomer',
            region: US,
            roles: ['indirectReseller'],
            primaryContactEmail: null,
            anniversaryDate: null,
          },
        },
      },
      // refused as written (an MPN ID has no leading zero), or read as the provider's MPN ID
      ['MOD-8', 'InvalidInput', ['partner.mpnId']],
      ['MOD-2', 'MpnIdInUse', [PROVIDER_MPN, ids.provider]],
    )
  })
})

describe('states from outside', () => {
  // replay/evolve are public and documented for rebuilding a state from stored events, and evolve
  // already sets ProfileUpdated fields one by one (trust.test.ts). The other events are stored as
  // given: a SubscriptionPurchased (PartnerRegistered, CustomerCreated, …) carrying an extra field
  // puts it into the state, and freezeDeep freezes the caller's own event objects in place.
  // Fixed in: src/events/evolve.ts (build entities field by field, or decode with DomainEvent; never
  // freeze what the caller passed).
  it('MOD-8: replay stores no unknown field and does not freeze the events it is given', () => {
    const s = world()
    const subscription = {
      id: subs.next,
      customerTenantId: ids.customer,
      kind: 'licenseBased',
      parentId: null,
      offerId: 'o',
      seats: 1,
      status: 'active',
      autoRenew: true,
      billedBy: ids.direct,
      partnerOfRecord: null,
      supportContact: null,
      createdAt: at('2019-02-01'),
      billedTo: ids.provider,
    }
    const event = { _tag: 'SubscriptionPurchased', at: at('2019-02-01'), subscription } as unknown as DomainEvent
    const after = replay(s, [event])
    expect(Object.keys(getSubscription(after, subs.next) ?? {})).not.toContain('billedTo')
    expect(Object.isFrozen(subscription)).toBe(false)
  })

  // ProgramStateCodec runs checkState, which checks references only. A document whose customer
  // tenant names an owner without being an internal-use tenant decodes, and purchaseSubscription
  // then lets that "owner" buy for the customer without any reseller relationship (it skips the
  // ROL-2 relationship check for owned tenants). Commands only ever set `owner` on internal-use
  // customer tenants and sandboxes. Fix: referenceProblems in src/codec/stateReferences.ts (owner
  // set ⇔ internal use or sandbox), or purchaseSubscription should test internalUse.
  it('ROL-2: a state document cannot hand a partner a customer without a reseller relationship', () => {
    const document = JSON.parse(JSON.stringify(stateToJson(world())))
    document.tenants.push({
      tenantId: ids.customer2,
      kind: 'customer',
      owner: ids.provider,
      region: 'US',
      internalUse: false,
    })
    document.customers.push({ tenantId: ids.customer2, companyName: 'Not an internal tenant', domain: null })
    const decoded = ProgramStateCodec.decode(document)
    if (E.isRight(decoded)) {
      const input = { ...purchase(ids.customer2), actor: admin(ids.provider), partnerTenantId: ids.provider }
      refusedUnder(
        decoded.right,
        { command: 'purchaseSubscription', input } as ProgramCommand,
        ['ROL-2', 'NoResellerRelationship', [ids.provider, ids.customer2]],
        ['TRN-12', 'NoResellerRelationship', [ids.provider, ids.customer2]],
      )
      expect(getRelationship(decoded.right, ids.provider, ids.customer2)).toBeUndefined()
    }
  })

  // importPartnerCenter promises never to return an inconsistent state, but it only runs
  // checkState (references) on what it built: a subscription status is looked up in a plain object
  // (STATUS[s.status.toLowerCase()]), so "constructor" (or "__proto__", "toString") stores a
  // function or Object.prototype as the status, from plain JSON; and a partner imported without a
  // profile gets the name "" (a customer without a company name, a subscription without an offer
  // ID likewise). Such states are accepted, and stateToJson of them no longer decodes with
  // ProgramStateCodec. Fixed in: src/partner-center/import.ts (own-key lookup of STATUS; decode the built
  // document with ProgramStateDocument before returning it).
  it('MOD-8: the importer returns only states that its own state codec decodes', () => {
    const partner = { tenantId: ids.provider, roles: ['indirectProvider'], region: 'US', mpnId: '2000002' }
    const customer = {
      id: ids.customer,
      companyProfile: { companyName: 'Contoso' },
      relationshipToPartner: 'reseller',
      allowDelegatedAccess: true,
    }
    const payloads = [
      { at: '2020-01-01T00:00:00Z', partner },
      {
        at: '2020-01-01T00:00:00Z',
        partner,
        organizationProfile: { companyName: 'Fabrikam' },
        customers: [customer],
        subscriptions: [
          { customerTenantId: ids.customer, body: { id: subs.p1, quantity: 3, status: 'constructor', offerId: 'X' } },
        ],
      },
    ]
    for (const payload of JSON.parse(JSON.stringify(payloads))) {
      const imported = importPartnerCenter(payload)
      if (E.isRight(imported)) {
        const status = getSubscription(imported.right, subs.p1)?.status
        if (status !== undefined) expect(['active', 'suspended', 'cancelled']).toContain(status)
        expect(getPartner(imported.right, ids.provider)?.name).not.toBe('')
        expect(E.isRight(ProgramStateCodec.decode(JSON.parse(JSON.stringify(stateToJson(imported.right)))))).toBe(true)
      }
    }
  })
})
