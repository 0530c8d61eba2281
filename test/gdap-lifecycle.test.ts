/**
 * GDAP relationships and their lifecycle (GDAP-1 … GDAP-11, GDAP-15, GDAP-16): creation, edits,
 * approval, expiry read from the date, auto-extension, termination, access assignments and the
 * relationships an indirect provider creates for its resellers.
 */
import { describe, expect, it } from 'vitest'
import {
  approveGdapRelationship,
  approveResellerGdapRelationship,
  createGdapAccessAssignment,
  createGdapRelationship,
  customerAdmin,
  deleteGdapAccessAssignment,
  deleteGdapRelationship,
  ENTRA_ROLES,
  gdapEndAt,
  gdapRelationshipsOfCustomer,
  gdapRelationshipsOfPartner,
  gdapRemindersOf,
  gdapStatusAt,
  getGdapRelationship,
  lockGdapRelationshipForApproval,
  microsoft,
  partnerUser,
  rejectResellerGdapRelationship,
  terminateGdapRelationship,
  updateGdapRelationship,
  type CreateGdapRelationshipInput,
  type GdapRelationship,
  type ProgramState,
  type SecurityGroupId,
} from '../src/index.js'
import { admin, at, ids, providerWorld, rejected, rejectsWith, step } from './support/index.js'

const REL = 'gdap-1'
const GROUP = '869713c9-0b28-4d08-8949-ae07ae1bf528' as SecurityGroupId
const HELPDESK = ENTRA_ROLES.helpdeskAdministrator
const GLOBAL = ENTRA_ROLES.globalAdministrator

const createInput = (
  when: string,
  overrides: Partial<CreateGdapRelationshipInput> = {},
): CreateGdapRelationshipInput => ({
  actor: admin(ids.direct),
  at: at(when),
  partnerTenantId: ids.direct,
  relationshipId: REL,
  displayName: 'Contoso helpdesk',
  customerTenantId: ids.customer,
  durationDays: 730,
  autoExtendDays: 0,
  roles: [HELPDESK],
  forResellerTenantId: null,
  ...overrides,
})
const partnerOn = (when: string, id = REL) => ({
  actor: admin(ids.direct),
  at: at(when),
  partnerTenantId: ids.direct,
  relationshipId: id,
})
const approval = (when: string, customer = ids.customer, id = REL) => ({
  actor: customerAdmin(customer),
  at: at(when),
  customerTenantId: customer,
  relationshipId: id,
})
const rel = (s: ProgramState, id = REL): GdapRelationship => getGdapRelationship(s, id)!

const created = (when = '2023-11-01', overrides: Partial<CreateGdapRelationshipInput> = {}) =>
  step(createGdapRelationship(providerWorld(), createInput(when, overrides)))
const locked = (when = '2023-11-01', overrides: Partial<CreateGdapRelationshipInput> = {}) =>
  step(lockGdapRelationshipForApproval(created(when, overrides), partnerOn(when)))
const active = (when = '2023-11-01', overrides: Partial<CreateGdapRelationshipInput> = {}) =>
  step(approveGdapRelationship(locked(when, overrides), approval(when)))

