import { describe, expect, it } from 'vitest'
import {
  acceptCustomerInvitation,
  acceptIndirectResellerAgreement,
  acceptPartnership,
  approveIndirectEnrollment,
  customerAdmin,
  customerCapabilities,
  enrollIndirect,
  getInvitation,
  getPartnership,
  getRelationship,
  getTenant,
  invitationId,
  inviteCustomer,
  mpnId,
  partnershipsOfProvider,
  partnershipsOfReseller,
  partnerUser,
  relationshipsOfCustomer,
  ProgramStateDocument,
  requestPartnership,
  stateFromDocument,
  stateToJson,
  restrictDirectBill,
  type InvitationId,
  type ProgramState,
  type TenantId,
} from '../src/index.js'
import {
  BR,
  DIRECT_MPN,
  US,
  accepted,
  admin,
  at,
  buy,
  ids,
  partnershipInput,
  register,
  rejectsWith,
  step,
  subs,
  world,
} from './support/index.js'

const partnership = (s: ProgramState, provider: TenantId, reseller: TenantId, when = '2019-12-01') => {
  const requested = step(requestPartnership(s, partnershipInput(provider, provider, reseller, when)))
  return step(acceptPartnership(requested, partnershipInput(reseller, provider, reseller, when)))
}

const INV = invitationId('inv-1')

const decodeOrThrow = (json: unknown) => {
  const result = ProgramStateDocument.decode(json)
  if (result._tag === 'Left') throw new Error('document does not decode')
  return result.right
}

const invite = (
  s: ProgramState,
  options: {
    partner?: TenantId
    kind?: 'directReseller' | 'indirectReseller'
    provider?: TenantId | null
    customer?: TenantId
    id?: InvitationId
    when?: string
  } = {},
) =>
  inviteCustomer(s, {
    actor: admin(options.partner ?? ids.reseller),
    at: at(options.when ?? '2019-12-02'),
    partnerTenantId: options.partner ?? ids.reseller,
    invitationId: options.id ?? INV,
    kind: options.kind ?? 'indirectReseller',
    indirectProviderTenantId: options.provider === undefined ? ids.provider : options.provider,
    customerTenantId: options.customer ?? ids.customer2,
    newCustomer: { companyName: 'Wingtip Toys', domain: 'wingtip.example', region: US },
    delegatedAdmin: true,
  })

const accept = (s: ProgramState, customer: TenantId = ids.customer2, id = INV, when = '2019-12-03') =>
  acceptCustomerInvitation(s, { actor: customerAdmin(customer), at: at(when), invitationId: id })

/** The direct bill partner, transitioned under the 2019 rules and in partnership with the provider. */
const bothWays = () => {
  let s = world()
  s = step(
    enrollIndirect(s, {
      actor: admin(ids.direct),
      at: at('2019-11-04'),
      partnerTenantId: ids.direct,
      confirmsAuthorization: true,
    }),
  )
  s = step(
    approveIndirectEnrollment(s, { actor: { kind: 'microsoft' }, at: at('2019-11-05'), partnerTenantId: ids.direct }),
  )
  s = step(
    acceptIndirectResellerAgreement(s, { actor: admin(ids.direct), at: at('2019-11-06'), partnerTenantId: ids.direct }),
  )
  return partnership(s, ids.provider, ids.direct)
}

