/**
 * Subscription terms (RST-7): which subscriptions run for a term that renews, when a term ends and
 * when the next one ends.
 *
 * @module
 */
import { UTCDateMini } from '@date-fns/utc/date/mini'
import type { Duration } from 'date-fns'
import { add } from 'date-fns/add'
import { addDays } from 'date-fns/addDays'
import type { IsoDate } from '../kernel/ids.js'
import type { Subscription, SubscriptionKind } from './subscription.js'

/**
 * The kinds of subscription that run for a term and renew at its end (RST-7): license-based
 * subscriptions and their add-ons, software subscriptions and reservations. A usage-based Azure plan
 * is billed until it is cancelled, without a term; perpetual software is bought once.
 *
 * @category models
 * @since 0.2.0
 */
export const TERMED_KINDS: ReadonlyArray<SubscriptionKind> = [
  'licenseBased',
  'addOn',
  'softwareSubscription',
  'reservation',
]

/** The last calendar day the date codecs accept; terms that would end later end then. */
const LAST_DAY = '9999-12-31'

/** The length of a term written as Partner Center writes it (`P1M`, `P1Y`, `P3Y`, …), if it is one. @internal */
export const durationOf = (text: string | null | undefined): Duration | undefined => {
  const m = /^P(\d{1,4})([YMWD])$/.exec(text ?? '')
  if (m === null || Number(m[1]) === 0) return undefined
  const n = Number(m[1])
  return m[2] === 'Y' ? { years: n } : m[2] === 'M' ? { months: n } : m[2] === 'W' ? { weeks: n } : { days: n }
}

/** The last day of a term of length `term` that starts on `start`, held to {@link LAST_DAY}. @internal */
export const lastDayOf = (start: Date, term: Duration): IsoDate => {
  const end = addDays(add(start, term), -1)
  // past year 9999 the ISO form grows a sign and six year digits: held to the last day
  const text = Number.isNaN(end.getTime()) ? LAST_DAY : end.toISOString()
  return (/^\d{4}-/.test(text) && text.slice(0, 10) <= LAST_DAY ? text.slice(0, 10) : LAST_DAY) as IsoDate
}

/** Midnight UTC of the calendar day an ISO-8601 date or instant names. @internal */
export const midnight = (day: string) => new UTCDateMini(`${day.slice(0, 10)}T00:00:00.000Z`)

/**
 * Whether the subscription runs for a term that renews: one of {@link TERMED_KINDS}, or one whose
 * term end is known (an imported commitment end date, or a renewal).
 *
 * @category queries
 * @since 0.2.0
 */
export const hasTerm = (s: Subscription): boolean =>
  TERMED_KINDS.includes(s.kind) || s.newCommerce?.commitmentEndDate != null || s.termEnd !== undefined

/**
 * The length of the subscription's term: its new commerce term duration when Partner Center gave one
 * it can read (`P1M`, `P1Y`, `P3Y`), else one year (the library's reading for a subscription bought in
 * the model; the seeds do not say).
 */
const termOf = (s: Subscription): Duration => durationOf(s.newCommerce?.termDuration) ?? { years: 1 }

/**
 * The last day of the subscription's current term (ISO-8601 date; the term runs through it, as
 * Partner Center's `commitmentEndDate`): the imported commitment end date if there is one, else the
 * term end its last renewal set, else the last day of its first term from its purchase date. A term
 * lasts the new commerce term duration when Partner Center gave one it can read (`P1M`, `P1Y`,
 * `P3Y`), else one year (the library's reading; the seeds do not say). `null` for a subscription without a term ({@link hasTerm}) or bought on an
 * unknown date.
 *
 * @example
 * ```ts
 * import { getSubscription, termEndOf } from 'csp-channel'
 * // a license-based subscription bought on 2019-01-09 in the model, without new commerce terms
 * const subscription = getSubscription(state, subscriptionId)
 * subscription === undefined ? null : termEndOf(subscription) // '2020-01-08'
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const termEndOf = (s: Subscription): IsoDate | null =>
  s.newCommerce?.commitmentEndDate ??
  s.termEnd ??
  (hasTerm(s) && s.createdAt !== null ? lastDayOf(midnight(s.createdAt), termOf(s)) : null)

/**
 * The last day of the term that follows a term ending on `termEnd`: one more term of the
 * subscription's length (see {@link termEndOf}), starting the day after. Held to 9999-12-31.
 *
 * @category queries
 * @since 0.2.0
 */