describe('createGdapRelationship (GDAP-1, GDAP-3, GDAP-7, GDAP-16)', () => {
  it('creates a created relationship, listed under its partner and customer', () => {
    const s = created()
    expect(rel(s)).toMatchObject({ status: 'created', lockedAt: null, endsAt: null, accessAssignments: [] })
    expect(gdapRelationshipsOfPartner(s, ids.direct).map((r) => r.id)).toEqual([REL])
    expect(gdapRelationshipsOfCustomer(s, ids.customer).map((r) => r.id)).toEqual([REL])
  })

  it('GDAP-1: refused before 2022-01-10, accepted from it', () => {
    rejectsWith(createGdapRelationship(providerWorld(), createInput('2021-12-01')), ['GDAP-1', 'GdapNotAvailable', []])
    expect(rel(created('2022-01-11')).status).toBe('created')
  })

  it('GDAP-3: 1 to 730 days, a display name of at most 50 characters, unique for the partner', () => {
    rejectsWith(createGdapRelationship(providerWorld(), createInput('2023-11-01', { durationDays: 731 })), [
      'GDAP-3',
      'GdapDurationOutOfRange',
      ['731'],
    ])
    // no duration below a day: refused at entry, out of range (MOD-5)
    const zero = rejected(createGdapRelationship(providerWorld(), createInput('2023-11-01', { durationDays: 0 })))
    expect(zero.map((v) => v.rule)).toEqual(['MOD-5'])
    const long = 'x'.repeat(51)
    rejectsWith(createGdapRelationship(providerWorld(), createInput('2023-11-01', { displayName: long })), [
      'GDAP-3',
      'GdapDisplayNameTooLong',
      [long],
    ])
    expect(rel(created('2023-11-01', { displayName: 'x'.repeat(50), durationDays: 1 })).durationDays).toBe(1)
    rejectsWith(createGdapRelationship(created(), createInput('2023-11-02', { relationshipId: 'gdap-2' })), [
      'GDAP-3',
      'GdapDisplayNameTaken',
      [REL],
    ])
  })

  it('MOD-2: a relationship ID is used once', () => {
    rejectsWith(createGdapRelationship(created(), createInput('2023-11-02', { displayName: 'Other' })), [
      'MOD-2',
      'IdAlreadyUsed',
      [REL],
    ])
  })

  it('GDAP-7: auto-extension by 180 days refused before 2023-10-30, accepted from it', () => {
    rejectsWith(createGdapRelationship(providerWorld(), createInput('2023-10-29', { autoExtendDays: 180 })), [
      'GDAP-7',
      'GdapAutoExtendNotAllowed',
      ['180'],
    ])
    expect(rel(created('2023-10-30', { autoExtendDays: 180 })).autoExtendDays).toBe(180)
    rejectsWith(createGdapRelationship(providerWorld(), createInput('2023-11-01', { autoExtendDays: 90 })), [
      'GDAP-7',
      'GdapAutoExtendNotAllowed',
      ['90'],
    ])
  })

  it('GDAP-7: never auto-extended with the Global Administrator role', () => {
    rejectsWith(
      createGdapRelationship(providerWorld(), createInput('2023-11-01', { autoExtendDays: 180, roles: [GLOBAL] })),
      ['GDAP-7', 'GdapAutoExtendWithGlobalAdmin', []],
    )
    expect(rel(created('2023-11-01', { roles: [GLOBAL] })).roles).toEqual([GLOBAL])
  })

  it('GDAP-16: only an admin agent or global admin of the partner requests GDAP', () => {
    const input = createInput('2023-11-01', { actor: partnerUser(ids.direct, 'salesAgent') })
    rejectsWith(createGdapRelationship(providerWorld(), input), ['GDAP-16', 'GdapNotAdminAgent', [ids.direct]])
    expect(
      createGdapRelationship(
        providerWorld(),
        createInput('2023-11-01', { actor: partnerUser(ids.direct, 'adminAgent') }),
      )._tag,
    ).toBe('Right')
  })

  it('GDAP-16, not ROL-2: Microsoft or a customer admin neither requests nor manages GDAP', () => {
    rejectsWith(createGdapRelationship(providerWorld(), createInput('2023-11-01', { actor: microsoft })), [
      'GDAP-16',
      'GdapNotAdminAgent',
      [],
    ])
    rejectsWith(
      createGdapRelationship(providerWorld(), createInput('2023-11-01', { actor: customerAdmin(ids.customer) })),
      ['GDAP-16', 'GdapNotAdminAgent', [ids.customer]],
    )
    rejectsWith(lockGdapRelationshipForApproval(created(), { ...partnerOn('2023-11-02'), actor: microsoft }), [
      'GDAP-16',
      'GdapNotAdminAgent',
      [],
    ])
  })

  it('ROL-2, not GDAP-16: an admin agent of another partner tenant', () => {
    rejectsWith(createGdapRelationship(providerWorld(), createInput('2023-11-01', { actor: admin(ids.provider) })), [
      'ROL-2',
      'ActsForAnotherTenant',
      [ids.direct],
    ])
    rejectsWith(
      lockGdapRelationshipForApproval(created(), { ...partnerOn('2023-11-02'), actor: admin(ids.provider) }),
      ['ROL-2', 'ActsForAnotherTenant', [ids.direct]],
    )
  })

  it('MOD-1: the customer named is a known customer tenant, never an unknown or partner tenant', () => {
    for (const tenant of [ids.stranger, ids.provider, ids.reseller])
      rejectsWith(createGdapRelationship(providerWorld(), createInput('2023-11-01', { customerTenantId: tenant })), [
        'MOD-1',
        'UnknownCustomer',
        [tenant],
      ])
    expect(rel(created('2023-11-01', { customerTenantId: ids.customer3 })).customerTenantId).toBe(ids.customer3)
  })
})

