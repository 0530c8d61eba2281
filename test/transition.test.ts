import { describe, expect, it } from 'vitest'
import {
  acceptIndirectResellerAgreement,
  approveIndirectEnrollment,
  changeSeats,
  createCustomer,
  enrollIncentive,
  enrollIndirect,
  explain,
  getPartner,
  getPartnersByMpnId,
  hasRole,
  partnerRoles,
  partnerUser,
  setProgramFlags,
  countOf,
  updateProfile,
  withdrawIndirectEnrollment,
  type ProgramState,
  type RuleSetId,
} from '../src/index.js'
import { accepted, admin, at, DIRECT_MPN, ids, rejectsWith, step, subs, world, customerInput } from './support/index.js'

const partner = ids.direct
const enroll = (s: ProgramState, when: string, ruleSet?: RuleSetId) =>
  enrollIndirect(s, {
    actor: admin(partner),
    at: at(when),
    partnerTenantId: partner,
    confirmsAuthorization: true,
    ...(ruleSet === undefined ? {} : { ruleSet }),
  })
const approve = (s: ProgramState, when: string) =>
  approveIndirectEnrollment(s, { actor: { kind: 'microsoft' }, at: at(when), partnerTenantId: partner })
const acceptAgreement = (s: ProgramState, when: string) =>
  acceptIndirectResellerAgreement(s, { actor: admin(partner), at: at(when), partnerTenantId: partner })
const flags = (s: ProgramState, identifiedForOffboarding: boolean, transitionEnabled: boolean) =>
  step(
    setProgramFlags(s, {
      actor: { kind: 'microsoft' },
      at: at('2018-12-19'),
      partnerTenantId: partner,
      identifiedForOffboarding,
      transitionEnabled,
    }),
  )
const withContact = (s: ProgramState) =>
  step(
    updateProfile(s, {
      actor: admin(partner),
      at: at('2019-01-10'),
      partnerTenantId: partner,
      changes: { primaryContactEmail: 'ops@contoso.example' as never },
    }),
  )

/** The base world with the direct bill partner's profile out of date (TRN-2). */
const staleProfile = () =>
  step(
    updateProfile(world(), {
      actor: admin(partner),
      at: at('2019-10-10'),
      partnerTenantId: partner,
      changes: { profileCurrent: false },
    }),
  )

/** The 2019 path up to acceptance: enrolled Monday 2019-11-04, approved 11-05, accepted 11-06. */
const transitioned2019 = () =>
  step(acceptAgreement(step(approve(step(enroll(withContact(world()), '2019-11-04')), '2019-11-05')), '2019-11-06'))

