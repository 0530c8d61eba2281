/**
 * Reading the ISO-8601 durations of Graph GDAP bodies (`duration: "P730D"`, `autoExtendDuration:
 * "PT0S"`) as whole days, the unit the model keeps.
 *
 * @module
 */

/** A duration read as days; `years` when the text counted years (each read as 365 days). */
export interface DaysRead {
  readonly days: number
  readonly years: boolean
}

/** `P[nY][nW][nD][T[0H][0M][0S]]`: years, weeks and days; a time part only when it is zero. */
const DURATION = /^P(?:(\d{1,6})Y)?(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:0+H)?(?:0+M)?(?:0+(?:\.0+)?S)?)?$/

/**
 * The whole days of an ISO-8601 duration, or `undefined` when it cannot be read as days: a
 * duration in months (a month has no fixed number of days), a time part that is not zero, or text
 * that is not a duration. A year is 365 days (two years are 730 days, the longest GDAP relationship,
 * GDAP-3). `PT0S` and `P0D` are 0 days. Never throws.
 */
export const durationDays = (raw: string | null | undefined): DaysRead | undefined => {
  if (raw === null || raw === undefined) return undefined
  const text = raw.trim().toUpperCase()
  const match = DURATION.exec(text)
  if (match === null || text === 'P' || text.endsWith('T')) return undefined
  const [, years, weeks, days] = match
  const n = (s: string | undefined): number => (s === undefined ? 0 : Number(s))
  return { days: n(years) * 365 + n(weeks) * 7 + n(days), years: years !== undefined }
}