describe('editing a relationship (GDAP-2, GDAP-7, GDAP-10)', () => {
  it('GDAP-2: a created relationship is edited, deleted or locked; afterwards it is not', () => {
    const edited = step(
      updateGdapRelationship(created(), {
        ...partnerOn('2023-11-02'),
        changes: { displayName: 'New', durationDays: 90 },
      }),
    )
    expect(rel(edited)).toMatchObject({ displayName: 'New', durationDays: 90 })
    expect(rel(step(deleteGdapRelationship(created(), partnerOn('2023-11-02')))).status).toBe('deleted')
    const s = locked()
    expect(rel(s)).toMatchObject({ status: 'approvalPending', lockedAt: at('2023-11-01') })
    rejectsWith(updateGdapRelationship(s, { ...partnerOn('2023-11-02'), changes: { displayName: 'New' } }), [
      'GDAP-2',
      'GdapRelationshipNotEditable',
      [REL],
    ])
    rejectsWith(deleteGdapRelationship(s, partnerOn('2023-11-02')), ['GDAP-2', 'GdapRelationshipNotEditable', [REL]])
    rejectsWith(lockGdapRelationshipForApproval(s, partnerOn('2023-11-02')), [
      'GDAP-2',
      'GdapRelationshipNotEditable',
      [REL],
    ])
  })

  it('MOD-1: a new customer is a known customer tenant, never an unknown or partner tenant', () => {
    for (const tenant of [ids.stranger, ids.provider])
      rejectsWith(
        updateGdapRelationship(created(), { ...partnerOn('2023-11-02'), changes: { customerTenantId: tenant } }),
        ['MOD-1', 'UnknownCustomer', [tenant]],
      )
    const moved = step(
      updateGdapRelationship(created(), { ...partnerOn('2023-11-02'), changes: { customerTenantId: ids.customer3 } }),
    )
    expect(rel(moved).customerTenantId).toBe(ids.customer3)
    expect(
      rel(step(updateGdapRelationship(moved, { ...partnerOn('2023-11-03'), changes: { customerTenantId: null } })))
        .customerTenantId,
    ).toBeNull()
  })

  it('a deleted relationship frees its display name (GDAP-3)', () => {
    const s = step(deleteGdapRelationship(created(), partnerOn('2023-11-02')))
    expect(createGdapRelationship(s, createInput('2023-11-03', { relationshipId: 'gdap-2' }))._tag).toBe('Right')
  })

  it('GDAP-10: past created, only Global Administrator is removed, and only while active', () => {
    const s = active('2023-11-01', { roles: [GLOBAL, HELPDESK] })
    const removed = step(updateGdapRelationship(s, { ...partnerOn('2023-12-01'), changes: { roles: [HELPDESK] } }))
    expect(rel(removed).roles).toEqual([HELPDESK])
    rejectsWith(
      updateGdapRelationship(s, {
        ...partnerOn('2023-12-01'),
        changes: { roles: [GLOBAL, HELPDESK, ENTRA_ROLES.userAdministrator] },
      }),
      ['GDAP-10', 'GdapRolesFixed', [REL]],
    )
    const pending = locked('2023-11-01', { roles: [GLOBAL, HELPDESK] })
    rejectsWith(updateGdapRelationship(pending, { ...partnerOn('2023-11-02'), changes: { roles: [HELPDESK] } }), [
      'GDAP-10',
      'GdapRolesFixed',
      [REL],
    ])
  })

  it('GDAP-7: auto-extension changes while created or active, not while approval is pending', () => {
    const on = step(updateGdapRelationship(active(), { ...partnerOn('2023-12-01'), changes: { autoExtendDays: 180 } }))
    expect(rel(on).autoExtendDays).toBe(180)
    rejectsWith(updateGdapRelationship(locked(), { ...partnerOn('2023-11-02'), changes: { autoExtendDays: 180 } }), [
      'GDAP-7',
      'GdapAutoExtendNotChangeable',
      [REL],
    ])
    rejectsWith(
      updateGdapRelationship(active('2023-11-01', { roles: [GLOBAL] }), {
        ...partnerOn('2023-12-01'),
        changes: { autoExtendDays: 180 },
      }),
      ['GDAP-7', 'GdapAutoExtendWithGlobalAdmin', [REL]],
    )
  })

  it('GDAP-7: a role change adding Global Administrator to a relationship auto-extending is refused', () => {
    const extending = created('2023-11-01', { autoExtendDays: 180 })
    const toRoles = (roles: GdapRelationship['roles'], autoExtendDays?: number) =>
      updateGdapRelationship(extending, {
        ...partnerOn('2023-11-02'),
        changes: { roles, ...(autoExtendDays === undefined ? {} : { autoExtendDays }) },
      })
    rejectsWith(toRoles([GLOBAL, HELPDESK]), ['GDAP-7', 'GdapAutoExtendWithGlobalAdmin', [REL]])
    // turning auto-extension off in the same edit, or other roles, are accepted
    expect(rel(step(toRoles([GLOBAL, HELPDESK], 0)))).toMatchObject({ roles: [GLOBAL, HELPDESK], autoExtendDays: 0 })
    expect(rel(step(toRoles([ENTRA_ROLES.userAdministrator]))).roles).toEqual([ENTRA_ROLES.userAdministrator])
    // without auto-extension, Global Administrator is added freely while created
    expect(
      rel(step(updateGdapRelationship(created(), { ...partnerOn('2023-11-02'), changes: { roles: [GLOBAL] } }))).roles,
    ).toEqual([GLOBAL])
  })
})

