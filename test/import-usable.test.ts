/**
 * What is imported can be used: for every fixture set, import it, then run on every imported entity
 * the commands a user would run next (a seat change, a suspension, an order by the provider, an
 * invitation, a partnership request). No verdict may be a MOD-1 violation (a dangling reference)
 * or rest on a fact the import did not know (an MPA, delegated admin or region recorded as known
 * when no body said it); every rejection names a program rule.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  RULE_IDS,
  changeSeats,
  checkState,
  customersOfPartner,
  emptyState,
  getPartner,
  getRelationship,
  getSubscription,
  getTenant,
  hasRole,
  inviteCustomer,
  invitationId,
  isoDateTime,
  partnerUser,
  placeOrder,
  relationshipsOfCustomer,
  requestPartnership,
  subscriptionId,
  suspendSubscription,
  entitiesOf,
  type CommandResult,
  type IsoDateTime,
  type ProgramState,
  type RuleViolation,
  type SubscriptionId,
  type TenantId,
  inForceUnder,
  ruleSetAt,
} from '../src/index.js'
import { importPartnerCenterWithReport } from '../src/partner-center/index.js'
import { SETS, type FixtureSet } from './fixtures/partner-center/sets.js'

type Input = Readonly<Record<string, unknown>>

const importSet = (set: FixtureSet): ProgramState => {
  let base = emptyState
  if (set.base !== undefined) {
    const first = importPartnerCenterWithReport(set.base)
    if (E.isLeft(first)) throw new Error(JSON.stringify(first.left, null, 2))
    base = first.right.state
  }
  const result = importPartnerCenterWithReport(set.input, base)
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left, null, 2))
  return result.right.state
}

/** Whether the set (or the input of its base) gave an MPA status body for `partner`. */
const mpaRead = (set: FixtureSet, importer: TenantId, partner: { tenantId: string; mpnId: string }): boolean =>
  [set.input, set.base].some((input: Input | undefined) => {
    if (input === undefined) return false
    if (partner.tenantId === importer && input.mpaAgreementStatus !== undefined) return true
    const statuses = (input.resellerMpaStatuses ?? []) as ReadonlyArray<{ tenantId?: string; mpnId?: string }>
    return statuses.some((s) => s.tenantId === partner.tenantId || s.mpnId === partner.mpnId)
  })

/** A verdict and what it was for. */
interface Verdict {
  readonly what: string
  readonly result: CommandResult
}

/** Why a violation is not acceptable after an import, or `undefined` when it names a program rule on a known fact. */
const problemOf = (v: RuleViolation, state: ProgramState, set: FixtureSet, importer: TenantId): string | undefined => {
  if (!(RULE_IDS as ReadonlyArray<string>).includes(v.rule)) return `names no catalog rule (${v.rule})`
  // the lifecycle (MOD-3) judging an imported status (suspended, cancelled, expired) judges a known fact
  if (v.rule === 'MOD-3' && v._tag === 'SubscriptionNotChangeable')
    return v.subjects.length === 1 && getSubscription(state, v.subjects[0] as SubscriptionId)?.status !== 'active'
      ? undefined
      : `refuses a change on a status the import did not give: ${v.message}`
  if (v.rule.startsWith('MOD-')) return `a model-integrity violation ${v.rule} ${v._tag}: ${v.message}`
  const partner = getPartner(state, v.subjects[0] as TenantId)
  switch (v._tag) {
    case 'UnknownPartner':
    case 'UnknownCustomer':
    case 'UnknownSubscription':
    case 'UnknownTenant':
      return `names something the import left dangling: ${v.message}`
    case 'MpaNotSigned':
    case 'ResellerMpaNotSigned':
      return partner !== undefined && partner.mpaDateUnknown !== true && mpaRead(set, importer, partner)
        ? undefined
        : `rests on an MPA standing no body gave: ${v.message}`
    case 'NoDelegatedAdmin':
      return getRelationship(state, v.subjects[0] as TenantId, v.subjects[1] as TenantId)?.delegatedAdmin === false
        ? undefined
        : `rests on delegated admin no body gave: ${v.message}`
    case 'RegionMismatch':
      return v.subjects.every((id) => getTenant(state, id as TenantId)?.region != null)
        ? undefined
        : `rests on a region no body gave: ${v.message}`
    default:
      return undefined
  }
}

let nextId = 0
const freshSubscription = () => subscriptionId(`f0000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`)

