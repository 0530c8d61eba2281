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
import { given } from '../src/testing/index.js'
import { accepted, admin, at, DIRECT_MPN, ids, step, subs, world, customerInput } from './support/index.js'
import './support/matchers.js'

const partner = ids.direct
/** The direct bill partner's global admin enrolls it as indirect reseller on `when`. */
const enrollment = (when: string, ruleSet?: RuleSetId) => ({
  actor: admin(partner),
  at: at(when),
  partnerTenantId: partner,
  confirmsAuthorization: true,
  ...(ruleSet === undefined ? {} : { ruleSet }),
})
const enroll = (s: ProgramState, when: string) => enrollIndirect(s, enrollment(when))
const approval = (when: string) => ({ actor: { kind: 'microsoft' } as const, at: at(when), partnerTenantId: partner })
const approve = (s: ProgramState, when: string) => approveIndirectEnrollment(s, approval(when))
const agreement = (when: string) => ({ actor: admin(partner), at: at(when), partnerTenantId: partner })
const acceptAgreement = (s: ProgramState, when: string) => acceptIndirectResellerAgreement(s, agreement(when))
const notEligible = { rule: 'TRN-3', tag: 'NotEligibleToTransition', subjects: [partner] } as const
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
    const out = given(before).when(enrollIndirect, enrollment('2019-11-04')).then(['IndirectEnrollmentSubmitted'])
    expect(countOf(out.state, 'tenants')).toBe(countOf(before, 'tenants'))
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
    given(world()).when(enrollIndirect, enrollment('2018-12-21')).rejects(notEligible)
    expect(enroll(flags(world(), true, false), '2018-12-21')).toBeAccepted()
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
    given(march).when(enrollIndirect, enrollment('2019-11-04')).rejects(notEligible)
    expect(enroll(flags(march, false, true), '2019-11-04')).toBeAccepted()
    expect(enroll(world(), '2019-11-04')).toBeAccepted()
  })

  it('MOD-8: a rule set named in the input must be the one in force at its date; the state is unchanged', () => {
    const state = world()
    const v = given(state)
      .when(enrollIndirect, enrollment('2019-11-04', '2018-12-18'))
      .rejects({ rule: 'MOD-8', tag: 'RuleSetNotInForce', subjects: ['2018-12-18'] })
    expect(v.map((x) => [x._tag, x.ruleSet, x.subjects])).toEqual([['RuleSetNotInForce', '2019-10-04', ['2018-12-18']]])
    given(state).when(enrollIndirect, enrollment('2019-11-04', '2019-10-04')).accepts()
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
    given(world())
      .when(enrollIndirect, {
        actor: admin(ids.provider),
        at: at('2019-11-04'),
        partnerTenantId: ids.provider,
        confirmsAuthorization: true,
      })
      .rejects({ rule: 'TRN-3', tag: 'NotDirectBillPartner', subjects: [ids.provider] })
  })

  it('TRN-2: the profile and MPN ID must be current', () => {
    given(staleProfile())
      .when(enrollIndirect, enrollment('2019-11-04'))
      .rejects({ rule: 'TRN-2', tag: 'ProfileNotCurrent', subjects: [partner, DIRECT_MPN] })
  })

  it('ROL-1: only the global admin enrolls; every failing rule is reported together', () => {
    const v = given(staleProfile())
      .when(enrollIndirect, { ...enrollment('2018-12-21'), actor: partnerUser(partner, 'adminAgent') })
      .rejects(
        { rule: 'ROL-1', tag: 'NotGlobalAdmin', subjects: [partner] },
        { rule: 'TRN-2', tag: 'ProfileNotCurrent', subjects: [partner, DIRECT_MPN] },
        notEligible,
      )
    expect(v.every((x) => x.ruleSet === '2018-12-18')).toBe(true)
  })

  it('TRN-4: a second enrollment is rejected while one is pending', () => {
    given(step(enroll(world(), '2019-11-04')))
      .when(enrollIndirect, enrollment('2019-11-05'))
      .rejects({ rule: 'TRN-4', tag: 'EnrollmentAlreadySubmitted', subjects: [partner] })
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
    const out = given(step(enroll(world(), '2019-11-01')))
      .when(approveIndirectEnrollment, approval('2019-11-11'))
      .warns({ rule: 'TRN-4', tag: 'ApprovalAfterDueDate' })
    expect(out.warnings).toHaveLength(1)
  })

  it('MOD-7: only Microsoft approves; TRN-4: only a pending enrollment', () => {
    given(step(enroll(world(), '2019-11-04')))
      .when(approveIndirectEnrollment, { ...approval('2019-11-05'), actor: admin(partner) })
      .rejects({ rule: 'MOD-7', tag: 'NotProgramOperator', subjects: [] })
    given(world())
      .when(approveIndirectEnrollment, approval('2019-11-05'))
      .rejects({ rule: 'TRN-4', tag: 'EnrollmentNotPending', subjects: [partner] })
  })
})

