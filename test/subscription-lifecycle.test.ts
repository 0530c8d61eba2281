/**
 * The subscription lifecycle the seeds describe beyond purchases and seat changes: renewal at the
 * end of the term (RST-7), reactivation of a suspended subscription and Azure resources in existing
 * subscriptions (RST-8), the reseller as tenant owner on the customer's Azure (PRT-7) and the
 * indirect reseller managing its customers' renewals (TRN-13).
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  apply,
  getRelationship,
  getSubscription,
  isoDate,
  partnerUser,
  ProgramStateCodec,
  stateToJson,
  nextTermEnd,
  termEndOf,
  type Actor,
  type ProgramCommand,
  type ProgramState,
  type SubscriptionId,
  type TenantId,
} from '../src/index.js'
import {
  admin,
  at,
  azurePurchase,
  buy,
  ids,
  line,
  orderInput,
  partnershipInput,
  providerWorld,
  refuses,
  register,
  step,
  subs,
  world,
} from './support/index.js'

const microsoft = { kind: 'microsoft' } as const

/** Runs a command given as data and returns the new state, failing the test if it was rejected. */
const run = (state: ProgramState, command: ProgramCommand): ProgramState => {
  const applied = apply(state, command)
  expect(applied.violations).toEqual([])
  return applied.state
}

const renew = (subscriptionId: SubscriptionId, when: string, actor: Actor = microsoft): ProgramCommand => ({
  command: 'renewSubscription',
  input: { actor, at: at(when), subscriptionId },
})

const change = (
  command: 'suspendSubscription' | 'cancelSubscription' | 'reactivateSubscription',
  when: string,
  partner: TenantId = ids.direct,
  subscriptionId: SubscriptionId = subs.license,
): ProgramCommand => ({
  command,
  input: { actor: admin(partner), at: at(when), partnerTenantId: partner, subscriptionId },
})

const autoRenew = (
  value: boolean,
  when: string,
  partner: TenantId = ids.direct,
  subscriptionId: SubscriptionId = subs.license,
): ProgramCommand => ({
  command: 'setAutoRenew',
  input: { actor: admin(partner), at: at(when), partnerTenantId: partner, subscriptionId, autoRenew: value },
})

const manage = (
  subscriptionId: SubscriptionId,
  when: string,
  partner: TenantId = ids.direct,
  actor = admin(partner),
): ProgramCommand => ({
  command: 'manageAzureResources',
  input: { actor, at: at(when), partnerTenantId: partner, subscriptionId, action: 'deploy' },
})

const grant = (when: string, reseller: TenantId = ids.reseller, actor = admin(ids.provider)): ProgramCommand => ({
  command: 'grantAzureTenantOwner',
  input: {
    actor,
    at: at(when),
    providerTenantId: ids.provider,
    customerTenantId: ids.customer3,
    resellerTenantId: reseller,
  },
})

const restrict = (when = '2020-11-02'): ProgramCommand => ({
  command: 'restrictDirectBill',
  input: { actor: microsoft, at: at(when), partnerTenantId: ids.direct, unmetRequirements: ['DB-5'] },
})

/** The world's license-based subscription (bought 2019-01-09 with auto-renew), now as `state` holds it. */
const license = (state: ProgramState) => getSubscription(state, subs.license)

/** A state decoded from `state`'s document after `edit` changed it (an imported or older document). */
const edited = (state: ProgramState, edit: (doc: ReturnType<typeof stateToJson>) => void): ProgramState => {
  const doc = JSON.parse(JSON.stringify(stateToJson(state))) as ReturnType<typeof stateToJson>
  edit(doc)
  const decoded = ProgramStateCodec.decode(doc)
  if (E.isLeft(decoded)) throw new Error('the edited document does not decode')
  return decoded.right
}