describe('approval (GDAP-4, GDAP-5)', () => {
  it('GDAP-4: the named customer approves; the relationship is active from then, for its duration', () => {
    const s = active('2023-11-01')
    expect(rel(s)).toMatchObject({ status: 'active', activatedAt: at('2023-11-01'), endsAt: at('2025-10-31') })
  })

  it('GDAP-4: another customer, a partner user, or a relationship not locked are refused', () => {
    rejectsWith(approveGdapRelationship(locked(), approval('2023-11-02', ids.customer3)), [
      'GDAP-4',
      'GdapApproverNotNamedCustomer',
      [REL, ids.customer3],
    ])
    rejectsWith(approveGdapRelationship(locked(), { ...approval('2023-11-02'), actor: admin(ids.direct) }), [
      'GDAP-4',
      'GdapApproverNotCustomerAdmin',
      [ids.customer],
    ])
    rejectsWith(approveGdapRelationship(created(), approval('2023-11-02')), [
      'GDAP-4',
      'GdapRelationshipNotAwaitingApproval',
      [REL],
    ])
  })

  it('GDAP-4: a relationship naming no customer takes the approving customer as its own', () => {
    const s = step(
      approveGdapRelationship(locked('2023-11-01', { customerTenantId: null }), approval('2023-11-02', ids.customer3)),
    )
    expect(rel(s).customerTenantId).toBe(ids.customer3)
    expect(gdapRelationshipsOfCustomer(s, ids.customer3).map((r) => r.id)).toEqual([REL])
  })

  it('GDAP-5: a request expires 90 days after it was locked, and cannot be approved then', () => {
    const s = locked('2023-11-01')
    expect(gdapStatusAt(rel(s), at('2024-01-29'))).toBe('approvalPending')
    expect(gdapStatusAt(rel(s), at('2024-01-30'))).toBe('expired')
    expect(approveGdapRelationship(s, approval('2024-01-29'))._tag).toBe('Right')
    rejectsWith(approveGdapRelationship(s, approval('2024-01-30')), ['GDAP-5', 'GdapRequestExpired', [REL]])
  })
})