describe('acceptIndirectResellerAgreement', () => {
  it('TRN-5: the agreement can be accepted only after approval', () => {
    given(step(enroll(world(), '2019-11-04')))
      .when(acceptIndirectResellerAgreement, agreement('2019-11-05'))
      .rejects({ rule: 'TRN-5', tag: 'EnrollmentNotApproved', subjects: [partner] })
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
    given(approved)
      .when(acceptIndirectResellerAgreement, { ...agreement('2019-11-06'), actor: partnerUser(partner, 'salesAgent') })
      .rejects({ rule: 'ROL-1', tag: 'NotGlobalAdmin', subjects: [partner] })
  })
})

describe('after the transition', () => {
  it('TRN-7: the transition cannot be withdrawn once approved; a pending enrollment can', () => {
    const withdraw = (s: ProgramState) =>
      given(s).when(withdrawIndirectEnrollment, {
        actor: admin(partner),
        at: at('2019-11-20'),
        partnerTenantId: partner,
      })
    const irreversible = { rule: 'TRN-7', tag: 'TransitionIrreversible', subjects: [partner] } as const
    withdraw(transitioned2019()).rejects(irreversible)
    withdraw(step(approve(step(enroll(world(), '2019-11-04')), '2019-11-05'))).rejects(irreversible)
    const back = withdraw(step(enroll(world(), '2019-11-04'))).accepts().state
    expect(getPartner(back, partner)?.indirectReseller).toEqual({ status: 'none' })
    withdraw(world()).rejects({ rule: 'TRN-4', tag: 'EnrollmentNotPending', subjects: [partner] })
  })

  it('TRN-8: during the transition the partner keeps managing its direct customers', () => {
    const seats = (when: string) => ({
      actor: admin(partner),
      at: at(when),
      partnerTenantId: partner,
      subscriptionId: subs.license,
      seats: 12,
    })
    expect(changeSeats(step(enroll(world(), '2019-11-04')), seats('2019-11-05'))).toBeAccepted()
    expect(changeSeats(transitioned2019(), seats('2019-11-07'))).toBeAccepted()
  })

  it('TRN-9: under the 2018 rules an enrolled partner adds no new direct customers; under 2019 it may', () => {
    const s2018 = step(approve(step(enroll(flags(world(), true, false), '2018-12-21')), '2018-12-24'))
    const create = (s: ProgramState, when: string) =>
      given(s).when(createCustomer, customerInput(partner, ids.customer2, at(when)))
    create(s2018, '2019-01-15').rejects({ rule: 'TRN-9', tag: 'NewDirectCustomersClosed', subjects: [partner] })
    create(transitioned2019(), '2019-11-20').accepts()
  })

  it('TRN-10: as indirect reseller only, a partner cannot create customer tenants', () => {
    expect(hasRole(getPartner(world(), ids.reseller)!, 'directBillPartner')).toBe(false)
    given(world())
      .when(createCustomer, customerInput(ids.reseller, ids.customer2, at('2019-11-20')))
      .rejects({ rule: 'TRN-10', tag: 'CannotCreateCustomerTenant', subjects: [ids.reseller] })
  })
})

describe('incentives (INC-1, INC-2)', () => {
  const incentive = (program: 'indirectReseller' | 'directBill') => ({
    actor: admin(partner),
    at: at('2019-12-01'),
    partnerTenantId: partner,
    program,
  })
  const join = (s: ProgramState, program: 'indirectReseller' | 'directBill') => enrollIncentive(s, incentive(program))

  it('INC-2: the direct bill and indirect reseller incentives are enrolled separately', () => {
    const s = transitioned2019()
    const direct = step(join(s, 'directBill'))
    expect(getPartner(direct, partner)?.incentives).toEqual({ indirectReseller: 'invited', directBill: 'enrolled' })
    const both = step(join(direct, 'indirectReseller'))
    expect(getPartner(both, partner)?.incentives).toEqual({ indirectReseller: 'enrolled', directBill: 'enrolled' })
    given(both)
      .when(enrollIncentive, incentive('directBill'))
      .rejects({ rule: 'INC-2', tag: 'IncentiveAlreadyEnrolled', subjects: [partner] })
  })

  it('INC-1: the indirect reseller incentive needs the indirect reseller role', () => {
    given(world())
      .when(enrollIncentive, incentive('indirectReseller'))
      .rejects({ rule: 'INC-1', tag: 'IncentiveNotAvailable', subjects: [partner] })
  })

  it('INC-2: the direct bill incentive needs the direct bill role', () => {
    given(world())
      .when(enrollIncentive, { ...incentive('directBill'), actor: admin(ids.reseller), partnerTenantId: ids.reseller })
      .rejects({ rule: 'INC-2', tag: 'IncentiveNotAvailable', subjects: [ids.reseller] })
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