describe('renewSubscription (RST-7)', () => {
  it('renews an active auto-renewing subscription the day after its term ends, for one more term', () => {
    const s = world()
    expect(termEndOf(license(s)!)).toBe('2020-01-08')
    const outcome = apply(s, renew(subs.license, '2020-01-09'))
    expect(outcome.events).toEqual([
      {
        _tag: 'SubscriptionRenewed',
        at: at('2020-01-09'),
        subscriptionId: subs.license,
        previousTermEnd: '2020-01-08',
        termEnd: '2021-01-08',
      },
    ])
    const renewed = license(outcome.state)!
    expect(renewed).toMatchObject({ status: 'active', termEnd: '2021-01-08', billedBy: ids.direct, autoRenew: true })
    expect(termEndOf(renewed)).toBe('2021-01-08')
    const twice = run(outcome.state, renew(subs.license, '2021-01-09'))
    expect(termEndOf(license(twice)!)).toBe('2022-01-08')
  })

  it("RST-7: a restricted partner's existing subscription still renews, still billed to it", () => {
    const s = run(world(), restrict('2020-11-02'))
    const renewed = run(s, renew(subs.license, '2021-01-09'))
    // its first term ended 2020-01-08 and was never renewed: one command per term
    expect(license(renewed)).toMatchObject({ termEnd: '2021-01-08', billedBy: ids.direct, status: 'active' })
  })

  it('MOD-6: not on or before the last day of the term', () => {
    const s = world()
    refuses(s, renew(subs.license, '2020-01-08T23:59:00Z'), 'MOD-6', 'DatedBeforeFact', [subs.license])
    refuses(s, renew(subs.license, '2019-06-01'), 'MOD-6', 'DatedBeforeFact', [subs.license])
  })

  it('MOD-3: a cancelled subscription, or one set not to renew, does not renew', () => {
    const cancelled = run(world(), change('cancelSubscription', '2019-06-01'))
    refuses(cancelled, renew(subs.license, '2020-01-09'), 'MOD-3', 'SubscriptionNotChangeable', [subs.license])
    const off = run(world(), autoRenew(false, '2019-06-01'))
    refuses(off, renew(subs.license, '2020-01-09'), 'MOD-3', 'AutoRenewOff', [subs.license])
    const suspended = run(world(), change('suspendSubscription', '2019-06-01'))
    refuses(suspended, renew(subs.license, '2020-01-09'), 'MOD-3', 'SubscriptionNotChangeable', [subs.license])
  })

  it('MOD-3: a usage-based Azure plan has no term to renew', () => {
    const s = step(buy(world(), ids.direct, ids.customer, subs.azure, 'azure'))
    refuses(s, renew(subs.azure, '2020-01-09'), 'MOD-3', 'SubscriptionNotChangeable', [subs.azure])
  })

  it('MOD-7: only Microsoft renews; MOD-1: the subscription must be known', () => {
    const s = world()
    refuses(s, renew(subs.license, '2020-01-09', admin(ids.direct)), 'MOD-7', 'NotProgramOperator', [])
    refuses(s, renew(subs.next, '2020-01-09'), 'MOD-1', 'UnknownSubscription', [subs.next])
  })

  it('new commerce: the imported commitment end date is the term end, and the renewal moves it by the term duration', () => {
    const s = edited(world(), (doc) => {
      const sub = doc.subscriptions.find((x) => x.id === subs.license) as Record<string, unknown>
      sub.newCommerce = {
        termDuration: 'P1M',
        billingCycle: 'monthly',
        commitmentEndDate: '2019-03-08',
        refundableQuantity: null,
        cancellationAllowedUntil: null,
      }
    })
    expect(termEndOf(license(s)!)).toBe('2019-03-08')
    refuses(s, renew(subs.license, '2019-03-08'), 'MOD-6', 'DatedBeforeFact', [subs.license])
    const renewed = license(run(s, renew(subs.license, '2019-03-09')))!
    expect(renewed.termEnd).toBe('2019-04-08')
    expect(renewed.newCommerce?.commitmentEndDate).toBe('2019-04-08')
    expect(termEndOf(renewed)).toBe('2019-04-08')
  })

  it('MOD-3: a term end the state does not know (imported without dates) cannot be renewed', () => {
    const s = edited(world(), (doc) => {
      const sub = doc.subscriptions.find((x) => x.id === subs.license) as Record<string, unknown>
      sub.createdAt = null
    })
    expect(termEndOf(license(s)!)).toBe(null)
    refuses(s, renew(subs.license, '2020-01-09'), 'MOD-3', 'SubscriptionNotChangeable', [subs.license])
  })

  it('terms: a three-year term, and term ends held to 9999-12-31', () => {
    const terms = (termDuration: string, commitmentEndDate: string) =>
      edited(world(), (doc) => {
        const sub = doc.subscriptions.find((x) => x.id === subs.license) as Record<string, unknown>
        sub.newCommerce = {
          termDuration,
          billingCycle: 'annual',
          commitmentEndDate,
          refundableQuantity: null,
          cancellationAllowedUntil: null,
        }
      })
    const threeYears = license(terms('P3Y', '2019-10-14'))!
    expect(nextTermEnd(threeYears, isoDate('2019-10-14'))).toBe('2022-10-14')
    const late = terms('P1Y', '9999-12-30')
    expect(license(run(late, renew(subs.license, '9999-12-31')))?.termEnd).toBe('9999-12-31')
  })

  it('state documents: one without term ends still decodes, and a renewed state round-trips', () => {
    const renewed = run(world(), renew(subs.license, '2020-01-09'))
    const json = JSON.parse(JSON.stringify(stateToJson(renewed)))
    const back = ProgramStateCodec.decode(json)
    expect(E.isRight(back) && license(back.right)?.termEnd).toBe('2021-01-08')
    expect(stateToJson(world()).subscriptions.every((x) => !('termEnd' in x))).toBe(true)
  })
})

