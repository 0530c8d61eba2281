/**
 * Trust boundaries: who may change what, and that inputs never reach the state except field by
 * field. Each test is a regression test for a hole that was closed; its name starts with the rule
 * that now stops it.
 */
import { describe, expect, it } from 'vitest'
import {
  DomainEvent,
  apply,
  customerAdmin,
  getInvitation,
  getPartner,
  getSubscription,
  getTenant,
  invitationId,
  partnerUser,
  replay,
  tenantId,
  type Actor,
  type InvitationId,
  type PartnerRole,
  type PartnerUserRole,
  type ProgramCommand,
  type ProgramState,
  type TenantId,
} from '../src/index.js'
import { purchaseSubscription } from '../src/commands/directBill/purchaseSubscription.js'
import { createCustomerForReseller } from '../src/commands/provider/createCustomerForReseller.js'
import { inviteCustomer } from '../src/commands/invitations/inviteCustomer.js'
import { registerPartner } from '../src/commands/partner/registerPartner.js'
import { updateProfile } from '../src/commands/partner/updateProfile.js'
import { ruleSetAt } from '../src/rules/ruleSets.js'
import {
  BR,
  US,
  accepted,
  addCustomer,
  admin,
  at,
  forResellerInput,
  ids,
  line,
  orderInput,
  partnershipInput,
  providerWorld,
  refuses,
  triples,
  register,
  subs,
  world,
  partnered,
} from './support/index.js'

const MICROSOFT: Actor = { kind: 'microsoft' }
/** A tenant the world does not know yet. */
const NEWCOMER = tenantId('d0000000-0000-4000-8000-000000000001')
const INV = invitationId('trust-1')

const run = (state: ProgramState, command: ProgramCommand) => {
  const applied = apply(state, command)
  expect(applied.violations).toEqual([])
  return applied.state
}

const profile = (actor: Actor, changes: Record<string, unknown>, partner: TenantId = ids.direct): ProgramCommand =>
  ({
    command: 'updateProfile',
    input: { actor, at: at('2019-10-10'), partnerTenantId: partner, changes },
  }) as ProgramCommand

const registration = (
  actor: Actor,
  tenant: TenantId,
  roles: ReadonlyArray<PartnerRole>,
  extra: {
    readonly mpnId?: string
    readonly locationMpnIds?: ReadonlyArray<string>
    readonly anniversary?: string
  } = {},
): ProgramCommand =>
  ({
    command: 'registerPartner',
    input: {
      actor,
      at: at('2019-02-01'),
      partner: {
        tenantId: tenant,
        mpnId: extra.mpnId ?? '8800001',
        name: 'Newcomer',
        region: US,
        roles,
        primaryContactEmail: null,
        anniversaryDate: extra.anniversary ?? null,
        ...(extra.locationMpnIds === undefined ? {} : { locationMpnIds: extra.locationMpnIds }),
      },
    },
  }) as ProgramCommand

/** The direct bill partner invites `customer`, unknown to the model, describing it as in `region`. */
const inviteNewcomer = (
  when = '2019-02-01',
  customer: TenantId = NEWCOMER,
  id: InvitationId = INV,
): ProgramCommand => ({
  command: 'inviteCustomer',
  input: {
    actor: admin(ids.direct),
    at: at(when),
    partnerTenantId: ids.direct,
    invitationId: id,
    kind: 'directReseller',
    indirectProviderTenantId: null,
    customerTenantId: customer,
    newCustomer: { companyName: 'Newcomer Ltd', domain: null, region: US },
    delegatedAdmin: true,
  },
})

const acceptInvitation = (when: string, customer: TenantId = NEWCOMER): ProgramCommand => ({
  command: 'acceptCustomerInvitation',
  input: { actor: customerAdmin(customer), at: at(when), invitationId: INV },
})

