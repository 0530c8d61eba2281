/**
 * The fast paths of input validation (issue 15) decide exactly as the slow ones. A command's entry
 * decodes its private snapshot in place (`decodeSnapshot`) instead of copying it along the codec;
 * the snapshot keeps the keys of the value being read by depth instead of a stack; canonical
 * instants and GUIDs are checked without capture groups or case folding; the rule set in force is
 * remembered for the last instant asked. Each one is compared with a slow reference on generated
 * values, valid and broken.
 */
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { apply } from '../src/index.js'
import { enter } from '../src/commands/entry.js'
import { COMMANDS, COMMAND_NAMES, type CommandName } from '../src/commands/table.js'
import { exact, ExactType, ListType } from '../src/internal/codec.js'
import { decodeSnapshot, REFUSED, UNDECIDED } from '../src/internal/decodeSnapshot.js'
import { snapshot, type SnapshotOptions } from '../src/internal/snapshot.js'
import { canonicalInstant, isCalendarDate } from '../src/kernel/dates.js'
import { IsoDateTime, SubscriptionId, TenantId } from '../src/kernel/ids.js'
import { RULE_SETS, ruleSetAt, type RuleSet } from '../src/rules/ruleSets.js'
import { Clock, generate } from './support/fuzz/generator.js'
import { Rng } from './support/fuzz/prng.js'
import { baseState } from './support/fuzz/runner.js'

// ---------------------------------------------------------------------------------------------
// Decoding a snapshot in place

const codecOf = (name: CommandName) => COMMANDS[name].definition.input as unknown as t.Mixed

/** What the entry did before its fast path: the codec's own `validate` of a fresh snapshot. */
const slowDecode = (codec: t.Mixed, raw: unknown): t.Validation<unknown> | undefined => {
  const read = snapshot(raw)
  return 'ok' in read ? codec.validate(read.value, [{ key: '', type: codec, actual: read.value }]) : undefined
}

/** How deep the helpers below look (the fuzzer nests some values 10,000 deep; the entry refuses them at 64). */
const DEEPEST = 100

/** A value's keys and leaves in order, so that two values compare equal only with the same key order. */
const layout = (v: unknown, depth = 0): unknown =>
  v === null || typeof v !== 'object' || depth > DEEPEST
    ? v
    : Array.isArray(v)
      ? v.map((x) => layout(x, depth + 1))
      : Object.getOwnPropertyNames(v).map((k) => [k, layout((v as Record<string, unknown>)[k], depth + 1)])

/** Every object and array inside `v`, `v` included. */
const objectsIn = (v: unknown, into = new Set<object>(), depth = 0): Set<object> => {
  if (v !== null && typeof v === 'object' && !into.has(v) && depth <= DEEPEST) {
    into.add(v)
    for (const k of Object.getOwnPropertyNames(v)) objectsIn((v as Record<string, unknown>)[k], into, depth + 1)
  }
  return into
}

const sameDecoding = (fast: unknown, slow: unknown) => {
  expect(layout(fast)).toStrictEqual(layout(slow))
  expect(fast).toStrictEqual(slow)
}

/** How often each fast answer was met, to check that the generated values reach every one. */
const met = { decoded: 0, refused: 0, undecided: 0, entered: 0 }

/** Compares the fast decoding and the entry with the slow decoding for one raw input of command `name`. */
const agrees = (name: CommandName, raw: unknown) => {
  const codec = codecOf(name)
  const before = layout(raw)
  const slow = slowDecode(codec, raw)
  const read = snapshot(raw)
  if ('ok' in read) {
    const plain = read.value
    const fast = decodeSnapshot(codec, plain)
    if (fast === REFUSED) {
      met.refused++
      expect(codec.is(plain)).toBe(false)
    } else if (fast === UNDECIDED) met.undecided++
    else {
      met.decoded++
      if (slow === undefined || E.isLeft(slow)) throw new Error(`decoded fast, refused slowly: ${JSON.stringify(raw)}`)
      sameDecoding(fast, slow.right)
    }
  }
  const entered = enter(name, codec as never, raw)
  if (slow === undefined || E.isLeft(slow)) expect(E.isLeft(entered)).toBe(true)
  else if (E.isRight(entered)) {
    met.entered++
    const input = entered.right.input as { readonly at: IsoDateTime }
    sameDecoding(input, slow.right)
    expect(entered.right.set).toBe(ruleSetAt((slow.right as { readonly at: IsoDateTime }).at))
    // nothing of the caller's value is shared, and it is not changed
    const callers = objectsIn(raw)
    const shared = [...objectsIn(input)].filter((o) => callers.has(o))
    expect(shared).toEqual([])
  } else expect(entered.left.map((v) => v._tag)).toEqual(['RuleSetNotInForce'])
  expect(layout(raw)).toStrictEqual(before)
}