export const nextTermEnd = (s: Subscription, termEnd: IsoDate): IsoDate =>
  lastDayOf(addDays(midnight(termEnd), 1), termOf(s))

/** The days a new commerce subscription stays expired, then disabled, after its term (NCE-10). @category rules @since 0.2.0 */
export const EXPIRED_DAYS = 30
/** The days a new commerce subscription stays disabled before Microsoft deletes it (NCE-10). @category rules @since 0.2.0 */
export const DISABLED_DAYS = 90

/** The calendar day `days` days after `date` (ISO-8601 dates), held to 9999-12-31. @internal */
export const daysAfter = (date: IsoDate, days: number): IsoDate => lastDayOf(midnight(date), { days: days + 1 })

/** The last day of a term of `termDuration` (`P1M`, `P1Y`, `P3Y`; else one year) that starts on `start`. @internal */
export const termEndFrom = (start: IsoDate, termDuration: string | null | undefined): IsoDate =>
  lastDayOf(midnight(start), durationOf(termDuration) ?? { years: 1 })

/**
 * The first day of the subscription's current term (ISO-8601 date): the day its term started when
 * the state knows it (`termStartedAt`), else the day after the end of the term before the current
 * one, counted back from {@link termEndOf}. `null` when the term end is unknown.
 *
 * @internal
 */
export const termStartOf = (s: Subscription): IsoDate | null => {
  const started = s.newCommerce?.termStartedAt
  if (started !== undefined) return started.slice(0, 10) as IsoDate
  const end = termEndOf(s)
  return end === null ? null : daysAfter(lastDayOf(addDays(midnight(end), 1), negate(termOf(s))), 1)
}

/** The same duration, backwards. */
const negate = (d: Duration): Duration =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k, -(v as number)])) as Duration

/**
 * What Microsoft does to a new commerce subscription once its term is over (NCE-9, NCE-10,
 * NCE-11): `renewal` (active, renewing automatically), `expiry` (active, set not to renew),
 * `disabling` (still suspended at term end, or expired for 30 days) or `deletion` (disabled for 90
 * days); `null` for a cancelled subscription.
 *
 * @category models
 * @since 0.2.0
 */
export type TermEndStep = 'renewal' | 'expiry' | 'disabling' | 'deletion'

/** The step {@link TermEndStep} due for the subscription, by its status and auto-renew. @internal */
export const termEndStepOf = (s: Pick<Subscription, 'status' | 'autoRenew'>): TermEndStep | null =>
  s.status === 'active'
    ? s.autoRenew
      ? 'renewal'
      : 'expiry'
    : s.status === 'suspended' || s.status === 'expired'
      ? 'disabling'
      : s.status === 'disabled'
        ? 'deletion'
        : null

/**
 * The first day (ISO-8601 date) the term-end step of a new commerce subscription may run, for a term
 * ending on `termEnd`: the day after it for a renewal, an expiry or the disabling of a subscription
 * still suspended (NCE-9, NCE-11); 30 days later for the disabling of an expired one; 120 days
 * after the term end for the deletion, whichever way the subscription was disabled (NCE-10; the
 * library's reading, as the state does not record when it was disabled and the lifecycle page
 * gives no length to the disabled state of a subscription suspended at term end).
 *
 * @internal
 */
export const termEndStepDueOn = (s: Pick<Subscription, 'status'>, step: TermEndStep, termEnd: IsoDate): IsoDate =>
  step === 'deletion'
    ? daysAfter(termEnd, 1 + EXPIRED_DAYS + DISABLED_DAYS)
    : daysAfter(termEnd, step === 'disabling' && s.status === 'expired' ? 1 + EXPIRED_DAYS : 1)