describe('updateProfile: privilege escalation', () => {
  it('ROL-1: only the global admin updates the profile; agents, helpdesk agents and billing admins do not', () => {
    const s = world()
    for (const role of ['adminAgent', 'salesAgent', 'helpdeskAgent', 'billingAdmin'] as const)
      refuses(s, profile(partnerUser(ids.direct, role), { name: 'Contoso' }), 'ROL-1', 'NotGlobalAdmin', [ids.direct])
    refuses(s, profile(customerAdmin(ids.customer), { name: 'Contoso' }), 'ROL-2', 'ActsForAnotherTenant', [ids.direct])
    expect(getPartner(run(s, profile(admin(ids.direct), { name: 'Contoso' })), ids.direct)?.name).toBe('Contoso')
  })

  it('MOD-7: a partner user cannot set its anniversary date; Microsoft records it for any partner', () => {
    const s = world()
    refuses(s, profile(admin(ids.direct), { anniversaryDate: '2018-03-15' }), 'MOD-7', 'OperatorFactByPartner', [
      ids.direct,
    ])
    const recorded = run(s, profile(MICROSOFT, { anniversaryDate: '2018-03-15' }))
    expect(getPartner(recorded, ids.direct)?.anniversaryDate).toBe('2018-03-15')
  })

  it('MOD-8: a profile update cannot grant a role, a standing or a flag', () => {
    const s = world()
    for (const [field, value] of [
      ['indirectProvider', true],
      ['directBill', { status: 'active' }],
      ['transitionEnabled', true],
      ['mpaSignedAt', '2019-01-01T00:00:00.000Z'],
    ] as const)
      refuses(s, profile(admin(ids.reseller), { [field]: value }, ids.reseller), 'MOD-8', 'UnknownField', [
        `changes.${field}`,
      ])
  })

  it('MOD-8: evolve sets only the documented profile fields of a ProfileUpdated event', () => {
    const s = world()
    const forged = {
      _tag: 'ProfileUpdated',
      at: at('2019-02-01'),
      partnerTenantId: ids.reseller,
      changes: { name: 'Renamed', indirectProvider: true, directBill: { status: 'active' } },
    } as unknown as DomainEvent
    const after = getPartner(replay(s, [forged]), ids.reseller)
    expect(after?.name).toBe('Renamed')
    expect(after?.indirectProvider).toBe(false)
    expect(after?.directBill).toBeNull()
    expect(Object.keys(after ?? {}).sort()).toEqual(Object.keys(getPartner(s, ids.reseller) ?? {}).sort())
  })

  it('MOD-2: a new MPN ID held by another partner, as its MPN ID or a location MPN ID, is refused', () => {
    const s = world()
    refuses(s, profile(admin(ids.direct), { mpnId: '2000002' }), 'MOD-2', 'MpnIdInUse', ['2000002', ids.provider])
    refuses(s, profile(MICROSOFT, { mpnId: '4847390' }), 'MOD-2', 'MpnIdInUse', ['4847390', ids.reseller])
    // its own location MPN ID stays usable
    run(s, profile(admin(ids.reseller), { mpnId: '4847390' }, ids.reseller))
  })
})

