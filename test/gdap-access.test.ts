/**
 * GDAP on customers (GDAP-12, 13, 14, 17, 18, 19): commerce without DAP, administrative tasks through
 * GDAP or DAP, no more DAP with invitations and customer creation, default GDAP, and Microsoft's
 * transition from DAP to GDAP.
 */
import { describe, expect, it } from 'vitest'
import {
  acceptCustomerInvitation,
  addLicenses,
  createCustomer,
  createGdapRelationship,
  createCustomerForReseller,
  customerAdmin,
  ENTRA_ROLES,
  evolve,
  getGdapRelationship,
  getRelationship,
  gdapRelationshipsOfCustomer,
  invitationId,
  inviteCustomer,
  microsoft,
  partnerUser,
  performAdminTask,
  terminateGdapRelationship,
  terminateInactiveDap,
  transitionDapToGdap,
  type AdminTask,
  type GdapRelationship,
  type IsoDateTime,
  type ProgramState,
  type RoleDefinitionId,
  type SecurityGroupId,
  type TenantId,
} from '../src/index.js'
import {
  accepted,
  admin,
  at,
  buy,
  customerInput,
  forResellerInput,
  ids,
  providerWorld,
  rejectsWith,
  step,
  subs,
  US,
  world,
} from './support/index.js'

const GROUP = 'a1b2c3d4-0000-4000-8000-00000000000a' as SecurityGroupId
const OTHER_GROUP = 'a1b2c3d4-0000-4000-8000-00000000000b' as SecurityGroupId
const R = ENTRA_ROLES

/** The world with the direct bill partner's relationship with its customer stripped of delegated admin. */
const withoutDap = (s: ProgramState, partner = ids.direct, customer = ids.customer): ProgramState => {
  const r = getRelationship(s, partner, customer)
  if (r === undefined) throw new Error('no relationship')
  return evolve(s, {
    _tag: 'ResellerRelationshipEstablished',
    at: r.since,
    relationship: { ...r, delegatedAdmin: false },
  })
}

/** An active GDAP relationship of the direct bill partner with its customer, `roles`, `GROUP` assigned `assigned`. */
const withGdap = (
  s: ProgramState,
  roles: ReadonlyArray<RoleDefinitionId>,
  assigned: ReadonlyArray<RoleDefinitionId> = roles,
  from = at('2023-01-02'),
  days = 365,
): ProgramState => {
  const relationship: GdapRelationship = {
    id: 'gdap-test-1',
    displayName: 'Test relationship',
    partnerTenantId: ids.direct,
    customerTenantId: ids.customer,
    indirectProviderTenantId: null,
    partnerConsentPending: false,
    durationDays: days,
    autoExtendDays: 0,
    roles: [...roles],
    status: 'active',
    createdAt: from,
    lockedAt: from,
    activatedAt: from,
    endsAt: new Date(Date.parse(from) + days * 86_400_000).toISOString() as IsoDateTime,
    terminatedAt: null,
    accessAssignments: [
      { id: 'assignment-1', securityGroupId: GROUP, roles: [...assigned], status: 'active', createdAt: from },
    ],
  }
  return evolve(s, { _tag: 'GdapRelationshipGranted', at: from, relationship, grant: 'defaultGdap' })
}

const task = (
  s: ProgramState,
  when: string,
  t: AdminTask,
  group: SecurityGroupId | null = null,
  partner: TenantId = ids.direct,
  role: 'globalAdmin' | 'adminAgent' | 'salesAgent' = 'adminAgent',
) =>
  performAdminTask(s, {
    actor: partnerUser(partner, role),
    at: at(when),
    partnerTenantId: partner,
    customerTenantId: ids.customer,
    task: t,
    securityGroupId: group,
  })

const accessOf = (s: ProgramState, when: string, t: AdminTask, group: SecurityGroupId | null = null) =>
  accepted(task(s, when, t, group)).events.map((e) => (e._tag === 'AdminTaskPerformed' ? e.access : e._tag))

