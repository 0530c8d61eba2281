/**
 * Issue 10, statements the seeds make and the model only partly held: ending a partnership through
 * Microsoft support and the notice nobody sends (PRT-6, seeds 001 and 002), declining or withdrawing
 * a partnership request (PRT-3, PRT-1, ROL-1), the enrollment form's confirmation of authorization
 * (TRN-2) and primary contact (TRN-4), the notice that the 2019 transition is enabled (TRN-3), and
 * the indirect reseller incentive by invitation (INC-1).
 */
import { describe, expect, it } from 'vitest'
import {
  apply,
  getPartner,
  stateFromDocument,
  getPartnership,
  partnerUser,
  providersOfReseller,
  resellersOfProvider,
  type Actor,
  type IsoDateTime,
  type ProgramCommand,
  type ProgramState,
  type TenantId,
} from '../src/index.js'
import { documentOf } from '../src/codec/stateCheck.js'
import { admin, at, ids, partnershipInput, providerWorld, refuses, register, world } from './support/index.js'

/** Applies commands in order, failing the test at the first rejected one; returns the last outcome. */
const run = (state: ProgramState, first: ProgramCommand, ...rest: ReadonlyArray<ProgramCommand>) =>
  [first, ...rest].reduce<ReturnType<typeof apply> | undefined>((previous, command) => {
    const applied = apply(previous?.state ?? state, command)
    expect(applied.violations, command.command).toEqual([])
    return applied
  }, undefined) as ReturnType<typeof apply>

const CONTACT = 'ops@contoso.example'
const FORM_CONTACT = 'csp-enrollment@contoso.example'
const microsoft: Actor = { kind: 'microsoft' }

// ---------------------------------------------------------------------------------------------
// PRT-6: removal, by the provider or through Microsoft support
// ---------------------------------------------------------------------------------------------

const removal = (actor: Actor, acknowledgeTerms: boolean): ProgramCommand => ({
  command: 'removePartnership',
  input: { ...partnershipInput(actor, ids.provider, ids.reseller, '2020-04-01'), acknowledgeTerms },
})

describe('removing a partnership (PRT-6, seeds 001 and 002)', () => {
  it('Microsoft support may end it without the acknowledgement, which stays the provider users’ to give', () => {
    const s = providerWorld()
    const out = run(s, removal(microsoft, false))
    expect(out.events.map((e) => e._tag)).toEqual(['PartnershipRemoved'])
    expect(getPartnership(out.state, ids.provider, ids.reseller)?.status).toBe('removed')
    expect(resellersOfProvider(out.state, ids.provider)).toEqual([])
    refuses(s, removal(admin(ids.provider), false), 'PRT-6', 'TermsNotAcknowledged', [ids.provider, ids.reseller])
    // the reseller itself asks Microsoft support: its users cannot remove the partnership
    refuses(s, removal(admin(ids.reseller), true), 'ROL-2', 'ActsForAnotherTenant', [ids.provider])
    refuses(world(), removal(microsoft, false), 'MOD-1', 'UnknownPartnership', [ids.provider, ids.reseller])
  })

  it('an accepted removal warns that the program tells neither the reseller nor its customers', () => {
    for (const actor of [admin(ids.provider), microsoft]) {
      const out = run(providerWorld(), removal(actor, true))
      expect(out.warnings.map((w) => [w.rule, w._tag, w.subjects])).toEqual([
        ['PRT-6', 'NoNoticeSent', [ids.provider, ids.reseller, ids.customer3]],
      ])
    }
  })
})

// ---------------------------------------------------------------------------------------------
// PRT-3: declining or withdrawing a pending request
// ---------------------------------------------------------------------------------------------