const GUIDS = [
  '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
  '11111111-1111-4111-8111-111111111111',
  '7E8F9A0B-1C2D-4E3F-8A4B-5C6D7E8F9A0B',
  'a0000001-0000-4000-8000-00000000000A',
]
const INSTANTS = [
  '2021-03-15T09:00:00.000Z',
  '2022-01-10T17:00:00.000Z',
  '2021-03-15T09:00:00Z',
  '2021-03-15T09:00+00:00',
  '2024-02-29T23:59:59.9999Z',
]
/** Candidate leaves: each leaf codec draws from those it decodes (a codec that decodes none draws from all). */
const POOL: ReadonlyArray<unknown> = [
  ...GUIDS,
  ...INSTANTS,
  ...RULE_SETS.map((s) => s.id),
  ...['2021-03-15', '2021-03', '4847383', 'US', 'BR', 'someone@contoso.com', 'Contoso', 'CFQ7TTC0LH18:0001'],
  ...['inv-1', '', ' padded ', 'x\u202Ey'],
  ...[0, 1, 2, 5, 12, 30, 90, 365, 730, 1000, 10_000, -1, 1.5, Number.NaN],
  ...[true, false, null, undefined],
]
const leaves = new Map<
  t.Mixed,
  { readonly canonical: ReadonlyArray<unknown>; readonly decoded: ReadonlyArray<unknown> }
>()
/** The pool's leaves that `codec` accepts as they are (`is`), and those it decodes (maybe to another spelling). */
const leavesOf = (codec: t.Mixed) => {
  let found = leaves.get(codec)
  if (found === undefined) {
    const decoded = POOL.filter((u) => E.isRight(codec.decode(u)))
    leaves.set(codec, (found = { canonical: decoded.filter((u) => codec.is(u)), decoded }))
  }
  return found
}

/** A value for `codec`: mostly valid, sometimes with keys out of order, undefined, unknown, missing or wrong. */
const sample = (codec: t.Mixed, g: fc.GeneratorValue, depth = 0): unknown => {
  if (depth > 8) return g(fc.constantFrom, ...POOL)
  if (codec instanceof ExactType) {
    const required = codec.required as t.Props
    const optional = codec.optional as t.Props
    let fields: Array<[string, unknown]> = Object.keys(required).map((k) => [
      k,
      sample(required[k] as t.Mixed, g, depth + 1),
    ])
    for (const k of Object.keys(optional))
      if (g(fc.nat, 3) === 0) fields.push([k, sample(optional[k] as t.Mixed, g, depth + 1)])
    const change = g(fc.nat, 39)
    const at = fields.length === 0 ? -1 : g(fc.nat, fields.length - 1)
    if (change === 0) fields = g(fc.shuffledSubarray, fields, { minLength: fields.length })
    else if (change === 1 && Object.keys(optional).length > 0)
      fields.push([g(fc.constantFrom, ...Object.keys(optional)), undefined])
    else if (change === 2) fields.push([g(fc.constantFrom, 'extra', '__proto__', 'constructor', 'toString'), 1])
    else if (change === 3 && at >= 0) fields.splice(at, 1)
    else if (change === 4 && at >= 0) (fields[at] as [string, unknown])[1] = g(fc.constantFrom, ...POOL)
    const out = {}
    for (const [k, v] of fields)
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
    return out
  }
  if (codec instanceof ListType) {
    const length = g(fc.integer, { min: Math.max(0, codec.min - 1), max: Math.min(codec.max, codec.min + 2) })
    return Array.from({ length }, () => sample(codec.item, g, depth + 1))
  }
  if (codec instanceof t.UnionType) return sample(g(fc.constantFrom, ...(codec.types as t.Mixed[])), g, depth + 1)
  if (codec instanceof t.LiteralType) return codec.value
  if (codec instanceof t.KeyofType) return g(fc.constantFrom, ...Object.keys(codec.keys as object))
  const { canonical, decoded } = leavesOf(codec)
  const from = canonical.length > 0 && g(fc.nat, 9) > 0 ? canonical : decoded.length > 0 ? decoded : POOL
  return g(fc.constantFrom, ...from)
}