describe('GDAP-17: commerce needs only the reseller relationship', () => {
  it('ROL-2 then GDAP-17: a purchase without DAP is refused before 2022-01-10 17:00 UTC, accepted from then', () => {
    const s = withoutDap(world())
    rejectsWith(buy(s, ids.direct, ids.customer, subs.next, 'licenseBased', at('2022-01-10T16:59:59.999Z')), [
      'ROL-2',
      'NoDelegatedAdmin',
      [ids.direct, ids.customer],
    ])
    accepted(buy(s, ids.direct, ids.customer, subs.next, 'licenseBased', at('2022-01-10T17:00:00Z')))
  })

  it('ROL-2 then GDAP-17: an indirect provider adds licenses without DAP from 2022-01-10 only', () => {
    const s = withoutDap(providerWorld(), ids.provider, ids.customer3)
    const more = (when: string) =>
      addLicenses(s, {
        actor: admin(ids.provider),
        at: at(when),
        providerTenantId: ids.provider,
        subscriptionId: subs.p1,
        additionalSeats: 1,
      })
    rejectsWith(more('2021-12-01'), ['ROL-2', 'NoDelegatedAdmin', [ids.provider, ids.customer3]])
    accepted(more('2022-01-11'))
  })

  it('ROL-2: a partner without any reseller relationship is still refused under GDAP-17', () => {
    rejectsWith(
      buy(world(), ids.provider, ids.customer, subs.next, 'azure', at('2022-06-01')),
      ['ROL-2', 'NoResellerRelationship', [ids.provider, ids.customer]],
      ['TRN-12', 'NoResellerRelationship', [ids.provider, ids.customer]],
    )
  })
})