const request = (provider = ids.provider, reseller = ids.reseller, when = '2019-12-01'): ProgramCommand => ({
  command: 'requestPartnership',
  input: partnershipInput(provider, provider, reseller, when),
})
const decline = (actor: TenantId | Actor = ids.reseller, when = '2019-12-02'): ProgramCommand => ({
  command: 'declinePartnership',
  input: partnershipInput(actor, ids.provider, ids.reseller, when),
})
const withdraw = (actor: TenantId | Actor = ids.provider, when = '2019-12-02'): ProgramCommand => ({
  command: 'withdrawPartnershipRequest',
  input: partnershipInput(actor, ids.provider, ids.reseller, when),
})
const acceptance = (when = '2019-12-03'): ProgramCommand => ({
  command: 'acceptPartnership',
  input: partnershipInput(ids.reseller, ids.provider, ids.reseller, when),
})

/** The base world with a pending request from the US provider to First Up Consultants. */
const requested = () => run(world(), request()).state

describe('declining a partnership request (PRT-3, ROL-1)', () => {
  it("the reseller's global admin declines a pending request: it never becomes a partnership, and may be asked again", () => {
    const out = run(requested(), decline())
    expect(out.events).toEqual([
      {
        _tag: 'PartnershipDeclined',
        at: at('2019-12-02'),
        providerTenantId: ids.provider,
        resellerTenantId: ids.reseller,
      },
    ])
    expect(getPartnership(out.state, ids.provider, ids.reseller)).toMatchObject({ status: 'removed', acceptedAt: null })
    expect(providersOfReseller(out.state, ids.reseller)).toEqual([])
    refuses(out.state, acceptance(), 'PRT-3', 'PartnershipNotRequested', [ids.provider, ids.reseller])
    expect(
      getPartnership(
        run(out.state, request(ids.provider, ids.reseller, '2019-12-04')).state,
        ids.provider,
        ids.reseller,
      )?.status,
    ).toBe('requested')
  })

  it('only the global admin of the reseller, only a pending request, not dated before it', () => {
    const s = requested()
    refuses(s, decline(partnerUser(ids.reseller, 'adminAgent')), 'ROL-1', 'NotGlobalAdmin', [ids.reseller])
    refuses(s, decline(ids.provider), 'ROL-2', 'ActsForAnotherTenant', [ids.reseller])
    refuses(s, decline(ids.reseller, '2019-11-30'), 'MOD-6', 'DatedBeforeFact', [ids.provider, ids.reseller])
    const active = run(s, acceptance()).state
    refuses(active, decline(ids.reseller, '2019-12-04'), 'PRT-3', 'PartnershipNotRequested', [
      ids.provider,
      ids.reseller,
    ])
    const declined = run(s, decline()).state
    refuses(declined, decline(ids.reseller, '2019-12-04'), 'PRT-3', 'PartnershipNotRequested', [
      ids.provider,
      ids.reseller,
    ])
    refuses(world(), decline(), 'MOD-1', 'UnknownPartnership', [ids.provider, ids.reseller])
  })
})

describe('withdrawing a partnership request (PRT-3, PRT-1)', () => {
  it('a provider user with a provider task role withdraws its pending request', () => {
    const out = run(requested(), withdraw(partnerUser(ids.provider, 'salesAgent')))
    expect(out.events.map((e) => e._tag)).toEqual(['PartnershipRequestWithdrawn'])
    expect(getPartnership(out.state, ids.provider, ids.reseller)).toMatchObject({ status: 'removed', acceptedAt: null })
    expect(resellersOfProvider(out.state, ids.provider)).toEqual([])
    refuses(out.state, acceptance(), 'PRT-3', 'PartnershipNotRequested', [ids.provider, ids.reseller])
  })

  it('only the provider’s users with a PRT-1 role, only a pending request', () => {
    const s = requested()
    refuses(s, withdraw(partnerUser(ids.provider, 'helpdeskAgent')), 'PRT-1', 'RoleNotAllowed', [ids.provider])
    refuses(s, withdraw(ids.reseller), 'ROL-2', 'ActsForAnotherTenant', [ids.provider])
    const active = run(s, acceptance()).state
    refuses(active, withdraw(ids.provider, '2019-12-04'), 'PRT-3', 'PartnershipNotRequested', [
      ids.provider,
      ids.reseller,
    ])
    refuses(world(), withdraw(), 'MOD-1', 'UnknownPartnership', [ids.provider, ids.reseller])
  })
})

