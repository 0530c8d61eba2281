/**
 * Values for the fuzzer and the hostile-input corpus: the hostile values themselves, a deep freeze,
 * and an encoder that writes any generated value as text, either as plain JSON (for the JSON path
 * of a command; `undefined` when the value has no JSON form) or as a reproducer (JSON with tokens
 * for what JSON cannot hold: NaN, infinities, -0, undefined, 10,000-deep nesting, long strings),
 * which {@link revive} turns back into the same value.
 *
 * Deeply nested values are built once from JSON text and frozen: native `JSON.stringify` overflows
 * the stack on them (node 20), so the encoder writes them from the text they were parsed from.
 */

/** A deeply nested constant and the JSON text it was parsed from. */
interface Deep {
  readonly kind: 'array' | 'object'
  readonly depth: number
  readonly text: string
}

const DEEP = new WeakMap<object, Deep>()
const deepCache = new Map<string, unknown>()

/** Freezes a value and everything below it; iterative (no recursion), so any depth is fine. */
export const deepFreeze = <A>(value: A): A => {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue
    Object.freeze(v)
    for (const key of Reflect.ownKeys(v)) {
      const child = (v as Record<PropertyKey, unknown>)[key]
      if (typeof child === 'object' && child !== null) stack.push(child)
    }
  }
  return value
}

const deepText = (kind: Deep['kind'], depth: number) =>
  kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '{}' + '}'.repeat(depth)

/** A frozen value nested `depth` levels deep: `[[[…]]]` or `{"a":{"a":…}}` (the same instance each time). */
export const deepValue = (kind: Deep['kind'], depth = 10_000): unknown => {
  const key = `${kind}:${depth}`
  let value = deepCache.get(key)
  if (value === undefined) {
    const text = deepText(kind, depth)
    value = deepFreeze(JSON.parse(text) as object)
    DEEP.set(value as object, { kind, depth, text })
    deepCache.set(key, value)
  }
  return value
}

/** A plain object with an own property `key` (never the prototype setter), e.g. `__proto__`. */
export const withOwn = (key: string, value: unknown, base: Record<string, unknown> = {}): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(base)) Object.defineProperty(out, k, ownField(base[k]))
  Object.defineProperty(out, key, ownField(value))
  return out
}

const ownField = (value: unknown): PropertyDescriptor => ({
  value,
  enumerable: true,
  writable: true,
  configurable: true,
})

/** Sets an own property on a (not yet frozen) object, so `__proto__` becomes a field, not a prototype. */
export const setOwn = (target: object, key: string, value: unknown): void => {
  Object.defineProperty(target, key, ownField(value))
}

/** One hostile value: a name for reports, the value, and whether it has a JSON form. */
export interface HostileValue {
  readonly name: string
  readonly value: unknown
  readonly json: boolean
}

const h = (name: string, value: unknown, json = true): HostileValue => ({ name, value, json })