describe('enrollIndirect', () => {
  it('TRN-1: enrolls on the existing tenant; no tenant is created', () => {
    const before = world()
    const out = accepted(enroll(before, '2019-11-04'))
    expect(countOf(out.state, 'tenants')).toBe(countOf(before, 'tenants'))
    expect(out.events.map((e) => e._tag)).toEqual(['IndirectEnrollmentSubmitted'])
    expect(getPartner(out.state, partner)?.indirectReseller.status).toBe('pending')
  })

  it('TRN-4: under the 2019 rules approval is due 5 business days later (Friday to the next Friday)', () => {
    const out = accepted(enroll(world(), '2019-11-01'))
    expect(out.ruleSet).toBe('2019-10-04')
    expect(getPartner(out.state, partner)?.indirectReseller).toMatchObject({
      status: 'pending',
      dueBy: '2019-11-08T09:00:00.000Z',
      ruleSet: '2019-10-04',
    })
  })

  it('TRN-4: under the 2018 rules approval is due 3 working days later (Friday to Wednesday)', () => {
    const out = accepted(enroll(flags(world(), true, false), '2018-12-21'))
    expect(out.ruleSet).toBe('2018-12-18')
    expect(getPartner(out.state, partner)?.indirectReseller).toMatchObject({ dueBy: '2018-12-26T09:00:00.000Z' })
  })

  it('TRN-3: 2018 rule set admits only partners identified for direct bill offboarding', () => {
    rejectsWith(enroll(world(), '2018-12-21'), ['TRN-3', 'NotEligibleToTransition', [partner]])
    accepted(enroll(flags(world(), true, false), '2018-12-21'))
  })

  it('TRN-3: 2019 rule set admits anniversary months September to December, others once enabled', () => {
    const march = step(
      updateProfile(world(), {
        actor: { kind: 'microsoft' },
        at: at('2019-10-10'),
        partnerTenantId: partner,
        changes: { anniversaryDate: '2018-03-15' as never },
      }),
    )
    rejectsWith(enroll(march, '2019-11-04'), ['TRN-3', 'NotEligibleToTransition', [partner]])
    accepted(enroll(flags(march, false, true), '2019-11-04'))
    accepted(enroll(world(), '2019-11-04'))
  })

  it('MOD-8: a rule set named in the input must be the one in force at its date; the state is unchanged', () => {
    const state = world()
    const result = enroll(state, '2019-11-04', '2018-12-18')
    const v = rejectsWith(result, ['MOD-8', 'RuleSetNotInForce', ['2018-12-18']])
    expect(v.map((x) => [x._tag, x.ruleSet, x.subjects])).toEqual([['RuleSetNotInForce', '2019-10-04', ['2018-12-18']]])
    accepted(enroll(state, '2019-11-04', '2019-10-04'))
  })

  it('TRN-3: explain judges a command under a what-if rule set without applying it', () => {
    const judged = explain(
      world(),
      {
        command: 'enrollIndirect',
        input: { actor: admin(partner), at: at('2019-11-04'), partnerTenantId: partner, confirmsAuthorization: true },
      },
      { whatIf: '2018-12-18' },
    )
    expect([judged.ruleSet, judged.whatIf]).toEqual(['2018-12-18', true])
    const failed = judged.checks.filter((c) => c.verdict === 'failed')
    expect(failed.map((c) => c.rule)).toEqual(['TRN-3'])
    expect(failed.flatMap((c) => c.violations.map((v) => [v.rule, v._tag, v.subjects]))).toEqual([
      ['TRN-3', 'NotEligibleToTransition', [partner]],
    ])
  })

  it('TRN-3: only direct bill partners transition', () => {
    rejectsWith(
      enrollIndirect(world(), {
        actor: admin(ids.provider),
        at: at('2019-11-04'),
        partnerTenantId: ids.provider,
        confirmsAuthorization: true,
      }),
      ['TRN-3', 'NotDirectBillPartner', [ids.provider]],
    )
  })

  it('TRN-2: the profile and MPN ID must be current', () => {
    const stale = staleProfile()
    rejectsWith(enroll(stale, '2019-11-04'), ['TRN-2', 'ProfileNotCurrent', [partner, DIRECT_MPN]])
  })

  it('ROL-1: only the global admin enrolls; every failing rule is reported together', () => {
    const stale = staleProfile()
    const v = rejectsWith(
      enrollIndirect(stale, {
        actor: partnerUser(partner, 'adminAgent'),
        at: at('2018-12-21'),
        partnerTenantId: partner,
        confirmsAuthorization: true,
      }),
      ['ROL-1', 'NotGlobalAdmin', [partner]],
      ['TRN-2', 'ProfileNotCurrent', [partner, DIRECT_MPN]],
      ['TRN-3', 'NotEligibleToTransition', [partner]],
    )
    expect(v.every((x) => x.ruleSet === '2018-12-18')).toBe(true)
  })

  it('TRN-4: a second enrollment is rejected while one is pending', () => {
    rejectsWith(enroll(step(enroll(world(), '2019-11-04')), '2019-11-05'), [
      'TRN-4',
      'EnrollmentAlreadySubmitted',
      [partner],
    ])
  })
})