describe('performAdminTask (GDAP-12, GDAP-17, GDAP-18)', () => {
  it('ROL-2: before GDAP, an administrative task needs the reseller relationship with DAP', () => {
    expect(accessOf(world(), '2020-06-01', 'createUser')).toEqual(['dap'])
    rejectsWith(task(withoutDap(world()), '2020-06-01', 'createUser'), [
      'ROL-2',
      'NoDelegatedAdmin',
      [ids.direct, ids.customer],
    ])
    rejectsWith(task(world(), '2020-06-01', 'createUser', null, ids.provider), [
      'ROL-2',
      'NoResellerRelationship',
      [ids.provider, ids.customer],
    ])
  })

  it('ROL-1: with DAP, a sales agent does not administer customers', () => {
    rejectsWith(task(world(), '2020-06-01', 'viewUsers', null, ids.direct, 'salesAgent'), [
      'ROL-1',
      'RoleNotAllowed',
      [ids.direct],
    ])
  })

  it('GDAP-17: from 2022-01-10, neither GDAP nor DAP refuses the task; DAP alone still allows it', () => {
    rejectsWith(task(withoutDap(world()), '2022-06-01', 'viewUsers'), [
      'GDAP-17',
      'NoAdminAccess',
      [ids.direct, ids.customer],
    ])
    expect(accessOf(world(), '2022-06-01', 'viewUsers')).toEqual(['dap'])
  })

  it('GDAP-18: an active relationship with License Administrator only allows assigning a license, not resetting an admin password', () => {
    const s = withGdap(withoutDap(world()), [R.licenseAdministrator])
    expect(accessOf(s, '2023-03-01', 'assignLicense', GROUP)).toEqual(['gdap'])
    rejectsWith(task(s, '2023-03-01', 'resetPrivilegedPassword', GROUP), [
      'GDAP-18',
      'TaskNotCoveredByGdapRoles',
      [ids.direct, ids.customer],
    ])
  })

  it('GDAP-12: GDAP takes precedence over DAP for a user whose group holds a role assignment', () => {
    const s = withGdap(world(), [R.licenseAdministrator])
    // DAP would allow it; the group's GDAP roles decide
    rejectsWith(task(s, '2023-03-01', 'resetPrivilegedPassword', GROUP), [
      'GDAP-18',
      'TaskNotCoveredByGdapRoles',
      [ids.direct, ids.customer],
    ])
    // a user of another group (or none) still acts with DAP
    expect(accessOf(s, '2023-03-01', 'resetPrivilegedPassword', OTHER_GROUP)).toEqual(['dap'])
    expect(accessOf(s, '2023-03-01', 'resetPrivilegedPassword')).toEqual(['dap'])
  })

  it('GDAP-18: broader roles cover a task; Global Administrator covers all', () => {
    const s = withGdap(withoutDap(world()), [R.globalAdministrator, R.userAdministrator], [R.globalAdministrator])
    for (const t of [
      'viewUsers',
      'assignLicense',
      'createUser',
      'resetPassword',
      'resetPrivilegedPassword',
      'submitSupportTicket',
    ] as const)
      expect(accessOf(s, '2023-03-01', t, GROUP)).toEqual(['gdap'])
    const helpdesk = withGdap(withoutDap(world()), [R.helpdeskAdministrator])
    expect(accessOf(helpdesk, '2023-03-01', 'resetPassword', GROUP)).toEqual(['gdap'])
    expect(accessOf(helpdesk, '2023-03-01', 'submitSupportTicket', GROUP)).toEqual(['gdap'])
    rejectsWith(task(helpdesk, '2023-03-01', 'createUser', GROUP), [
      'GDAP-18',
      'TaskNotCoveredByGdapRoles',
      [ids.direct, ids.customer],
    ])
  })

  it('GDAP-18: an assigned role the relationship does not hold covers nothing', () => {
    const s = withGdap(withoutDap(world()), [R.directoryReaders], [R.userAdministrator])
    rejectsWith(task(s, '2023-03-01', 'createUser', GROUP), [
      'GDAP-18',
      'TaskNotCoveredByGdapRoles',
      [ids.direct, ids.customer],
    ])
  })

  it('GDAP-17: an expired relationship gives no access; without DAP the task is refused', () => {
    // 30 days from 2023-01-02: expired on 2023-02-01
    const s = withGdap(withoutDap(world()), [R.globalAdministrator], undefined, at('2023-01-02'), 30)
    expect(accessOf(s, '2023-01-31', 'createUser', GROUP)).toEqual(['gdap'])
    rejectsWith(task(s, '2023-02-02', 'createUser', GROUP), ['GDAP-17', 'NoAdminAccess', [ids.direct, ids.customer]])
    // with DAP, the user falls back on it once GDAP no longer decides
    const dap = withGdap(world(), [R.licenseAdministrator], undefined, at('2023-01-02'), 30)
    expect(accessOf(dap, '2023-02-02', 'resetPrivilegedPassword', GROUP)).toEqual(['dap'])
  })
})

