/**
 * Money, held exactly as integer US cents. Amounts enter and leave as decimal strings
 * (`"212480.00"`), so no binary floating point ever touches a sum.
 *
 * @module
 */
import * as t from 'io-ts'

/** An amount in US cents: a safe integer (negative for credits). @category models @since 0.1.0 */
export type UsdCents = number

/** Codec for a whole number of cents. @category codecs */
export const UsdCents = t.refinement(t.number, (n) => Number.isSafeInteger(n), 'UsdCents')

const DECIMAL = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/

/** Parses `"212480"`, `"212480.5"` or `"-15.25"` to cents, or `undefined`. @category constructors @since 0.1.0 */
export const parseUsd = (text: string): UsdCents | undefined => {
  const m = DECIMAL.exec(text)
  if (m === null) return undefined
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  return m[1] === '-' ? -cents : cents
}

/** Writes cents as `"212,480.00"`: thousands separated by commas, always two decimals. @category constructors @since 0.1.0 */
export const formatUsd = (cents: UsdCents): string => {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const whole = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`
}

/**
 * Codec for an amount in US dollars written as a decimal string with at most two decimals
 * (`"212480.00"`); decodes to integer cents and encodes back to `"212480.00"`.
 *
 * @category codecs
 * @since 0.1.0
 */
export const UsdAmount = new t.Type<UsdCents, string, unknown>(
  'UsdAmount',
  (u): u is UsdCents => typeof u === 'number' && Number.isSafeInteger(u),
  (u, c) => {
    const cents = typeof u === 'string' ? parseUsd(u) : undefined
    return cents === undefined ? t.failure(u, c, 'expected an amount in USD such as "212480.00"') : t.success(cents)
  },
  (cents) => formatUsd(cents).replace(/,/g, ''),
)

/**
 * Codec for an amount in US dollars as a decimal string with at most two decimals (`"212480.00"`,
 * `"-15.25"`): the same value in TypeScript and in JSON, so a typed call and a JSON call read it
 * alike. Convert it with {@link parseUsd}.
 *
 * @example
 * ```ts
 * import { UsdDecimal, parseUsd } from 'csp-channel'
 * UsdDecimal.is('212480.00') // true
 * parseUsd('212480.00') // 21248000
 * ```
 *
 * @category codecs
 * @since 0.2.0
 */
export const UsdDecimal = new t.Type<string, string, unknown>(
  'UsdDecimal',
  (u): u is string => typeof u === 'string' && parseUsd(u) !== undefined,
  (u, c) =>
    typeof u === 'string' && parseUsd(u) !== undefined
      ? t.success(u)
      : t.failure(u, c, 'expected an amount in USD as a decimal string such as "212480.00"'),
  (a) => a,
)