describe('expiry and auto-extension (GDAP-1, GDAP-6, GDAP-8)', () => {
  it('GDAP-6: active until its end, expiring in its last 30 days, expired from the end', () => {
    const r = rel(active('2023-11-01', { durationDays: 100 }))
    expect(r.endsAt).toBe(at('2024-02-09'))
    expect(gdapStatusAt(r, at('2024-01-09'))).toBe('active')
    expect(gdapStatusAt(r, at('2024-01-10'))).toBe('expiring')
    expect(gdapStatusAt(r, at('2024-02-09'))).toBe('expired')
    expect(gdapRemindersOf(r).map((x) => [x.daysBefore, x.at])).toEqual([
      [30, at('2024-01-10')],
      [7, at('2024-02-02')],
      [1, at('2024-02-08')],
    ])
  })

  it('GDAP-8: an auto-extended relationship moves its end by 180 days at each end', () => {
    const r = rel(active('2023-11-01', { durationDays: 100, autoExtendDays: 180 }))
    expect(gdapStatusAt(r, at('2024-02-09'))).toBe('active')
    expect(gdapEndAt(r, at('2024-02-09'))).toBe(at('2024-08-07'))
    expect(gdapEndAt(r, at('2024-08-07'))).toBe(at('2025-02-03'))
    expect(gdapStatusAt(r, at('2025-01-10'))).toBe('expiring')
    expect(gdapEndAt(r, at('9999-12-01'))).toBe(at('9999-12-17'))
    // past the last end the calendar holds, the end saturates at its last instant, never throwing
    expect(gdapEndAt(r, at('9999-12-20'))).toBe('9999-12-31T23:59:59.999Z')
    expect(gdapStatusAt(r, '9999-12-31T23:59:59.999Z' as typeof r.createdAt)).toBe('expired')
  })

  it('GDAP-8: turning auto-extension off keeps the end it moved to, then the relationship expires there', () => {
    const s = active('2023-11-01', { durationDays: 100, autoExtendDays: 180 })
    const off = step(updateGdapRelationship(s, { ...partnerOn('2024-03-01'), changes: { autoExtendDays: 0 } }))
    expect(rel(off).endsAt).toBe(at('2024-08-07'))
    expect(gdapStatusAt(rel(off), at('2024-08-07'))).toBe('expired')
  })

  it('GDAP-8: a relationship with Global Administrator is not extended even if imported with 180 days', () => {
    const r = { ...rel(active('2023-11-01', { durationDays: 100 })), autoExtendDays: 180 as const, roles: [GLOBAL] }
    expect(gdapStatusAt(r, at('2024-02-09'))).toBe('expired')
  })
})

describe('termination (GDAP-9)', () => {
  it('the partner admin or the customer global admin terminates an active relationship', () => {
    const byPartner = step(
      terminateGdapRelationship(active(), { actor: admin(ids.direct), at: at('2023-12-01'), relationshipId: REL }),
    )
    expect(rel(byPartner)).toMatchObject({ status: 'terminated', terminatedAt: at('2023-12-01') })
    const byCustomer = step(
      terminateGdapRelationship(active(), {
        actor: customerAdmin(ids.customer),
        at: at('2023-12-01'),
        relationshipId: REL,
      }),
    )
    expect(gdapStatusAt(rel(byCustomer), at('2023-12-02'))).toBe('terminated')
  })

  it('refused for another tenant, for a relationship not active, and after expiry', () => {
    rejectsWith(
      terminateGdapRelationship(active(), {
        actor: customerAdmin(ids.customer3),
        at: at('2023-12-01'),
        relationshipId: REL,
      }),
      ['GDAP-9', 'GdapTerminatorNotParty', [REL]],
    )
    rejectsWith(
      terminateGdapRelationship(locked(), { actor: admin(ids.direct), at: at('2023-12-01'), relationshipId: REL }),
      ['GDAP-9', 'GdapRelationshipNotActive', [REL]],
    )
    rejectsWith(
      terminateGdapRelationship(active('2023-11-01', { durationDays: 10 }), {
        actor: admin(ids.direct),
        at: at('2023-11-11'),
        relationshipId: REL,
      }),
      ['GDAP-9', 'GdapRelationshipNotActive', [REL]],
    )
  })
})