describe('inputs reach events field by field', () => {
  it('MOD-8: an input with a field it does not have is refused, and nothing of it is stored', () => {
    const s = world()
    const input = {
      actor: admin(ids.direct),
      at: at('2019-02-01'),
      partnerTenantId: ids.direct,
      subscription: {
        id: subs.next,
        customerTenantId: ids.customer,
        kind: 'licenseBased',
        parentId: null,
        offerId: 'offer-1',
        seats: 3,
        autoRenew: true,
        billedBy: ids.provider,
      },
    }
    refuses(s, { command: 'purchaseSubscription', input } as never, 'MOD-8', 'UnknownField', ['subscription.billedBy'])
  })

  it('MOD-8: decide picks every field; properties a decoded input should not have never reach an event', () => {
    const s = providerWorld()
    const decide = <I extends { readonly at: string }>(
      command: { definition: { load: (s: ProgramState, i: I) => object; decide: (c: never) => unknown } },
      input: I,
    ) =>
      command.definition.decide({
        state: s,
        input,
        ruleSet: ruleSetAt(input.at as never),
        ...command.definition.load(s, input),
      } as never) as ReadonlyArray<DomainEvent>
    const smuggled = { billedBy: ids.stranger, status: 'suspended', indirectProvider: true, tenantId: ids.stranger }
    const events = [
      ...decide(purchaseSubscription as never, {
        actor: admin(ids.direct),
        at: at('2020-03-05'),
        partnerTenantId: ids.direct,
        subscription: {
          id: subs.next,
          customerTenantId: ids.customer,
          kind: 'licenseBased',
          parentId: null,
          offerId: 'o',
          seats: 2,
          autoRenew: true,
          ...smuggled,
        },
      }),
      ...decide(createCustomerForReseller as never, {
        ...forResellerInput([{ ...line(subs.p2), ...smuggled }], { customer: ids.customer2, when: '2020-03-05' }),
        adminCredentials: { userName: 'a', password: 'b', ...smuggled },
      }),
      ...decide(inviteCustomer as never, {
        actor: admin(ids.direct),
        at: at('2020-03-05'),
        partnerTenantId: ids.direct,
        invitationId: INV,
        kind: 'directReseller',
        indirectProviderTenantId: null,
        customerTenantId: NEWCOMER,
        newCustomer: { companyName: 'N', domain: null, region: US, ...smuggled },
        delegatedAdmin: false,
      }),
      ...decide(registerPartner as never, {
        actor: MICROSOFT,
        at: at('2020-03-05'),
        partner: {
          tenantId: NEWCOMER,
          mpnId: '8800001',
          name: 'N',
          region: US,
          roles: ['indirectReseller'],
          primaryContactEmail: null,
          anniversaryDate: null,
          directBill: { status: 'active' },
        },
      }),
      ...decide(updateProfile as never, {
        actor: MICROSOFT,
        at: at('2020-03-05'),
        partnerTenantId: ids.direct,
        changes: { name: 'N', ...smuggled },
      }),
    ]
    // every event is exactly its documented shape (exact codecs: no extra property anywhere)
    for (const e of events) expect(DomainEvent.is(e)).toBe(true)
    const purchase = events.find((e) => e._tag === 'SubscriptionPurchased')
    expect(purchase?._tag === 'SubscriptionPurchased' && purchase.subscription.billedBy).toBe(ids.direct)
    const invited = events.find((e) => e._tag === 'CustomerInvited')
    expect(invited?._tag === 'CustomerInvited' && invited.invitation.newCustomer?.tenantId).toBe(NEWCOMER)
  })
})

/** A partner that is both a direct bill partner and an indirect provider, with a customer of its own and one it created for the reseller, then restricted. */
const restrictedProvider = () => {
  let s = register(providerWorld(), {
    tenant: ids.stranger,
    mpn: '9900001',
    name: 'Both Ways',
    roles: ['directBillPartner', 'indirectProvider'],
  })
  s = addCustomer(s, ids.stranger, ids.customer2)
  s = partnered(s, ids.stranger, ids.reseller, '2020-03-02')
  s = run(s, {
    command: 'createCustomerForReseller',
    input: forResellerInput([line(subs.p2)], { provider: ids.stranger, customer: ids.customerBr, when: '2020-03-03' }),
  })
  return run(s, {
    command: 'restrictDirectBill',
    input: { actor: MICROSOFT, at: at('2020-03-05'), partnerTenantId: ids.stranger, unmetRequirements: [] },
  })
}