describe('GDAP-13: DAP is no longer granted by itself', () => {
  const invite = (s: ProgramState, id: string, customer: TenantId, when: string) =>
    inviteCustomer(s, {
      actor: admin(ids.direct),
      at: at(when),
      partnerTenantId: ids.direct,
      invitationId: invitationId(id),
      kind: 'directReseller',
      indirectProviderTenantId: null,
      customerTenantId: customer,
      newCustomer: { companyName: 'Invited', domain: null, region: US },
      delegatedAdmin: true,
    })
  const acceptOn = (when: string) => {
    const s = step(invite(world(), 'inv-dap', ids.customer2, '2023-10-01'))
    return step(
      acceptCustomerInvitation(s, {
        actor: customerAdmin(ids.customer2),
        at: at(when),
        invitationId: invitationId('inv-dap'),
      }),
    )
  }

  it('an invitation accepted on 2023-10-08 grants the DAP it asks; from 2023-10-09 none', () => {
    expect(getRelationship(acceptOn('2023-10-08'), ids.direct, ids.customer2)?.delegatedAdmin).toBe(true)
    expect(getRelationship(acceptOn('2023-10-09'), ids.direct, ids.customer2)?.delegatedAdmin).toBe(false)
  })

  const create = (when: string, flag?: boolean) =>
    accepted(
      createCustomer(world(), {
        ...customerInput(ids.direct, ids.customer2, at(when)),
        ...(flag === undefined ? {} : { enableGdapByDefault: flag }),
      }),
    )
  const grantsOf = (when: string, flag?: boolean) => {
    const outcome = create(when, flag)
    return {
      dap: getRelationship(outcome.state, ids.direct, ids.customer2)?.delegatedAdmin,
      gdap: gdapRelationshipsOfCustomer(outcome.state, ids.customer2).length,
    }
  }

  it('before 2023-10-10 the default-GDAP flag is accepted and ignored: DAP', () => {
    expect(grantsOf('2023-10-09', true)).toEqual({ dap: true, gdap: 0 })
    expect(grantsOf('2023-10-09', false)).toEqual({ dap: true, gdap: 0 })
  })

  it('from 2023-10-10: the flag true gives default GDAP and no DAP, false neither, absent DAP', () => {
    expect(grantsOf('2023-10-10', true)).toEqual({ dap: false, gdap: 1 })
    expect(grantsOf('2023-10-10', false)).toEqual({ dap: false, gdap: 0 })
    expect(grantsOf('2023-10-10')).toEqual({ dap: true, gdap: 0 })
  })

  it('from 2023-11-01: no flag gives default GDAP and no DAP; false neither', () => {
    expect(grantsOf('2023-10-31')).toEqual({ dap: true, gdap: 0 })
    expect(grantsOf('2023-11-01')).toEqual({ dap: false, gdap: 1 })
    expect(grantsOf('2023-11-01', true)).toEqual({ dap: false, gdap: 1 })
    expect(grantsOf('2023-11-01', false)).toEqual({ dap: false, gdap: 0 })
  })
})

describe('GDAP-14: default GDAP', () => {
  it('a direct bill partner gets an active 730-day relationship of 11 roles, with no access assignment', () => {
    const outcome = accepted(createCustomer(world(), customerInput(ids.direct, ids.customer2, at('2023-11-02'))))
    expect(outcome.events.map((e) => e._tag)).toEqual([
      'CustomerCreated',
      'GdapRelationshipGranted',
      'CustomerNotified',
    ])
    const rel = getGdapRelationship(outcome.state, `default_${ids.direct}_${ids.customer2}`)
    expect(rel).toMatchObject({
      partnerTenantId: ids.direct,
      customerTenantId: ids.customer2,
      status: 'active',
      durationDays: 730,
      activatedAt: at('2023-11-02'),
      endsAt: '2025-11-01T09:00:00.000Z',
      accessAssignments: [],
    })
    expect(rel?.roles).toHaveLength(11)
    expect(rel?.roles).toEqual(expect.arrayContaining([R.cloudApplicationAdministrator, R.applicationAdministrator]))
    // security groups are still to be mapped: no one administers the customer yet
    rejectsWith(
      performAdminTask(outcome.state, {
        actor: admin(ids.direct),
        at: at('2023-11-03'),
        partnerTenantId: ids.direct,
        customerTenantId: ids.customer2,
        task: 'viewUsers',
        securityGroupId: GROUP,
      }),
      ['GDAP-17', 'NoAdminAccess', [ids.direct, ids.customer2]],
    )
  })

  it('a customer created for a reseller: the provider gets 11 roles, the reseller 9, without the application administrators', () => {
    const outcome = accepted(
      createCustomerForReseller(providerWorld(), forResellerInput([], { customer: ids.customer2, when: '2023-11-02' })),
    )
    const provider = getGdapRelationship(outcome.state, `default_${ids.provider}_${ids.customer2}`)
    const reseller = getGdapRelationship(outcome.state, `default_${ids.reseller}_${ids.customer2}`)
    expect(provider?.roles).toHaveLength(11)
    expect(reseller?.roles).toHaveLength(9)
    expect(reseller?.roles).not.toContain(R.cloudApplicationAdministrator)
    expect(reseller?.roles).not.toContain(R.applicationAdministrator)
    expect(getRelationship(outcome.state, ids.reseller, ids.customer2)?.delegatedAdmin).toBe(false)
  })
})

