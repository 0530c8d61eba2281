/**
 * A command's cost must not grow with the size of the state. Measured in one run: the same command
 * on a state of 1e5 entities against the same command on a state of 1e3, median of many batches.
 */
import { describe, expect, it } from 'vitest'
import {
  apply,
  applyAll,
  customerAdmin,
  invitationId,
  subscriptionId,
  countOf,
  type ProgramCommand,
  type ProgramState,
} from '../src/index.js'
import { BIG_CUSTOMER, bigState } from './support/bigState.js'
import { admin, at, forResellerInput, ids, line, orderInput, subs, azurePurchase } from './support/index.js'

const timePerCall = (state: ProgramState, command: ProgramCommand, calls: number): number => {
  const start = process.hrtime.bigint()
  for (let i = 0; i < calls; i++) apply(state, command)
  return Number(process.hrtime.bigint() - start) / calls
}

/** Median per-call time over interleaved batches for both states, so machine noise hits both alike. */
const ratio = (small: ProgramState, large: ProgramState, command: ProgramCommand): number => {
  const batches = 15
  const calls = 200
  timePerCall(small, command, 500)
  timePerCall(large, command, 500)
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < batches; i++) {
    a.push(timePerCall(small, command, calls))
    b.push(timePerCall(large, command, calls))
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number
  return median(b) / median(a)
}

/**
 * A chained log for `applyAll` on a big state of `size` subscriptions: seat changes on subscriptions
 * spread over the whole table, purchases of new subscriptions, and a rejected command, in turn.
 */
const chainedLog = (size: number, length: number): ReadonlyArray<ProgramCommand> =>
  Array.from({ length }, (_, i): ProgramCommand => {
    const spread = subscriptionId(`f${((i * 7919) % size).toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`)
    const fresh = subscriptionId(`b${i.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`)
    if (i % 4 === 3) return azurePurchase(ids.reseller, when)
    if (i % 4 === 1)
      return {
        command: 'purchaseSubscription',
        input: {
          actor,
          at: when,
          partnerTenantId: ids.direct,
          subscription: { ...newLicense, id: fresh, customerTenantId: BIG_CUSTOMER },
        },
      }
    return {
      command: 'changeSeats',
      input: { actor, at: when, partnerTenantId: ids.direct, subscriptionId: spread, seats: 1 + (i % 40) },
    }
  })

/** Median time per command of `applyAll` over interleaved runs of each log on its state. */
const batchRatio = (
  small: ProgramState,
  smallLog: ReadonlyArray<ProgramCommand>,
  large: ProgramState,
  largeLog: ReadonlyArray<ProgramCommand>,
): number => {
  const time = (state: ProgramState, log: ReadonlyArray<ProgramCommand>) => {
    const start = process.hrtime.bigint()
    applyAll(state, log)
    return Number(process.hrtime.bigint() - start) / log.length
  }
  time(small, smallLog)
  time(large, largeLog)
  const a: number[] = []
  const b: number[] = []
  for (let i = 0; i < 11; i++) {
    a.push(time(small, smallLog))
    b.push(time(large, largeLog))
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number
  return median(b) / median(a)
}

const when = at('2019-11-04')
const actor = admin(ids.direct)
const newLicense = {
  kind: 'licenseBased' as const,
  parentId: null,
  offerId: 'o',
  seats: 3,
  autoRenew: true,
}
const commands: ReadonlyArray<ProgramCommand> = [
  {
    command: 'changeSeats',
    input: { actor, at: when, partnerTenantId: ids.direct, subscriptionId: subs.license, seats: 11 },
  },
  {
    command: 'purchaseSubscription',
    input: {
      actor,
      at: when,
      partnerTenantId: ids.direct,
      subscription: {
        id: subscriptionId('b0000000-0000-4000-8000-000000000001'),
        customerTenantId: ids.customer,
        kind: 'licenseBased',
        parentId: null,
        offerId: 'o',
        seats: 3,
        autoRenew: true,
      },
    },
  },
  {
    command: 'suspendSubscription',
    input: { actor, at: when, partnerTenantId: ids.direct, subscriptionId: subs.license },
  },
  {
    command: 'createCustomer',
    input: {
      actor,
      at: when,
      partnerTenantId: ids.direct,
      customer: { tenantId: ids.customer2, companyName: 'New', domain: null, region: 'US' as never },
      internalUse: false,
    },
  },
  { command: 'enrollIndirect', input: { actor, at: when, partnerTenantId: ids.direct, confirmsAuthorization: true } },
  {
    command: 'inviteCustomer',
    input: {
      actor,
      at: when,
      partnerTenantId: ids.direct,
      invitationId: invitationId('scale'),
      kind: 'directReseller',
      indirectProviderTenantId: null,
      customerTenantId: ids.customer2,
      newCustomer: { companyName: 'x', domain: null, region: 'US' as never },
      delegatedAdmin: true,
    },
  },
  {
    command: 'acceptCustomerInvitation',
    input: { actor: customerAdmin(BIG_CUSTOMER), at: at('2020-03-10'), invitationId: invitationId('scale-invitation') },
  },
  {
    command: 'placeOrder',
    input: orderInput([line(subscriptionId('b0000000-0000-4000-8000-000000000002'))], { when: '2020-03-10' }),
  },
  {
    command: 'createCustomerForReseller',
    input: forResellerInput([line(subscriptionId('b0000000-0000-4000-8000-000000000003'))], {
      customer: ids.customer2,
      when: '2020-03-10',
    }),
  },
  azurePurchase(ids.reseller, when),
]

describe('scale', () => {
  const small = bigState(1_000)
  const large = bigState(100_000)

  it('builds the states it compares', () => {
    expect(countOf(small, 'subscriptions')).toBe(1_002)
    expect(countOf(large, 'subscriptions')).toBe(100_002)
  })

  it.each(commands.map((c, i) => [`${i}:${c.command}`, c] as const))(
    '%s costs at most 3x more at 1e5 entities than at 1e3',
    (_, command) => {
      const r = ratio(small, large, command)
      expect(r).toBeLessThanOrEqual(3)
    },
  )

  it('runs a chained log with applyAll at most 2x slower per command at 1e5 entities than at 1e3', () => {
    const smallLog = chainedLog(1_000, 1_200)
    const largeLog = chainedLog(100_000, 1_200)
    // the same work at both sizes: every seat change and purchase accepted, every fourth command rejected
    for (const [state, log] of [
      [small, smallLog],
      [large, largeLog],
    ] as const) {
      const result = applyAll(state, log)
      expect(result.accepted).toBe(900)
      expect(result.verdicts.filter((v) => !v.accepted).map((v) => v.violations[0]?.rule)).toEqual(
        Array.from({ length: 300 }, () => 'PGM-2'),
      )
    }
    expect(batchRatio(small, smallLog, large, largeLog)).toBeLessThanOrEqual(2)
  })

  it('measures accepted commands: every command of the mix but the last is accepted at both sizes', () => {
    for (const command of commands.slice(0, -1)) {
      expect(apply(small, command).accepted).toBe(true)
      expect(apply(large, command).accepted).toBe(true)
    }
  })

  it('the last command of the mix is rejected and returns the same state object', () => {
    const applied = apply(large, commands[commands.length - 1] as ProgramCommand)
    expect(applied.accepted).toBe(false)
    expect(applied.state).toBe(large)
  })
})
