/**
 * The customer agreement before purchase (MCA-1 … MCA-5): a new purchase needs the customer's
 * acceptance on record (either agreement under the 2019-10-01 rule set, the Customer Agreement only
 * from 2020-02-01), attested by an allowed partner user with a past date and a new contact, or given
 * by the customer itself; an attestation from 2023-04-15 emails the attested contact.
 */
import { readFileSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  AttestCustomerAgreementInput,
  VIOLATIONS,
  acceptCustomerInvitation,
  agreementOnRecord,
  attestCustomerAgreement,
  changeSeats,
  createCustomer,
  createCustomerForReseller,
  customerAdmin,
  emptyState,
  evolve,
  getCustomer,
  inviteCustomer,
  invitationId,
  isoDate,
  partnerUser,
  placeOrder,
  recordCustomerAcceptance,
  ruleSet,
  type Actor,
  type AgreementAttestation,
  type CommandResult,
  type CustomerAgreement,
  type ProgramState,
  type TenantId,
} from '../src/index.js'
import {
  accepted,
  addCustomer,
  admin,
  at,
  attestationFor,
  buy,
  customerInput,
  forResellerInput,
  ids,
  line,
  orderInput,
  providerWorld,
  refuses,
  register,
  rejectsWith,
  step,
  subs,
} from './support/index.js'

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/partner-center/since-2021/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >

/** A direct bill partner registered in January 2019, MPA signed. */
const directPartner = (): ProgramState =>
  register(emptyState, { tenant: ids.direct, mpn: '1000001', name: 'Contoso Direct', roles: ['directBillPartner'] })

/** The direct bill partner and a customer it created on `created` without attesting anything. */
const unattested = (created: string): ProgramState =>
  addCustomer(directPartner(), ids.direct, ids.customer, at(created), { attest: false })

const warnings = (result: CommandResult) => accepted(result).warnings.map((w) => [w.rule, w._tag, w.subjects])

const attest = (
  state: ProgramState,
  when: string,
  options: {
    readonly partner?: TenantId
    readonly customer?: TenantId
    readonly actor?: Actor
    readonly agreement?: AgreementAttestation
  } = {},
): CommandResult => {
  const partner = options.partner ?? ids.direct
  const customer = options.customer ?? ids.customer
  return attestCustomerAgreement(state, {
    actor: options.actor ?? admin(partner),
    at: at(when),
    partnerTenantId: partner,
    customerTenantId: customer,
    agreement: options.agreement ?? attestationFor(customer, at(when)),
  })
}

/** `state` with a Cloud Agreement the customer accepted on `day` (as an import of its agreements would record). */
const withCloudAgreement = (state: ProgramState, day: string): ProgramState => {
  const agreement: CustomerAgreement = {
    kind: 'microsoftCloudAgreement',
    dateAgreed: isoDate(day),
    acceptedBy: 'customer',
    attestedBy: null,
    contact: null,
  }
  return evolve(state, { _tag: 'CustomerAgreementAccepted', at: at(day), customerTenantId: ids.customer, agreement })
}

