/**
 * The bounded, fixed-seed fuzz run of `npm test`: at least 50,000 generated commands of every
 * kind (realistic and adversarial, see test/support/fuzz), every invariant checked after every
 * step, the expensive ones every 10 steps. A new break fails the test with its shrunk reproducer.
 * The bugs already reported (test/support/fuzz/known.ts) are counted, and each one's reproducer is
 * replayed in an `it.fails` that turns red once the bug is fixed.
 *
 * `npm run fuzz -- --seed N --seconds S` runs the same fuzzer for longer (scripts/fuzz.mjs).
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  COMMAND_NAMES,
  apply,
  emptyState,
  registerPartner,
  stateFromDocument,
  stateToJson,
  type ProgramState,
  type ProgramStateDocument,
} from '../src/index.js'
import { Clock, generate } from './support/fuzz/generator.js'
import { checkProgram, checkStep } from './support/fuzz/invariants.js'
import { FIXED_BUGS, KNOWN_BUGS } from './support/fuzz/known.js'
import { Rng } from './support/fuzz/prng.js'
import { baseState, runFuzz } from './support/fuzz/runner.js'
import { category, ddmin, parseReproducer, reproduce, reproducerText, shrink } from './support/fuzz/shrink.js'
import { deepValue, fromReproText, toJsonText, toReproText, withOwn } from './support/fuzz/values.js'
import { admin, ids } from './support/index.js'

const SEED = 20_240_611
const COMMANDS = 60_000

describe('the bounded fuzz run', () => {
  it(`runs ${COMMANDS.toLocaleString('en-US')} generated commands from seed ${SEED} without a new invariant break`, () => {
    const report = runFuzz({ seed: SEED, commands: COMMANDS, expensiveEvery: 10, known: KNOWN_BUGS })
    const rate = Math.round(report.commands / (report.elapsedMs / 1000))
    console.log(
      `fuzz: ${report.commands} commands in ${(report.elapsedMs / 1000).toFixed(1)} s (${rate} commands/s), ` +
        `${report.worlds} worlds, ${report.accepted} accepted, ${report.expensiveSteps} steps with every invariant; ` +
        `known bugs met: ${JSON.stringify(report.known)}`,
    )
    const found = report.breaks.map((b) => `${category(b)}\n${reproducerText(b, shrink(b, { maxMs: 5000 }))}`)
    expect(found).toEqual([])
    expect(report.commands).toBeGreaterThanOrEqual(50_000)
    // the generator reaches every command's accepting path
    for (const name of COMMAND_NAMES) expect(report.byCommand[name]?.accepted ?? 0, name).toBeGreaterThan(0)
    expect(report.accepted / report.commands).toBeGreaterThan(0.2)
  })

  it('is reproducible from its seed', () => {
    const a = runFuzz({ seed: 7, commands: 3000, known: KNOWN_BUGS })
    const b = runFuzz({ seed: 7, commands: 3000, known: KNOWN_BUGS })
    const c = runFuzz({ seed: 8, commands: 3000, known: KNOWN_BUGS })
    const trace = (r: typeof a) => JSON.stringify([r.commands, r.accepted, r.worlds, r.byCommand, r.known])
    expect(trace(b)).toBe(trace(a))
    expect(trace(c)).not.toBe(trace(a))
  })

  it('generates adversarial commands at about the configured rate, and every kind of them', () => {
    const rng = new Rng(99)
    const clock = new Clock(Date.parse('2020-03-05T09:00:00Z'))
    const notes: string[] = []
    let state = baseState('rich')
    for (let i = 0; i < 4000; i++) {
      const g = generate(rng, state, clock)
      notes.push(g.note)
      state = apply(state, g.value).state
    }
    const adversarial = notes.filter((n) => n !== 'realistic').length / notes.length
    expect(adversarial).toBeGreaterThan(0.1)
    expect(adversarial).toBeLessThan(0.25)
    const text = notes.join('\n')
    for (const kind of [
      /= 10,000-deep (array|object)/,
      /extra field "__proto__"/,
      /extra field "constructor"/,
      /dropped/,
      /input\.ruleSet = /,
      /input\.at = /,
      /seats = -/,
      /made hostile/,
      /input = /,
      /= NaN|= 1e309/,
      /= lone surrogate/,
      /unknown command name/,
      /command object gets an extra field/,
    ])
      expect(text, String(kind)).toMatch(kind)
  })
})

describe('the fuzzer catches what it checks', () => {
  const signs = (tenant: string, at = '2020-03-10T09:00:00Z') => ({
    command: 'signMpa',
    input: { actor: admin(tenant as never), at, partnerTenantId: tenant },
  })
  const withPartner = (): ProgramState => {
    const registered = registerPartner(emptyState, {
      actor: { kind: 'microsoft' },
      at: '2020-03-01T09:00:00Z' as never,
      partner: {
        tenantId: ids.provider,
        mpnId: '2000002' as never,
        name: 'Fabrikam',
        region: 'US' as never,
        roles: ['indirectProvider'],
        primaryContactEmail: null,
        anniversaryDate: null,
      },
    })
    if (E.isLeft(registered)) throw new Error(JSON.stringify(registered.left))
    return registered.right.state
  }

  it('a clean step breaks nothing', () => {
    expect(checkStep(withPartner(), signs(ids.provider), { expensive: true })).toMatchObject({
      accepted: true,
      breaks: [],
    })
  })

  it('a command that throws breaks no-throw', () => {
    const broken = { ...withPartner(), partners: null } as unknown as ProgramState
    const invariants = checkStep(broken, signs(ids.provider), { expensive: false }).breaks.map((b) => b.invariant)
    expect(invariants).toContain('no-throw')
  })

  it('a state that holds a partner tenant as a customer breaks the program and document checks', () => {
    const json = stateToJson(withPartner())
    const document = {
      ...json,
      customers: [{ tenantId: ids.provider, companyName: 'Fabrikam', domain: null }],
    } as unknown as ProgramStateDocument
    const state = stateFromDocument(document)
    const invariants = checkStep(state, signs(ids.provider), { expensive: true }).breaks.map((b) => b.invariant)
    expect(invariants).toEqual(
      expect.arrayContaining(['partner-tenant-not-customer', 'state-check', 'state-json-round-trip']),
    )
  })

  it('the program invariants catch each forbidden transition', () => {
    const ready = [
      signs(ids.provider, '2020-03-02T09:00:00Z'),
      {
        command: 'registerPartner',
        input: {
          actor: { kind: 'microsoft' },
          at: '2020-03-02T09:00:00Z',
          partner: {
            tenantId: ids.direct,
            mpnId: '1000001',
            name: 'Contoso',
            region: 'US',
            roles: ['directBillPartner', 'indirectReseller'],
            primaryContactEmail: null,
            anniversaryDate: null,
          },
        },
      },
      {
        command: 'restrictDirectBill',
        input: {
          actor: { kind: 'microsoft' },
          at: '2020-03-03T09:00:00Z',
          partnerTenantId: ids.direct,
          unmetRequirements: [],
        },
      },
    ].reduce((s, c) => {
      const applied = apply(s, c)
      expect(applied.violations).toEqual([])
      return applied.state
    }, withPartner())
    const json = stateToJson(ready)
    const edited = (edit: (d: typeof json) => object) =>
      stateFromDocument(edit(JSON.parse(JSON.stringify(json)) as typeof json) as ProgramStateDocument)
    const broken = (next: ProgramState) => {
      const found: string[] = []
      checkProgram(ready, next, (invariant) => found.push(invariant))
      return found
    }
    expect(broken(ready)).toEqual([])
    expect(
      broken(
        edited((d) => ({
          ...d,
          partners: d.partners.map((p) => ({ ...p, mpaSignedAt: p.mpaSignedAt && '2020-03-04T09:00:00.000Z' })),
        })),
      ),
    ).toContain('mpa-signed-at-fixed')
    expect(
      broken(
        edited((d) => ({ ...d, partners: d.partners.map((p) => ({ ...p, indirectReseller: { status: 'none' } })) })),
      ),
    ).toContain('TRN-7-transition-irreversible')
    const customer = 'c0000000-0000-4000-8000-00000000000c'
    const withCustomer = (d: typeof json, partner: string) => ({
      ...d,
      tenants: [...d.tenants, { tenantId: customer, kind: 'customer', owner: null, region: 'US', internalUse: false }],
      customers: [...d.customers, { tenantId: customer, companyName: 'C', domain: null }],
      relationships: [
        ...d.relationships,
        {
          partnerTenantId: partner,
          customerTenantId: customer,
          channel: 'directBill',
          indirectProviderTenantId: null,
          delegatedAdmin: true,
          origin: 'customerCreation',
          since: '2020-03-04T09:00:00.000Z',
        },
      ],
    })
    expect(broken(edited((d) => withCustomer(d, ids.direct)))).toContain('restricted-no-new-business')
    expect(broken(edited((d) => withCustomer(d, ids.provider)))).toEqual([])
    const subscription = {
      id: 'a0000000-0000-4000-8000-00000000000a',
      customerTenantId: customer,
      kind: 'licenseBased',
      parentId: null,
      offerId: 'o',
      seats: 2,
      status: 'active',
      autoRenew: true,
      billedBy: ids.provider,
      partnerOfRecord: null,
      supportContact: null,
      createdAt: '2020-03-04T09:00:00.000Z',
    }
    const sold = (d: typeof json, s: object) => ({ ...withCustomer(d, ids.provider), subscriptions: [s] })
    expect(broken(edited((d) => sold(d, subscription)))).toEqual([])
    expect(broken(edited((d) => sold(d, { ...subscription, seats: -1 })))).toContain('seats-whole-non-negative')
    expect(broken(edited((d) => sold(d, { ...subscription, seats: 1.5 })))).toContain('seats-whole-non-negative')
    expect(broken(edited((d) => sold(d, { ...subscription, billedBy: ids.direct })))).toContain(
      'restricted-no-new-business',
    )
    expect(broken(edited((d) => sold(d, { ...subscription, createdAt: '2020-03-01T09:00:00.000Z' })))).toContain(
      'time-runs-forward',
    )
    expect(
      broken(edited((d) => ({ ...d, customers: [{ tenantId: ids.provider, companyName: 'F', domain: null }] }))),
    ).toContain('partner-tenant-not-customer')
  })

  it('the reproducer encoding keeps what JSON cannot hold', () => {
    const value = {
      nan: Number.NaN,
      inf: Infinity,
      negativeZero: -0,
      missing: undefined,
      long: 'x'.repeat(10_000),
      deep: deepValue('array'),
      proto: withOwn('__proto__', { polluted: true }),
      surrogate: '\uD800',
    }
    expect(toJsonText(value)).toBeUndefined()
    const back = fromReproText(toReproText(value)) as typeof value
    expect(back.nan).toBeNaN()
    expect(back.inf).toBe(Infinity)
    expect(Object.is(back.negativeZero, -0)).toBe(true)
    expect(Object.prototype.hasOwnProperty.call(back, 'missing')).toBe(true)
    expect(back.long).toBe(value.long)
    expect(back.deep).toBe(value.deep)
    expect(Object.getOwnPropertyNames(back.proto)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(back.proto)).toBe(Object.prototype)
    expect(back.surrogate).toBe('\uD800')
    expect(toReproText(value).length).toBeLessThan(1000)
    // a 10,000-deep value has JSON text even though JSON.stringify overflows on it
    expect(JSON.parse(toJsonText({ deep: deepValue('object') }) as string).deep.a.a.a).toBeDefined()
  })

  it('ddmin finds the two commands that matter among a hundred', () => {
    const items = Array.from({ length: 100 }, (_, i) => i)
    const test = (xs: ReadonlyArray<number>) => xs.includes(13) && xs.includes(71)
    expect(ddmin(items, test)).toEqual([13, 71])
  })
})

describe('bugs the fuzzer found (each replays its shrunk reproducer; it turns red once fixed)', () => {
  it('every known or fixed bug has a reproducer that parses to the base world and commands', () => {
    for (const bug of [...KNOWN_BUGS, ...FIXED_BUGS]) {
      const r = parseReproducer(bug.reproducer)
      expect(r.invariant).toBe(bug.invariant)
      expect(bug.message.test(r.message)).toBe(true)
      expect(r.commands.length).toBeGreaterThan(0)
      expect(baseState(r.base)).toBeDefined()
    }
  })

  for (const bug of KNOWN_BUGS)
    // BUG (src/commands): see `bug` in test/support/fuzz/known.ts
    it.fails(`${bug.id}: ${bug.invariant} holds`, () => {
      expect(reproduce(bug.reproducer).filter((b) => b.invariant === bug.invariant)).toEqual([])
    })

  // fixed bugs stay fixed: their reproducers break nothing
  for (const bug of FIXED_BUGS)
    it(`${bug.id} (fixed): its reproducer breaks no invariant`, () => {
      expect(reproduce(bug.reproducer)).toEqual([])
    })
})
