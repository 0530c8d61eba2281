/**
 * The new commerce terms a subscription bought in the model starts with (NCE-1, NCE-4, NCE-5,
 * NCE-18, NCE-21), from the terms its purchase or order line asked for.
 *
 * @module
 */
import { addDaysUtc } from '../kernel/dates.js'
import type { IsoDate, IsoDateTime } from '../kernel/ids.js'
import type { NewCommerceOrder, NewCommerceTerms } from './newCommerceTerms.js'
import { durationOf, lastDayOf, midnight } from './terms.js'

/** The seats of a new commerce trial (NCE-18). @category rules @since 0.2.0 */
export const TRIAL_SEATS = 25
/** The days a new commerce trial lasts (NCE-18). @category rules @since 0.2.0 */
export const TRIAL_DAYS = 30

/** The length in months of the terms Partner Center knows (NCE-1). */
const TERM_MONTHS: Readonly<Record<string, number>> = { P1M: 1, P1Y: 12, P3Y: 36 }
/** The length in months of the billing cycles Partner Center knows (NCE-1). */
const CYCLE_MONTHS: Readonly<Record<string, number>> = { monthly: 1, annual: 12, triennial: 36 }

/** The length in months of a term Partner Center knows, `undefined` for another value. @internal */
export const termMonths = (term: string): number | undefined =>
  Object.hasOwn(TERM_MONTHS, term) ? TERM_MONTHS[term] : undefined
/** The length in months of a billing cycle Partner Center knows, `undefined` for another value. @internal */
export const cycleMonths = (cycle: string): number | undefined =>
  Object.hasOwn(CYCLE_MONTHS, cycle) ? CYCLE_MONTHS[cycle] : undefined

/**
 * The last day (ISO-8601 date) of the first term of `terms` bought at `at`, before any custom end
 * date: the day before the same date one term later. For a trial, the day before its end.
 * `undefined` for a term Partner Center does not know.
 *
 * @internal
 */
export const firstTermEnd = (terms: NewCommerceOrder, at: IsoDateTime): IsoDate | undefined => {
  if (terms.trial === true) return lastDayOf(midnight(at), { days: TRIAL_DAYS })
  const duration = termMonths(terms.termDuration) === undefined ? undefined : durationOf(terms.termDuration)
  return duration === undefined ? undefined : lastDayOf(midnight(at), duration)
}

/**
 * The new commerce terms a subscription bought at `at` with `seats` starts with: the term and billing
 * cycle asked for, its commitment end date (the custom one if asked, else the end of the first term),
 * its cancellation window opening at `at` (NCE-4), one batch of seats with its own reduction window
 * (NCE-5), no scheduled changes, the trial's end (NCE-18) and no update yet. Built field by field.
 *
 * @internal
 */
export const termsBoughtAt = (terms: NewCommerceOrder, seats: number, at: IsoDateTime): NewCommerceTerms => ({
  termDuration: terms.termDuration,
  billingCycle: terms.billingCycle,
  commitmentEndDate: terms.customTermEndDate ?? firstTermEnd(terms, at) ?? null,
  refundableQuantity: null,
  cancellationAllowedUntil: null,
  experience: 'newCommerce',
  termStartedAt: at,
  seatBatches: [{ quantity: seats, addedAt: at, refundableUntil: null }],
  scheduledChanges: null,
  trialEndsAt: terms.trial === true ? addDaysUtc(at, TRIAL_DAYS) : null,
  updateCount: 0,
})