describe('restriction on every path', () => {
  it('RST-2: a restricted direct bill partner that is also an indirect provider places no new order', () => {
    const s = restrictedProvider()
    const order = orderInput([line(subs.p3, { partnerOfRecord: null })], {
      provider: ids.stranger,
      customer: ids.customer2,
      reseller: null,
      when: '2020-03-10',
    })
    const v = refuses(s, { command: 'placeOrder', input: order }, 'RST-2', 'PartnerRestricted', [ids.stranger])
    expect(triples(v)).toEqual([['RST-2', 'PartnerRestricted', [ids.stranger]]])
  })

  it('RST-4: it creates no customer tenant for a reseller; RST-2 too when the customer comes with subscriptions', () => {
    const s = restrictedProvider()
    const bare = forResellerInput([], { provider: ids.stranger, customer: NEWCOMER, when: '2020-03-10' })
    const v = refuses(s, { command: 'createCustomerForReseller', input: bare }, 'RST-4', 'PartnerRestricted', [
      ids.stranger,
    ])
    expect(triples(v)).toEqual([['RST-4', 'PartnerRestricted', [ids.stranger]]])
    const withLines = forResellerInput([line(subs.p3)], {
      provider: ids.stranger,
      customer: NEWCOMER,
      when: '2020-03-10',
    })
    const both = refuses(s, { command: 'createCustomerForReseller', input: withLines }, 'RST-2', 'PartnerRestricted', [
      ids.stranger,
    ])
    expect(triples(both)).toEqual([
      ['RST-2', 'PartnerRestricted', [ids.stranger]],
      ['RST-4', 'PartnerRestricted', [ids.stranger]],
    ])
  })

  it('RST-8: it still adds licenses to, suspends and cancels existing subscriptions', () => {
    const s = restrictedProvider()
    const more = run(s, {
      command: 'addLicenses',
      input: {
        actor: admin(ids.stranger),
        at: at('2020-03-10'),
        providerTenantId: ids.stranger,
        subscriptionId: subs.p2,
        additionalSeats: 5,
      },
    })
    expect(getSubscription(more, subs.p2)?.seats).toBe(15)
    const base = {
      actor: admin(ids.stranger),
      at: at('2020-03-11'),
      partnerTenantId: ids.stranger,
      subscriptionId: subs.p2,
    }
    run(more, { command: 'suspendSubscription', input: base })
    run(more, { command: 'cancelSubscription', input: base })
  })
})

describe('a partner tenant never becomes a customer', () => {
  it('OWN-2: a tenant an open invitation names as a new customer cannot be registered as a partner', () => {
    const s = run(world(), inviteNewcomer())
    refuses(s, registration(MICROSOFT, NEWCOMER, ['indirectReseller']), 'OWN-2', 'PartnerTenantAsCustomer', [
      NEWCOMER,
      INV,
    ])
    // once accepted, the tenant is a known tenant, registered once (MOD-2, as before)
    const joined = run(s, acceptInvitation('2019-02-02'))
    refuses(joined, registration(MICROSOFT, NEWCOMER, ['indirectReseller']), 'MOD-2', 'PartnerAlreadyRegistered', [
      NEWCOMER,
    ])
  })

  it('OWN-2: an invited tenant that has since become a partner or sandbox tenant is not made a customer', () => {
    const invited = run(world(), inviteNewcomer())
    const sandbox = run(invited, {
      command: 'createIntegrationSandbox',
      input: { actor: admin(ids.direct), at: at('2019-02-02'), partnerTenantId: ids.direct, sandboxTenantId: NEWCOMER },
    })
    refuses(sandbox, acceptInvitation('2019-02-03'), 'OWN-2', 'PartnerTenantAsCustomer', [NEWCOMER, INV])
    // a history that registered it as a partner anyway (an imported or replayed log)
    const partnerEvent = accepted(
      registerPartner(world(), {
        actor: MICROSOFT,
        at: at('2019-02-02'),
        partner: {
          tenantId: NEWCOMER,
          mpnId: '8800001' as never,
          name: 'Newcomer',
          region: US,
          roles: ['indirectReseller'],
          primaryContactEmail: null,
          anniversaryDate: null,
        },
      }),
    ).events
    const partner = replay(invited, partnerEvent)
    expect(getTenant(partner, NEWCOMER)?.kind).toBe('partner')
    refuses(partner, acceptInvitation('2019-02-03'), 'OWN-2', 'PartnerTenantAsCustomer', [NEWCOMER, INV])
  })

  it("REG-1: on acceptance the customer is in the issuer's region, judged by its tenant if it has since joined the model", () => {
    const invited = run(world(), inviteNewcomer())
    const elsewhere = run(invited, {
      command: 'createCustomer',
      input: {
        actor: admin(ids.providerBr),
        at: at('2019-02-02'),
        partnerTenantId: ids.providerBr,
        customer: { tenantId: NEWCOMER, companyName: 'Newcomer BR', domain: null, region: BR },
        internalUse: false,
      },
    })
    refuses(elsewhere, acceptInvitation('2019-02-03'), 'REG-1', 'RegionMismatch', [ids.direct, NEWCOMER])
    // the region the customer gave, while its tenant is still new to the model, is the one judged
    const joined = run(invited, acceptInvitation('2019-02-03'))
    expect(getTenant(joined, NEWCOMER)?.region).toBe('US')
  })

  it("MOD-8: an invitation's new customer profile cannot name another tenant than the invited one", () => {
    const s = world()
    const command = inviteNewcomer()
    const input = command.input as { newCustomer: object }
    refuses(
      s,
      {
        ...command,
        input: { ...command.input, newCustomer: { ...input.newCustomer, tenantId: ids.customer2 } },
      } as never,
      'MOD-8',
      'UnknownField',
      ['newCustomer.tenantId'],
    )
  })
})