describe('reactivateSubscription (RST-8)', () => {
  it('reactivates a suspended subscription, for a restricted partner too', () => {
    let s = run(world(), change('suspendSubscription', '2020-06-01'))
    s = run(s, restrict('2020-11-02'))
    const outcome = apply(s, change('reactivateSubscription', '2020-11-03'))
    expect(outcome.events).toEqual([
      { _tag: 'SubscriptionReactivated', at: at('2020-11-03'), subscriptionId: subs.license },
    ])
    expect(license(outcome.state)?.status).toBe('active')
  })

  it('MOD-3: only a suspended subscription is reactivated; a cancelled one never', () => {
    refuses(world(), change('reactivateSubscription', '2019-06-01'), 'MOD-3', 'SubscriptionNotChangeable', [
      subs.license,
    ])
    const cancelled = run(
      run(world(), change('suspendSubscription', '2019-06-01')),
      change('cancelSubscription', '2019-06-02'),
    )
    refuses(cancelled, change('reactivateSubscription', '2019-06-03'), 'MOD-3', 'SubscriptionNotChangeable', [
      subs.license,
    ])
  })

  it('ROL-2: only the billing partner reactivates', () => {
    const s = run(world(), change('suspendSubscription', '2019-06-01'))
    refuses(s, change('reactivateSubscription', '2019-06-02', ids.provider), 'ROL-2', 'NoResellerRelationship', [
      subs.license,
      ids.provider,
    ])
  })
})

/** The provider world with an Azure plan (`subs.p2`) the provider ordered for First Up's customer. */
const azureWorld = () =>
  run(providerWorld(), { command: 'placeOrder', input: orderInput([line(subs.p2, { kind: 'azure', seats: 1 })]) })

