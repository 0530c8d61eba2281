import { describe, expect, it } from 'vitest'
import {
  cancelSubscription,
  changeSeats,
  createCustomer,
  createIntegrationSandbox,
  customerCapabilities,
  customersOfPartner,
  getPartner,
  getRelationship,
  getSubscription,
  getTenant,
  mpnId,
  partnerUser,
  registerPartner,
  setProgramFlags,
  signMpa,
  suspendSubscription,
  updateProfile,
} from '../src/index.js'
import {
  BR,
  accepted,
  addCustomer,
  admin,
  at,
  buy,
  ids,
  register,
  rejectsWith,
  step,
  subs,
  world,
  customerInput,
  standaloneKinds,
} from './support/index.js'

describe('registerPartner (PGM-1)', () => {
  it('PGM-1: one tenant holds several roles', () => {
    const s = step(
      registerPartner(world(), {
        actor: { kind: 'microsoft' },
        at: at('2019-02-01'),
        partner: {
          tenantId: ids.stranger,
          mpnId: mpnId('7777777'),
          name: 'Both Ways',
          region: BR,
          roles: ['directBillPartner', 'indirectProvider'],
          primaryContactEmail: null,
          anniversaryDate: null,
        },
      }),
    )
    const p = getPartner(s, ids.stranger)
    expect(p?.directBill).toEqual({ status: 'active' })
    expect(p?.indirectProvider).toBe(true)
    expect(getTenant(s, ids.stranger)?.kind).toBe('partner')
  })

  it('MOD-2: rejects a tenant that is already known', () => {
    const s = world()
    rejectsWith(
      registerPartner(s, {
        actor: { kind: 'microsoft' },
        at: at('2019-02-01'),
        partner: {
          tenantId: ids.customer,
          mpnId: mpnId('1'),
          name: 'x',
          region: BR,
          roles: ['indirectReseller'],
          primaryContactEmail: null,
          anniversaryDate: null,
        },
      }),
      ['MOD-2', 'PartnerAlreadyRegistered', [ids.customer]],
    )
  })

  it('ROL-1 and ROL-2: a non-admin of the tenant, or a user of another tenant, cannot register it', () => {
    const input = {
      tenantId: ids.stranger,
      mpnId: mpnId('1'),
      name: 'x',
      region: BR,
      roles: ['indirectReseller' as const],
      primaryContactEmail: null,
      anniversaryDate: null,
    }
    rejectsWith(
      registerPartner(world(), {
        actor: partnerUser(ids.stranger, 'salesAgent'),
        at: at('2019-02-01'),
        partner: input,
      }),
      ['ROL-1', 'NotGlobalAdmin', [ids.stranger]],
    )
    rejectsWith(registerPartner(world(), { actor: admin(ids.direct), at: at('2019-02-01'), partner: input }), [
      'ROL-2',
      'ActsForAnotherTenant',
      [ids.stranger],
    ])
  })
})

describe('signMpa (PGM-3)', () => {
  it('PGM-3: is signed once, by the global admin (ROL-1)', () => {
    const s = register(world(), {
      tenant: ids.stranger,
      mpn: '5',
      name: 'Late',
      roles: ['directBillPartner'],
      mpa: false,
    })
    rejectsWith(
      signMpa(s, {
        actor: partnerUser(ids.stranger, 'adminAgent'),
        at: at('2020-03-01'),
        partnerTenantId: ids.stranger,
      }),
      ['ROL-1', 'NotGlobalAdmin', [ids.stranger]],
    )
    const signed = step(signMpa(s, { actor: admin(ids.stranger), at: at('2020-03-01'), partnerTenantId: ids.stranger }))
    expect(getPartner(signed, ids.stranger)?.mpaSignedAt).toBe('2020-03-01T09:00:00.000Z')
    rejectsWith(signMpa(signed, { actor: admin(ids.stranger), at: at('2020-03-02'), partnerTenantId: ids.stranger }), [
      'PGM-3',
      'MpaAlreadySigned',
      [ids.stranger],
    ])
  })

  it('PGM-3: from 2020-02-01 a partner without the MPA cannot create customers or buy; before, it can', () => {
    const s = register(world(), {
      tenant: ids.stranger,
      mpn: '5',
      name: 'No MPA',
      roles: ['directBillPartner'],
      mpa: false,
    })
    const create = (when: string) => createCustomer(s, customerInput(ids.stranger, ids.customer2, at(when)))
    const v = rejectsWith(create('2020-02-01'), ['PGM-3', 'MpaNotSigned', [ids.stranger]])
    expect(v[0]?.partnerCenterCode).toBe(900124)
    accepted(create('2020-01-31'))
  })
})

