/**
 * Boundaries (issue 10, item 6): each test names the rule, the tag and the subjects of what it
 * expects, and sits on an edge where a lax check would let the wrong verdict through: the test
 * helper itself, an MPA signed after the command's date, delegated admin through an invitation, and
 * the anniversary months of the 2019 transition rules.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  acceptCustomerInvitation,
  acceptIndirectResellerAgreement,
  addLicenses,
  approveIndirectEnrollment,
  createCustomerForReseller,
  customerAdmin,
  enrollIndirect,
  getPartner,
  getRelationship,
  getTenant,
  invitationId,
  inviteCustomer,
  isoDate,
  mpnId,
  placeOrder,
  setProgramFlags,
  signMpa,
  updateProfile,
  type CommandResult,
  type ProgramState,
  type RuleViolation,
  type TenantId,
} from '../src/index.js'
import {
  US,
  accepted,
  addCustomer,
  admin,
  at,
  buy,
  forResellerInput,
  ids,
  line,
  orderInput,
  pairedAsTable,
  providerWorld,
  register,
  rejected,
  rejectsWith,
  step,
  subs,
  world,
  partnered,
} from './support/index.js'

const MICROSOFT = { kind: 'microsoft' } as const

/** A rejection carrying exactly `violations`, as a command would return it. */
const rejection = (...violations: [RuleViolation, ...RuleViolation[]]): CommandResult => E.left(violations)

const violation = (rule: RuleViolation['rule'], tag: RuleViolation['_tag'], subjects: string[]): RuleViolation => ({
  _tag: tag,
  rule,
  ruleSet: '2019-10-04',
  subjects,
  message: 'made up by the test',
  partnerCenterCode: null,
})

describe('the helper checks rule, tag and subjects', () => {
  // world(): the direct bill partner buys for a tenant no one knows
  const unknownCustomer = () => buy(world(), ids.direct, ids.stranger, subs.next)

  it('MOD-1: accepts the exact (rule, tag, subjects) of the rejection', () => {
    rejectsWith(unknownCustomer(), ['MOD-1', 'UnknownCustomer', [ids.stranger]])
  })

  it('MOD-1: fails on the right rule with a wrong tag, even one the rule may report', () => {
    expect(() => rejectsWith(unknownCustomer(), ['MOD-1', 'UnknownPartner', [ids.stranger]])).toThrow()
    expect(() => rejectsWith(unknownCustomer(), ['MOD-1', 'UnknownSubscription', [ids.stranger]])).toThrow()
  })

  it('MOD-1: fails on empty, missing, extra or reordered subjects', () => {
    expect(() => rejectsWith(unknownCustomer(), ['MOD-1', 'UnknownCustomer', []])).toThrow()
    expect(() => rejectsWith(unknownCustomer(), ['MOD-1', 'UnknownCustomer', [ids.customer]])).toThrow()
    expect(() => rejectsWith(unknownCustomer(), ['MOD-1', 'UnknownCustomer', [ids.stranger, ids.direct]])).toThrow()
    const both = buy(world(), ids.reseller, ids.customer, subs.next)
    rejectsWith(
      both,
      ['PGM-2', 'NoBillingRelationship', [ids.reseller]],
      ['ROL-2', 'NoResellerRelationship', [ids.reseller, ids.customer]],
    )
    expect(() =>
      rejectsWith(
        both,
        ['PGM-2', 'NoBillingRelationship', [ids.reseller]],
        ['ROL-2', 'NoResellerRelationship', [ids.customer, ids.reseller]],
      ),
    ).toThrow()
  })

  it('PGM-2 and ROL-2: fails when a violation is left out or one too many is expected', () => {
    const both = buy(world(), ids.reseller, ids.customer, subs.next)
    expect(() => rejectsWith(both, ['PGM-2', 'NoBillingRelationship', [ids.reseller]])).toThrow()
    expect(() =>
      rejectsWith(
        both,
        ['PGM-2', 'NoBillingRelationship', [ids.reseller]],
        ['ROL-2', 'NoResellerRelationship', [ids.reseller, ids.customer]],
        ['MOD-1', 'UnknownCustomer', [ids.customer]],
      ),
    ).toThrow()
  })

  it('fails on an accepted command', () => {
    expect(() =>
      rejectsWith(buy(world(), ids.direct, ids.customer, subs.next), ['ROL-2', 'NoDelegatedAdmin', []]),
    ).toThrow()
  })

  it('fails on an expectation pairing a rule with a tag the table does not give it', () => {
    expect(() => rejectsWith(unknownCustomer(), ['ROL-2', 'UnknownCustomer', [ids.stranger]] as never)).toThrow(
      /not a pairing of the table/,
    )
  })

  it('fails on a violation pairing its rule and tag otherwise than the table, above all a MOD tag under a program rule', () => {
    // the relabels moved these tags to MOD rules: their old rules may no longer report them
    for (const [rule, tag] of [
      ['ROL-2', 'UnknownCustomer'],
      ['PGM-1', 'PartnerAlreadyRegistered'],
      ['RST-8', 'SubscriptionNotChangeable'],
      ['RST-2', 'InvalidAddOnParent'],
      ['TRN-4', 'NotProgramOperator'],
    ] as const) {
      const made = rejection(violation(rule, tag, [ids.customer]))
      expect(() => rejected(made), `${rule} ${tag}`).toThrow()
      expect(() => pairedAsTable([violation(rule, tag, [ids.customer])]), `${rule} ${tag}`).toThrow()
    }
    // a program tag under a MOD rule is refused as well
    expect(() => rejected(rejection(violation('MOD-1', 'NoDelegatedAdmin', [ids.direct, ids.customer])))).toThrow()
    // and a pairing the table gives passes
    expect(rejected(rejection(violation('MOD-3', 'SubscriptionNotChangeable', [subs.license])))).toHaveLength(1)
  })
})