describe('MOD-2: the derived ID of a default GDAP relationship', () => {
  /** `partner` creates, on 2023-11-01, a relationship whose ID is the one default GDAP derives for `customer2`. */
  const squatting = (s: ProgramState, partner: TenantId) =>
    step(
      createGdapRelationship(s, {
        actor: admin(partner),
        at: at('2023-11-01'),
        partnerTenantId: partner,
        relationshipId: `default_${partner}_${ids.customer2}`,
        displayName: 'Chosen by the partner',
        customerTenantId: null,
        durationDays: 30,
        autoExtendDays: 0,
        roles: [R.helpdeskAdministrator],
        forResellerTenantId: null,
      }),
    )

  it('createCustomer granting default GDAP is refused when the ID is in use; without default GDAP it is accepted', () => {
    const s = squatting(world(), ids.direct)
    const id = `default_${ids.direct}_${ids.customer2}`
    const create = (flag: boolean) =>
      createCustomer(s, { ...customerInput(ids.direct, ids.customer2, at('2023-11-02')), enableGdapByDefault: flag })
    rejectsWith(create(true), ['MOD-2', 'IdAlreadyUsed', [id]])
    const created = accepted(create(false)).state
    expect(getGdapRelationship(created, id)).toBe(getGdapRelationship(s, id))
  })

  it("createCustomerForReseller: the reseller's default GDAP ID in use refuses the creation", () => {
    const s = squatting(providerWorld(), ids.reseller)
    rejectsWith(createCustomerForReseller(s, forResellerInput([], { customer: ids.customer2, when: '2023-11-02' })), [
      'MOD-2',
      'IdAlreadyUsed',
      [`default_${ids.reseller}_${ids.customer2}`],
    ])
  })
})