describe('MCA-1: a new purchase needs the customer agreement on record', () => {
  it('MCA-1: a customer with no agreement is refused a purchase from 2019-10-01 (13605), not the day before', () => {
    // created on 2019-09-30 without an attestation: its agreements are unknown, then a purchase warns
    const before = unattested('2019-09-30')
    expect(getCustomer(before, ids.customer)?.agreements).toBeUndefined()
    expect(warnings(buy(before, ids.direct, ids.customer, subs.license, 'licenseBased', at('2019-09-30')))).toEqual([])
    // created on 2019-10-01 without one: none on record
    const after = unattested('2019-10-01')
    expect(getCustomer(after, ids.customer)?.agreements).toEqual([])
    const [v] = rejectsWith(buy(after, ids.direct, ids.customer, subs.license, 'licenseBased', at('2019-10-01')), [
      'MCA-1',
      'CustomerAgreementNotAccepted',
      [ids.customer],
    ])
    expect(v?.partnerCenterCode).toBe(13605)
    expect(VIOLATIONS.CustomerAgreementNotAccepted.codes).toEqual([13605])
  })

  it('MCA-1: agreements the model does not know are a FactUnknown warning, from 2019-10-01 only', () => {
    const s = unattested('2019-09-02')
    expect(warnings(buy(s, ids.direct, ids.customer, subs.license, 'licenseBased', at('2019-09-30')))).toEqual([])
    const result = buy(s, ids.direct, ids.customer, subs.license, 'licenseBased', at('2019-10-01'))
    expect(warnings(result)).toEqual([['MCA-1', 'FactUnknown', [ids.customer]]])
    expect(accepted(result).warnings[0]?.message).toMatch(/agreements were not imported/)
  })

  it('MCA-1: under the 2019-10-01 rule set the Cloud Agreement counts; from 2020-02-01 only the Customer Agreement', () => {
    const s = withCloudAgreement(unattested('2019-10-01'), '2019-10-01')
    expect(accepted(buy(s, ids.direct, ids.customer, subs.license, 'licenseBased', at('2020-01-31'))).ruleSet).toBe(
      '2019-10-04',
    )
    rejectsWith(buy(s, ids.direct, ids.customer, subs.license, 'licenseBased', at('2020-02-01')), [
      'MCA-1',
      'CustomerAgreementNotAccepted',
      [ids.customer],
    ])
    // the query says the same, and a Customer Agreement counts under both sets
    const customer = getCustomer(s, ids.customer) as NonNullable<ReturnType<typeof getCustomer>>
    expect(agreementOnRecord(customer, at('2020-01-31'), ruleSet('2019-10-04'))).toBe('accepted')
    expect(agreementOnRecord(customer, at('2020-02-01'), ruleSet('2020-02-01'))).toBe('notAccepted')
    expect(agreementOnRecord({}, at('2020-02-01'), ruleSet('2020-02-01'))).toBe('unknown')
  })

  it('MCA-1: an acceptance counts from the date the customer accepted, not before', () => {
    const s = step(
      attest(unattested('2020-03-01'), '2020-03-20', { agreement: attestationFor(ids.customer, at('2020-03-10')) }),
    )
    rejectsWith(buy(s, ids.direct, ids.customer, subs.license, 'licenseBased', at('2020-03-09')), [
      'MCA-1',
      'CustomerAgreementNotAccepted',
      [ids.customer],
    ])
    expect(warnings(buy(s, ids.direct, ids.customer, subs.license, 'licenseBased', at('2020-03-20')))).toEqual([])
  })

  it('MCA-1: a seat increase is not a new purchase: allowed once the bought agreement no longer counts', () => {
    // bought under the Cloud Agreement in December 2019; in March 2020 only the Customer Agreement counts
    let s = withCloudAgreement(unattested('2019-10-01'), '2019-10-01')
    s = step(buy(s, ids.direct, ids.customer, subs.license, 'licenseBased', at('2019-12-02')))
    const more = changeSeats(s, {
      actor: admin(ids.direct),
      at: at('2020-03-02'),
      partnerTenantId: ids.direct,
      subscriptionId: subs.license,
      seats: 20,
    })
    expect(accepted(more).events.map((e) => e._tag)).toEqual(['SeatsChanged'])
    expect(accepted(more).warnings).toEqual([])
    rejectsWith(buy(s, ids.direct, ids.customer, subs.addOn, 'addOn', at('2020-03-02'), subs.license), [
      'MCA-1',
      'CustomerAgreementNotAccepted',
      [ids.customer],
    ])
  })

  it("MCA-1: the customer's own acceptance lets it buy; only its admin gives it, with no email (MCA-5)", () => {
    const s = unattested('2023-05-01')
    const byPartner = recordCustomerAcceptance(s, {
      actor: admin(ids.direct),
      at: at('2023-05-02'),
      customerTenantId: ids.customer,
    })
    rejectsWith(byPartner, ['MCA-1', 'NotCustomerAdmin', [ids.customer]])
    rejectsWith(buy(s, ids.direct, ids.customer, subs.license, 'azure', at('2023-05-02')), [
      'MCA-1',
      'CustomerAgreementNotAccepted',
      [ids.customer],
    ])
    const result = recordCustomerAcceptance(s, {
      actor: customerAdmin(ids.customer),
      at: at('2023-05-02'),
      customerTenantId: ids.customer,
    })
    expect(accepted(result).events.map((e) => e._tag)).toEqual(['CustomerAgreementAccepted'])
    expect(getCustomer(accepted(result).state, ids.customer)?.agreements).toEqual([
      {
        kind: 'microsoftCustomerAgreement',
        dateAgreed: '2023-05-02',
        acceptedBy: 'customer',
        attestedBy: null,
        contact: null,
      },
    ])
    expect(
      warnings(buy(accepted(result).state, ids.direct, ids.customer, subs.license, 'azure', at('2023-05-02'))),
    ).toEqual([])
    rejectsWith(
      recordCustomerAcceptance(s, {
        actor: customerAdmin(ids.customer2),
        at: at('2023-05-02'),
        customerTenantId: ids.customer2,
      }),
      ['MOD-1', 'UnknownCustomer', [ids.customer2]],
    )
  })

  it('MCA-1: a provider order for an invited customer warns (agreements unknown); for one with none it is refused', () => {
    // the reseller invites a customer new to the model, through the provider; it joins with unknown agreements
    let s = providerWorld()
    s = step(
      inviteCustomer(s, {
        actor: admin(ids.reseller),
        at: at('2020-03-05'),
        partnerTenantId: ids.reseller,
        invitationId: invitationId('inv-1'),
        kind: 'indirectReseller',
        indirectProviderTenantId: ids.provider,
        customerTenantId: ids.customer2,
        newCustomer: { companyName: 'Joined', domain: null, region: 'US' as never },
        delegatedAdmin: true,
      }),
    )
    s = step(
      acceptCustomerInvitation(s, {
        actor: customerAdmin(ids.customer2),
        at: at('2020-03-06'),
        invitationId: invitationId('inv-1'),
      }),
    )
    expect(getCustomer(s, ids.customer2)?.agreements).toBeUndefined()
    const order = placeOrder(s, orderInput([line(subs.p2)], { customer: ids.customer2, when: '2020-03-07' }))
    expect(warnings(order)).toEqual([['MCA-1', 'FactUnknown', [ids.customer2]]])
    // a customer created for the reseller without an attestation and without lines has none on record
    const bare = step(
      createCustomerForReseller(
        s,
        forResellerInput([], { customer: ids.customerBr, when: '2020-03-07', attest: false }),
      ),
    )
    expect(getCustomer(bare, ids.customerBr)?.agreements).toEqual([])
    rejectsWith(placeOrder(bare, orderInput([line(subs.p3)], { customer: ids.customerBr, when: '2020-03-08' })), [
      'MCA-1',
      'CustomerAgreementNotAccepted',
      [ids.customerBr],
    ])
  })
})