describe('an MPA signed after the command is not signed at its date (PGM-3, PGM-4)', () => {
  /** A direct bill partner without the MPA, with a customer created before the MPA rules, that signs on 2020-03-10. */
  const lateSigner = (): ProgramState => {
    let s = register(world(), {
      tenant: ids.stranger,
      mpn: '5500001',
      name: 'Late Signer',
      roles: ['directBillPartner'],
      mpa: false,
    })
    s = addCustomer(s, ids.stranger, ids.customer2, at('2020-01-15'))
    return step(signMpa(s, { actor: admin(ids.stranger), at: at('2020-03-10'), partnerTenantId: ids.stranger }))
  }

  it("PGM-3: the partner's own purchase dated before its signature is refused, even though the state holds the signature", () => {
    const s = lateSigner()
    expect(getPartner(s, ids.stranger)?.mpaSignedAt).toBe(at('2020-03-10'))
    const v = rejectsWith(buy(s, ids.stranger, ids.customer2, subs.next, 'licenseBased', at('2020-03-05')), [
      'PGM-3',
      'MpaNotSigned',
      [ids.stranger],
    ])
    expect(v[0]?.partnerCenterCode).toBe(900124)
    // one second before the signature: still not signed; at the signature's instant: signed
    rejectsWith(buy(s, ids.stranger, ids.customer2, subs.next, 'licenseBased', at('2020-03-10T08:59:59Z')), [
      'PGM-3',
      'MpaNotSigned',
      [ids.stranger],
    ])
    accepted(buy(s, ids.stranger, ids.customer2, subs.next, 'licenseBased', at('2020-03-10')))
  })

  /**
   * The US provider in partnership (from 2020-01-20) with a reseller that has not signed the MPA, a
   * customer the provider created for that reseller on 2020-01-21 (before the MPA rules), and the
   * reseller's signature on 2020-03-10.
   */
  const LATE_RESELLER_MPN = mpnId('5500002')
  const lateReseller = (): ProgramState => {
    let s = register(world(), {
      tenant: ids.reseller2,
      mpn: LATE_RESELLER_MPN,
      name: 'Late Reseller',
      roles: ['indirectReseller'],
      mpa: false,
    })
    s = partnered(s, ids.provider, ids.reseller2, '2020-01-20')
    s = step(
      createCustomerForReseller(
        s,
        forResellerInput([], { reseller: ids.reseller2, customer: ids.customer2, when: '2020-01-21' }),
      ),
    )
    return step(signMpa(s, { actor: admin(ids.reseller2), at: at('2020-03-10'), partnerTenantId: ids.reseller2 }))
  }
  const order = (s: ProgramState, when: string) =>
    placeOrder(
      s,
      orderInput([line(subs.p2, { partnerOfRecord: LATE_RESELLER_MPN })], {
        reseller: ids.reseller2,
        customer: ids.customer2,
        when,
      }),
    )

  it('PGM-4: a provider order naming a reseller that signs only later is refused (900123); from the signature on it is accepted', () => {
    const s = lateReseller()
    expect(getPartner(s, ids.reseller2)?.mpaSignedAt).toBe(at('2020-03-10'))
    const v = rejectsWith(order(s, '2020-03-05'), ['PGM-4', 'ResellerMpaNotSigned', [ids.reseller2, LATE_RESELLER_MPN]])
    expect(v[0]?.partnerCenterCode).toBe(900123)
    accepted(order(s, '2020-03-10'))
  })
})