describe('GDAP-19: Microsoft phases DAP out', () => {
  const transition = (s: ProgramState, when: string, actor = microsoft) =>
    transitionDapToGdap(s, {
      actor,
      at: at(when),
      partnerTenantId: ids.direct,
      customerTenantId: ids.customer,
      adminAgentsGroupId: GROUP,
      helpdeskAgentsGroupId: null,
    })

  it('refused before 2023-05-22; 8 roles from 2023-05-22, 9 with Global Reader from 2023-07-01', () => {
    rejectsWith(transition(world(), '2023-05-21'), ['GDAP-19', 'DapPhaseOutNotStarted', [ids.direct, ids.customer]])
    const rolesOn = (when: string) =>
      gdapRelationshipsOfCustomer(step(transition(world(), when)), ids.customer)[0]?.roles ?? []
    expect(rolesOn('2023-05-22')).toHaveLength(8)
    expect(rolesOn('2023-05-22')).not.toContain(R.globalReader)
    expect(rolesOn('2023-06-30')).toHaveLength(8)
    expect(rolesOn('2023-07-01')).toHaveLength(9)
    expect(rolesOn('2023-07-01')).toContain(R.globalReader)
  })

  it('the relationship is active for 365 days; the DAP ends 30 days later', () => {
    const s = step(transition(world(), '2023-08-01'))
    const [rel] = gdapRelationshipsOfCustomer(s, ids.customer)
    expect(rel).toMatchObject({ status: 'active', durationDays: 365, endsAt: '2024-07-31T09:00:00.000Z' })
    expect(rel?.displayName).toBe(`MLT_${ids.direct.slice(0, 8)}_${ids.customer.slice(0, 8)}_20230801`)
    expect(getRelationship(s, ids.direct, ids.customer)?.delegatedAdminUntil).toBe('2023-08-31T09:00:00.000Z')
    // the Admin agents group now acts through GDAP; a user through no group still has DAP for 30 days
    expect(accessOf(s, '2023-08-02', 'createUser', GROUP)).toEqual(['gdap'])
    expect(accessOf(s, '2023-08-30', 'createUser')).toEqual(['dap'])
    rejectsWith(task(s, '2023-08-31', 'createUser'), ['GDAP-17', 'NoAdminAccess', [ids.direct, ids.customer]])
  })

  it('MOD-7 and GDAP-19: only Microsoft, only for DAP, never beside an active GDAP relationship', () => {
    rejectsWith(transition(world(), '2023-08-01', admin(ids.direct)), ['MOD-7', 'NotProgramOperator', []])
    rejectsWith(transition(withoutDap(world()), '2023-08-01'), [
      'GDAP-19',
      'NoDelegatedAdminToEnd',
      [ids.direct, ids.customer],
    ])
    rejectsWith(transition(withGdap(world(), [R.directoryReaders]), '2023-08-01'), [
      'GDAP-19',
      'GdapRelationshipExists',
      [ids.direct, ids.customer, 'gdap-test-1'],
    ])
  })

  it('a DAP is turned into GDAP once: a second transition, which would push its end back, is refused', () => {
    const first = step(transition(world(), '2023-08-01'))
    const [mlt] = gdapRelationshipsOfCustomer(first, ids.customer)
    const s = step(
      terminateGdapRelationship(first, { actor: admin(ids.direct), at: at('2023-08-05'), relationshipId: mlt!.id }),
    )
    rejectsWith(transition(s, '2023-08-10'), ['GDAP-19', 'DapEndAlreadyScheduled', [ids.direct, ids.customer]])
    expect(getRelationship(s, ids.direct, ids.customer)?.delegatedAdminUntil).toBe('2023-08-31T09:00:00.000Z')
    // once that end has passed, the relationship holds no DAP to turn
    rejectsWith(transition(s, '2023-09-01'), ['GDAP-19', 'NoDelegatedAdminToEnd', [ids.direct, ids.customer]])
  })

  const removeOn = (s: ProgramState, when: string, lastUsed: string | null) =>
    terminateInactiveDap(s, {
      actor: microsoft,
      at: at(when),
      partnerTenantId: ids.direct,
      customerTenantId: ids.customer,
      lastUsedAt: lastUsed === null ? null : at(lastUsed),
    })

  it('DAP unused for over 90 days is removed; commerce goes on without it', () => {
    rejectsWith(removeOn(world(), '2023-05-30', '2023-03-01'), [
      'GDAP-19',
      'DapRecentlyUsed',
      [ids.direct, ids.customer],
    ])
    const s = step(removeOn(world(), '2023-06-01', '2023-03-01'))
    expect(getRelationship(s, ids.direct, ids.customer)?.delegatedAdmin).toBe(false)
    accepted(buy(s, ids.direct, ids.customer, subs.next, 'azure', at('2023-06-02')))
    rejectsWith(removeOn(s, '2023-06-02', null), ['GDAP-19', 'NoDelegatedAdminToEnd', [ids.direct, ids.customer]])
  })

  it('refused before 2023-05-22, and dated before the last use (MOD-6)', () => {
    rejectsWith(removeOn(world(), '2023-05-21', '2023-01-01'), [
      'GDAP-19',
      'DapPhaseOutNotStarted',
      [ids.direct, ids.customer],
    ])
    rejectsWith(
      removeOn(world(), '2023-06-01', '2023-06-02'),
      ['MOD-6', 'DatedBeforeFact', [ids.direct]],
      ['GDAP-19', 'DapRecentlyUsed', [ids.direct, ids.customer]],
    )
  })
})
