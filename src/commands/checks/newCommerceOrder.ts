/**
 * Checks on what a purchase or an order buys under the new commerce rules: new commerce terms only
 * once new commerce exists and only on seat-based kinds (NCE-1), terms and billing cycles Partner
 * Center knows (NCE-2), no legacy seat-based orders (NCE-3, NCE-20), trials of 25 seats (NCE-18)
 * and custom term end dates that align (NCE-21).
 *
 * @internal
 */
import { UTCDate } from '@date-fns/utc'
import { isLastDayOfMonth } from 'date-fns/isLastDayOfMonth'
import type { IsoDate, Region, TenantId } from '../../kernel/ids.js'
import { cycleMonths, firstTermEnd, termMonths, TRIAL_SEATS } from '../../model/newCommerceOrder.js'
import { subscriptionsOfCustomer } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import type { NewSubscription, OrderLine } from '../../model/subscription.js'
import { termEndOf } from '../../model/terms.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { fail, pass, type CheckContext, type CommandInputBase, type Finding, type RuleCheck } from '../contract.js'

/** A subscription a command buys: a purchase or an order line. */
type Bought = NewSubscription | OrderLine
type Ctx = CheckContext<CommandInputBase, object>

/** Where the subscriptions a command buys go: the lines, the customer tenant and its region (`null` when unknown). */
export interface Buying<C> {
  readonly lines: (c: C) => ReadonlyArray<Bought>
  readonly customer: (c: C) => TenantId
  readonly region: (c: C) => Region | null | undefined
}

const SEAT_BASED: ReadonlyArray<Bought['kind']> = ['licenseBased', 'addOn']
const PUBLIC_SECTOR: ReadonlyArray<string> = ['government', 'education']

/** A legacy seat-based purchase: a license-based subscription or add-on bought without new commerce terms. */
const legacySeatBased = (line: Bought) => SEAT_BASED.includes(line.kind) && line.newCommerce === undefined
/** Whether NCE-3 judges the line: commercial (the default segment), for a customer outside Brazil. */
const commercialOutsideBrazil = (line: Bought, region: Region | null | undefined) =>
  (line.segment ?? 'commercial') === 'commercial' && region !== 'BR'

const legacyRefused = (line: Bought, why: string) =>
  fail(
    'LegacyOrderRefused',
    [line.id],
    `Subscription ${line.id} (${line.offerId}) is a legacy seat-based order; ${why}`,
  )

/** Whether an ISO-8601 date is the last day of its month. */
const monthEnd = (date: IsoDate) => isLastDayOfMonth(new UTCDate(`${date}T00:00:00.000Z`))

/** Whether another active subscription of the customer ends on `date` with a term `line` may align to: annual and triennial terms never align to a monthly one (NCE-21). */
const alignsTo = (state: ProgramState, customer: TenantId, line: Bought, date: IsoDate): boolean => {
  const monthly = line.newCommerce?.termDuration === 'P1M'
  return subscriptionsOfCustomer(state, customer).some(
    (s) => s.status === 'active' && termEndOf(s) === date && (monthly || s.newCommerce?.termDuration !== 'P1M'),
  )
}

/** The NCE-2 findings on one line's term and billing cycle. */
const termFindings = (
  line: Bought,
): ReadonlyArray<Finding<'InvalidTermDuration' | 'InvalidBillingCycle' | 'BillingCycleLongerThanTerm'>> => {
  if (line.newCommerce === undefined) return pass
  const { termDuration, billingCycle } = line.newCommerce
  const term = termMonths(termDuration)
  const cycle = cycleMonths(billingCycle)
  if (term === undefined)
    return fail(
      'InvalidTermDuration',
      [line.id],
      `Term ${termDuration} of subscription ${line.id} is not P1M, P1Y or P3Y.`,
      800121,
    )
  if (cycle === undefined)
    return fail(
      'InvalidBillingCycle',
      [line.id],
      `Billing cycle ${billingCycle} of subscription ${line.id} is not monthly, annual or triennial.`,
    )
  return cycle > term
    ? fail(
        'BillingCycleLongerThanTerm',
        [line.id],
        `Subscription ${line.id} is billed ${billingCycle} on a ${termDuration} term: the billing cycle cannot be longer than the term.`,
        900270,
      )
    : pass
}

