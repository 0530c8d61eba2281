/**
 * `capabilities` (issue 12): for every command, the subjects an actor could name and `explain`'s
 * verdict on each; `customerCapabilities` as a view of it; the `csp-channel can` verb.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from '../src/cli/cli.js'
import {
  apply,
  capabilities,
  COMMAND_NAMES,
  customerAdmin,
  customerCapabilities,
  entitiesOf,
  explain,
  getInvitation,
  getSubscription,
  getTenant,
  microsoft,
  partnerUser,
  type Actor,
  type Capability,
  type IsoDateTime,
  type ProgramCommand,
  type ProgramState,
  stateToJson,
} from '../src/index.js'
import { runScenario } from '../src/scenario/index.js'
import { at, ids, providerWorld, register, world } from './support/index.js'
import { BIG_CUSTOMER, bigState } from './support/bigState.js'
import { cases, matrixWorld } from './support/matrix.js'

const bundled = fileURLToPath(new URL('../examples/scenarios/', import.meta.url))

/** The state after the setup of the matrix case of a command, and the case's command. */
const matrixCase = (name: (typeof COMMAND_NAMES)[number]) => {
  const { setup = [], command } = cases[name]
  const state = setup.reduce((s, c) => apply(s, c).state, matrixWorld())
  return { state, command: command as ProgramCommand & { input: { actor: Actor; at: IsoDateTime } } }
}

/** The bundled worlds: the test worlds, each matrix set-up, and the final state of each bundled scenario. */
const worlds = (): ReadonlyArray<{ readonly name: string; readonly state: ProgramState; readonly at: IsoDateTime }> => [
  { name: 'world', state: world(), at: at('2019-06-03') },
  { name: 'providerWorld', state: providerWorld(), at: at('2020-06-01') },
  ...COMMAND_NAMES.map((name) => ({ name: `matrix ${name}`, ...matrixCase(name), at: at('2020-03-10') })),
  ...readdirSync(bundled)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const report = runScenario(JSON.parse(readFileSync(join(bundled, f), 'utf8')))
      if (E.isLeft(report)) throw new Error(`${f} does not run`)
      return { name: f, state: report.right.finalState, at: at('2021-06-01') }
    }),
]

/** Every kind of actor in a state: each partner's global admin and help desk agent, Microsoft, each customer's admin. */
const actorsOf = (state: ProgramState): ReadonlyArray<Actor> => [
  ...entitiesOf(state, 'partners').flatMap((p) => [
    partnerUser(p.tenantId, 'globalAdmin'),
    partnerUser(p.tenantId, 'helpdeskAgent'),
  ]),
  microsoft,
  ...entitiesOf(state, 'customers').map((c) => customerAdmin(c.tenantId)),
]

/** The state after an accepted command. */
const run = (state: ProgramState, command: ProgramCommand): ProgramState => {
  const applied = apply(state, command)
  expect(applied.violations).toEqual([])
  return applied.state
}

const asCommand = (row: Capability) => ({ command: row.command, input: row.input }) as ProgramCommand