describe('decoding a snapshot in place', () => {
  it('gives what the codec decodes, key order included, for generated inputs of every command', () => {
    const before = { ...met }
    fc.assert(
      fc.property(fc.constantFrom(...COMMAND_NAMES), fc.gen(), (name, g) => agrees(name, sample(codecOf(name), g))),
      { numRuns: 4000 },
    )
    // the generated values reach the fast decoding, the refusals and the entry's acceptance
    console.log(`decoding in place: ${JSON.stringify(met)}`)
    expect(met.decoded - before.decoded).toBeGreaterThan(400)
    expect(met.refused - before.refused).toBeGreaterThan(400)
    expect(met.entered - before.entered).toBeGreaterThan(400)
  })

  it("gives what the codec decodes for the fuzzer's commands, realistic and adversarial", () => {
    const rng = new Rng(15)
    const clock = new Clock(Date.parse('2020-03-05T09:00:00Z'))
    let state = baseState('rich')
    let compared = 0
    for (let step = 0; step < 3000; step++) {
      const { value } = generate(rng, state, clock)
      const { command, input } = (value ?? {}) as { command?: unknown; input?: unknown }
      if (typeof command === 'string' && Object.hasOwn(COMMANDS, command)) {
        agrees(command as CommandName, input)
        compared++
      }
      state = apply(state, value as never).state
    }
    expect(compared).toBeGreaterThan(2900)
  })

  it('keeps a valid input in the codec order as it is, and puts the fields of another in that order', () => {
    const actor = { kind: 'partnerUser', tenantId: GUIDS[1], role: 'globalAdmin' }
    const seats = { actor, at: INSTANTS[0], partnerTenantId: GUIDS[1], subscriptionId: GUIDS[0], seats: 12 }
    const plain = (snapshot(seats) as { value: unknown }).value
    expect(decodeSnapshot(codecOf('changeSeats'), plain)).toBe(plain)

    const subscription = { id: GUIDS[0], customerTenantId: GUIDS[1], kind: 'licenseBased', parentId: null }
    const purchase = {
      actor,
      at: INSTANTS[0],
      partnerTenantId: GUIDS[1],
      subscription: { ...subscription, offerId: 'CFQ7TTC0LH18:0001', seats: 5, autoRenew: true },
    }
    const top = (snapshot(purchase) as { value: Record<string, unknown> }).value
    const decoded = decodeSnapshot(codecOf('purchaseSubscription'), top) as Record<string, Record<string, unknown>>
    // the snapshot is the caller's own copy: its top object is kept, the subscription is copied in order
    expect(decoded).toBe(top)
    expect(Object.keys(decoded.subscription as object)).toEqual([
      'id',
      'kind',
      'parentId',
      'offerId',
      'seats',
      'autoRenew',
      'customerTenantId',
    ])
  })

  it('leaves to the full decoding a value that a codec it does not follow accepts', () => {
    const positive = t.refinement(exact('A', { a: t.number }), (x) => x.a > 0, 'PositiveA')
    const codec = exact('Top', { v: t.union([positive, exact('B', { a: t.number })]) }) as t.Mixed
    // the refinement's `is` holds: decoding takes it, and only the full decoding knows what it gives
    expect(decodeSnapshot(codec, { v: { a: 1 } })).toBe(UNDECIDED)
    // the refinement refuses: decoding takes the next member, which the fast read follows
    const slow = codec.decode({ v: { a: -1 } })
    if (E.isLeft(slow)) throw new Error('B decodes it')
    sameDecoding(decodeSnapshot(codec, { v: { a: -1 } }), slow.right)
  })

  it('refuses what `is` refuses and leaves the snapshot as it was', () => {
    const input = { actor: { kind: 'microsoft' }, at: INSTANTS[0], partnerTenantId: GUIDS[2], seats: 1, extra: 1 }
    const plain = (snapshot(input) as { value: unknown }).value
    const before = layout(plain)
    expect(decodeSnapshot(codecOf('changeSeats'), plain)).toBe(REFUSED)
    expect(layout(plain)).toStrictEqual(before)
    expect(decodeSnapshot(t.string as t.Mixed, 'a')).toBe(UNDECIDED)
  })
})