describe('partnerships (minimal)', () => {
  it("PRT-3: a partnership exists once the reseller accepts; each is in the other's list", () => {
    const requested = step(
      requestPartnership(world(), partnershipInput(ids.provider, ids.provider, ids.reseller, '2019-12-01')),
    )
    expect(getPartnership(requested, ids.provider, ids.reseller)?.status).toBe('requested')
    const s = partnership(world(), ids.provider, ids.reseller)
    expect(getPartnership(s, ids.provider, ids.reseller)).toMatchObject({
      status: 'active',
      acceptedAt: at('2019-12-01'),
    })
    expect(partnershipsOfProvider(s, ids.provider).map((p) => p.resellerTenantId)).toEqual([ids.reseller])
    expect(partnershipsOfReseller(s, ids.reseller).map((p) => p.providerTenantId)).toEqual([ids.provider])
    rejectsWith(requestPartnership(s, partnershipInput(ids.provider, ids.provider, ids.reseller, '2019-12-05')), [
      'PRT-3',
      'PartnershipExists',
      [ids.provider, ids.reseller],
    ])
    rejectsWith(acceptPartnership(world(), partnershipInput(ids.reseller, ids.provider, ids.reseller, '2019-12-05')), [
      'PRT-3',
      'PartnershipNotRequested',
      [ids.provider, ids.reseller],
    ])
  })

  it('PRT-1: provider tasks take global admin, user admin, admin agent or sales agent, and an indirect provider', () => {
    accepted(
      requestPartnership(
        world(),
        partnershipInput(partnerUser(ids.provider, 'salesAgent'), ids.provider, ids.reseller, '2019-12-01'),
      ),
    )
    const v = rejectsWith(
      requestPartnership(
        world(),
        partnershipInput(partnerUser(ids.provider, 'helpdeskAgent'), ids.provider, ids.reseller, '2019-12-01'),
      ),
      ['PRT-1', 'RoleNotAllowed', [ids.provider]],
    )
    expect(v[0]?.partnerCenterCode).toBe(900150)
    rejectsWith(requestPartnership(world(), partnershipInput(ids.direct, ids.direct, ids.reseller, '2019-12-01')), [
      'PRT-1',
      'NotIndirectProvider',
      [ids.direct],
    ])
  })

  it('PRT-2: the reseller must be an enrolled indirect reseller (code 800016)', () => {
    const v = rejectsWith(
      requestPartnership(world(), partnershipInput(ids.provider, ids.provider, ids.direct, '2019-12-01')),
      ['PRT-2', 'NotIndirectReseller', [ids.direct, DIRECT_MPN]],
    )
    expect(v[0]?.partnerCenterCode).toBe(800016)
  })

  it('REG-2: provider and reseller must be in the same region (code 2201)', () => {
    const v = rejectsWith(
      requestPartnership(world(), partnershipInput(ids.providerBr, ids.providerBr, ids.reseller, '2019-12-01')),
      ['REG-2', 'RegionMismatch', [ids.providerBr, ids.reseller]],
    )
    expect(v[0]?.partnerCenterCode).toBe(2201)
  })

  it('PGM-4 and PGM-5: from 2020-02-01 a reseller without the MPA gets no partnership (code 900123)', () => {
    const s = register(world(), {
      tenant: ids.stranger,
      mpn: '6',
      name: 'Unsigned Reseller',
      roles: ['indirectReseller'],
      mpa: false,
    })
    const v = rejectsWith(
      requestPartnership(s, partnershipInput(ids.provider, ids.provider, ids.stranger, '2020-02-03')),
      ['PGM-4', 'ResellerMpaNotSigned', [ids.stranger, mpnId('6')]],
    )
    expect(v[0]?.partnerCenterCode).toBe(900123)
    const requested = step(
      requestPartnership(s, partnershipInput(ids.provider, ids.provider, ids.stranger, '2020-01-20')),
    )
    rejectsWith(
      acceptPartnership(requested, partnershipInput(ids.stranger, ids.provider, ids.stranger, '2020-02-03')),
      ['PGM-5', 'ResellerMpaNotSigned', [ids.stranger, mpnId('6')]],
    )
  })

  it("ROL-1: only the reseller's global admin accepts a partnership", () => {
    const requested = step(
      requestPartnership(world(), partnershipInput(ids.provider, ids.provider, ids.reseller, '2019-12-01')),
    )
    rejectsWith(
      acceptPartnership(
        requested,
        partnershipInput(partnerUser(ids.reseller, 'adminAgent'), ids.provider, ids.reseller, '2019-12-01'),
      ),
      ['ROL-1', 'NotGlobalAdmin', [ids.reseller]],
    )
  })
})

