import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  COMMAND_NAMES,
  DomainEvent,
  ProgramCommand,
  RULE_IDS,
  RuleViolation,
  ViolationTag,
  apply,
  execute,
  explain,
  replay,
  stateToJson,
  partnerUser,
  type CommandName,
  type ProgramState,
} from '../src/index.js'
import { commandRun } from './support/arbitraries.js'
import { admin, at, customerInput, ids, rejectsWith, subs, world } from './support/index.js'

const runAll = (start: ProgramState, commands: ReadonlyArray<ProgramCommand>) => {
  let state = start
  const events: DomainEvent[] = []
  const steps = commands.map((command) => {
    const before = state
    const applied = apply(state, command)
    state = applied.state
    events.push(...applied.events)
    return { before, applied }
  })
  return { state, events, steps }
}

describe('the command contract (properties)', () => {
  it('folding the events of a run over its start gives its final state', () => {
    const seen = { accepted: 0, rejected: 0, events: new Set<string>() }
    fc.assert(
      fc.property(commandRun(), (commands) => {
        const start = world()
        const { state, events, steps } = runAll(start, commands)
        expect(stateToJson(replay(start, events))).toEqual(stateToJson(state))
        for (const { applied } of steps) seen[applied.accepted ? 'accepted' : 'rejected']++
        for (const e of events) seen.events.add(e._tag)
      }),
      // seeded: the coverage expectations below must not depend on the draw
      { numRuns: 150, seed: 20261130 },
    )
    // the runs mix accepted and rejected commands and reach most kinds of event
    expect(seen.accepted).toBeGreaterThan(seen.rejected / 20)
    expect(seen.events.size).toBeGreaterThanOrEqual(10)
  })

  it('a long replay (folded on a sealed working copy) equals the step-by-step fold and leaves its start untouched', () => {
    const start = world()
    const before = JSON.stringify(stateToJson(start))
    const commands: ProgramCommand[] = Array.from({ length: 150 }, (_, i) => ({
      command: 'changeSeats',
      input: {
        actor: admin(ids.direct),
        at: at('2019-03-01'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.license,
        seats: 1 + (i % 40),
      },
    }))
    commands.push({
      command: 'suspendSubscription',
      input: {
        actor: admin(ids.direct),
        at: at('2019-03-02'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.license,
      },
    })
    const { state, events } = runAll(start, commands)
    expect(events.length).toBeGreaterThanOrEqual(64)
    const replayed = replay(start, events)
    expect(stateToJson(replayed)).toEqual(stateToJson(state))
    expect(JSON.stringify(stateToJson(start))).toBe(before)
    // the result is sealed: replaying more over it leaves it as it was
    const sealed = JSON.stringify(stateToJson(replayed))
    replay(replayed, events.slice(0, 80))
    expect(JSON.stringify(stateToJson(replayed))).toBe(sealed)
  })

  it('a rejected command returns the very same state object and changes nothing', () => {
    fc.assert(
      fc.property(commandRun(), (commands) => {
        const { steps } = runAll(world(), commands)
        for (const { before, applied } of steps) {
          if (applied.accepted) continue
          expect(applied.state).toBe(before)
          expect(applied.events).toEqual([])
        }
      }),
      { numRuns: 100 },
    )
  })

  it('never changes the state it is given', () => {
    fc.assert(
      fc.property(commandRun(10), (commands) => {
        const start = world()
        const snapshot = JSON.stringify(stateToJson(start))
        runAll(start, commands)
        expect(JSON.stringify(stateToJson(start))).toBe(snapshot)
      }),
      { numRuns: 50 },
    )
  })

  it('every violation names a catalog rule, a known tag and the rule set that judged it', () => {
    const tags = new Set(Object.keys(ViolationTag.keys))
    fc.assert(
      fc.property(commandRun(), (commands) => {
        for (const { applied } of runAll(world(), commands).steps) {
          for (const v of applied.violations) {
            expect(RULE_IDS).toContain(v.rule)
            expect(tags.has(v._tag)).toBe(true)
            expect(v.ruleSet).toBe(applied.ruleSet)
            expect(v.message.length).toBeGreaterThan(10)
            expect(E.isRight(RuleViolation.decode(JSON.parse(JSON.stringify(v))))).toBe(true)
          }
        }
      }),
      { numRuns: 100 },
    )
  })

  it('commands and events survive a JSON round trip through their codecs', () => {
    fc.assert(
      fc.property(commandRun(15), (commands) => {
        const { events } = runAll(world(), commands)
        for (const command of commands) {
          const decoded = ProgramCommand.decode(JSON.parse(JSON.stringify(ProgramCommand.encode(command))))
          expect(decoded).toEqual(E.right(command))
        }
        for (const event of events) {
          expect(DomainEvent.decode(JSON.parse(JSON.stringify(DomainEvent.encode(event))))).toEqual(E.right(event))
        }
      }),
      { numRuns: 50 },
    )
  })
})

/** For every command, an input that breaks at least one rule: an actor from an unrelated tenant, or an unknown target. */
/** A GDAP relationship nobody holds, named by an outsider acting for the direct bill partner. */
const unknownGdap = {
  actor: admin(ids.stranger),
  at: at('2023-11-01'),
  partnerTenantId: ids.direct,
  relationshipId: 'gdap-x',
}

const rejecting: Record<CommandName, ProgramCommand> = {
  registerPartner: {
    command: 'registerPartner',
    input: {
      actor: admin(ids.direct),
      at: at('2019-03-01'),
      partner: {
        tenantId: ids.customer,
        mpnId: '1' as never,
        name: 'x',
        region: 'US' as never,
        roles: ['indirectReseller'],
        primaryContactEmail: null,
        anniversaryDate: null,
      },
    },
  },
  signMpa: {
    command: 'signMpa',
    input: { actor: admin(ids.stranger), at: at('2019-03-01'), partnerTenantId: ids.direct },
  },
  updateProfile: {
    command: 'updateProfile',
    input: { actor: admin(ids.stranger), at: at('2019-03-01'), partnerTenantId: ids.direct, changes: {} },
  },
  setProgramFlags: {
    command: 'setProgramFlags',
    input: {
      actor: admin(ids.direct),
      at: at('2019-03-01'),
      partnerTenantId: ids.direct,
      identifiedForOffboarding: true,
      transitionEnabled: true,
    },
  },
  createCustomer: {
    command: 'createCustomer',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.reseller,
      customer: { tenantId: ids.customer, companyName: 'x', domain: null, region: 'BR' as never },
      internalUse: false,
    },
  },
  purchaseSubscription: {
    command: 'purchaseSubscription',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.reseller,
      subscription: {
        id: subs.license,
        customerTenantId: ids.customer,
        kind: 'addOn',
        parentId: null,
        offerId: 'o',
        seats: 1,
        autoRenew: true,
      },
    },
  },
  changeSeats: {
    command: 'changeSeats',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.next,
      seats: 3,
    },
  },
  suspendSubscription: {
    command: 'suspendSubscription',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.provider,
      subscriptionId: subs.license,
    },
  },
  reactivateSubscription: {
    command: 'reactivateSubscription',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.license,
    },
  },
  renewSubscription: {
    command: 'renewSubscription',
    input: { actor: admin(ids.direct), at: at('2020-03-01'), subscriptionId: subs.license },
  },
  setAutoRenew: {
    command: 'setAutoRenew',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.license,
      autoRenew: false,
    },
  },
  scheduleNextTermChanges: {
    command: 'scheduleNextTermChanges',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.license,
      changes: null,
    },
  },
  changeTerm: {
    command: 'changeTerm',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.license,
      termDuration: 'P1Y',
      billingCycle: 'monthly',
    },
  },
  manageAzureResources: {
    command: 'manageAzureResources',
    input: {
      actor: admin(ids.direct),
      at: at('2019-03-01'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.license,
      action: 'deploy',
    },
  },
  grantAzureTenantOwner: {
    command: 'grantAzureTenantOwner',
    input: {
      actor: admin(ids.stranger),
      at: at('2020-03-01'),
      providerTenantId: ids.provider,
      customerTenantId: ids.customer,
      resellerTenantId: ids.reseller,
    },
  },
  cancelSubscription: {
    command: 'cancelSubscription',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.provider,
      subscriptionId: subs.license,
    },
  },
  createIntegrationSandbox: {
    command: 'createIntegrationSandbox',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.reseller,
      sandboxTenantId: ids.customer,
    },
  },
  enrollIndirect: {
    command: 'enrollIndirect',
    input: {
      actor: admin(ids.stranger),
      at: at('2018-12-20'),
      partnerTenantId: ids.reseller,
      confirmsAuthorization: true,
    },
  },
  approveIndirectEnrollment: {
    command: 'approveIndirectEnrollment',
    input: { actor: admin(ids.direct), at: at('2019-03-01'), partnerTenantId: ids.direct },
  },
  acceptIndirectResellerAgreement: {
    command: 'acceptIndirectResellerAgreement',
    input: { actor: admin(ids.stranger), at: at('2019-03-01'), partnerTenantId: ids.direct },
  },
  withdrawIndirectEnrollment: {
    command: 'withdrawIndirectEnrollment',
    input: { actor: admin(ids.stranger), at: at('2019-03-01'), partnerTenantId: ids.reseller },
  },
  enrollIncentive: {
    command: 'enrollIncentive',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.provider,
      program: 'indirectReseller',
    },
  },
  restrictDirectBill: {
    command: 'restrictDirectBill',
    input: { actor: admin(ids.direct), at: at('2019-03-01'), partnerTenantId: ids.reseller, unmetRequirements: [] },
  },
  inviteCustomer: {
    command: 'inviteCustomer',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      partnerTenantId: ids.reseller,
      invitationId: 'i' as never,
      kind: 'indirectReseller',
      indirectProviderTenantId: ids.providerBr,
      customerTenantId: ids.direct,
      newCustomer: null,
      delegatedAdmin: true,
    },
  },
  acceptCustomerInvitation: {
    command: 'acceptCustomerInvitation',
    input: { actor: admin(ids.stranger), at: at('2019-03-01'), invitationId: 'missing' as never },
  },
  requestPartnership: {
    command: 'requestPartnership',
    input: {
      actor: admin(ids.stranger),
      at: at('2020-03-01'),
      providerTenantId: ids.direct,
      resellerTenantId: ids.providerBr,
    },
  },
  acceptPartnership: {
    command: 'acceptPartnership',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.direct,
    },
  },
  declinePartnership: {
    command: 'declinePartnership',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.direct,
    },
  },
  withdrawPartnershipRequest: {
    command: 'withdrawPartnershipRequest',
    input: {
      actor: admin(ids.stranger),
      at: at('2019-03-01'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.direct,
    },
  },
  placeOrder: {
    command: 'placeOrder',
    input: {
      actor: admin(ids.reseller),
      at: at('2020-03-01'),
      providerTenantId: ids.reseller,
      customerTenantId: ids.customer,
      resellerTenantId: null,
      lines: [
        {
          id: subs.next,
          kind: 'licenseBased',
          parentId: null,
          offerId: 'o',
          seats: 1,
          autoRenew: true,
          partnerOfRecord: '2000002' as never,
        },
      ],
    },
  },
  createCustomerForReseller: {
    command: 'createCustomerForReseller',
    input: {
      actor: admin(ids.provider),
      at: at('2020-03-01'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.direct,
      customer: { tenantId: ids.customer, companyName: 'x', domain: null, region: 'BR' as never },
      adminCredentials: { userName: 'a', password: 'b' },
      lines: [],
    },
  },
  removePartnership: {
    command: 'removePartnership',
    input: {
      actor: admin(ids.provider),
      at: at('2020-03-01'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.reseller,
      acknowledgeTerms: false,
    },
  },
  recordAffiliation: {
    command: 'recordAffiliation',
    input: {
      actor: partnerUser(ids.provider, 'salesAgent'),
      at: at('2020-03-01'),
      partnerTenantId: ids.provider,
      affiliatedTenantId: ids.customer,
    },
  },
  addLicenses: {
    command: 'addLicenses',
    input: {
      actor: admin(ids.provider),
      at: at('2020-03-01'),
      providerTenantId: ids.provider,
      subscriptionId: subs.license,
      additionalSeats: 1,
    },
  },
  upgradeSubscription: {
    command: 'upgradeSubscription',
    input: {
      actor: admin(ids.direct),
      at: at('2020-03-01'),
      providerTenantId: ids.direct,
      subscriptionId: subs.license,
      offerId: 'o2',
    },
  },
  associateResellerWithSubscription: {
    command: 'associateResellerWithSubscription',
    input: {
      actor: admin(ids.provider),
      at: at('2020-03-01'),
      providerTenantId: ids.provider,
      subscriptionId: subs.next,
      resellerTenantId: ids.providerBr,
    },
  },
  designateSupportContact: {
    command: 'designateSupportContact',
    input: {
      actor: partnerUser(ids.provider, 'helpdeskAgent'),
      at: at('2020-03-01'),
      providerTenantId: ids.provider,
      subscriptionId: subs.license,
      resellerTenantId: ids.reseller,
    },
  },
  recordMpnMembership: {
    command: 'recordMpnMembership',
    input: { actor: admin(ids.direct), at: at('2020-11-01'), partnerTenantId: ids.direct, active: true },
  },
  recordRevenue: {
    command: 'recordRevenue',
    input: {
      actor: { kind: 'microsoft' },
      at: at('2020-11-01'),
      partnerTenantId: ids.stranger,
      month: '2020-10' as never,
      category: 'azure',
      amountUsd: '1.00',
    },
  },
  applyForDirectBill: {
    command: 'applyForDirectBill',
    input: {
      actor: partnerUser(ids.direct, 'salesAgent'),
      at: at('2020-11-01'),
      partnerTenantId: ids.direct,
      declarations: { firstLevelSupport: true, customerAccountingInfrastructure: true, managedServices: true },
    },
  },
  recordCreditCheck: {
    command: 'recordCreditCheck',
    input: { actor: { kind: 'microsoft' }, at: at('2020-11-01'), partnerTenantId: ids.reseller, passed: true },
  },
  requestDirectBillInformation: {
    command: 'requestDirectBillInformation',
    input: { actor: admin(ids.reseller), at: at('2020-11-01'), partnerTenantId: ids.reseller, information: 'Invoices' },
  },
  buySupportPlan: {
    command: 'buySupportPlan',
    input: {
      actor: admin(ids.reseller),
      at: at('2020-11-01'),
      partnerTenantId: ids.reseller,
      plan: 'premierSupportForPartners',
    },
  },
  completeDirectBillReview: {
    command: 'completeDirectBillReview',
    input: { actor: { kind: 'microsoft' }, at: at('2020-11-01'), partnerTenantId: ids.reseller },
  },
  attestCustomerAgreement: {
    command: 'attestCustomerAgreement',
    input: {
      actor: admin(ids.stranger),
      at: at('2020-03-01'),
      partnerTenantId: ids.direct,
      customerTenantId: ids.customer,
      agreement: {
        dateAgreed: '2020-02-20' as never,
        contact: {
          firstName: 'Tania',
          lastName: 'Carr',
          email: 'tania@example.com' as never,
          phoneNumber: '1234567890',
        },
      },
    },
  },
  recordCustomerAcceptance: {
    command: 'recordCustomerAcceptance',
    input: { actor: admin(ids.direct), at: at('2020-03-01'), customerTenantId: ids.customer },
  },
  createGdapRelationship: {
    command: 'createGdapRelationship',
    input: {
      actor: admin(ids.stranger),
      at: at('2023-11-01'),
      partnerTenantId: ids.direct,
      relationshipId: 'gdap-x',
      displayName: 'x',
      customerTenantId: ids.customer,
      durationDays: 730,
      autoExtendDays: 0,
      roles: ['729827e3-9c14-49f7-bb1b-9608f156bbb8' as never],
      forResellerTenantId: null,
    },
  },
  updateGdapRelationship: {
    command: 'updateGdapRelationship',
    input: { ...unknownGdap, changes: { displayName: 'y' } },
  },
  deleteGdapRelationship: { command: 'deleteGdapRelationship', input: unknownGdap },
  lockGdapRelationshipForApproval: { command: 'lockGdapRelationshipForApproval', input: unknownGdap },
  approveGdapRelationship: {
    command: 'approveGdapRelationship',
    input: {
      actor: admin(ids.stranger),
      at: at('2023-11-01'),
      customerTenantId: ids.customer,
      relationshipId: 'gdap-x',
    },
  },
  terminateGdapRelationship: {
    command: 'terminateGdapRelationship',
    input: { actor: admin(ids.stranger), at: at('2023-11-01'), relationshipId: 'gdap-x' },
  },
  createGdapAccessAssignment: {
    command: 'createGdapAccessAssignment',
    input: {
      ...unknownGdap,
      assignmentId: 'a',
      securityGroupId: '869713c9-0b28-4d08-8949-ae07ae1bf528' as never,
      roles: ['729827e3-9c14-49f7-bb1b-9608f156bbb8' as never],
    },
  },
  deleteGdapAccessAssignment: { command: 'deleteGdapAccessAssignment', input: { ...unknownGdap, assignmentId: 'a' } },
  approveResellerGdapRelationship: { command: 'approveResellerGdapRelationship', input: unknownGdap },
  rejectResellerGdapRelationship: { command: 'rejectResellerGdapRelationship', input: unknownGdap },
  performAdminTask: {
    command: 'performAdminTask',
    input: {
      actor: admin(ids.stranger),
      at: at('2023-11-01'),
      partnerTenantId: ids.direct,
      customerTenantId: ids.customer,
      task: 'createUser',
      securityGroupId: null,
    },
  },
  transitionDapToGdap: {
    command: 'transitionDapToGdap',
    input: {
      actor: admin(ids.direct),
      at: at('2023-08-01'),
      partnerTenantId: ids.direct,
      customerTenantId: ids.customer,
      adminAgentsGroupId: null,
      helpdeskAgentsGroupId: null,
    },
  },
  terminateInactiveDap: {
    command: 'terminateInactiveDap',
    input: {
      actor: admin(ids.direct),
      at: at('2023-08-01'),
      partnerTenantId: ids.direct,
      customerTenantId: ids.customer,
      lastUsedAt: at('2023-01-01'),
    },
  },
  // a partner's admin does not suspend accounts (MOD-7)
  recordPartnerStanding: {
    command: 'recordPartnerStanding',
    input: { actor: admin(ids.direct), at: at('2024-06-03'), partnerTenantId: ids.direct, accountSuspended: true },
  },
  // the indirect provider is no indirect reseller (AUTH-1)
  assessResellerRevenue: {
    command: 'assessResellerRevenue',
    input: {
      actor: { kind: 'microsoft' },
      at: at('2025-01-15'),
      resellerTenantId: ids.provider,
      anniversaryMonth: '2025-01' as never,
      trailingTwelveMonthRevenueCents: 0,
    },
  },
  // a warning 91 days before the anniversary month (AUTH-2)
  noticeResellerRevenueFloor: {
    command: 'noticeResellerRevenueFloor',
    input: {
      actor: { kind: 'microsoft' },
      at: at('2024-10-01'),
      resellerTenantId: ids.reseller,
      anniversaryMonth: '2025-01' as never,
      trailingTwelveMonthRevenueCents: 0,
      notice: 'warning',
    },
  },
  // First Up was never deauthorized (AUTH-3)
  reauthorizeReseller: {
    command: 'reauthorizeReseller',
    input: { actor: { kind: 'microsoft' }, at: at('2025-01-15'), resellerTenantId: ids.reseller },
  },
  // a tenant no partner holds (MOD-1)
  recordAuthorizationFacts: {
    command: 'recordAuthorizationFacts',
    input: { actor: { kind: 'microsoft' }, at: at('2025-10-02'), partnerTenantId: ids.stranger, facts: {} },
  },
  // no revenue recorded for the provider (AUTH-8)
  assessDistributorAuthorization: {
    command: 'assessDistributorAuthorization',
    input: { actor: { kind: 'microsoft' }, at: at('2025-10-02'), providerTenantId: ids.provider },
  },
}

describe('every command on rejecting inputs', () => {
  it('has a rejecting case for every command', () => {
    expect(Object.keys(rejecting).sort()).toEqual([...COMMAND_NAMES].sort())
  })

  it.each(COMMAND_NAMES)('%s: rejected, every violation names a catalog rule ID, state untouched', (name) => {
    const state = world()
    const applied = apply(state, rejecting[name])
    expect(applied.accepted).toBe(false)
    expect(applied.state).toBe(state)
    expect(applied.violations.length).toBeGreaterThan(0)
    for (const v of applied.violations) expect(RULE_IDS).toContain(v.rule)
    // the same result through execute, and explain reports exactly those failures
    expect(execute(state, rejecting[name])).toEqual(E.left(applied.violations))
    const judged = explain(state, rejecting[name])
    expect(judged.checks.flatMap((c) => c.violations)).toEqual(applied.violations)
  })

  it('reports every failing rule, not only the first', () => {
    rejectsWith(
      execute(world(), rejecting.purchaseSubscription),
      ['ROL-2', 'ActsForAnotherTenant', [ids.reseller]],
      ['MOD-2', 'IdAlreadyUsed', [subs.license]],
      ['PGM-2', 'NoBillingRelationship', [ids.reseller]],
      ['ROL-2', 'NoResellerRelationship', [ids.reseller, ids.customer]],
      // an add-on without a parent: the add-on is the only ID concerned (subjects are IDs)
      ['MOD-4', 'InvalidAddOnParent', [subs.license]],
    )
  })
})

describe('explain', () => {
  it('lists every check with its verdict, and rules not in force under the rule set', () => {
    const judged = explain(world(), {
      command: 'enrollIndirect',
      input: {
        actor: admin(ids.direct),
        at: at('2019-11-04'),
        partnerTenantId: ids.direct,
        confirmsAuthorization: true,
      },
    })
    expect([judged.ruleSet, judged.whatIf]).toEqual(['2019-10-04', false])
    expect(judged.checks.map((c) => [c.rule, c.verdict])).toEqual([
      ['MOD-8', 'passed'],
      ['MOD-1', 'passed'],
      ['ROL-2', 'passed'],
      ['ROL-1', 'passed'],
      ['TRN-2', 'passed'],
      ['TRN-2', 'passed'],
      ['TRN-3', 'passed'],
      ['TRN-4', 'passed'],
    ])
    // before 2020-02-01 the MPA rule is not in force for new business
    const customer = explain(world(), {
      command: 'createCustomer',
      input: customerInput(ids.direct, ids.customer2, at('2019-11-04')),
    })
    expect(customer.checks.filter((c) => c.rule === 'PGM-3').map((c) => c.verdict)).toEqual(['notInForce'])
  })

  it('changes nothing', () => {
    const state = world()
    const snapshot = JSON.stringify(stateToJson(state))
    explain(state, {
      command: 'enrollIndirect',
      input: {
        actor: admin(ids.direct),
        at: at('2019-11-04'),
        partnerTenantId: ids.direct,
        confirmsAuthorization: true,
      },
    })
    expect(JSON.stringify(stateToJson(state))).toBe(snapshot)
  })
})