describe('delegated admin through an accepted invitation (INV-2, ROL-2)', () => {
  const invite = (
    s: ProgramState,
    id: string,
    reseller: TenantId,
    customer: TenantId,
    delegatedAdmin: boolean,
    when: string,
  ) =>
    inviteCustomer(s, {
      actor: admin(reseller),
      at: at(when),
      partnerTenantId: reseller,
      invitationId: invitationId(id),
      kind: 'indirectReseller',
      indirectProviderTenantId: ids.provider,
      customerTenantId: customer,
      // a tenant new to the model is described; a known one is not
      newCustomer: getTenant(s, customer) === undefined ? { companyName: 'Invited', domain: null, region: US } : null,
      delegatedAdmin,
    })
  const accept = (s: ProgramState, id: string, customer: TenantId, when: string) =>
    acceptCustomerInvitation(s, { actor: customerAdmin(customer), at: at(when), invitationId: invitationId(id) })
  const moreLicenses = (s: ProgramState, subscription: typeof subs.p1, when: string) =>
    addLicenses(s, {
      actor: admin(ids.provider),
      at: at(when),
      providerTenantId: ids.provider,
      subscriptionId: subscription,
      additionalSeats: 1,
    })

  it('ROL-2: an indirect invitation without delegated admin gives the reseller admin rights and the provider a relationship without them', () => {
    let s = step(invite(providerWorld(), 'no-dap', ids.reseller, ids.customer2, false, '2020-03-06'))
    s = step(accept(s, 'no-dap', ids.customer2, '2020-03-07'))
    // INV-2: the reseller gets admin permissions; the provider may order, without delegated admin
    expect(getRelationship(s, ids.reseller, ids.customer2)).toMatchObject({
      channel: 'indirectReseller',
      delegatedAdmin: true,
    })
    expect(getRelationship(s, ids.provider, ids.customer2)).toMatchObject({
      channel: 'indirectProvider',
      delegatedAdmin: false,
    })
    s = step(placeOrder(s, orderInput([line(subs.p2)], { customer: ids.customer2, when: '2020-03-08' })))
    // a later command that needs delegated admin is refused
    rejectsWith(moreLicenses(s, subs.p2, '2020-03-09'), ['ROL-2', 'NoDelegatedAdmin', [ids.provider, ids.customer2]])
  })

  it('ROL-2: the same invitation with delegated admin grants it to the provider', () => {
    let s = step(invite(providerWorld(), 'dap', ids.reseller, ids.customer2, true, '2020-03-06'))
    s = step(accept(s, 'dap', ids.customer2, '2020-03-07'))
    expect(getRelationship(s, ids.provider, ids.customer2)?.delegatedAdmin).toBe(true)
    s = step(placeOrder(s, orderInput([line(subs.p2)], { customer: ids.customer2, when: '2020-03-08' })))
    accepted(moreLicenses(s, subs.p2, '2020-03-09'))
  })

  it('ROL-2: accepting an invitation without delegated admin does not take away the delegated admin the provider holds', () => {
    // a second reseller of the provider invites the customer the provider created for First Up
    let s = register(providerWorld(), {
      tenant: ids.reseller2,
      mpn: '4855001',
      name: 'Second Reseller',
      roles: ['indirectReseller'],
    })
    s = partnered(s, ids.provider, ids.reseller2, '2020-03-04')
    expect(getRelationship(s, ids.provider, ids.customer3)?.delegatedAdmin).toBe(true)
    s = step(invite(s, 'second', ids.reseller2, ids.customer3, false, '2020-03-05'))
    s = step(accept(s, 'second', ids.customer3, '2020-03-06'))
    expect(getRelationship(s, ids.provider, ids.customer3)).toMatchObject({
      delegatedAdmin: true,
      origin: 'customerCreation',
    })
    expect(getRelationship(s, ids.reseller2, ids.customer3)).toMatchObject({
      channel: 'indirectReseller',
      delegatedAdmin: true,
    })
    accepted(moreLicenses(s, subs.p1, '2020-03-07'))
  })

  it('ROL-2: a direct invitation without delegated admin leaves the issuer unable to buy for the customer', () => {
    let s = step(
      inviteCustomer(world(), {
        actor: admin(ids.direct),
        at: at('2019-02-01'),
        partnerTenantId: ids.direct,
        invitationId: invitationId('direct-no-dap'),
        kind: 'directReseller',
        indirectProviderTenantId: null,
        customerTenantId: ids.customer2,
        newCustomer: { companyName: 'Invited', domain: null, region: US },
        delegatedAdmin: false,
      }),
    )
    s = step(accept(s, 'direct-no-dap', ids.customer2, '2019-02-02'))
    expect(getRelationship(s, ids.direct, ids.customer2)).toMatchObject({
      channel: 'directBill',
      delegatedAdmin: false,
    })
    rejectsWith(buy(s, ids.direct, ids.customer2, subs.next, 'licenseBased', at('2019-02-03')), [
      'ROL-2',
      'NoDelegatedAdmin',
      [ids.direct, ids.customer2],
    ])
  })
})