describe('updateProfile and setProgramFlags', () => {
  it('ROL-2: a partner updates its own profile only', () => {
    const s = world()
    const next = step(
      updateProfile(s, {
        actor: admin(ids.direct),
        at: at('2019-02-01'),
        partnerTenantId: ids.direct,
        changes: { profileCurrent: false },
      }),
    )
    expect(getPartner(next, ids.direct)?.profileCurrent).toBe(false)
    expect(getPartner(next, ids.direct)?.name).toBe('Contoso Direct')
    rejectsWith(
      updateProfile(s, { actor: admin(ids.provider), at: at('2019-02-01'), partnerTenantId: ids.direct, changes: {} }),
      ['ROL-2', 'ActsForAnotherTenant', [ids.direct]],
    )
  })

  it('MOD-7: only Microsoft sets the transition flags', () => {
    const input = {
      at: at('2019-02-01'),
      partnerTenantId: ids.direct,
      identifiedForOffboarding: true,
      transitionEnabled: false,
    }
    rejectsWith(setProgramFlags(world(), { ...input, actor: admin(ids.direct) }), ['MOD-7', 'NotProgramOperator', []])
    const s = step(setProgramFlags(world(), { ...input, actor: { kind: 'microsoft' } }))
    expect(getPartner(s, ids.direct)?.identifiedForOffboarding).toBe(true)
  })
})

describe('createCustomer', () => {
  it('creates the tenant with a direct bill reseller relationship and delegated admin', () => {
    const s = addCustomer(world(), ids.direct, ids.customer2)
    expect(getTenant(s, ids.customer2)).toMatchObject({ kind: 'customer', owner: null, internalUse: false })
    expect(getRelationship(s, ids.direct, ids.customer2)).toMatchObject({
      channel: 'directBill',
      delegatedAdmin: true,
      origin: 'customerCreation',
    })
    expect(customersOfPartner(s, ids.direct).map((c) => c.tenantId)).toEqual([ids.customer, ids.customer2].sort())
  })

  it('TRN-10: an indirect reseller cannot create customer tenants', () => {
    const s = world()
    rejectsWith(createCustomer(s, customerInput(ids.reseller, ids.customer2, at('2019-02-01'))), [
      'TRN-10',
      'CannotCreateCustomerTenant',
      [ids.reseller],
    ])
  })

  it('REG-1: the customer must be in the partner region (code 2030)', () => {
    const s = world()
    const v = rejectsWith(
      createCustomer(s, customerInput(ids.direct, ids.customerBr, at('2019-02-01'), { region: BR })),
      ['REG-1', 'RegionMismatch', [ids.direct, ids.customerBr]],
    )
    expect(v[0]?.partnerCenterCode).toBe(2030)
  })

  it('MOD-2: an existing tenant is not created again (it is invited instead, INV-1)', () => {
    rejectsWith(createCustomer(world(), customerInput(ids.direct, ids.customer, at('2019-02-01'))), [
      'MOD-2',
      'CustomerTenantExists',
      [ids.customer],
    ])
  })
})