/** Numbers out of range, not whole, negative, or not JSON at all (typed path only). */
export const HOSTILE_NUMBERS: ReadonlyArray<HostileValue> = [
  h('1e300', 1e300),
  h('1e309 (Infinity)', Infinity, false),
  h('-Infinity', -Infinity, false),
  h('NaN', Number.NaN, false),
  h('2**53+1', 2 ** 53 + 1),
  h('MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER),
  h('2**31', 2 ** 31),
  h('-3.5', -3.5),
  h('-1', -1),
  h('0', 0),
  h('-0', -0, false),
  h('0.5', 0.5),
  h('1e21', 1e21),
]

/** Strings a screen or a parser could trip on. */
export const HOSTILE_STRINGS: ReadonlyArray<HostileValue> = [
  h('empty', ''),
  h('spaces', '   '),
  h('NUL', 'a\u0000b'),
  h('bidi override U+202E', 'abc\u202Egpj.exe'),
  h('zero width U+200B', 'zero\u200Bwidth'),
  h('lone surrogate', '\uD800'),
  h('lone low surrogate', 'x\uDC00'),
  h('10,000 characters', 'x'.repeat(10_000)),
  h('ANSI escape', '\u001b[31mred\u001b[0m'),
  h('CRLF', 'a\r\nb'),
  h('line separator U+2028', 'a\u2028b'),
  h('__proto__', '__proto__'),
  h('constructor', 'constructor'),
  h('emoji', '\u{1F600}'),
  h('path', '../../etc/passwd'),
]

/** Impossible or extreme dates. */
export const HOSTILE_DATES: ReadonlyArray<HostileValue> = [
  h('30 February', '2020-02-30T00:00:00Z'),
  h('month 13', '2020-13-01'),
  h('month 13 instant', '2020-13-01T00:00:00Z'),
  h('year 0', '0000-01-01T00:00:00Z'),
  h('end of year 9999', '9999-12-31T23:59:59Z'),
  h('29 February 2019', '2019-02-29T09:00:00Z'),
  h('hour 24', '2020-01-01T24:00:00Z'),
  h('offset +01:00', '2019-11-04T09:00:00+01:00'),
  h('10 fraction digits', '2019-11-04T09:00:00.1234567891Z'),
  h('beyond Date', '+275760-09-13T00:00:00.000Z'),
  h('date only', '2019-11-04'),
  h('words', 'tomorrow'),
]

/** Structures: nesting, prototype keys, and non-objects where an object belongs. */
export const hostileStructures = (): ReadonlyArray<HostileValue> => [
  h('10,000-deep array', deepValue('array')),
  h('10,000-deep object', deepValue('object')),
  h('own __proto__ key', JSON.parse('{"__proto__":{"polluted":true}}')),
  h('own constructor key', JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')),
  h('null', null),
  h('undefined', undefined, false),
  h('empty array', []),
  h('array of strings', ['a', 'b']),
  h('string', 'object'),
  h('number', 42),
  h('boolean', true),
  h('empty object', {}),
]

/** Every hostile value, frozen. */
export const hostileValues = (): ReadonlyArray<HostileValue> =>
  deepFreeze([...HOSTILE_NUMBERS, ...HOSTILE_STRINGS, ...HOSTILE_DATES, ...hostileStructures()])

// ---------------------------------------------------------------------------------------------
// Encoding

const TOKEN = '$fuzz'

class NotJson extends Error {}

const numberToken = (n: number): string | undefined =>
  Number.isNaN(n)
    ? 'NaN'
    : n === Infinity
      ? 'Infinity'
      : n === -Infinity
        ? '-Infinity'
        : Object.is(n, -0)
          ? '-0'
          : undefined

const isRepeat = (s: string) => {
  if (s.length < 300) return false
  const c = s[0] as string
  for (let i = 1; i < s.length; i++) if (s[i] !== c) return false
  return true
}

const write = (value: unknown, mode: 'json' | 'repro', depth: number): string => {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return String(value)
    case 'number': {
      const token = numberToken(value)
      if (token === undefined) return JSON.stringify(value)
      if (mode === 'json') throw new NotJson()
      return `{"${TOKEN}":"number","value":"${token}"}`
    }
    case 'string':
      return mode === 'repro' && isRepeat(value)
        ? `{"${TOKEN}":"repeat","text":${JSON.stringify(value[0])},"times":${value.length}}`
        : JSON.stringify(value)
    case 'undefined':
      if (mode === 'json') throw new NotJson()
      return `{"${TOKEN}":"undefined"}`
    case 'object': {
      const deep = DEEP.get(value)
      if (deep !== undefined)
        return mode === 'json' ? deep.text : `{"${TOKEN}":"deep","kind":"${deep.kind}","depth":${deep.depth}}`
      if (depth > 200) throw new NotJson()
      if (Array.isArray(value)) {
        const items: string[] = []
        for (let i = 0; i < value.length; i++) items.push(write(value[i], mode, depth + 1))
        return `[${items.join(',')}]`
      }
      const proto = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null) throw new NotJson()
      const fields: string[] = []
      for (const key of Object.keys(value))
        fields.push(`${JSON.stringify(key)}:${write((value as Record<string, unknown>)[key], mode, depth + 1)}`)
      return `{${fields.join(',')}}`
    }
    default:
      throw new NotJson()
  }
}

/** The JSON text of a value, or `undefined` when it has none (NaN, infinities, -0, undefined, functions…). */
export const toJsonText = (value: unknown): string | undefined => {
  try {
    return write(value, 'json', 0)
  } catch (e) {
    if (e instanceof NotJson) return undefined
    throw e
  }
}

/** The reproducer text of a value: JSON, with `{"$fuzz": …}` tokens for what JSON cannot hold. */
export const toReproText = (value: unknown): string => {
  try {
    return write(value, 'repro', 0)
  } catch (e) {
    if (e instanceof NotJson) return `{"${TOKEN}":"unsupported"}`
    throw e
  }
}

/** Turns parsed reproducer JSON back into the value it encodes (own `__proto__` keys stay own keys). */
export const revive = (parsed: unknown): unknown => {
  if (typeof parsed !== 'object' || parsed === null) return parsed
  if (Array.isArray(parsed)) return parsed.map(revive)
  const o = parsed as Record<string, unknown>
  if (Object.prototype.hasOwnProperty.call(o, TOKEN)) {
    switch (o[TOKEN]) {
      case 'number':
        return o.value === '-0' ? -0 : Number(o.value)
      case 'undefined':
        return undefined
      case 'repeat':
        return String(o.text).repeat(Number(o.times))
      case 'deep':
        return deepValue(o.kind as Deep['kind'], Number(o.depth))
      default:
        throw new Error(`cannot revive ${JSON.stringify(o)}`)
    }
  }
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(o)) setOwn(out, key, revive(o[key]))
  return out
}

/** Parses reproducer text back into its value. */
export const fromReproText = (text: string): unknown => revive(JSON.parse(text))