describe('creating customers with an attestation (MCA-1 … MCA-3)', () => {
  it('MCA-1: createCustomer records the attestation; without one, none (from 2019-10-01) or unknown (before)', () => {
    const attested = step(createCustomer(directPartner(), customerInput(ids.direct, ids.customer, at('2020-03-02'))))
    expect(getCustomer(attested, ids.customer)?.agreements).toEqual([
      {
        kind: 'microsoftCustomerAgreement',
        dateAgreed: '2020-03-02',
        acceptedBy: 'partnerAttestation',
        attestedBy: ids.direct,
        contact: attestationFor(ids.customer, at('2020-03-02')).contact,
      },
    ])
    expect(getCustomer(unattested('2019-09-30'), ids.customer)).not.toHaveProperty('agreements')
    expect(getCustomer(unattested('2019-10-01'), ids.customer)?.agreements).toEqual([])
  })

  it('MCA-1: createCustomerForReseller with lines needs the attestation from 2019-10-01 (13605), not before', () => {
    let s = providerWorld()
    const input = (when: string, attest?: boolean) =>
      forResellerInput([line(subs.p2)], { customer: ids.customer2, when, ...(attest === undefined ? {} : { attest }) })
    rejectsWith(createCustomerForReseller(s, input('2020-03-05', false)), [
      'MCA-1',
      'CustomerAgreementNotAccepted',
      [ids.customer2],
    ])
    s = step(createCustomerForReseller(s, input('2020-03-05')))
    expect(getCustomer(s, ids.customer2)?.agreements?.[0]?.attestedBy).toBe(ids.provider)
  })

  it('MCA-2: a user admin of the provider creates a customer without attesting, but may not attest (from 2020-02-01)', () => {
    const userAdmin = partnerUser(ids.provider, 'userAdmin')
    const s = providerWorld()
    rejectsWith(
      createCustomerForReseller(
        s,
        forResellerInput([], { customer: ids.customer2, when: '2020-03-05', actor: userAdmin }),
      ),
      ['MCA-2', 'AttestationRoleNotAllowed', [ids.provider]],
    )
    accepted(
      createCustomerForReseller(
        s,
        forResellerInput([], { customer: ids.customer2, when: '2020-03-05', actor: userAdmin, attest: false }),
      ),
    )
  })

  it('MCA-3: an acceptance date after the creation is refused from 2020-02-01, accepted the day before', () => {
    const future = (when: string) => ({
      ...customerInput(ids.direct, ids.customer, at(when)),
      customerAgreement: attestationFor(ids.customer, at('2020-06-01')),
    })
    rejectsWith(createCustomer(directPartner(), future('2020-02-01')), [
      'MCA-3',
      'AgreementDateInFuture',
      [ids.customer],
    ])
    accepted(createCustomer(directPartner(), future('2020-01-31')))
  })
})

