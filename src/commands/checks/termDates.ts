/**
 * The findings on new commerce terms and term end dates, shared by purchases, orders and the
 * commands that change a subscription's terms: terms and billing cycles Partner Center knows (NCE-2)
 * and custom term end dates that fall within the term and align (NCE-21).
 *
 * @internal
 */
import { UTCDateMini } from '@date-fns/utc/date/mini'
import { isLastDayOfMonth } from 'date-fns/isLastDayOfMonth'
import type { IsoDate, SubscriptionId, TenantId } from '../../kernel/ids.js'
import { cycleMonths, termMonths } from '../../model/newCommerceOrder.js'
import { subscriptionsOfCustomer } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { termEndOf } from '../../model/terms.js'
import type { RuleSet } from '../../rules/ruleSets.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { fail, pass, type Finding } from '../contract.js'

/** A term and a billing cycle as Partner Center writes them. */
export interface TermAndCycle {
  readonly termDuration: string
  readonly billingCycle: string
}

/** The NCE-2 findings on a term and billing cycle (codes 800121, 900270; subjects: the subscription). */
export const termFindings = (
  id: SubscriptionId,
  t: TermAndCycle,
): ReadonlyArray<Finding<'InvalidTermDuration' | 'InvalidBillingCycle' | 'BillingCycleLongerThanTerm'>> => {
  const term = termMonths(t.termDuration)
  const cycle = cycleMonths(t.billingCycle)
  if (term === undefined)
    return fail(
      'InvalidTermDuration',
      [id],
      `Term ${t.termDuration} of subscription ${id} is not P1M, P1Y or P3Y.`,
      800121,
    )
  if (cycle === undefined)
    return fail(
      'InvalidBillingCycle',
      [id],
      `Billing cycle ${t.billingCycle} of subscription ${id} is not monthly, annual or triennial.`,
    )
  return cycle > term
    ? fail(
        'BillingCycleLongerThanTerm',
        [id],
        `Subscription ${id} is billed ${t.billingCycle} on a ${t.termDuration} term: the billing cycle cannot be longer than the term.`,
        900270,
      )
    : pass
}

/** Whether an ISO-8601 date is the last day of its month. */
const monthEnd = (date: IsoDate) => isLastDayOfMonth(new UTCDateMini(`${date}T00:00:00.000Z`))

/**
 * Whether another active subscription of the customer (not `self`) ends on `date` with a term a
 * `termDuration` term may align to: annual and triennial terms never align to a monthly one.
 */
const alignsTo = (state: ProgramState, customer: TenantId, self: SubscriptionId, termDuration: string, date: IsoDate) =>
  subscriptionsOfCustomer(state, customer).some(
    (s) =>
      s.id !== self &&
      s.status === 'active' &&
      termEndOf(s) === date &&
      (termDuration === 'P1M' || s.newCommerce?.termDuration !== 'P1M'),
  )

/** A custom term end date to judge: the subscription, its customer, the term it ends and the days it may fall on. */
export interface CustomTermEnd {
  readonly id: SubscriptionId
  readonly customer: TenantId
  readonly termDuration: string
  readonly date: IsoDate
  /** The first and last day of the term the date ends (`last` undefined for a term Partner Center does not know). */
  readonly first: IsoDate
  readonly last: IsoDate | undefined
}

/**
 * The NCE-21 findings on a custom term end date (subjects: the subscription): none before
 * 2022-03-10; within its term (code 900245); on a monthly term, not on the 28th to 30th unless
 * that is the month's last day (900245); on a month's last day or on the term end of another
 * active subscription of the customer with a term it may align to (900242).
 */
export const customEndFindings = (
  state: ProgramState,
  set: RuleSet,
  end: CustomTermEnd,
): ReadonlyArray<Finding<'InvalidCustomTermEnd'>> => {
  const { id, date, first, last, termDuration } = end
  if (!inForceUnder(set, 'NCE-21'))
    return fail('InvalidCustomTermEnd', [id], 'Custom term end dates exist from 2022-03-10.', 900245)
  const day = Number(date.slice(8, 10))
  if (last === undefined || date < first || date > last)
    return fail(
      'InvalidCustomTermEnd',
      [id],
      `The custom term end date ${date} of subscription ${id} is not within its term (${first} to ${last ?? 'an unknown date'}).`,
      900245,
    )
  if (termDuration === 'P1M' && day >= 28 && !monthEnd(date))
    return fail(
      'InvalidCustomTermEnd',
      [id],
      `A monthly term cannot end on day ${day} of the month unless it is the month's last day (subscription ${id}).`,
      900245,
    )
  return monthEnd(date) || alignsTo(state, end.customer, id, termDuration, date)
    ? pass
    : fail(
        'InvalidCustomTermEnd',
        [id],
        `No other subscription of the customer ends on ${date} with a term subscription ${id} may align to, and it is not a month's last day.`,
        900242,
      )
}