describe('purchaseSubscription', () => {
  it.each(standaloneKinds)('buys a %s subscription billed to the direct bill partner', (kind) => {
    const s = step(buy(world(), ids.direct, ids.customer, subs.next, kind))
    expect(getSubscription(s, subs.next)).toMatchObject({
      kind,
      status: 'active',
      billedBy: ids.direct,
      partnerOfRecord: null,
    })
  })

  it('buys an add-on for an active license-based subscription of the same customer', () => {
    const s = step(buy(world(), ids.direct, ids.customer, subs.addOn, 'addOn', at('2019-02-01'), subs.license))
    expect(getSubscription(s, subs.addOn)?.parentId).toBe(subs.license)
  })

  it('MOD-4: an add-on without a valid license-based parent is rejected, and only an add-on names a parent', () => {
    const s = step(buy(world(), ids.direct, ids.customer, subs.azure, 'azure'))
    rejectsWith(buy(s, ids.direct, ids.customer, subs.addOn, 'addOn', at('2019-02-01'), subs.azure), [
      'MOD-4',
      'InvalidAddOnParent',
      [subs.addOn, subs.azure],
    ])
    // no parent at all: the add-on is the only ID concerned (subjects are IDs, RuleViolation)
    rejectsWith(buy(s, ids.direct, ids.customer, subs.addOn, 'addOn', at('2019-02-01'), null), [
      'MOD-4',
      'InvalidAddOnParent',
      [subs.addOn],
    ])
    rejectsWith(buy(s, ids.direct, ids.customer, subs.next, 'licenseBased', at('2019-02-01'), subs.license), [
      'MOD-4',
      'InvalidAddOnParent',
      [subs.next],
    ])
  })

  it('PGM-2: an indirect reseller cannot buy from Microsoft', () => {
    const s = world()
    rejectsWith(
      buy(s, ids.reseller, ids.customer, subs.next),
      ['PGM-2', 'NoBillingRelationship', [ids.reseller]],
      ['ROL-2', 'NoResellerRelationship', [ids.reseller, ids.customer]],
    )
  })

  it('ROL-2: no purchase without a reseller relationship (code 20002); MOD-1: nor for an unknown customer; MOD-2: nor with a used ID', () => {
    const s = addCustomer(world(), ids.provider, ids.customer2)
    const v = rejectsWith(buy(s, ids.direct, ids.customer2, subs.next), [
      'ROL-2',
      'NoResellerRelationship',
      [ids.direct, ids.customer2],
    ])
    expect(v[0]?.partnerCenterCode).toBe(20002)
    rejectsWith(buy(s, ids.direct, ids.stranger, subs.next), ['MOD-1', 'UnknownCustomer', [ids.stranger]])
    rejectsWith(buy(s, ids.direct, ids.customer, subs.license), ['MOD-2', 'IdAlreadyUsed', [subs.license]])
  })

  it('TRN-12: an indirect provider orders only for customers it has a reseller relationship with', () => {
    const v = rejectsWith(
      buy(world(), ids.provider, ids.customer, subs.next),
      ['TRN-12', 'NoResellerRelationship', [ids.provider, ids.customer]],
      ['ROL-2', 'NoResellerRelationship', [ids.provider, ids.customer]],
    )
    expect(v.map((x) => x.partnerCenterCode)).toEqual([20002, 20002])
  })

  it('OWN-1: nothing is bought on the partner tenant; the internal-use tenant is fine', () => {
    rejectsWith(buy(world(), ids.direct, ids.direct, subs.next, 'azure'), ['OWN-1', 'OwnPartnerTenant', [ids.direct]])
    const s = addCustomer(world(), ids.direct, ids.internal, at('2019-01-08'), { internalUse: true })
    expect(getTenant(s, ids.internal)).toMatchObject({ owner: ids.direct, internalUse: true })
    accepted(buy(s, ids.direct, ids.internal, subs.next, 'azure'))
  })
})