describe('MPN IDs are held once', () => {
  it('MOD-2: registerPartner refuses an MPN ID or location MPN ID another partner holds', () => {
    const s = world()
    refuses(s, registration(MICROSOFT, NEWCOMER, ['indirectReseller'], { mpnId: '2000002' }), 'MOD-2', 'MpnIdInUse', [
      '2000002',
      ids.provider,
    ])
    refuses(
      s,
      registration(MICROSOFT, NEWCOMER, ['indirectReseller'], { locationMpnIds: ['8800002', '4847390'] }),
      'MOD-2',
      'MpnIdInUse',
      ['4847390', ids.reseller],
    )
    run(s, registration(MICROSOFT, NEWCOMER, ['indirectReseller'], { locationMpnIds: ['8800002'] }))
  })
})

describe('transactional roles come through the program steps', () => {
  it('MOD-7: a partner registering itself is an indirect reseller only; Microsoft records any roles', () => {
    const s = world()
    for (const roles of [['directBillPartner'], ['indirectReseller', 'indirectProvider']] as const)
      refuses(s, registration(admin(NEWCOMER), NEWCOMER, roles), 'MOD-7', 'RoleNotGranted', [NEWCOMER])
    const self = run(s, registration(admin(NEWCOMER), NEWCOMER, ['indirectReseller']))
    expect(getPartner(self, NEWCOMER)?.directBill).toBeNull()
    const recorded = run(s, registration(MICROSOFT, NEWCOMER, ['directBillPartner', 'indirectProvider']))
    expect(getPartner(recorded, NEWCOMER)?.indirectProvider).toBe(true)
  })

  it('MOD-7: a partner registering itself does not set its anniversary date', () => {
    refuses(
      world(),
      registration(admin(NEWCOMER), NEWCOMER, ['indirectReseller'], { anniversary: '2018-10-01' }),
      'MOD-7',
      'OperatorFactByPartner',
      [NEWCOMER],
    )
  })
})