// ---------------------------------------------------------------------------------------------
// TRN-2, TRN-3, TRN-4: the enrollment form and the notices
// ---------------------------------------------------------------------------------------------

const partner = ids.direct

const withContact = (s: ProgramState, email = CONTACT) =>
  run(s, {
    command: 'updateProfile',
    input: {
      actor: admin(partner),
      at: at('2019-01-10'),
      partnerTenantId: partner,
      changes: { primaryContactEmail: email as never },
    },
  }).state

const enrollment = (options: { confirms?: boolean; email?: string; when?: string } = {}): ProgramCommand => ({
  command: 'enrollIndirect',
  input: {
    actor: admin(partner),
    at: at(options.when ?? '2019-11-04'),
    partnerTenantId: partner,
    confirmsAuthorization: options.confirms ?? true,
    ...(options.email === undefined ? {} : { primaryContactEmail: options.email as never }),
  },
})
const approval = (when = '2019-11-05'): ProgramCommand => ({
  command: 'approveIndirectEnrollment',
  input: { actor: microsoft, at: at(when), partnerTenantId: partner },
})
const flags = (transitionEnabled: boolean, when: IsoDateTime): ProgramCommand => ({
  command: 'setProgramFlags',
  input: { actor: microsoft, at: when, partnerTenantId: partner, identifiedForOffboarding: false, transitionEnabled },
})
const notices = (out: ReturnType<typeof run>) => out.events.filter((e) => e._tag === 'PrimaryContactNotified')

describe('the enrollment form (TRN-2, TRN-4)', () => {
  it('TRN-2: the global admin confirms the authorization; an unconfirmed form is refused', () => {
    const s = world()
    refuses(s, enrollment({ confirms: false }), 'TRN-2', 'AuthorizationNotConfirmed', [partner])
    expect(run(s, enrollment()).events.map((e) => e._tag)).toEqual(['IndirectEnrollmentSubmitted'])
    const missing = apply(s, {
      command: 'enrollIndirect',
      input: { actor: admin(partner), at: at('2019-11-04'), partnerTenantId: partner },
    } as never)
    expect(missing.state).toBe(s)
    expect(missing.violations.map((v) => v.rule)).toEqual(['MOD-8'])
  })

  it('TRN-4: the approval notice goes to the primary contact given in the form, kept on the pending enrollment', () => {
    const s = withContact(world())
    const enrolled = run(s, enrollment({ email: FORM_CONTACT }))
    expect(enrolled.events[0]).toMatchObject({ _tag: 'IndirectEnrollmentSubmitted', primaryContactEmail: FORM_CONTACT })
    expect(getPartner(enrolled.state, partner)?.indirectReseller).toMatchObject({
      status: 'pending',
      primaryContactEmail: FORM_CONTACT,
    })
    // the profile keeps its own contact, and a later profile change does not redirect the notice
    expect(getPartner(enrolled.state, partner)?.primaryContactEmail).toBe(CONTACT)
    const later = run(enrolled.state, {
      command: 'updateProfile',
      input: {
        actor: admin(partner),
        at: at('2019-11-04T12:00:00Z'),
        partnerTenantId: partner,
        changes: { primaryContactEmail: 'new@contoso.example' as never },
      },
    }).state
    expect(notices(run(later, approval()))).toEqual([
      {
        _tag: 'PrimaryContactNotified',
        at: at('2019-11-05'),
        partnerTenantId: partner,
        email: FORM_CONTACT,
        subject: 'indirectEnrollmentApproved',
      },
    ])
  })

  it('TRN-4: without one in the form, the profile’s primary contact at submission is kept; none known, no notice', () => {
    const enrolled = run(withContact(world()), enrollment()).state
    expect(getPartner(enrolled, partner)?.indirectReseller).toMatchObject({ primaryContactEmail: CONTACT })
    const later = withContact(enrolled, 'later@contoso.example')
    expect(notices(run(later, approval())).map((e) => e._tag === 'PrimaryContactNotified' && e.email)).toEqual([
      CONTACT,
    ])
    const none = run(world(), enrollment()).state
    expect(getPartner(none, partner)?.indirectReseller).not.toHaveProperty('primaryContactEmail')
    expect(notices(run(none, approval()))).toEqual([])
  })
})