/** The NCE-21 findings on one line's custom term end date. */
const customEndFindings = <C extends Ctx>(
  c: C,
  buying: Buying<C>,
  line: Bought,
): ReadonlyArray<Finding<'InvalidCustomTermEnd'>> => {
  const date = line.newCommerce?.customTermEndDate
  if (date === undefined || line.newCommerce === undefined) return pass
  if (!inForceUnder(c.ruleSet, 'NCE-21'))
    return fail('InvalidCustomTermEnd', [line.id], 'Custom term end dates exist from 2022-03-10.', 900245)
  const end = firstTermEnd(line.newCommerce, c.input.at)
  const day = Number(date.slice(8, 10))
  if (end === undefined || date < c.input.at.slice(0, 10) || date > end)
    return fail(
      'InvalidCustomTermEnd',
      [line.id],
      `The custom term end date ${date} of subscription ${line.id} is not within its first term (through ${end ?? 'an unknown date'}).`,
      900245,
    )
  if (line.newCommerce.termDuration === 'P1M' && day >= 28 && !monthEnd(date))
    return fail(
      'InvalidCustomTermEnd',
      [line.id],
      `A monthly term cannot end on day ${day} of the month unless it is the month's last day (subscription ${line.id}).`,
      900245,
    )
  return monthEnd(date) || alignsTo(c.state, buying.customer(c), line, date)
    ? pass
    : fail(
        'InvalidCustomTermEnd',
        [line.id],
        `No subscription of the customer ends on ${date} with a term subscription ${line.id} may align to, and it is not a month's last day.`,
        900242,
      )
}

/** The new commerce checks on what a command buys (NCE-1, NCE-2, NCE-3, NCE-18, NCE-20, NCE-21). */
export const newCommerceOrderChecks = <C extends Ctx>(buying: Buying<C>): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'NCE-1',
    name: 'new commerce terms only from 2022-01-10, and only on license-based subscriptions and add-ons',
    always: true,
    check: (c) =>
      buying
        .lines(c)
        .flatMap((line) =>
          line.newCommerce === undefined
            ? pass
            : !inForceUnder(c.ruleSet, 'NCE-1')
              ? fail(
                  'NewCommerceNotAvailable',
                  [line.id],
                  `New commerce offers are sold from 2022-01-10 17:00 UTC; subscription ${line.id} is dated ${c.input.at}.`,
                )
              : SEAT_BASED.includes(line.kind)
                ? pass
                : fail(
                    'NewCommerceNotAvailable',
                    [line.id],
                    `The library models new commerce terms on license-based subscriptions and add-ons, not on a ${line.kind} subscription (${line.id}).`,
                  ),
        ),
  },
  {
    rule: 'NCE-2',
    name: 'the term is one Partner Center knows, and the billing cycle is not longer than the term',
    check: (c) => buying.lines(c).flatMap(termFindings),
  },
  {
    rule: 'NCE-3',
    name: 'a new commercial seat-based order is a new commerce order (Brazil excepted)',
    check: (c) =>
      buying
        .lines(c)
        .flatMap((line) =>
          legacySeatBased(line) && commercialOutsideBrazil(line, buying.region(c))
            ? legacyRefused(line, 'commercial seat-based offers are ordered in new commerce from 2022-03-10.')
            : pass,
        ),
  },
  {
    rule: 'NCE-20',
    name: 'every license-based purchase is new commerce, except five- and six-year public-sector legacy offers',
    check: (c) =>
      buying
        .lines(c)
        .flatMap((line) =>
          legacySeatBased(line) &&
          !commercialOutsideBrazil(line, buying.region(c)) &&
          !(PUBLIC_SECTOR.includes(line.segment ?? 'commercial') && line.legacyTermYears !== undefined)
            ? legacyRefused(
                line,
                'from 2024-09-01 license-based purchases are new commerce, except five- and six-year public-sector legacy offers.',
              )
            : pass,
        ),
  },
  {
    rule: 'NCE-18',
    name: 'a new commerce trial holds 25 seats',
    check: (c) =>
      buying
        .lines(c)
        .flatMap((line) =>
          line.newCommerce?.trial === true && line.seats !== TRIAL_SEATS
            ? fail(
                'InvalidTrial',
                [line.id],
                `A new commerce trial holds ${TRIAL_SEATS} seats; subscription ${line.id} asks for ${line.seats}.`,
              )
            : pass,
        ),
  },
  {
    rule: 'NCE-21',
    name: 'a custom term end date falls within the first term and aligns with a month end or another subscription',
    always: true,
    check: (c) => buying.lines(c).flatMap((line) => customEndFindings(c, buying, line)),
  },
]