describe('changeSeats, suspendSubscription, cancelSubscription', () => {
  const base = {
    actor: admin(ids.direct),
    at: at('2019-03-01'),
    partnerTenantId: ids.direct,
    subscriptionId: subs.license,
  }

  it('changes the seats of a license-based subscription', () => {
    const out = accepted(changeSeats(world(), { ...base, seats: 25 }))
    expect(getSubscription(out.state, subs.license)?.seats).toBe(25)
    expect(out.events[0]).toMatchObject({ _tag: 'SeatsChanged', previousSeats: 10, seats: 25 })
  })

  it('MOD-3: seats of an Azure subscription, or of a suspended one, cannot change', () => {
    const s = step(buy(world(), ids.direct, ids.customer, subs.azure, 'azure'))
    rejectsWith(changeSeats(s, { ...base, subscriptionId: subs.azure, seats: 2 }), [
      'MOD-3',
      'SubscriptionNotChangeable',
      [subs.azure],
    ])
    const suspended = step(suspendSubscription(world(), base))
    const v = rejectsWith(changeSeats(suspended, { ...base, seats: 2 }), [
      'MOD-3',
      'SubscriptionNotChangeable',
      [subs.license],
    ])
    expect(v[0]?.partnerCenterCode).toBe(800091)
  })

  it('suspends, then cancels; a cancelled subscription stops renewing and cannot be cancelled again (MOD-3)', () => {
    const suspended = step(suspendSubscription(world(), base))
    expect(getSubscription(suspended, subs.license)?.status).toBe('suspended')
    rejectsWith(suspendSubscription(suspended, base), ['MOD-3', 'SubscriptionNotChangeable', [subs.license]])
    const cancelled = step(cancelSubscription(suspended, base))
    expect(getSubscription(cancelled, subs.license)).toMatchObject({ status: 'cancelled', autoRenew: false })
    rejectsWith(cancelSubscription(cancelled, base), ['MOD-3', 'SubscriptionNotChangeable', [subs.license]])
  })

  it('ROL-2: only the billing partner changes a subscription; MOD-1: unknown subscriptions are rejected', () => {
    rejectsWith(
      changeSeats(world(), { ...base, actor: admin(ids.provider), partnerTenantId: ids.provider, seats: 3 }),
      ['ROL-2', 'NoResellerRelationship', [subs.license, ids.provider]],
    )
    rejectsWith(suspendSubscription(world(), { ...base, subscriptionId: subs.next }), [
      'MOD-1',
      'UnknownSubscription',
      [subs.next],
    ])
  })
})

describe('createIntegrationSandbox (RST-6)', () => {
  const input = {
    actor: admin(ids.direct),
    at: at('2019-03-01'),
    partnerTenantId: ids.direct,
    sandboxTenantId: ids.sandbox,
  }

  it('RST-6: one sandbox per direct bill partner tenant', () => {
    const s = step(createIntegrationSandbox(world(), input))
    expect(getPartner(s, ids.direct)?.sandboxTenantId).toBe(ids.sandbox)
    expect(getTenant(s, ids.sandbox)).toMatchObject({ kind: 'integrationSandbox', owner: ids.direct })
    rejectsWith(createIntegrationSandbox(s, { ...input, sandboxTenantId: ids.stranger }), [
      'RST-6',
      'SandboxAlreadyExists',
      [ids.direct, ids.sandbox],
    ])
  })

  it('RST-6: an indirect reseller has no sandbox', () => {
    rejectsWith(
      createIntegrationSandbox(world(), { ...input, actor: admin(ids.reseller), partnerTenantId: ids.reseller }),
      ['RST-6', 'NotDirectBillPartner', [ids.reseller]],
    )
  })
})

describe('customerCapabilities (TRN-13)', () => {
  it('TRN-13: a direct bill customer gets orders, reservations, software and direct billing', () => {
    const caps = customerCapabilities(world(), ids.direct, ids.customer)
    expect(caps).toEqual(
      expect.arrayContaining(['createOrders', 'manageAzureReservations', 'buySoftware', 'billDirectly', 'addProducts']),
    )
    expect(customerCapabilities(world(), ids.provider, ids.customer)).toEqual([])
  })
})