describe('the 2019 transition is enabled (TRN-3, seed 000)', () => {
  it('Microsoft enabling it tells the primary contact, once, under the 2019 rules only', () => {
    const s = withContact(world())
    const enabled = run(s, flags(true, at('2019-10-10')))
    expect(enabled.events).toEqual([
      {
        _tag: 'ProgramFlagsSet',
        at: at('2019-10-10'),
        partnerTenantId: partner,
        identifiedForOffboarding: false,
        transitionEnabled: true,
      },
      {
        _tag: 'PrimaryContactNotified',
        at: at('2019-10-10'),
        partnerTenantId: partner,
        email: CONTACT,
        subject: 'transitionEnabled',
      },
    ])
    // already enabled, turned off, or set under the 2018 rules (where the flag decides nothing): no notice
    expect(notices(run(enabled.state, flags(true, at('2019-10-11'))))).toEqual([])
    expect(notices(run(s, flags(false, at('2019-10-10'))))).toEqual([])
    expect(notices(run(s, flags(true, at('2019-01-15'))))).toEqual([])
    // no primary contact email recorded: nobody to tell
    expect(run(world(), flags(true, at('2019-10-10'))).events.map((e) => e._tag)).toEqual(['ProgramFlagsSet'])
  })
})

// ---------------------------------------------------------------------------------------------
// INC-1: the indirect reseller incentive, by invitation
// ---------------------------------------------------------------------------------------------

const incentive = (tenant: TenantId, when = '2019-12-01'): ProgramCommand => ({
  command: 'enrollIncentive',
  input: { actor: admin(tenant), at: at(when), partnerTenantId: tenant, program: 'indirectReseller' },
})

describe('the indirect reseller incentive (INC-1, seeds 000 and 004)', () => {
  it('a direct bill partner that is also an indirect reseller enrolls only once invited', () => {
    // registered as both: it transitioned before the model's history, so its invitation is taken as sent
    const both = register(world(), {
      tenant: ids.stranger,
      mpn: '9900001',
      name: 'Both Roles',
      roles: ['directBillPartner', 'indirectReseller'],
    })
    expect(getPartner(both, ids.stranger)?.incentives.indirectReseller).toBe('invited')
    run(both, incentive(ids.stranger))
    // a state that says no invitation was sent (an imported or stored document): not before it
    const stranger = getPartner(both, ids.stranger)
    const doc = documentOf(both)
    const uninvited = stateFromDocument({
      ...doc,
      partners: doc.partners.map((p) =>
        p === stranger ? { ...p, incentives: { indirectReseller: 'none' as const, directBill: 'none' as const } } : p,
      ),
    })
    refuses(uninvited, incentive(ids.stranger), 'INC-1', 'IncentiveNotAvailable', [ids.stranger])
    // the transition schedules the invitation when the agreement is accepted: from then on it may enroll
    const pending = run(world(), enrollment()).state
    refuses(pending, incentive(partner), 'INC-1', 'IncentiveNotAvailable', [partner])
    const invited = run(pending, approval(), {
      command: 'acceptIndirectResellerAgreement',
      input: { actor: admin(partner), at: at('2019-11-06'), partnerTenantId: partner },
    }).state
    expect(getPartner(invited, partner)?.incentives.indirectReseller).toBe('invited')
    expect(getPartner(run(invited, incentive(partner)).state, partner)?.incentives.indirectReseller).toBe('enrolled')
    // a partner that is an indirect reseller only is not gated by the transition's invitation
    run(world(), incentive(ids.reseller))
  })
})
