/**
 * Dates as ISO-8601 UTC strings: reading calendar and clock fields without ever throwing, and day
 * arithmetic through date-fns in the UTC time zone. Every instant made here lies in years 0001 to
 * 9999, the range of the date codecs. @internal
 */
import { UTCDateMini } from '@date-fns/utc/date/mini'
import { addBusinessDays } from 'date-fns/addBusinessDays'
import { addDays } from 'date-fns/addDays'
import { addHours } from 'date-fns/addHours'
import { addYears } from 'date-fns/addYears'
import type { IsoDateTime } from './ids.js'

/** The earliest instant the date codecs accept, `0001-01-01T00:00:00.000Z`. @internal */
export const EARLIEST_INSTANT = '0001-01-01T00:00:00.000Z' as IsoDateTime
/** The latest instant the date codecs accept, `9999-12-31T23:59:59.999Z`. @internal */
export const LATEST_INSTANT = '9999-12-31T23:59:59.999Z' as IsoDateTime
const EARLIEST = Date.parse(EARLIEST_INSTANT)
const LATEST = Date.parse(LATEST_INSTANT)

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
const within = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max

/**
 * Whether `year`-`month`-`day` is a real date of the proleptic Gregorian calendar with a year from
 * 0001 to 9999 (`month` from 1 to 12; 29 February only in leap years). Written out rather than
 * through `Date`, which maps years 0 to 99 to 1900 to 1999. @internal
 */
export const isCalendarDate = (year: number, month: number, day: number): boolean =>
  within(year, 1, 9999) &&
  within(month, 1, 12) &&
  within(day, 1, month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0))

/**
 * The UTC instant named by the decimal text fields `[year, month, day, hour, minute, second,
 * fraction]` (as a date regex captures them; a missing field reads as zero) of a clock
 * `offsetMinutes` ahead of UTC, in `Date.prototype.toISOString` form (`2019-11-04T09:00:00.000Z`).
 * The fraction is truncated to milliseconds, never rounded, so it cannot carry into the next
 * second. `undefined` when the fields are not a calendar date (see {@link isCalendarDate}), an hour
 * from 0 to 23, a minute and a second from 0 to 59, or when the UTC instant falls outside years 0001
 * to 9999. Never throws. @internal
 */
export const utcInstant = (fields: ReadonlyArray<string | undefined>, offsetMinutes = 0): IsoDateTime | undefined => {
  const field = (i: number) => Number(fields[i] ?? '0')
  const [year, month, day, hour, minute, second] = [field(0), field(1), field(2), field(3), field(4), field(5)]
  if (!isCalendarDate(year, month, day) || !within(hour, 0, 23) || !within(minute, 0, 59) || !within(second, 0, 59))
    return undefined
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute - offsetMinutes, second, Number(`${fields[6] ?? ''}000`.slice(0, 3)))
  const time = date.getTime()
  return time >= EARLIEST && time <= LATEST ? (date.toISOString() as IsoDateTime) : undefined
}

const CODEC_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|[+-]00:00)$/
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/

/**
 * Whether `s` is already a normalized instant (`YYYY-MM-DDThh:mm:ss.sssZ`, a calendar date of years
 * 0001 to 9999): the fast check of values that need no normalizing. Never throws. @internal
 */
export const canonicalInstant = (s: string): boolean =>
  CANONICAL_INSTANT.test(s) && isCalendarDate(digitsAt(s, 0, 4), digitsAt(s, 5, 7), digitsAt(s, 8, 10))

/** The number written by the characters of `s` from `from` to `to`, all decimal digits (the caller checked). */
const digitsAt = (s: string, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48
  return n
}

/**
 * The instant `s` names in the form the `IsoDateTime` codec accepts (`YYYY-MM-DDThh:mm`, optional
 * `:ss` and 1 to 9 fraction digits, then `Z`, `+00:00` or `-00:00`), normalized by
 * {@link utcInstant}; `undefined` for anything else. Never throws. @internal
 */