describe('capabilities', () => {
  it('agrees with explain and with running the command, row by row, for every command on the bundled worlds', () => {
    const seen = new Set<string>()
    const disagreements: string[] = []
    let rows = 0
    for (const w of worlds())
      for (const actor of actorsOf(w.state))
        for (const row of capabilities(w.state, actor, w.at).rows) {
          rows++
          seen.add(row.command)
          const judgement = explain(w.state, asCommand(row))
          const failed = judgement.checks.flatMap((c) => (c.verdict === 'failed' ? c.violations : []))
          const applied = apply(w.state, asCommand(row))
          const agrees =
            row.accepted === (failed.length === 0) &&
            JSON.stringify(row.violations) === JSON.stringify(failed) &&
            JSON.stringify(row.warnings) === JSON.stringify(judgement.warnings) &&
            applied.accepted === row.accepted &&
            JSON.stringify(applied.violations) === JSON.stringify(row.violations)
          if (!agrees) disagreements.push(`${w.name}: ${JSON.stringify(actor)} ${row.command} ${row.subjects}`)
        }
    expect(disagreements).toEqual([])
    expect(rows).toBeGreaterThan(1000)
    expect([...seen].sort()).toEqual([...COMMAND_NAMES].sort())
  })

  it.each(COMMAND_NAMES)('%s: accepted for some subject where the cross-tenant matrix accepts it', (name) => {
    const { state, command } = matrixCase(name)
    const { rows } = capabilities(state, command.input.actor, command.input.at, { commands: [name] })
    expect(rows.map((r) => r.command)).toEqual(rows.map(() => name))
    expect(rows.some((r) => r.accepted)).toBe(true)
  })

  it('RST-2, RST-4, RST-5, RST-6, RST-8: a restricted partner can make no new business and still manage what it has', () => {
    const direct = partnerUser(ids.direct, 'globalAdmin')
    const when = at('2020-11-03')
    const restricted = run(world(), {
      command: 'restrictDirectBill',
      input: { actor: microsoft, at: at('2020-11-02'), partnerTenantId: ids.direct, unmetRequirements: ['DB-5'] },
    })
    const verdicts = (s: ProgramState) =>
      Object.fromEntries(
        capabilities(s, direct, when).rows.map((r) => [
          `${r.command} ${r.subjects.join(' ')}`,
          r.violations.map((v) => v.rule),
        ]),
      )
    const NEW_BUSINESS = [
      `purchaseSubscription ${ids.customer}`,
      `createCustomer ${ids.direct}`,
      `createIntegrationSandbox ${ids.direct}`,
      `inviteCustomer ${ids.direct}`,
    ]
    const before = verdicts(world())
    const after = verdicts(restricted)
    for (const row of NEW_BUSINESS) expect([row, before[row]]).toEqual([row, []])
    expect(NEW_BUSINESS.map((row) => after[row])).toEqual([
      expect.arrayContaining(['RST-2']),
      expect.arrayContaining(['RST-4']),
      expect.arrayContaining(['RST-6']),
      expect.arrayContaining(['RST-5']),
    ])
    const existing = Object.keys(before).filter((k) => /^(changeSeats|suspendSubscription|setAutoRenew) /.test(k))
    expect(existing).toHaveLength(3)
    for (const row of existing) expect([row, after[row]]).toEqual([row, []])
    expect(customerCapabilities(restricted, ids.direct, ids.customer, when)).not.toContain('createOrders')
  })

  it('TRN-13: customerCapabilities is a view of capabilities: restriction, the MPA and partnerships', () => {
    // the MPA: a direct bill partner that never signed it orders only while PGM-3 is not in force
    let s = register(world(), {
      tenant: ids.stranger,
      mpn: '9900001',
      name: 'Unsigned',
      roles: ['directBillPartner'],
      mpa: false,
    })
    s = run(s, {
      command: 'createCustomer',
      input: {
        actor: partnerUser(ids.stranger, 'globalAdmin'),
        at: at('2019-01-08'),
        partnerTenantId: ids.stranger,
        customer: { tenantId: ids.customer2, companyName: 'Second', domain: null, region: 'US' as never },
        internalUse: false,
      },
    })
    expect(customerCapabilities(s, ids.stranger, ids.customer2, at('2019-06-03'))).toContain('createOrders')
    expect(customerCapabilities(s, ids.stranger, ids.customer2, at('2020-06-01'))).not.toContain('createOrders')
    expect(customerCapabilities(s, ids.stranger, ids.customer2)).toEqual([
      'manageAzureReservations',
      'manageOrderHistory',
      'billDirectly',
      'viewProducts',
      'viewSubscriptions',
    ])
    // partnerships: the provider orders for the reseller's customer only while the partnership is active (PRT-4)
    const p = providerWorld()
    expect(customerCapabilities(p, ids.provider, ids.customer3)).toEqual([
      'createOrders',
      'manageOrderHistory',
      'viewSubscriptions',
    ])
    const removed = run(p, {
      command: 'removePartnership',
      input: {
        actor: partnerUser(ids.provider, 'globalAdmin'),
        at: at('2020-06-01'),
        providerTenantId: ids.provider,
        resellerTenantId: ids.reseller,
        acknowledgeTerms: true,
      },
    })
    expect(customerCapabilities(removed, ids.provider, ids.customer3)).toEqual([
      'manageOrderHistory',
      'viewSubscriptions',
    ])
    expect(customerCapabilities(p, ids.reseller, ids.customer3)).toEqual([
      'manageLicenses',
      'manageUsers',
      'manageRenewals',
    ])
    expect(customerCapabilities(p, ids.direct, ids.customer3)).toEqual([])
  })

  it('options: commands, subject and limit bound the rows; truncated says when some were left out', () => {
    const s = providerWorld()
    const provider = partnerUser(ids.provider, 'adminAgent')
    const when = at('2020-06-01')
    const all = capabilities(s, provider, when)
    expect(all.truncated).toBe(false)
    const only = capabilities(s, provider, when, { commands: ['placeOrder', 'addLicenses'] })
    expect(only.rows).toEqual(all.rows.filter((r) => r.command === 'placeOrder' || r.command === 'addLicenses'))
    for (const subject of [ids.customer3, ids.reseller, ids.provider, ...all.rows.flatMap((r) => r.subjects)]) {
      const about = capabilities(s, provider, when, { subject })
      expect(about.rows).toEqual(all.rows.filter((r) => r.subjects.includes(subject)))
    }
    expect(capabilities(s, provider, when, { limit: 3 })).toEqual({ rows: all.rows.slice(0, 3), truncated: true })
    expect(capabilities(s, provider, when, { limit: all.rows.length })).toEqual(all)
    expect(capabilities(s, provider, when, { limit: 0 })).toEqual({ rows: [], truncated: true })
  })

  it('is deterministic, and the new IDs it proposes are unused in the state', () => {
    for (const w of worlds().slice(0, 3)) {
      const first = capabilities(w.state, microsoft, w.at)
      expect(capabilities(w.state, microsoft, w.at)).toEqual(first)
      for (const row of first.rows) {
        const input = row.input as Record<string, unknown> & {
          subscription?: { id: string }
          lines?: Array<{ id: string }>
        }
        for (const id of [input.subscription?.id, ...(input.lines ?? []).map((l) => l.id)])
          if (id !== undefined) expect(getSubscription(w.state, id as never)).toBeUndefined()
        if (row.command === 'inviteCustomer') expect(getInvitation(w.state, row.input.invitationId)).toBeUndefined()
        if (row.command === 'createCustomer') expect(getTenant(w.state, row.input.customer.tenantId)).toBeUndefined()
      }
    }
  })

  it('a partner user acts for its own tenant only; a customer admin is offered its invitations', () => {
    const s = matrixCase('acceptCustomerInvitation').state
    const mine = capabilities(s, partnerUser(ids.reseller, 'globalAdmin'), at('2020-03-10')).rows
    for (const row of mine) {
      const input = row.input as Record<string, unknown>
      const acting = input['partnerTenantId'] ?? input['providerTenantId'] ?? input['resellerTenantId']
      if (row.command !== 'registerPartner' && row.command !== 'renewSubscription')
        expect([row.command, acting]).toEqual([row.command, ids.reseller])
    }
    const invited = capabilities(s, customerAdmin(ids.customer2), at('2020-03-10'), {
      commands: ['acceptCustomerInvitation'],
    })
    expect(invited.rows.map((r) => [r.subjects, r.accepted])).toEqual([[['m-1', ids.reseller, ids.customer2], true]])
  })

  it('reads one customer when asked about one: the same cost on 1e3 and 1e5 subscriptions', () => {
    const median = (f: () => unknown) => {
      const times: number[] = []
      for (let i = 0; i < 301; i++) {
        const t = performance.now()
        f()
        times.push(performance.now() - t)
      }
      return times.sort((a, b) => a - b)[150] ?? 0
    }
    const [small, large] = [bigState(1e3), bigState(1e5)]
    const direct = partnerUser(ids.direct, 'globalAdmin')
    const when = at('2020-06-01')
    const cost = (s: ProgramState) =>
      median(() => {
        customerCapabilities(s, ids.direct, BIG_CUSTOMER, when)
        capabilities(s, direct, when, { subject: BIG_CUSTOMER })
      })
    expect(customerCapabilities(large, ids.direct, BIG_CUSTOMER, when)).toContain('createOrders')
    expect(capabilities(large, direct, when, { subject: BIG_CUSTOMER }).rows.length).toBeGreaterThan(10)
    cost(small)
    expect(cost(large) / cost(small)).toBeLessThanOrEqual(3)
  })

  it('never throws for an actor or instant that is not one: every candidate is rejected at the entry (MOD-8, MOD-5)', () => {
    for (const [actor, when] of [
      [{ kind: 'nobody' }, 'yesterday'],
      [null, 42],
      [partnerUser(ids.direct, 'globalAdmin'), 42],
    ]) {
      const result = capabilities(world(), actor as never, when as never)
      expect(result.rows.length).toBeGreaterThan(0)
      // the entry check rejects every row: the input is not the documented shape (MOD-8) or out of range (MOD-5)
      for (const row of result.rows) {
        expect(row.accepted).toBe(false)
        for (const v of row.violations) expect(v.rule).toBeOneOf(['MOD-8', 'MOD-5'])
      }
    }
  })
})

