/**
 * One test per rule set boundary: the same command, on the same state, judged under the set on each
 * side of the boundary (`explain` with a what-if set), fails exactly the rules the catalog brings
 * into force (or takes out of force) at that boundary, and no other. Boundaries whose rules are
 * effects are shown by the events of the same command dated on each side.
 */
import { describe, expect, it } from 'vitest'
import {
  RULE_SETS,
  apply,
  assessDirectBill,
  customerAdmin,
  ENTRA_ROLES,
  evolve,
  gdapRelationshipsOfCustomer,
  getRelationship,
  invitationId,
  inviteCustomer,
  recordPartnerStanding,
  explain,
  isoDate,
  isoDateTime,
  type ProgramCommand,
  type ProgramState,
  type RuleSetId,
} from '../src/index.js'
import { purchaseSubscription } from '../src/index.js'
import {
  addCustomer,
  admin,
  at,
  attestationFor,
  customerInput,
  ids,
  line,
  orderInput,
  providerWorld,
  register,
  RESELLER_MPN,
  step,
  subs,
  US,
  world,
} from './support/index.js'

const MICROSOFT = { kind: 'microsoft' } as const

/** The rules whose checks fail when `command` is judged on `state` under `set`. */
const failedUnder = (state: ProgramState, command: ProgramCommand, set: RuleSetId): ReadonlyArray<string> =>
  [
    ...new Set(
      explain(state, command, { whatIf: set })
        .checks.filter((c) => c.verdict === 'failed')
        .map((c) => c.rule),
    ),
  ].sort()

/** The rules failed on one side of the boundary only. */
const difference = (state: ProgramState, command: ProgramCommand, before: RuleSetId, after: RuleSetId) => {
  const a = failedUnder(state, command, before)
  const b = failedUnder(state, command, after)
  return {
    onlyBefore: a.filter((r) => !b.includes(r)),
    onlyAfter: b.filter((r) => !a.includes(r)),
  }
}

/** The direct bill partner of the base world buys `subs.next` for its customer at `when`. */
const purchase = (when: string, subscription: Record<string, unknown> = {}): ProgramCommand => ({
  command: 'purchaseSubscription',
  input: {
    actor: admin(ids.direct),
    at: at(when),
    partnerTenantId: ids.direct,
    subscription: {
      id: subs.next,
      customerTenantId: ids.customer,
      kind: 'licenseBased',
      parentId: null,
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
      seats: 10,
      autoRenew: true,
      ...subscription,
    },
  },
})

/** The boundaries this file shows, by the set that starts at each; a new set needs a test here. */
const SHOWN: ReadonlyArray<RuleSetId> = [
  '2019-10-01',
  '2019-10-04',
  '2020-02-01',
  '2020-10-27',
  '2022-01-10',
  '2022-03-10',
  '2022-03-19',
  '2023-04-15',
  '2023-05-22',
  '2023-07-01',
  '2023-10-09',
  '2023-10-10',
  '2023-10-30',
  '2023-11-01',
  '2024-01-01',
  '2024-04-01',
  '2024-09-01',
  '2025-06-02',
  '2025-10-01',
  '2025-12-01',
]