export const codecInstant = (s: string): IsoDateTime | undefined => {
  const m = CODEC_INSTANT.exec(s)
  return m === null ? undefined : utcInstant(m.slice(1))
}

/** Whether `s` is exactly `YYYY-MM-DD` and a calendar date (see {@link isCalendarDate}). Never throws. @internal */
export const calendarDate = (s: string): boolean => {
  const m = CALENDAR_DATE.exec(s)
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** Whether `s` is exactly `YYYY-MM` with a year from 0001 to 9999 and a month from 01 to 12. Never throws. @internal */
export const calendarMonth = (s: string): boolean => /^(?!0000)\d{4}-(0[1-9]|1[0-2])$/.test(s)

const READ_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)?)?$/i

/**
 * Reads an ISO-8601 date or date-time leniently, for data from other systems: `YYYY-MM-DD`
 * (midnight), or `YYYY-MM-DDThh:mm` with optional `:ss` and fraction (truncated to milliseconds),
 * then an optional offset `Z`, `±hh`, `±hhmm` or `±hh:mm` (hour 00–23, minute 00–59). A date or
 * time without an offset is read as UTC, never in the machine's time zone. `undefined` for anything
 * else or outside years 0001 to 9999 in UTC. Never throws. @internal
 */
export const readUtcInstant = (s: string): IsoDateTime | undefined => {
  const m = READ_INSTANT.exec(s)
  if (m === null) return undefined
  const [hours, minutes] = [Number(m[10] ?? '0'), Number(m[11] ?? '0')]
  if (hours > 23 || minutes > 59) return undefined
  return utcInstant(m.slice(1, 8), (m[9] === '-' ? -1 : 1) * (hours * 60 + minutes))
}

/** The result of date arithmetic, held to years 0001 to 9999 (an invalid result lies past the end it moved to). */
const saturated = (d: Date, days: number): IsoDateTime => {
  const time = d.getTime()
  if (Number.isNaN(time)) return days < 0 ? EARLIEST_INSTANT : LATEST_INSTANT
  return time > LATEST ? LATEST_INSTANT : time < EARLIEST ? EARLIEST_INSTANT : (d.toISOString() as IsoDateTime)
}

/**
 * `at` plus `days` business days (Monday to Friday), in UTC. Saturates at {@link LATEST_INSTANT}
 * (and at {@link EARLIEST_INSTANT} for negative `days`), so a derived date always decodes. @internal
 */
export const addBusinessDaysUtc = (at: IsoDateTime, days: number): IsoDateTime =>
  saturated(addBusinessDays(new UTCDateMini(at), days), days)

/**
 * `at` plus `days` calendar days, in UTC. Saturates at {@link LATEST_INSTANT} (and at
 * {@link EARLIEST_INSTANT} for negative `days`), so a derived date always decodes. @internal
 */
export const addDaysUtc = (at: IsoDateTime, days: number): IsoDateTime =>
  saturated(addDays(new UTCDateMini(at), days), days)

/**
 * `at` plus `hours` exact hours, in UTC. Saturates at {@link LATEST_INSTANT} (and at
 * {@link EARLIEST_INSTANT} for negative `hours`), so a derived instant always decodes. @internal
 */
export const addHoursUtc = (at: IsoDateTime, hours: number): IsoDateTime =>
  saturated(addHours(new UTCDateMini(at), hours), hours)

/**
 * `at` plus `years` calendar years, in UTC: the same month, day and time (29 February becomes 28
 * February in a year that is not leap). Saturates at {@link LATEST_INSTANT} (and at
 * {@link EARLIEST_INSTANT} for negative `years`), so a derived date always decodes; a caller that
 * must tell a date past year 9999 from the last instant compares with {@link LATEST_INSTANT}.
 * @internal
 */
export const addYearsUtc = (at: IsoDateTime, years: number): IsoDateTime =>
  saturated(addYears(new UTCDateMini(at), years), years)