describe('csp-channel can', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'csp-channel-can-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))
  const file = (name: string, content: string) => {
    const path = join(scratch, name)
    writeFileSync(path, content)
    return path
  }
  const stateFile = file('state.json', JSON.stringify(stateToJson(providerWorld())))
  const provider = `partnerUser:${ids.provider}:adminAgent`
  const can = (...argv: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = cli(['can', ...argv], { out: (t) => out.push(t), err: (t) => err.push(t) }, bundled)
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  it('prints a table of command, subjects, verdict and first violation, then a count', () => {
    const { code, out, err } = can('--state', stateFile, '--actor', provider, '--at', '2020-06-01T09:00:00Z')
    expect([code, err]).toEqual([0, ''])
    const rows = capabilities(providerWorld(), partnerUser(ids.provider, 'adminAgent'), at('2020-06-01')).rows
    const accepted = rows.filter((r) => r.accepted).length
    expect(out).toContain(`What ${provider} can do at 2020-06-01T09:00:00.000Z:`)
    expect(out).toMatch(/^ {3}COMMAND +SUBJECTS +FIRST VIOLATION$/m)
    expect(out).toMatch(new RegExp(`^✔  placeOrder +${ids.customer3}, ${ids.reseller}$`, 'm'))
    expect(out).toMatch(/^✗ {2}signMpa +\S+ +ROL-1 NotGlobalAdmin \[900150\]: /m)
    expect(out.endsWith(`${rows.length} rows: ${accepted} accepted, ${rows.length - accepted} rejected`)).toBe(true)
  })

  it('--json prints the rows of capabilities; --command, --subject and --limit bound them', () => {
    const json = can('--state', stateFile, '--actor', provider, '--at', '2020-06-01T09:00Z', '--json')
    const expected = capabilities(providerWorld(), partnerUser(ids.provider, 'adminAgent'), at('2020-06-01'))
    expect(JSON.parse(json.out)).toEqual(
      JSON.parse(JSON.stringify({ actor: partnerUser(ids.provider, 'adminAgent'), at: at('2020-06-01'), ...expected })),
    )
    const narrow = can(
      '--state',
      stateFile,
      '--actor',
      provider,
      '--at',
      '2020-06-01T09:00Z',
      '--json',
      '--command',
      'placeOrder',
      '--command',
      'addLicenses',
      '--subject',
      ids.customer3.toUpperCase(),
    )
    const rows = JSON.parse(narrow.out).rows as ReadonlyArray<Capability>
    expect(rows.map((r) => r.command)).toEqual(['placeOrder', 'addLicenses'])
    for (const r of rows) expect(r.subjects).toContain(ids.customer3)
    const limited = can('--state', stateFile, '--actor', provider, '--at', '2020-06-01T09:00Z', '--limit', '2')
    expect(limited.code).toBe(0)
    expect(limited.out).toContain('2 rows: ')
    expect(limited.out).toContain('More rows follow: the first 2 are shown')
  })

  it('--import reads a Partner Center import manifest instead of a state document', () => {
    const manifest = fileURLToPath(new URL('../examples/partner-center/', import.meta.url))
    const { code, out } = can(
      '--import',
      manifest,
      '--actor',
      'microsoft',
      '--at',
      '2021-03-01T09:00Z',
      '--command',
      'recordRevenue',
    )
    expect(code).toBe(0)
    expect(out).toMatch(/^✔ {2}recordRevenue +3b33e682-00c3-41ee-9dd2-a548adf56438$/m)
  })

  it.each([
    [
      'a missing state file',
      ['--state', join(scratch, 'missing.json'), '--actor', 'microsoft'],
      'no such file or directory',
    ],
    [
      'a file that is not a state document',
      ['--state', file('bad.json', '{"partners":1}'), '--actor', 'microsoft'],
      'is not a valid state document',
    ],
    ['no state', ['--actor', 'microsoft'], 'Give the state'],
    [
      'both a state and an import',
      ['--state', stateFile, '--import', scratch, '--actor', 'microsoft'],
      'Give the state',
    ],
    ['no actor', ['--state', stateFile], 'Give the actor'],
    ['an actor that is not one', ['--state', stateFile, '--actor', 'partnerUser:nope:globalAdmin'], 'is not an actor'],
    ['an unknown role', ['--state', stateFile, '--actor', `partnerUser:${ids.provider}:owner`], 'is not an actor'],
    ['an unknown command', ['--state', stateFile, '--actor', 'microsoft', '--command', 'buy'], 'Unknown command "buy"'],
    [
      'an instant that is not one',
      ['--state', stateFile, '--actor', 'microsoft', '--at', 'yesterday'],
      '--at "yesterday"',
    ],
    ['a missing import manifest', ['--import', join('missing', 'import.json'), '--actor', 'microsoft'], 'cannot read'],
    ['a limit that is not a count', ['--state', stateFile, '--actor', 'microsoft', '--limit', '2.5'], '--limit "2.5"'],
    ['an unknown option', ['--state', stateFile, '--actor', 'microsoft', '--actors', 'x'], "Unknown option '--actors'"],
  ])('exits 2 with a message and no stack trace on %s', (_, argv, message) => {
    const { code, out, err } = can(...argv)
    expect([code, out]).toEqual([2, ''])
    expect(err).toContain(message)
    expect(err).not.toMatch(/\.[cm]?[jt]s:\d+:\d+/)
  })

  it('--help prints its usage; the overview names the verb', () => {
    expect(can('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Usage: csp-channel can') })
    const overview: string[] = []
    cli(['--help'], { out: (t) => overview.push(t), err: () => undefined }, bundled)
    expect(overview.join('\n')).toMatch(/^ +can +/m)
  })
})