describe('attestCustomerAgreement (MCA-2 … MCA-5)', () => {
  it('MCA-2: a helpdesk agent may not attest from 2020-02-01; the day before the rule it may', () => {
    const helpdesk = partnerUser(ids.direct, 'helpdeskAgent')
    rejectsWith(attest(unattested('2020-01-06'), '2020-02-01', { actor: helpdesk }), [
      'MCA-2',
      'AttestationRoleNotAllowed',
      [ids.direct],
    ])
    accepted(attest(unattested('2020-01-06'), '2020-01-31', { actor: helpdesk }))
    for (const role of ['globalAdmin', 'adminAgent', 'salesAgent'] as const)
      accepted(attest(unattested('2020-01-06'), '2020-02-01', { actor: partnerUser(ids.direct, role) }))
  })

  it('MCA-2: an indirect reseller never attests for its customer; its provider does', () => {
    const s = providerWorld()
    const contact = { ...attestationFor(ids.customer3, at('2020-03-05')).contact, firstName: 'Ravi' }
    const agreement = { dateAgreed: isoDate('2020-03-05'), contact }
    rejectsWith(attest(s, '2020-03-05', { partner: ids.reseller, customer: ids.customer3, agreement }), [
      'MCA-2',
      'ResellerCannotAttest',
      [ids.reseller, ids.customer3],
    ])
    const result = attest(s, '2020-03-05', { partner: ids.provider, customer: ids.customer3, agreement })
    expect(accepted(result).events).toEqual([
      {
        _tag: 'CustomerAgreementAttested',
        at: at('2020-03-05'),
        partnerTenantId: ids.provider,
        customerTenantId: ids.customer3,
        agreement: {
          kind: 'microsoftCustomerAgreement',
          dateAgreed: '2020-03-05',
          acceptedBy: 'partnerAttestation',
          attestedBy: ids.provider,
          contact,
        },
      },
    ])
  })

  it('MOD-1, ROL-2: the customer must be known and the partner its partner', () => {
    rejectsWith(attest(directPartner(), '2020-03-05'), ['MOD-1', 'UnknownCustomer', [ids.customer]])
    const s = register(unattested('2020-03-02'), {
      tenant: ids.stranger,
      mpn: '9900001',
      name: 'Outsider',
      roles: ['directBillPartner'],
    })
    const [v] = rejectsWith(attest(s, '2020-03-05', { partner: ids.stranger }), [
      'ROL-2',
      'NoResellerRelationship',
      [ids.stranger, ids.customer],
    ])
    expect(v?.partnerCenterCode).toBe(20002)
  })

  it('MCA-3: the acceptance date is not after the attestation date (from 2020-02-01)', () => {
    const tomorrow = (when: string, day: string) => ({
      ...attestationFor(ids.customer, at(when)),
      dateAgreed: isoDate(day),
    })
    rejectsWith(attest(unattested('2020-01-06'), '2020-02-01', { agreement: tomorrow('2020-02-01', '2020-02-02') }), [
      'MCA-3',
      'AgreementDateInFuture',
      [ids.customer],
    ])
    accepted(attest(unattested('2020-01-06'), '2020-01-31', { agreement: tomorrow('2020-01-31', '2020-02-01') }))
    accepted(attest(unattested('2020-01-06'), '2020-02-01', { agreement: tomorrow('2020-02-01', '2020-02-01') }))
  })

  it('MCA-4: the same contact twice is refused (600061); a change in any field records a new acceptance', () => {
    const s = step(attest(unattested('2020-03-02'), '2020-03-03'))
    const same = attestationFor(ids.customer, at('2020-03-03'))
    const [v] = rejectsWith(attest(s, '2020-03-04', { agreement: same }), [
      'MCA-4',
      'AgreementAlreadyAttested',
      [ids.customer],
    ])
    expect(v?.partnerCenterCode).toBe(600061)
    expect(fixture('errors/customer-agreement-600061-already-exists.json')['code']).toBe(600061)
    expect(VIOLATIONS.AgreementAlreadyAttested.codes).toEqual([600061])
    for (const field of ['firstName', 'lastName', 'email', 'phoneNumber'] as const) {
      const changed = { ...same.contact, [field]: field === 'email' ? 'other@customer.example' : 'Other' }
      const next = accepted(attest(s, '2020-03-04', { agreement: { dateAgreed: same.dateAgreed, contact: changed } }))
      expect(getCustomer(next.state, ids.customer)?.agreements).toHaveLength(2)
    }
    // before 2020-02-01 the rule is not in force: the same contact is recorded again
    const early = step(attest(unattested('2020-01-06'), '2020-01-07'))
    accepted(attest(early, '2020-01-08', { agreement: attestationFor(ids.customer, at('2020-01-07')) }))
  })

  it('MCA-5: from 2023-04-15 an attestation emails the attested contact; not on 2023-04-14', () => {
    const s = unattested('2023-04-03')
    expect(accepted(attest(s, '2023-04-14')).events.map((e) => e._tag)).toEqual(['CustomerAgreementAttested'])
    const after = accepted(attest(s, '2023-04-15'))
    expect(after.events.map((e) => e._tag)).toEqual(['CustomerAgreementAttested', 'CustomerNotified'])
    expect(after.events[1]).toEqual({
      _tag: 'CustomerNotified',
      at: at('2023-04-15'),
      customerTenantId: ids.customer,
      email: attestationFor(ids.customer, at('2023-04-15')).contact.email,
      subject: 'customerAgreementAttested',
    })
    // an attestation given while creating the customer is followed by the email too
    const created = accepted(createCustomer(directPartner(), customerInput(ids.direct, ids.customer, at('2023-04-15'))))
    expect(created.events.map((e) => e._tag)).toEqual(['CustomerCreated', 'CustomerNotified'])
    const early = accepted(createCustomer(directPartner(), customerInput(ids.direct, ids.customer, at('2023-04-14'))))
    expect(early.events.map((e) => e._tag)).toEqual(['CustomerCreated'])
  })

  it("Partner Center's confirm body maps onto the attestation: primaryContact and the day of dateAgreed", () => {
    const body = fixture('customer-agreement-mca-confirm-request.json')
    expect(body['type']).toBe('MicrosoftCustomerAgreement')
    const decoded = AttestCustomerAgreementInput.decode({
      actor: admin(ids.direct),
      at: at('2020-03-05'),
      partnerTenantId: ids.direct,
      customerTenantId: ids.customer,
      agreement: { dateAgreed: String(body['dateAgreed']).slice(0, 10), contact: body['primaryContact'] },
    })
    if (E.isLeft(decoded)) throw new Error('the body does not map onto the input')
    expect(decoded.right.agreement).toEqual({
      dateAgreed: '2018-06-14',
      contact: { firstName: 'Tania', lastName: 'Carr', email: 'someone@example.com', phoneNumber: '1234567890' },
    })
    // the body's other fields are not part of the input (MOD-8)
    expect(E.isLeft(AttestCustomerAgreementInput.decode({ ...decoded.right, agreement: body }))).toBe(true)
    const result = attestCustomerAgreement(
      step(
        createCustomer(directPartner(), customerInput(ids.direct, ids.customer, at('2020-03-02'), { attest: false })),
      ),
      decoded.right,
    )
    expect(getCustomer(accepted(result).state, ids.customer)?.agreements?.[0]?.contact?.firstName).toBe('Tania')
  })

  it('MCA-2: a rejected attestation leaves the very same state and emits nothing', () => {
    const s = unattested('2020-03-02')
    refuses(
      s,
      {
        command: 'attestCustomerAgreement',
        input: {
          actor: partnerUser(ids.direct, 'billingAdmin'),
          at: at('2020-03-05'),
          partnerTenantId: ids.direct,
          customerTenantId: ids.customer,
          agreement: attestationFor(ids.customer, at('2020-03-05')),
        },
      },
      'MCA-2',
      'AttestationRoleNotAllowed',
      [ids.direct],
    )
  })
})