describe('manageAzureResources (RST-8) and grantAzureTenantOwner (PRT-7)', () => {
  it("RST-8: a restricted partner deploys and manages resources in its existing Azure subscription; the state doesn't change", () => {
    let s = run(world(), azurePurchase(ids.direct, at('2020-06-01')))
    s = run(s, restrict('2020-11-02'))
    const outcome = apply(s, manage(subs.next, '2020-11-03'))
    expect(outcome.events).toEqual([
      {
        _tag: 'AzureResourcesManaged',
        at: at('2020-11-03'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.next,
        action: 'deploy',
      },
    ])
    expect(outcome.state).toBe(s)
  })

  it('MOD-3: an active Azure subscription only; ROL-1: global admins and admin agents', () => {
    const s = run(world(), azurePurchase(ids.direct, at('2020-06-01')))
    refuses(s, manage(subs.license, '2020-06-02'), 'MOD-3', 'SubscriptionNotChangeable', [subs.license])
    const suspended = run(s, change('suspendSubscription', '2020-06-02', ids.direct, subs.next))
    refuses(suspended, manage(subs.next, '2020-06-03'), 'MOD-3', 'SubscriptionNotChangeable', [subs.next])
    const sales = partnerUser(ids.direct, 'salesAgent')
    refuses(s, manage(subs.next, '2020-06-02', ids.direct, sales), 'ROL-1', 'RoleNotAllowed', [ids.direct])
  })

  it("PRT-7: the provider makes the reseller tenant owner on the customer's Azure; then the reseller manages it", () => {
    const s = azureWorld()
    refuses(s, manage(subs.p2, '2020-03-05', ids.reseller), 'ROL-2', 'NotAzureTenantOwner', [subs.p2, ids.reseller])
    const owner = run(s, grant('2020-03-05'))
    expect(getRelationship(owner, ids.reseller, ids.customer3)?.azureTenantOwner).toBe(true)
    expect(apply(owner, manage(subs.p2, '2020-03-06', ids.reseller)).accepted).toBe(true)
    // the billing provider manages it whoever owns the tenant
    expect(apply(s, manage(subs.p2, '2020-03-06', ids.provider)).accepted).toBe(true)
  })

  it('PRT-6: removing the partnership leaves the ownership, as it leaves delegated admin', () => {
    let s = run(azureWorld(), grant('2020-03-05'))
    s = run(s, {
      command: 'removePartnership',
      input: { ...partnershipInput(ids.provider, ids.provider, ids.reseller, '2020-04-01'), acknowledgeTerms: true },
    })
    expect(apply(s, manage(subs.p2, '2020-04-02', ids.reseller)).accepted).toBe(true)
    refuses(s, grant('2020-04-02'), 'PRT-4', 'PartnershipNotActive', [ids.provider, ids.reseller])
  })

  it('PRT-7: granted once; PRT-4: to a reseller of the customer only; ROL-2: by the provider only', () => {
    const s = run(providerWorld(), grant('2020-03-05'))
    refuses(s, grant('2020-03-06'), 'PRT-7', 'AlreadyAzureTenantOwner', [ids.reseller, ids.customer3])
    let other = register(providerWorld(), {
      tenant: ids.reseller2,
      mpn: '4900009',
      name: 'Second',
      roles: ['indirectReseller'],
    })
    other = run(other, {
      command: 'requestPartnership',
      input: partnershipInput(ids.provider, ids.provider, ids.reseller2, '2020-03-05'),
    })
    other = run(other, {
      command: 'acceptPartnership',
      input: partnershipInput(ids.reseller2, ids.provider, ids.reseller2, '2020-03-05'),
    })
    refuses(other, grant('2020-03-06', ids.reseller2), 'PRT-4', 'NotResellersCustomer', [ids.reseller2, ids.customer3])
    refuses(providerWorld(), grant('2020-03-05', ids.reseller, admin(ids.reseller)), 'ROL-2', 'ActsForAnotherTenant', [
      ids.provider,
    ])
  })
})

describe('setAutoRenew (TRN-13)', () => {
  it('the billing partner turns renewal off and on; a restricted partner too', () => {
    const off = apply(run(world(), restrict()), autoRenew(false, '2020-11-03'))
    expect(off.events).toEqual([
      { _tag: 'AutoRenewSet', at: at('2020-11-03'), subscriptionId: subs.license, autoRenew: false },
    ])
    expect(license(off.state)?.autoRenew).toBe(false)
    expect(license(run(off.state, autoRenew(true, '2020-11-04')))?.autoRenew).toBe(true)
  })

  it("TRN-13: the indirect reseller manages its customer's renewals, on a subscription its provider sold", () => {
    const s = run(providerWorld(), autoRenew(false, '2020-03-05', ids.reseller, subs.p1))
    expect(getSubscription(s, subs.p1)?.autoRenew).toBe(false)
  })

  it('ROL-2: a partner neither billed for the subscription nor reselling to its customer is refused', () => {
    refuses(providerWorld(), autoRenew(false, '2020-03-05', ids.reseller), 'ROL-2', 'NoResellerRelationship', [
      subs.license,
      ids.reseller,
    ])
    refuses(providerWorld(), autoRenew(false, '2020-03-05', ids.direct, subs.p1), 'ROL-2', 'NoResellerRelationship', [
      subs.p1,
      ids.direct,
    ])
  })

  it('ROL-2: the reseller needs delegated admin for the customer; unknown, it is a warning', () => {
    const withAdmin = (value: boolean | null) =>
      edited(providerWorld(), (doc) => {
        const r = doc.relationships.find((x) => x.partnerTenantId === ids.reseller) as { delegatedAdmin: unknown }
        r.delegatedAdmin = value
      })
    refuses(withAdmin(false), autoRenew(false, '2020-03-05', ids.reseller, subs.p1), 'ROL-2', 'NoDelegatedAdmin', [
      ids.reseller,
      ids.customer3,
    ])
    const unknown = apply(withAdmin(null), autoRenew(false, '2020-03-05', ids.reseller, subs.p1))
    expect(unknown.accepted).toBe(true)
    expect(unknown.warnings).toContainEqual(
      expect.objectContaining({ rule: 'ROL-2', _tag: 'FactUnknown', subjects: [ids.reseller, ids.customer3] }),
    )
  })

  it('MOD-3: not on a cancelled subscription, nor on one without a term', () => {
    const cancelled = run(world(), change('cancelSubscription', '2019-06-01'))
    refuses(cancelled, autoRenew(true, '2019-06-02'), 'MOD-3', 'SubscriptionNotChangeable', [subs.license])
    const azure = step(buy(world(), ids.direct, ids.customer, subs.azure, 'azure'))
    refuses(azure, autoRenew(false, '2019-06-02', ids.direct, subs.azure), 'MOD-3', 'SubscriptionNotChangeable', [
      subs.azure,
    ])
  })
})