describe('the role table', () => {
  const direct = (role: PartnerUserRole) => partnerUser(ids.direct, role)
  const tasks = (actor: Actor): ReadonlyArray<ProgramCommand> => [
    {
      command: 'purchaseSubscription',
      input: {
        actor,
        at: at('2019-02-01'),
        partnerTenantId: ids.direct,
        subscription: {
          id: subs.next,
          customerTenantId: ids.customer,
          kind: 'licenseBased',
          parentId: null,
          offerId: 'o',
          seats: 1,
          autoRenew: true,
        },
      },
    },
    {
      command: 'createCustomer',
      input: {
        actor,
        at: at('2019-02-01'),
        partnerTenantId: ids.direct,
        customer: { tenantId: ids.customer2, companyName: 'C', domain: null, region: US },
        internalUse: false,
      },
    },
    { ...inviteNewcomer(), input: { ...(inviteNewcomer().input as object), actor } } as ProgramCommand,
    {
      command: 'changeSeats',
      input: { actor, at: at('2019-02-01'), partnerTenantId: ids.direct, subscriptionId: subs.license, seats: 2 },
    },
    {
      command: 'createIntegrationSandbox',
      input: { actor, at: at('2019-02-01'), partnerTenantId: ids.direct, sandboxTenantId: ids.sandbox },
    },
  ]

  it('ROL-1: helpdesk agents and billing admins never buy, create customers, invite or manage subscriptions', () => {
    const s = world()
    for (const role of ['helpdeskAgent', 'billingAdmin'] as const)
      for (const command of tasks(direct(role))) {
        const v = refuses(s, command, 'ROL-1', 'RoleNotAllowed', [ids.direct])
        expect(v.find((x) => x.rule === 'ROL-1')?.partnerCenterCode).toBe(900150)
      }
  })

  it('ROL-1: sales agents buy, create customers and manage subscriptions but do not invite; admin agents do all', () => {
    const s = world()
    const [purchase, create, invite, seats, sandbox] = tasks(direct('salesAgent'))
    for (const command of [purchase, create, seats]) run(s, command as ProgramCommand)
    refuses(s, invite as ProgramCommand, 'ROL-1', 'RoleNotAllowed', [ids.direct])
    refuses(s, sandbox as ProgramCommand, 'ROL-1', 'RoleNotAllowed', [ids.direct])
    for (const command of tasks(direct('adminAgent'))) run(s, command)
  })
})