describe('rule set boundaries', () => {
  it('every boundary between two rule sets has its test', () => {
    expect(RULE_SETS.slice(1).map((s) => s.id)).toEqual(SHOWN)
  })

  it('2019-10-01: MCA-1, a purchase needs the customer agreement on record', () => {
    const s = addCustomer(world(), ids.direct, ids.customer3, at('2019-10-01'), { attest: false })
    const buy = purchase('2019-10-02', { customerTenantId: ids.customer3, offerId: 'O365-E3' })
    expect(difference(s, buy, '2018-12-18', '2019-10-01')).toEqual({ onlyBefore: [], onlyAfter: ['MCA-1'] })
  })

  it('2020-02-01: MCA-1, the Microsoft Cloud Agreement stops counting', () => {
    // a customer whose only acceptance on record is of the older agreement (as an import may hold)
    const s = evolve(addCustomer(world(), ids.direct, ids.customer3, at('2019-10-01'), { attest: false }), {
      _tag: 'CustomerAgreementAccepted',
      at: at('2019-10-02'),
      customerTenantId: ids.customer3,
      agreement: {
        kind: 'microsoftCloudAgreement',
        dateAgreed: isoDate('2019-10-02'),
        acceptedBy: 'customer',
        attestedBy: null,
        contact: null,
      },
    })
    const buy = purchase('2020-01-20', { customerTenantId: ids.customer3, offerId: 'O365-E3' })
    expect(difference(s, buy, '2019-10-04', '2020-02-01')).toEqual({ onlyBefore: [], onlyAfter: ['MCA-1'] })
  })

  it('2019-10-04: TRN-9 (2018 rules) stops refusing a new direct customer to an enrolled partner', () => {
    const s = stepAll(world(), [
      {
        command: 'setProgramFlags',
        input: {
          actor: MICROSOFT,
          at: at('2019-02-01'),
          partnerTenantId: ids.direct,
          identifiedForOffboarding: true,
          transitionEnabled: false,
        },
      },
      {
        command: 'enrollIndirect',
        input: {
          actor: admin(ids.direct),
          at: at('2019-02-04'),
          partnerTenantId: ids.direct,
          confirmsAuthorization: true,
        },
      },
      {
        command: 'approveIndirectEnrollment',
        input: { actor: MICROSOFT, at: at('2019-02-05'), partnerTenantId: ids.direct },
      },
    ])
    const create: ProgramCommand = {
      command: 'createCustomer',
      input: {
        actor: admin(ids.direct),
        at: at('2019-10-02'),
        partnerTenantId: ids.direct,
        customer: { tenantId: ids.customer3, companyName: 'Wingtip Toys', domain: null, region: US },
        internalUse: false,
      },
    }
    expect(difference(s, create, '2019-10-01', '2019-10-04')).toEqual({ onlyBefore: ['TRN-9'], onlyAfter: [] })
  })

  it('2020-02-01: PGM-3, a partner without the MPA buys nothing', () => {
    const s = register(world(), {
      tenant: ids.provider2,
      mpn: '6000006',
      name: 'Tailspin Direct',
      roles: ['directBillPartner'],
      mpa: false,
    })
    const withCustomer = stepAll(s, [
      {
        command: 'createCustomer',
        input: {
          actor: admin(ids.provider2),
          at: at('2019-01-08'),
          partnerTenantId: ids.provider2,
          customer: { tenantId: ids.customer3, companyName: 'Wingtip Toys', domain: null, region: US },
          internalUse: false,
        },
      },
    ])
    const buy: ProgramCommand = {
      command: 'purchaseSubscription',
      input: {
        actor: admin(ids.provider2),
        at: at('2020-01-15'),
        partnerTenantId: ids.provider2,
        subscription: {
          id: subs.next,
          customerTenantId: ids.customer3,
          kind: 'azure',
          parentId: null,
          offerId: 'MS-AZR-0145P',
          seats: 1,
          autoRenew: false,
        },
      },
    }
    expect(difference(withCustomer, buy, '2019-10-04', '2020-02-01')).toEqual({ onlyBefore: [], onlyAfter: ['PGM-3'] })
  })

  it('2020-10-27: the direct bill requirements are measured', () => {
    const s = world()
    const before = assessDirectBill(s, ids.direct, at('2020-10-26'), '2020-02-01')
    const after = assessDirectBill(s, ids.direct, at('2020-10-26'), '2020-10-27')
    expect([before?.inForce, before?.unknown.length]).toEqual([false, 0])
    expect(after?.inForce).toBe(true)
    expect(after?.unknown.map((u) => u.rule)).toContain('DB-5')
  })

  it('2022-01-10: NCE-1, new commerce terms are sold from new commerce general availability', () => {
    const nce = purchase('2022-01-10T16:00:00Z', { newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' } })
    expect(difference(world(), nce, '2020-10-27', '2022-01-10')).toEqual({ onlyBefore: ['NCE-1'], onlyAfter: [] })
  })

  it('2022-03-10: NCE-3, a legacy commercial seat-based order is refused', () => {
    const legacy = purchase('2022-03-09', { offerId: '91FD106F-4B2C-4938-95AC-F54F74E9A239' })
    expect(difference(world(), legacy, '2022-01-10', '2022-03-10')).toEqual({ onlyBefore: [], onlyAfter: ['NCE-3'] })
  })

  it('2022-03-19: NCE-4, a cancellation 80 hours after the purchase is refused under 72 hours and accepted under 7 days', () => {
    const s = step(
      purchaseSubscription(world(), {
        actor: admin(ids.direct),
        at: isoDateTime('2022-03-14T10:00:00Z'),
        partnerTenantId: ids.direct,
        subscription: {
          id: subs.next,
          customerTenantId: ids.customer,
          kind: 'licenseBased',
          parentId: null,
          offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
          seats: 10,
          autoRenew: true,
          newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' },
        },
      }),
    )
    const cancel: ProgramCommand = {
      command: 'cancelSubscription',
      input: {
        actor: admin(ids.direct),
        at: isoDateTime('2022-03-17T18:00:00Z'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.next,
      },
    }
    expect(difference(s, cancel, '2022-03-10', '2022-03-19')).toEqual({ onlyBefore: ['NCE-4'], onlyAfter: [] })
  })

  it('2023-04-15: MCA-5, Microsoft emails the customer after an attestation', () => {
    const s = addCustomer(world(), ids.direct, ids.customer3, at('2023-04-01'), { attest: false })
    const attest = (when: string) =>
      apply(s, {
        command: 'attestCustomerAgreement',
        input: {
          actor: admin(ids.direct),
          at: isoDateTime(when),
          partnerTenantId: ids.direct,
          customerTenantId: ids.customer3,
          agreement: attestationFor(ids.customer3, at('2023-04-14')),
        },
      }).events.map((e) => e._tag)
    expect(attest('2023-04-14T23:59:59Z')).toEqual(['CustomerAgreementAttested'])
    expect(attest('2023-04-15T00:00:00Z')).toEqual(['CustomerAgreementAttested', 'CustomerNotified'])
  })

  it('2024-01-01: NCE-19, a legacy license renewing moves to new commerce', () => {
    // a legacy license bought on 2022-12-31 (as imported): its term runs through 2023-12-30
    const s = evolve(world(), {
      _tag: 'SubscriptionPurchased',
      at: at('2022-12-31'),
      subscription: {
        id: subs.next,
        customerTenantId: ids.customer,
        kind: 'licenseBased',
        parentId: null,
        offerId: 'O365-E3',
        seats: 10,
        status: 'active',
        autoRenew: true,
        billedBy: ids.direct,
        partnerOfRecord: null,
        supportContact: null,
        createdAt: at('2022-12-31'),
      },
    })
    const renew = (when: string) =>
      apply(s, {
        command: 'renewSubscription',
        input: { actor: MICROSOFT, at: isoDateTime(when), subscriptionId: subs.next },
      }).events.map((e) => e._tag)
    expect(renew('2023-12-31T12:00:00Z')).toEqual(['SubscriptionRenewed'])
    expect(renew('2024-01-01T12:00:00Z')).toContain('SubscriptionMigratedToNewCommerce')
  })

  it('2023-05-22: GDAP-19, Microsoft starts turning DAP into GDAP', () => {
    const transition: ProgramCommand = {
      command: 'transitionDapToGdap',
      input: {
        actor: MICROSOFT,
        at: at('2023-05-20'),
        partnerTenantId: ids.direct,
        customerTenantId: ids.customer,
        adminAgentsGroupId: null,
        helpdeskAgentsGroupId: null,
      },
    }
    expect(difference(world(), transition, '2023-04-15', '2023-05-22')).toEqual({
      onlyBefore: ['GDAP-19'],
      onlyAfter: [],
    })
  })

  it('2023-07-01: GDAP-19, the GDAP relationship Microsoft makes gains Global Reader (8 roles, then 9)', () => {
    const rolesOn = (when: string) => {
      const result = apply(world(), {
        command: 'transitionDapToGdap',
        input: {
          actor: MICROSOFT,
          at: isoDateTime(when),
          partnerTenantId: ids.direct,
          customerTenantId: ids.customer,
          adminAgentsGroupId: null,
          helpdeskAgentsGroupId: null,
        },
      })
      return gdapRelationshipsOfCustomer(result.state, ids.customer).map((r) => r.roles.length)
    }
    expect([rolesOn('2023-06-30T23:59:59Z'), rolesOn('2023-07-01T00:00:00Z')]).toEqual([[8], [9]])
  })

  it('2023-10-09: GDAP-13, an accepted reseller invitation grants no DAP', () => {
    const invited = step(
      inviteCustomer(world(), {
        actor: admin(ids.direct),
        at: at('2023-10-01'),
        partnerTenantId: ids.direct,
        invitationId: invitationId('inv-boundary'),
        kind: 'directReseller',
        indirectProviderTenantId: null,
        customerTenantId: ids.customer2,
        newCustomer: { companyName: 'Invited', domain: null, region: US },
        delegatedAdmin: true,
      }),
    )
    const dapOn = (when: string) =>
      getRelationship(
        apply(invited, {
          command: 'acceptCustomerInvitation',
          input: { actor: customerAdmin(ids.customer2), at: isoDateTime(when), invitationId: 'inv-boundary' },
        }).state,
        ids.direct,
        ids.customer2,
      )?.delegatedAdmin
    expect([dapOn('2023-10-08T23:59:59Z'), dapOn('2023-10-09T00:00:00Z')]).toEqual([true, false])
  })

  /** What creating a customer at `when` grants: DAP, and how many GDAP relationships. */
  const grantsOn = (when: string, flag?: boolean) => {
    const created = apply(world(), {
      command: 'createCustomer',
      input: {
        ...customerInput(ids.direct, ids.customer2, isoDateTime(when)),
        ...(flag === undefined ? {} : { enableGdapByDefault: flag }),
      },
    }).state
    return [
      getRelationship(created, ids.direct, ids.customer2)?.delegatedAdmin,
      gdapRelationshipsOfCustomer(created, ids.customer2).length,
    ]
  }

  it('2023-10-10: GDAP-13, the default-GDAP flag on customer creation gives default GDAP and no DAP', () => {
    expect([grantsOn('2023-10-09T23:59:59Z', true), grantsOn('2023-10-10T00:00:00Z', true)]).toEqual([
      [true, 0],
      [false, 1],
    ])
  })

  it('2023-10-30: GDAP-7, a GDAP relationship may auto-extend by 180 days', () => {
    const create: ProgramCommand = {
      command: 'createGdapRelationship',
      input: {
        actor: admin(ids.direct),
        at: at('2023-10-20'),
        partnerTenantId: ids.direct,
        relationshipId: 'gdap-boundary',
        displayName: 'Contoso support',
        customerTenantId: ids.customer,
        durationDays: 365,
        autoExtendDays: 180,
        roles: [ENTRA_ROLES.licenseAdministrator],
        forResellerTenantId: null,
      },
    }
    expect(difference(world(), create, '2023-10-10', '2023-10-30')).toEqual({ onlyBefore: ['GDAP-7'], onlyAfter: [] })
  })

  it('2023-11-01: GDAP-13, creating a customer grants default GDAP and no DAP without the flag', () => {
    expect([grantsOn('2023-10-31T23:59:59Z'), grantsOn('2023-11-01T00:00:00Z')]).toEqual([
      [true, 0],
      [false, 1],
    ])
  })

  it('2024-04-01: AUTH-5, a suspended partner buys nothing new', () => {
    const suspended = step(
      recordPartnerStanding(world(), {
        actor: MICROSOFT,
        at: at('2023-12-01'),
        partnerTenantId: ids.direct,
        accountSuspended: true,
      }),
    )
    const buy = purchase('2024-02-01', { newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' } })
    expect(difference(suspended, buy, '2024-01-01', '2024-04-01')).toEqual({ onlyBefore: [], onlyAfter: ['AUTH-5'] })
  })

  it('2024-09-01: NCE-20, a legacy education license is refused', () => {
    const legacy = purchase('2024-08-30', { offerId: 'legacy-education', segment: 'education' })
    expect(difference(world(), legacy, '2024-01-01', '2024-09-01')).toEqual({ onlyBefore: [], onlyAfter: ['NCE-20'] })
  })

  /** The provider world, First Up Consultants' account suspended on 2025-01-15. */
  const resellerSuspended = () =>
    step(
      recordPartnerStanding(providerWorld(), {
        actor: MICROSOFT,
        at: at('2025-01-15'),
        partnerTenantId: ids.reseller,
        accountSuspended: true,
      }),
    )

  it('2025-06-02: POR-2, a new subscription whose partner of record is suspended is refused', () => {
    const order: ProgramCommand = {
      command: 'placeOrder',
      input: orderInput(
        [
          line(subs.p3, {
            partnerOfRecord: RESELLER_MPN,
            newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' },
          }),
        ],
        { when: '2025-05-01' },
      ),
    }
    expect(difference(resellerSuspended(), order, '2024-09-01', '2025-06-02')).toEqual({
      onlyBefore: [],
      onlyAfter: ['POR-2'],
    })
  })

  it('2025-10-01: AUTH-7 replaces DB-5, the direct bill revenue floor becomes USD 1,000,000', () => {
    const rules = (set: RuleSetId) =>
      assessDirectBill(world(), ids.direct, at('2025-09-15'), set)
        ?.unknown.concat([])
        .map((u) => u.rule)
        .filter((r) => r === 'DB-5' || r === 'AUTH-7')
    expect([rules('2025-06-02'), [...new Set(rules('2025-10-01'))]]).toEqual([['DB-5'], ['AUTH-7']])
  })

  it('2025-12-01: POR-3, a change of a subscription whose partner of record is suspended is refused', () => {
    const add: ProgramCommand = {
      command: 'addLicenses',
      input: {
        actor: admin(ids.provider),
        at: at('2025-11-15'),
        providerTenantId: ids.provider,
        subscriptionId: subs.p1,
        additionalSeats: 2,
      },
    }
    expect(difference(resellerSuspended(), add, '2025-10-01', '2025-12-01')).toEqual({
      onlyBefore: [],
      onlyAfter: ['POR-3'],
    })
  })
})

/** Applies commands in order, each of which must be accepted. */
function stepAll(state: ProgramState, commands: ReadonlyArray<ProgramCommand>): ProgramState {
  return commands.reduce((s, c) => {
    const result = apply(s, c)
    if (!result.accepted) throw new Error(`${c.command}: ${JSON.stringify(result.violations)}`)
    return result.state
  }, state)
}