describe('access assignments (GDAP-11)', () => {
  const assign = (s: ProgramState, when: string, id = 'helpdesk') =>
    createGdapAccessAssignment(s, { ...partnerOn(when), assignmentId: id, securityGroupId: GROUP, roles: [HELPDESK] })

  it('an active relationship maps a security group to roles, active at once; deleting it keeps it as deleted', () => {
    const s = step(assign(active(), '2023-11-02'))
    expect(rel(s).accessAssignments).toEqual([
      { id: 'helpdesk', securityGroupId: GROUP, roles: [HELPDESK], status: 'active', createdAt: at('2023-11-02') },
    ])
    const d = step(deleteGdapAccessAssignment(s, { ...partnerOn('2023-11-03'), assignmentId: 'helpdesk' }))
    expect(rel(d).accessAssignments[0]?.status).toBe('deleted')
    rejectsWith(deleteGdapAccessAssignment(d, { ...partnerOn('2023-11-04'), assignmentId: 'helpdesk' }), [
      'GDAP-11',
      'GdapAccessAssignmentDeleted',
      ['helpdesk'],
    ])
    rejectsWith(deleteGdapAccessAssignment(d, { ...partnerOn('2023-11-04'), assignmentId: 'other' }), [
      'MOD-1',
      'UnknownGdapAccessAssignment',
      ['other'],
    ])
    rejectsWith(assign(s, '2023-11-04'), ['MOD-2', 'IdAlreadyUsed', ['helpdesk']])
  })

  it('refused on a relationship not yet active, or expired', () => {
    rejectsWith(assign(locked(), '2023-11-02'), ['GDAP-11', 'GdapRelationshipNotActive', [REL]])
    rejectsWith(assign(active('2023-11-01', { durationDays: 10 }), '2023-11-12'), [
      'GDAP-11',
      'GdapRelationshipNotActive',
      [REL],
    ])
  })
})

describe('relationships an indirect provider creates for its resellers (GDAP-15)', () => {
  const forReseller = (reseller = ids.reseller) =>
    createGdapRelationship(
      providerWorld(),
      createInput('2023-11-01', {
        actor: admin(ids.provider),
        partnerTenantId: ids.provider,
        customerTenantId: ids.customer3,
        forResellerTenantId: reseller,
      }),
    )
  const answer = (when: string, partner = ids.reseller) => ({
    actor: admin(partner),
    at: at(when),
    partnerTenantId: partner,
    relationshipId: REL,
  })

  it('waits, approval pending, for the reseller, which is its partner; the customer cannot approve first', () => {
    const s = step(forReseller())
    expect(rel(s)).toMatchObject({
      partnerTenantId: ids.reseller,
      indirectProviderTenantId: ids.provider,
      status: 'approvalPending',
      partnerConsentPending: true,
    })
    rejectsWith(approveGdapRelationship(s, approval('2023-11-02', ids.customer3)), [
      'GDAP-15',
      'GdapPartnerConsentPending',
      [REL, ids.reseller],
    ])
    const consented = step(approveResellerGdapRelationship(s, answer('2023-11-02')))
    expect(rel(consented).partnerConsentPending).toBe(false)
    const approved = step(approveGdapRelationship(consented, approval('2023-11-03', ids.customer3)))
    expect(rel(approved).status).toBe('active')
  })

  it('only the reseller answers, once; a rejected relationship never becomes active', () => {
    const s = step(forReseller())
    rejectsWith(approveResellerGdapRelationship(s, answer('2023-11-02', ids.provider)), [
      'GDAP-15',
      'GdapNotResellerAdmin',
      [REL, ids.provider],
    ])
    const refused = step(rejectResellerGdapRelationship(s, answer('2023-11-02')))
    expect(rel(refused).status).toBe('rejected')
    rejectsWith(approveResellerGdapRelationship(refused, answer('2023-11-03')), [
      'GDAP-15',
      'GdapPartnerConsentNotPending',
      [REL],
    ])
  })

  it('needs an active partnership with the reseller', () => {
    rejectsWith(forReseller(ids.reseller2), ['GDAP-15', 'GdapResellerNotPartner', [ids.provider, ids.reseller2]])
  })
})