describe('time runs forward', () => {
  it('MOD-6: an invitation is not accepted before it was issued', () => {
    const s = run(world(), inviteNewcomer('2019-02-05'))
    refuses(s, acceptInvitation('2019-02-04'), 'MOD-6', 'DatedBeforeFact', [INV])
    expect(getInvitation(run(s, acceptInvitation('2019-02-05')), INV)?.acceptedAt).not.toBeNull()
  })

  it('MOD-6: an enrollment is not approved or withdrawn before it was submitted, nor the agreement accepted before approval', () => {
    const partner = { partnerTenantId: ids.direct }
    const enrolled = run(world(), {
      command: 'enrollIndirect',
      input: { actor: admin(ids.direct), at: at('2019-11-06'), ...partner, confirmsAuthorization: true },
    })
    refuses(
      enrolled,
      { command: 'approveIndirectEnrollment', input: { actor: MICROSOFT, at: at('2019-11-05'), ...partner } },
      'MOD-6',
      'DatedBeforeFact',
      [ids.direct],
    )
    refuses(
      enrolled,
      { command: 'withdrawIndirectEnrollment', input: { actor: admin(ids.direct), at: at('2019-11-05'), ...partner } },
      'MOD-6',
      'DatedBeforeFact',
      [ids.direct],
    )
    const approved = run(enrolled, {
      command: 'approveIndirectEnrollment',
      input: { actor: MICROSOFT, at: at('2019-11-07'), ...partner },
    })
    refuses(
      approved,
      {
        command: 'acceptIndirectResellerAgreement',
        input: { actor: admin(ids.direct), at: at('2019-11-06'), ...partner },
      },
      'MOD-6',
      'DatedBeforeFact',
      [ids.direct],
    )
  })

  it('MOD-6: no credit check before the direct bill application, no review before its credit check', () => {
    const partner = { partnerTenantId: ids.reseller }
    const applied = run(world(), {
      command: 'applyForDirectBill',
      input: {
        actor: admin(ids.reseller),
        at: at('2020-03-04'),
        ...partner,
        declarations: { firstLevelSupport: true, customerAccountingInfrastructure: true, managedServices: true },
      },
    })
    refuses(
      applied,
      { command: 'recordCreditCheck', input: { actor: MICROSOFT, at: at('2020-03-03'), ...partner, passed: true } },
      'MOD-6',
      'DatedBeforeFact',
      [ids.reseller],
    )
    const checked = run(applied, {
      command: 'recordCreditCheck',
      input: { actor: MICROSOFT, at: at('2020-03-06'), ...partner, passed: true },
    })
    for (const when of ['2020-03-03', '2020-03-05'])
      refuses(
        checked,
        { command: 'completeDirectBillReview', input: { actor: MICROSOFT, at: at(when), ...partner } },
        'MOD-6',
        'DatedBeforeFact',
        [ids.reseller],
      )
    refuses(
      checked,
      {
        command: 'buySupportPlan',
        input: { actor: admin(ids.reseller), at: at('2020-03-05'), ...partner, plan: 'advancedSupportForPartners' },
      },
      'MOD-6',
      'DatedBeforeFact',
      [ids.reseller],
    )
  })

  it('MOD-6: a partnership is not accepted before it was requested', () => {
    const requested = run(world(), {
      command: 'requestPartnership',
      input: partnershipInput(ids.provider, ids.provider, ids.reseller, '2020-03-02'),
    })
    refuses(
      requested,
      { command: 'acceptPartnership', input: partnershipInput(ids.reseller, ids.provider, ids.reseller, '2020-03-01') },
      'MOD-6',
      'DatedBeforeFact',
      [ids.provider, ids.reseller],
    )
  })

  it('MOD-6: a subscription is not changed, suspended, cancelled, upgraded or given licenses before it was bought', () => {
    const s = world()
    const before = {
      actor: admin(ids.direct),
      at: at('2019-01-08'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.license,
    }
    for (const command of [
      { command: 'changeSeats', input: { ...before, seats: 4 } },
      { command: 'suspendSubscription', input: before },
      { command: 'cancelSubscription', input: before },
    ] as const)
      refuses(s, command, 'MOD-6', 'DatedBeforeFact', [subs.license])
    const p = providerWorld()
    const provider = {
      actor: admin(ids.provider),
      at: at('2020-03-02'),
      providerTenantId: ids.provider,
      subscriptionId: subs.p1,
    }
    refuses(p, { command: 'addLicenses', input: { ...provider, additionalSeats: 1 } }, 'MOD-6', 'DatedBeforeFact', [
      subs.p1,
    ])
    refuses(
      p,
      { command: 'upgradeSubscription', input: { ...provider, offerId: 'O365-E5' } },
      'MOD-6',
      'DatedBeforeFact',
      [subs.p1],
    )
  })

  it('MOD-6: an add-on is not bought before its parent subscription', () => {
    refuses(
      world(),
      {
        command: 'purchaseSubscription',
        input: {
          actor: admin(ids.direct),
          at: at('2019-01-08'),
          partnerTenantId: ids.direct,
          subscription: {
            id: subs.addOn,
            customerTenantId: ids.customer,
            kind: 'addOn',
            parentId: subs.license,
            offerId: 'o',
            seats: 1,
            autoRenew: true,
          },
        },
      },
      'MOD-6',
      'DatedBeforeFact',
      [subs.license],
    )
    refuses(
      providerWorld(),
      {
        command: 'placeOrder',
        input: orderInput([line(subs.p2, { kind: 'addOn', parentId: subs.p1 })], { when: '2020-03-02' }),
      },
      'MOD-6',
      'DatedBeforeFact',
      [subs.p1],
    )
  })
})