describe('the anniversary months of the 2019 transition rules (TRN-3)', () => {
  /** The base world with the direct bill partner's anniversary date recorded by Microsoft. */
  const anniversary = (date: string, enabled = false): ProgramState => {
    let s = step(
      updateProfile(world(), {
        actor: MICROSOFT,
        at: at('2019-10-10'),
        partnerTenantId: ids.direct,
        changes: { anniversaryDate: isoDate(date) },
      }),
    )
    if (enabled)
      s = step(
        setProgramFlags(s, {
          actor: MICROSOFT,
          at: at('2019-10-11'),
          partnerTenantId: ids.direct,
          identifiedForOffboarding: false,
          transitionEnabled: true,
        }),
      )
    return s
  }
  const enroll = (s: ProgramState) =>
    enrollIndirect(s, {
      actor: admin(ids.direct),
      at: at('2019-11-04'),
      partnerTenantId: ids.direct,
      confirmsAuthorization: true,
    })
  const submitted = (result: CommandResult) => {
    const out = accepted(result)
    expect(out.ruleSet).toBe('2019-10-04')
    expect(out.events.map((e) => e._tag)).toEqual(['IndirectEnrollmentSubmitted'])
  }

  it('TRN-3: an anniversary on 31 August is refused, on 1 September accepted', () => {
    rejectsWith(enroll(anniversary('2019-08-31')), ['TRN-3', 'NotEligibleToTransition', [ids.direct]])
    submitted(enroll(anniversary('2019-09-01')))
  })

  it('TRN-3: an anniversary on 31 December is accepted, on 1 January refused', () => {
    submitted(enroll(anniversary('2018-12-31')))
    rejectsWith(enroll(anniversary('2019-01-01')), ['TRN-3', 'NotEligibleToTransition', [ids.direct]])
  })

  it('TRN-3: a January (or August) anniversary is accepted once Microsoft enables the transition', () => {
    submitted(enroll(anniversary('2019-01-01', true)))
    submitted(enroll(anniversary('2019-08-31', true)))
  })

  it('TRN-3: the enrollment that passed goes on to approval and the agreement', () => {
    let s = step(enroll(anniversary('2019-09-01')))
    s = step(approveIndirectEnrollment(s, { actor: MICROSOFT, at: at('2019-11-05'), partnerTenantId: ids.direct }))
    s = step(
      acceptIndirectResellerAgreement(s, {
        actor: admin(ids.direct),
        at: at('2019-11-06'),
        partnerTenantId: ids.direct,
      }),
    )
    expect(getPartner(s, ids.direct)?.indirectReseller.status).toBe('active')
  })
})
