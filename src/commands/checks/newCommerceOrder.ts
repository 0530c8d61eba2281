/**
 * Checks on what a purchase or an order buys under the new commerce rules: new commerce terms only
 * once new commerce exists and only on seat-based kinds (NCE-1), terms and billing cycles Partner
 * Center knows (NCE-2), no legacy seat-based orders (NCE-3, NCE-20), trials of 25 seats (NCE-18)
 * and custom term end dates that align (NCE-21).
 *
 * @internal
 */
import type { IsoDate, Region, TenantId } from '../../kernel/ids.js'
import { firstTermEnd, TRIAL_SEATS } from '../../model/newCommerceOrder.js'
import type { NewSubscription, OrderLine } from '../../model/subscription.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { customEndFindings, termFindings } from './termDates.js'

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
    check: (c) =>
      buying
        .lines(c)
        .flatMap((line) => (line.newCommerce === undefined ? pass : termFindings(line.id, line.newCommerce))),
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
    check: (c) =>
      buying.lines(c).flatMap((line) => {
        const terms = line.newCommerce
        const date = terms?.customTermEndDate
        return terms === undefined || date === undefined
          ? pass
          : customEndFindings(c.state, c.ruleSet, {
              id: line.id,
              customer: buying.customer(c),
              termDuration: terms.termDuration,
              date,
              first: c.input.at.slice(0, 10) as IsoDate,
              last: firstTermEnd(terms, c.input.at),
            })
      }),
  },
]