describe('approveIndirectEnrollment (TRN-4)', () => {
  it('TRN-4: approval by Microsoft notifies the primary contact', () => {
    const out = accepted(approve(step(enroll(withContact(world()), '2019-11-04')), '2019-11-05'))
    expect(out.events).toEqual([
      { _tag: 'IndirectEnrollmentApproved', at: at('2019-11-05'), partnerTenantId: partner },
      {
        _tag: 'PrimaryContactNotified',
        at: at('2019-11-05'),
        partnerTenantId: partner,
        email: 'ops@contoso.example',
        subject: 'indirectEnrollmentApproved',
      },
    ])
    expect(out.warnings).toEqual([])
  })

  it('TRN-4: approving after the due date is accepted with a warning', () => {
    const out = accepted(approve(step(enroll(world(), '2019-11-01')), '2019-11-11'))
    expect(out.warnings.map((w) => [w._tag, w.rule])).toEqual([['ApprovalAfterDueDate', 'TRN-4']])
  })

  it('MOD-7: only Microsoft approves; TRN-4: only a pending enrollment', () => {
    const pending = step(enroll(world(), '2019-11-04'))
    rejectsWith(
      approveIndirectEnrollment(pending, { actor: admin(partner), at: at('2019-11-05'), partnerTenantId: partner }),
      ['MOD-7', 'NotProgramOperator', []],
    )
    rejectsWith(approve(world(), '2019-11-05'), ['TRN-4', 'EnrollmentNotPending', [partner]])
  })
})

describe('acceptIndirectResellerAgreement', () => {
  it('TRN-5: the agreement can be accepted only after approval', () => {
    rejectsWith(acceptAgreement(step(enroll(world(), '2019-11-04')), '2019-11-05'), [
      'TRN-5',
      'EnrollmentNotApproved',
      [partner],
    ])
  })

  it('TRN-6 and PGM-1: after acceptance the partner is both direct bill partner and indirect reseller', () => {
    const s = transitioned2019()
    expect(partnerRoles(getPartner(s, partner)!)).toEqual(['directBillPartner', 'indirectReseller'])
  })

  it('INC-1: the indirect reseller incentive invitation is due within 30 days, to the MPN account', () => {
    const out = accepted(
      acceptAgreement(step(approve(step(enroll(withContact(world()), '2019-11-04')), '2019-11-05')), '2019-11-06'),
    )
    expect(out.events[1]).toEqual({
      _tag: 'IncentiveInvitationScheduled',
      at: at('2019-11-06'),
      partnerTenantId: partner,
      program: 'indirectReseller',
      mpnId: '1000001',
      email: 'ops@contoso.example',
      dueBy: '2019-12-06T09:00:00.000Z',
    })
    expect(getPartner(out.state, partner)?.incentives).toEqual({ indirectReseller: 'invited', directBill: 'none' })
  })

  it('ROL-1: only the global admin accepts the agreement', () => {
    const approved = step(approve(step(enroll(world(), '2019-11-04')), '2019-11-05'))
    rejectsWith(
      acceptIndirectResellerAgreement(approved, {
        actor: partnerUser(partner, 'salesAgent'),
        at: at('2019-11-06'),
        partnerTenantId: partner,
      }),
      ['ROL-1', 'NotGlobalAdmin', [partner]],
    )
  })
})