// ---------------------------------------------------------------------------------------------
// The snapshot

class Unreadable extends Error {}

/** The snapshot as first written: a stack of keys pushed and popped around every read. */
const referenceSnapshot = (value: unknown, options: SnapshotOptions) => {
  const maxValues = options.maxValues ?? 1_000_000
  const maxDepth = options.maxDepth ?? 64
  let budget = maxValues
  const keys: Array<string | number> = []
  const path = () =>
    keys.length === 0
      ? '(root)'
      : keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('')
  const read = (v: unknown, depth: number): unknown => {
    if (--budget < 0) throw new Unreadable(`it holds more than ${maxValues} values`)
    if (v === null || typeof v !== 'object') return v
    if (depth >= maxDepth) throw new Unreadable(`it nests deeper than ${maxDepth} levels`)
    if (Array.isArray(v)) {
      if (v.length > budget) throw new Unreadable(`it holds more than ${maxValues} values`)
      const out: unknown[] = new Array(v.length)
      for (let i = 0; i < out.length; i++) {
        keys.push(i)
        out[i] = read(v[i], depth + 1)
        keys.pop()
      }
      return out
    }
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(v)) {
      keys.push(key)
      if (options.dropKeys?.has(key) === true) {
        options.onDrop?.(path())
        keys.pop()
        continue
      }
      const field = read((v as Record<string, unknown>)[key], depth + 1)
      keys.pop()
      Object.defineProperty(out, key, { value: field, enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  try {
    return { ok: true, value: read(value, 0) }
  } catch (cause) {
    const reason = cause instanceof Unreadable ? cause.message : 'reading it threw an error'
    return { _tag: 'SnapshotFailure', reason, path: path() }
  }
}

/** `value` with the property at the `pick`-th place (in reading order) turned into a getter that throws. */
const withThrowingGetter = (value: unknown, pick: number): unknown => {
  const places: Array<[object, string]> = []
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object') return
    for (const k of Object.keys(v)) {
      places.push([v, k])
      walk((v as Record<string, unknown>)[k])
    }
  }
  walk(value)
  const place = places[pick % Math.max(1, places.length)]
  if (place !== undefined)
    Object.defineProperty(place[0], place[1], {
      enumerable: true,
      get: () => {
        throw new Error('no')
      },
    })
  return value
}

describe('the snapshot', () => {
  it('reads as its first version did: the same copy, or the same failure at the same path', () => {
    const anything = fc.anything({ maxDepth: 5, withBoxedValues: false, withMap: false, withSet: false })
    fc.assert(
      fc.property(
        anything,
        fc.option(fc.nat(60), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        fc.option(fc.nat(200), { nil: undefined }),
        fc.boolean(),
        (raw, maxValues, maxDepth, getter, drop) => {
          const value = getter === undefined ? raw : withThrowingGetter(structuredClone(raw), getter)
          const dropped: [string[], string[]] = [[], []]
          const options = (i: 0 | 1): SnapshotOptions => ({
            ...(maxValues === undefined ? {} : { maxValues }),
            ...(maxDepth === undefined ? {} : { maxDepth }),
            ...(drop ? { dropKeys: new Set(['a', '__proto__']), onDrop: (p: string) => dropped[i].push(p) } : {}),
          })
          expect(snapshot(value, options(0))).toStrictEqual(referenceSnapshot(value, options(1)))
          expect(dropped[0]).toEqual(dropped[1])
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('reports a revoked proxy at its path', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const value = { a: [1, { b: proxy }] }
    expect(snapshot(value)).toStrictEqual(referenceSnapshot(value, {}))
    expect(snapshot(value)).toMatchObject({ path: 'a[1].b' })
  })
})

// ---------------------------------------------------------------------------------------------
// Canonical instants and GUIDs

const CAPTURED_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/
/** The canonical instant test as first written: a regex with capture groups, then the calendar. */
const referenceCanonical = (s: string): boolean => {
  const m = CAPTURED_INSTANT.exec(s)
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')
/** Instant-like texts near the canonical form: every field in or just out of range, other separators and ends. */
const instantLike = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0, 1, 4, 100, 400, 1900, 2000, 2024, 9999)),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    millis: fc.integer({ min: 0, max: 9999 }),
    digits: fc.integer({ min: 0, max: 4 }),
    sep: fc.constantFrom('T', 't', ' '),
    end: fc.constantFrom('Z', 'Z', 'Z', 'z', '+00:00', 'Z\n', ''),
  })
  .map(
    (f) =>
      `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}${f.sep}${pad(f.hour, 2)}:${pad(f.minute, 2)}:` +
      `${pad(f.second, 2)}${f.digits === 0 ? '' : `.${pad(f.millis, 4).slice(0, f.digits)}`}${f.end}`,
  )
/** A text with one character replaced by another that a digit or separator test could confuse. */
const misspelled = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.nat(), fc.constantFrom('\u0663', '\uFF10', 'a', 'A', '-', ':', '.', '\u0000', '9', 'İ', '\u212A'))
    .map(([s, at, c]) => (s.length === 0 ? c : s.slice(0, at % s.length) + c + s.slice((at % s.length) + 1)))

describe('canonical instants', () => {
  it('are told apart as the capturing regex and the calendar tell them', () => {
    fc.assert(
      fc.property(fc.oneof(instantLike, misspelled(instantLike), fc.string()), (s) => {
        expect(canonicalInstant(s)).toBe(referenceCanonical(s))
        expect(IsoDateTime.is(s)).toBe(referenceCanonical(s))
      }),
      { numRuns: 20_000 },
    )
  })

  it('agree with the reference on every day of the months around leap years and the ends of the range', () => {
    for (const year of [0, 1, 4, 100, 200, 400, 1900, 2000, 2019, 2020, 2023, 2024, 9996, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T23:59:59.999Z`
          expect(canonicalInstant(s), s).toBe(referenceCanonical(s))
        }
    expect(canonicalInstant('2024-02-29T00:00:00.000Z')).toBe(true)
    expect(canonicalInstant('2023-02-29T00:00:00.000Z')).toBe(false)
    expect(canonicalInstant('0000-01-01T00:00:00.000Z')).toBe(false)
    expect(canonicalInstant('9999-12-31T23:59:59.999Z')).toBe(true)
  })
})

const ANY_CASE_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** The canonical GUID test as first written: any case, then unchanged by lower-casing. */
const referenceGuid = (s: string) => ANY_CASE_GUID.test(s) && s.toLowerCase() === s

describe('canonical GUIDs', () => {
  it('are told apart as the case-insensitive regex and lower-casing tell them', () => {
    const anyCase = fc
      .tuple(fc.uuid(), fc.array(fc.boolean(), { minLength: 36, maxLength: 36 }))
      .map(([u, upper]) => [...u].map((c, i) => (upper[i] === true ? c.toUpperCase() : c)).join(''))
    fc.assert(
      fc.property(fc.oneof(fc.uuid(), anyCase, misspelled(fc.uuid()), fc.string()), (s) => {
        expect(TenantId.is(s)).toBe(referenceGuid(s))
        expect(SubscriptionId.is(s)).toBe(referenceGuid(s))
      }),
      { numRuns: 20_000 },
    )
  })
})

// ---------------------------------------------------------------------------------------------
// The rule set in force

/** The rule set in force as first written: the last row of the table whose instant is not after `at`. */
const referenceRuleSetAt = (at: string): RuleSet => {
  let chosen = RULE_SETS[0] as RuleSet
  for (const set of RULE_SETS) if (set.inForceAt <= at) chosen = set
  return chosen
}

describe('the rule set in force', () => {
  it('is the one the table gives, whatever instants were asked before', () => {
    const around = RULE_SETS.flatMap((s) => {
      const ms = Date.parse(s.inForceAt)
      return [ms - 1, ms, ms + 1].map((x) => new Date(x).toISOString() as IsoDateTime)
    })
    const instants = fc.oneof(
      fc.constantFrom(...around),
      fc
        .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
        .map((d) => d.toISOString() as IsoDateTime),
    )
    fc.assert(
      fc.property(fc.array(instants, { minLength: 1, maxLength: 20 }), (asked) => {
        // each instant asked twice in a row, and again later: the remembered answer must stay right
        for (const at of [...asked, ...asked.flatMap((a) => [a, a])]) expect(ruleSetAt(at)).toBe(referenceRuleSetAt(at))
      }),
      { numRuns: 500 },
    )
  })
})