describe('inviteCustomer and acceptCustomerInvitation', () => {
  it('INV-1 and INV-2: an indirect reseller invitation sets up the reseller and its provider at once', () => {
    const s = partnership(world(), ids.provider, ids.reseller)
    const invited = step(invite(s))
    expect(getInvitation(invited, INV)).toMatchObject({
      kind: 'indirectReseller',
      acceptedAt: null,
      customerTenantId: ids.customer2,
    })
    const out = accepted(accept(invited))
    expect(out.events.map((e) => e._tag)).toEqual([
      'CustomerJoined',
      'CustomerInvitationAccepted',
      'ResellerRelationshipEstablished',
      'ResellerRelationshipEstablished',
    ])
    expect(getTenant(out.state, ids.customer2)).toMatchObject({ kind: 'customer', region: US })
    expect(getRelationship(out.state, ids.reseller, ids.customer2)).toMatchObject({
      channel: 'indirectReseller',
      delegatedAdmin: true,
      indirectProviderTenantId: ids.provider,
    })
    expect(getRelationship(out.state, ids.provider, ids.customer2)).toMatchObject({ channel: 'indirectProvider' })
    expect(customerCapabilities(out.state, ids.reseller, ids.customer2)).toEqual([
      'manageLicenses',
      'manageUsers',
      'manageRenewals',
    ])
  })

  it('INV-1: an indirect invitation names its provider, a direct one does not', () => {
    const s = partnership(world(), ids.provider, ids.reseller)
    rejectsWith(invite(s, { provider: null }), ['INV-1', 'ProviderNotNamed', [INV]])
    rejectsWith(invite(s, { partner: ids.direct, kind: 'directReseller', provider: ids.provider }), [
      'INV-1',
      'ProviderNotNamed',
      [INV],
    ])
  })

  it('PRT-4: an indirect invitation needs an active partnership with the named provider', () => {
    rejectsWith(invite(world()), ['PRT-4', 'PartnershipNotActive', [ids.provider, ids.reseller]])
  })

  it('PGM-5: only an enrolled indirect reseller sends indirect reseller invitations', () => {
    const s = partnership(world(), ids.provider, ids.reseller)
    rejectsWith(
      invite(s, { partner: ids.direct }),
      ['PGM-5', 'NotIndirectReseller', [ids.direct, DIRECT_MPN]],
      ['PRT-4', 'PartnershipNotActive', [ids.provider, ids.direct]],
    )
  })

  it('PGM-2: an indirect reseller cannot ask for a direct reseller relationship', () => {
    rejectsWith(invite(world(), { kind: 'directReseller', provider: null }), [
      'PGM-2',
      'NoBillingRelationship',
      [ids.reseller],
    ])
  })

  it('REG-1: the invited customer is in the partner region; OWN-2: partner tenants are not customers', () => {
    const s = partnership(world(), ids.provider, ids.reseller)
    const br = inviteCustomer(s, {
      actor: admin(ids.reseller),
      at: at('2019-12-02'),
      partnerTenantId: ids.reseller,
      invitationId: INV,
      kind: 'indirectReseller',
      indirectProviderTenantId: ids.provider,
      customerTenantId: ids.customerBr,
      newCustomer: { companyName: 'x', domain: null, region: BR },
      delegatedAdmin: true,
    })
    rejectsWith(br, ['REG-1', 'RegionMismatch', [ids.reseller, ids.customerBr]])
    rejectsWith(invite(s, { customer: ids.direct }), ['OWN-2', 'NotCustomerTenant', [ids.direct]])
  })

  it('MOD-1: an unknown tenant needs its profile; MOD-2: an invitation ID is used once', () => {
    const s = partnership(world(), ids.provider, ids.reseller)
    rejectsWith(
      inviteCustomer(s, {
        actor: admin(ids.reseller),
        at: at('2019-12-02'),
        partnerTenantId: ids.reseller,
        invitationId: INV,
        kind: 'indirectReseller',
        indirectProviderTenantId: ids.provider,
        customerTenantId: ids.stranger,
        newCustomer: null,
        delegatedAdmin: true,
      }),
      ['MOD-1', 'UnknownCustomer', [ids.stranger]],
    )
    rejectsWith(invite(step(invite(s)), { customer: ids.customer }), ['MOD-2', 'IdAlreadyUsed', [INV]])
  })

  it('INV-3: only the invited customer accepts, and only once; MOD-1: an unknown invitation is rejected', () => {
    const invited = step(invite(partnership(world(), ids.provider, ids.reseller)))
    rejectsWith(accept(invited, ids.customer), ['INV-3', 'NotInvitedCustomer', [INV, ids.customer2]])
    rejectsWith(
      acceptCustomerInvitation(invited, { actor: admin(ids.reseller), at: at('2019-12-03'), invitationId: INV }),
      ['INV-3', 'NotInvitedCustomer', [INV, ids.customer2]],
    )
    const done = step(accept(invited))
    const v = rejectsWith(accept(done), ['INV-3', 'InvitationAlreadyAccepted', [INV]])
    expect(v[0]?._tag).toBe('InvitationAlreadyAccepted')
    rejectsWith(accept(done, ids.customer2, invitationId('nope')), ['MOD-1', 'UnknownInvitation', ['nope']])
  })

  it('INV-3: a direct invitation from a partner restricted since is void', () => {
    const invited = step(invite(world(), { partner: ids.direct, kind: 'directReseller', provider: null }))
    const restricted = step(
      restrictDirectBill(invited, {
        actor: { kind: 'microsoft' },
        at: at('2020-11-02'),
        partnerTenantId: ids.direct,
        unmetRequirements: [],
      }),
    )
    const v = rejectsWith(accept(restricted, ids.customer2, INV, '2020-11-03'), [
      'INV-3',
      'IssuerLostRight',
      [INV, ids.direct],
    ])
    expect(v[0]?._tag).toBe('IssuerLostRight')
    const ok = accepted(accept(invited))
    expect(getRelationship(ok.state, ids.direct, ids.customer2)).toMatchObject({
      channel: 'directBill',
      delegatedAdmin: true,
      origin: 'invitation',
    })
  })

  it('RST-5: a restricted partner enrolled as indirect reseller may still send indirect reseller invitations', () => {
    const s = step(
      restrictDirectBill(bothWays(), {
        actor: { kind: 'microsoft' },
        at: at('2020-11-02'),
        partnerTenantId: ids.direct,
        unmetRequirements: [],
      }),
    )
    accepted(invite(s, { partner: ids.direct, customer: ids.customer, when: '2020-11-03' }))
    rejectsWith(invite(s, { partner: ids.direct, kind: 'directReseller', provider: null, when: '2020-11-03' }), [
      'RST-5',
      'PartnerRestricted',
      [ids.direct],
    ])
  })
})