describe('after the transition', () => {
  it('TRN-7: the transition cannot be withdrawn once approved; a pending enrollment can', () => {
    const withdraw = (s: ProgramState) =>
      withdrawIndirectEnrollment(s, { actor: admin(partner), at: at('2019-11-20'), partnerTenantId: partner })
    rejectsWith(withdraw(transitioned2019()), ['TRN-7', 'TransitionIrreversible', [partner]])
    rejectsWith(withdraw(step(approve(step(enroll(world(), '2019-11-04')), '2019-11-05'))), [
      'TRN-7',
      'TransitionIrreversible',
      [partner],
    ])
    const back = step(withdraw(step(enroll(world(), '2019-11-04'))))
    expect(getPartner(back, partner)?.indirectReseller).toEqual({ status: 'none' })
    rejectsWith(withdraw(world()), ['TRN-4', 'EnrollmentNotPending', [partner]])
  })

  it('TRN-8: during the transition the partner keeps managing its direct customers', () => {
    const pending = step(enroll(world(), '2019-11-04'))
    accepted(
      changeSeats(pending, {
        actor: admin(partner),
        at: at('2019-11-05'),
        partnerTenantId: partner,
        subscriptionId: subs.license,
        seats: 12,
      }),
    )
    accepted(
      changeSeats(transitioned2019(), {
        actor: admin(partner),
        at: at('2019-11-07'),
        partnerTenantId: partner,
        subscriptionId: subs.license,
        seats: 12,
      }),
    )
  })

  it('TRN-9: under the 2018 rules an enrolled partner adds no new direct customers; under 2019 it may', () => {
    const s2018 = step(approve(step(enroll(flags(world(), true, false), '2018-12-21')), '2018-12-24'))
    const create = (s: ProgramState, when: string) => createCustomer(s, customerInput(partner, ids.customer2, at(when)))
    rejectsWith(create(s2018, '2019-01-15'), ['TRN-9', 'NewDirectCustomersClosed', [partner]])
    accepted(create(transitioned2019(), '2019-11-20'))
  })

  it('TRN-10: as indirect reseller only, a partner cannot create customer tenants', () => {
    expect(hasRole(getPartner(world(), ids.reseller)!, 'directBillPartner')).toBe(false)
    rejectsWith(createCustomer(world(), customerInput(ids.reseller, ids.customer2, at('2019-11-20'))), [
      'TRN-10',
      'CannotCreateCustomerTenant',
      [ids.reseller],
    ])
  })
})

describe('incentives (INC-1, INC-2)', () => {
  const join = (s: ProgramState, program: 'indirectReseller' | 'directBill') =>
    enrollIncentive(s, { actor: admin(partner), at: at('2019-12-01'), partnerTenantId: partner, program })

  it('INC-2: the direct bill and indirect reseller incentives are enrolled separately', () => {
    const s = transitioned2019()
    const direct = step(join(s, 'directBill'))
    expect(getPartner(direct, partner)?.incentives).toEqual({ indirectReseller: 'invited', directBill: 'enrolled' })
    const both = step(join(direct, 'indirectReseller'))
    expect(getPartner(both, partner)?.incentives).toEqual({ indirectReseller: 'enrolled', directBill: 'enrolled' })
    rejectsWith(join(both, 'directBill'), ['INC-2', 'IncentiveAlreadyEnrolled', [partner]])
  })

  it('INC-1: the indirect reseller incentive needs the indirect reseller role', () => {
    rejectsWith(join(world(), 'indirectReseller'), ['INC-1', 'IncentiveNotAvailable', [partner]])
  })

  it('INC-2: the direct bill incentive needs the direct bill role', () => {
    rejectsWith(
      enrollIncentive(world(), {
        actor: admin(ids.reseller),
        at: at('2019-12-01'),
        partnerTenantId: ids.reseller,
        program: 'directBill',
      }),
      ['INC-2', 'IncentiveNotAvailable', [ids.reseller]],
    )
  })
})

describe('the two partner IDs', () => {
  it('keeps the tenant ID and the MPN ID apart and finds a partner by MPN ID', () => {
    const s = world()
    expect(getPartnersByMpnId(s, '4847383' as never).map((p) => p.tenantId)).toEqual([ids.reseller])
    const renamed = step(
      updateProfile(s, {
        actor: admin(ids.reseller),
        at: at('2019-02-01'),
        partnerTenantId: ids.reseller,
        changes: { mpnId: '4847384' as never },
      }),
    )
    // the old ID stays one of the organization's location MPN IDs; the new one is tied to the CSP account
    expect(getPartnersByMpnId(renamed, '4847383' as never).map((p) => p.tenantId)).toEqual([ids.reseller])
    expect(getPartnersByMpnId(renamed, '4847384' as never).map((p) => p.tenantId)).toEqual([ids.reseller])
    expect(getPartner(renamed, ids.reseller)).toMatchObject({
      mpnId: '4847384',
      locationMpnIds: ['4847383', '4847390', '4847384'],
    })
  })
})