/** The commands a user runs next on everything imported, by the importing partner `p`. */
const nextCommands = (state: ProgramState, p: TenantId, at: IsoDateTime): ReadonlyArray<Verdict> => {
  const actor = partnerUser(p, 'globalAdmin')
  const verdicts: Verdict[] = []
  for (const s of entitiesOf(state, 'subscriptions').filter((x) => x.billedBy === p)) {
    if ((s.kind === 'licenseBased' || s.kind === 'addOn') && s.status === 'active')
      verdicts.push({
        what: `changeSeats ${s.id}`,
        result: changeSeats(state, { actor, at, partnerTenantId: p, subscriptionId: s.id, seats: s.seats + 1 }),
      })
    verdicts.push({
      what: `suspendSubscription ${s.id} (${s.kind}, ${s.status})`,
      result: suspendSubscription(state, { actor, at, partnerTenantId: p, subscriptionId: s.id }),
    })
  }
  for (const c of customersOfPartner(state, p)) {
    const order = (resellerTenantId: TenantId | null, partnerOfRecord: string | null) =>
      placeOrder(state, {
        actor,
        at,
        providerTenantId: p,
        customerTenantId: c.tenantId,
        resellerTenantId,
        lines: [
          {
            id: freshSubscription(),
            kind: 'licenseBased',
            parentId: null,
            offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
            seats: 1,
            autoRenew: true,
            partnerOfRecord: partnerOfRecord as never,
            // a new commerce line once new commerce exists (NCE-1), as the offer ID is one
            ...(inForceUnder(ruleSetAt(at), 'NCE-1')
              ? { newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' } }
              : {}),
          },
        ],
      })
    verdicts.push({ what: `placeOrder for ${c.tenantId}`, result: order(null, null) })
    for (const r of relationshipsOfCustomer(state, c.tenantId).filter((x) => x.indirectProviderTenantId === p)) {
      const reseller = getPartner(state, r.partnerTenantId)
      verdicts.push({
        what: `placeOrder for ${c.tenantId} of reseller ${r.partnerTenantId}`,
        result: order(r.partnerTenantId, reseller?.mpnId ?? null),
      })
    }
    verdicts.push({
      what: `inviteCustomer ${c.tenantId}`,
      result: inviteCustomer(state, {
        actor,
        at,
        partnerTenantId: p,
        invitationId: invitationId(`inv-${c.tenantId}`),
        kind: 'directReseller',
        indirectProviderTenantId: null,
        customerTenantId: c.tenantId,
        newCustomer: null,
        delegatedAdmin: true,
      }),
    })
  }
  for (const r of entitiesOf(state, 'partners').filter((x) => x.tenantId !== p && hasRole(x, 'indirectReseller')))
    verdicts.push({
      what: `requestPartnership with ${r.tenantId}`,
      result: requestPartnership(state, { actor, at, providerTenantId: p, resellerTenantId: r.tenantId }),
    })
  return verdicts
}

const dayAfter = (at: unknown): IsoDateTime => isoDateTime(new Date(Date.parse(String(at)) + 86_400_000).toISOString())

describe('an import is usable: the next commands on every imported entity', () => {
  it.each(SETS.map((s) => [s.name, s] as const))('%s', (_name, set) => {
    const state = importSet(set)
    const importer = (set.input.partner as { tenantId: TenantId }).tenantId
    const verdicts = nextCommands(state, importer, dayAfter(set.input.at))
    const problems = verdicts.flatMap(({ what, result }) =>
      E.isLeft(result)
        ? result.left.flatMap((v) => {
            const problem = problemOf(v, state, set, importer)
            return problem === undefined ? [] : [`${what}: ${problem}`]
          })
        : checkState(result.right.state).map((p) => `${what}: the new state breaks ${p.rule} at ${p.path}`),
    )
    expect(problems).toEqual([])
    // most were accepted
    expect(verdicts.filter((v) => E.isRight(v.result)).length).toBeGreaterThan(verdicts.length / 3)
  })

  it('the sets exercise every next command', () => {
    const run = SETS.flatMap((set) =>
      nextCommands(importSet(set), (set.input.partner as { tenantId: TenantId }).tenantId, dayAfter(set.input.at)),
    )
    for (const command of ['changeSeats', 'suspendSubscription', 'placeOrder', 'inviteCustomer'])
      expect(
        run.some((v) => v.what.startsWith(command) && E.isRight(v.result)),
        command,
      ).toBe(true)
    // every imported reseller already holds a partnership with the importing provider (PRT-3)
    const requests = run.filter((v) => v.what.startsWith('requestPartnership'))
    expect(requests.length).toBeGreaterThan(0)
    for (const { result } of requests)
      expect(E.isLeft(result) && result.left.map((v) => v._tag)).toContain('PartnershipExists')
  })

  it('judges what the import did not know with a FactUnknown warning, not a rejection', () => {
    const set = SETS.find((s) => s.name.startsWith('new commerce')) as FixtureSet
    const state = importSet(set)
    const importer = (set.input.partner as { tenantId: TenantId }).tenantId
    const orders = nextCommands(state, importer, dayAfter(set.input.at)).filter((v) => v.what.startsWith('placeOrder'))
    expect(orders.length).toBeGreaterThan(0)
    for (const { what, result } of orders) {
      if (E.isLeft(result)) throw new Error(`${what}: ${JSON.stringify(result.left)}`)
      // the customer's region and the provider's MPA standing are unknown
      expect(
        result.right.warnings.map((w) => `${w.rule} ${w._tag}`),
        what,
      ).toEqual(expect.arrayContaining(['PGM-3 FactUnknown', 'REG-1 FactUnknown']))
    }
  })

  it('rejects on a fact a body gave: ReleCloud did not sign the MPA (error 2203), and is in BR', () => {
    const set = SETS.find((s) => s.name.startsWith('relationships')) as FixtureSet
    const state = importSet(set)
    const importer = (set.input.partner as { tenantId: TenantId }).tenantId
    const request = nextCommands(state, importer, dayAfter(set.input.at)).find((v) =>
      v.what.endsWith('b01b1487-b36e-4e6d-9b5e-0b58974c4b28'),
    )
    expect(
      request !== undefined && E.isLeft(request.result) && request.result.left.map((v) => `${v.rule} ${v._tag}`),
    ).toEqual(['REG-2 RegionMismatch', 'PGM-4 ResellerMpaNotSigned', 'PRT-3 PartnershipExists'])
  })
})