describe('moving a direct customer to the indirect model', () => {
  it('TRN-12 and TRN-11: after the customer accepts, the provider may order and the partner may not buy direct', () => {
    const s = bothWays()
    rejectsWith(
      buy(s, ids.provider, ids.customer, subs.next),
      ['TRN-12', 'NoResellerRelationship', [ids.provider, ids.customer]],
      ['ROL-2', 'NoResellerRelationship', [ids.provider, ids.customer]],
    )
    const moved = step(accept(step(invite(s, { partner: ids.direct, customer: ids.customer })), ids.customer))
    expect(getRelationship(moved, ids.direct, ids.customer)).toMatchObject({
      channel: 'indirectReseller',
      origin: 'customerCreation',
    })
    rejectsWith(buy(moved, ids.direct, ids.customer, subs.next, 'licenseBased', at('2019-12-10')), [
      'TRN-11',
      'IndirectResellerCustomer',
      [ids.direct, ids.customer],
    ])
    accepted(buy(moved, ids.provider, ids.customer, subs.next, 'licenseBased', at('2019-12-10')))
  })

  it('MUL-1: a customer keeps every partner it works with', () => {
    const moved = step(accept(step(invite(bothWays(), { partner: ids.direct, customer: ids.customer })), ids.customer))
    expect(relationshipsOfCustomer(moved, ids.customer).map((r) => r.partnerTenantId)).toEqual(
      [ids.direct, ids.provider].sort(),
    )
  })

  it('INV-3: an indirect invitation is void once the partnership is removed', () => {
    const invited = step(invite(partnership(world(), ids.provider, ids.reseller)))
    const json = stateToJson(invited)
    const removed = stateFromDocument(
      decodeOrThrow({ ...json, partnerships: json.partnerships.map((p) => ({ ...p, status: 'removed' as const })) }),
    )
    const v = rejectsWith(accept(removed), ['INV-3', 'IssuerLostRight', [INV, ids.reseller]])
    expect(v[0]?.message).toContain('partnership')
    accepted(accept(invited))
  })
})
