/**
 * Checks of the commands that change a new commerce subscription's terms (`scheduleNextTermChanges`,
 * `changeTerm`): a new commerce subscription whose term is known (MOD-3), terms Partner Center knows
 * (NCE-2), changes scheduled only when they may be (NCE-12), custom term end dates within the first
 * new term (NCE-21) and terms that only grow in the middle of a term (NCE-15).
 *
 * @internal
 */
import { UTCDate } from '@date-fns/utc'
import { isLastDayOfMonth } from 'date-fns/isLastDayOfMonth'
import type { IsoDate, SubscriptionId } from '../../kernel/ids.js'
import { cycleMonths, termMonths } from '../../model/newCommerceOrder.js'
import { isNewCommerce, type Subscription } from '../../model/subscription.js'
import { daysAfter, termEndFrom, termEndOf, termStartOf } from '../../model/terms.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { fail, pass, type CheckContext, type CommandInputBase, type Finding, type RuleCheck } from '../contract.js'

type Ctx = CheckContext<
  CommandInputBase & { readonly subscriptionId: SubscriptionId },
  { readonly subscription: Subscription | undefined }
>

/** A term and a billing cycle as Partner Center writes them. */
export interface TermAndCycle {
  readonly termDuration: string
  readonly billingCycle: string
}

/**
 * The subscription is a new commerce subscription whose current term the state knows (MOD-3,
 * `SubscriptionNotChangeable`; subjects: the subscription).
 */
export const newCommerceTermKnown = <C extends Ctx>(change: string): RuleCheck<C> => ({
  rule: 'MOD-3',
  name: `${change} applies to a new commerce subscription whose term is known`,
  check: ({ subscription: s }) =>
    s === undefined || (isNewCommerce(s) && termStartOf(s) !== null)
      ? pass
      : fail(
          'SubscriptionNotChangeable',
          [s.id],
          isNewCommerce(s)
            ? `The term of subscription ${s.id} is unknown (no commitment end date); import it to make ${change}.`
            : `${change} applies to new commerce subscriptions; ${s.id} is not one.`,
        ),
})

/** The NCE-2 findings on a term and billing cycle (codes 800121, 900270; subjects: the subscription). */
const termFindings = (
  id: SubscriptionId,
  t: TermAndCycle,
): ReadonlyArray<Finding<'InvalidTermDuration' | 'InvalidBillingCycle' | 'BillingCycleLongerThanTerm'>> => {
  const term = termMonths(t.termDuration)
  const cycle = cycleMonths(t.billingCycle)
  if (term === undefined)
    return fail(
      'InvalidTermDuration',
      [id],
      `Term ${t.termDuration} is not P1M, P1Y or P3Y (subscription ${id}).`,
      800121,
    )
  if (cycle === undefined)
    return fail(
      'InvalidBillingCycle',
      [id],
      `Billing cycle ${t.billingCycle} is not monthly, annual or triennial (subscription ${id}).`,
    )
  return cycle > term
    ? fail(
        'BillingCycleLongerThanTerm',
        [id],
        `A ${t.billingCycle} billing cycle is longer than a ${t.termDuration} term (subscription ${id}).`,
        900270,
      )
    : pass
}

/**
 * The term and billing cycle `terms(c)` gives, when it gives one, are ones Partner Center knows, and
 * the billing cycle is not longer than the term (NCE-2).
 */
export const knownTerms = <C extends Ctx>(terms: (c: C) => TermAndCycle | null): RuleCheck<C> => ({
  rule: 'NCE-2',
  name: 'the term is one Partner Center knows, and the billing cycle is not longer than the term',
  check: (c) => {
    const t = terms(c)
    return t === null ? pass : termFindings(c.input.subscriptionId, t)
  },
})

/**
 * Changes for the next term are scheduled only on an active subscription with auto-renew on
 * (NCE-12, `ScheduledChangesNotAllowed`; subjects: the subscription). Clearing them is always
 * allowed.
 */
export const schedulingAllowed = <C extends Ctx>(scheduling: (c: C) => boolean): RuleCheck<C> => ({
  rule: 'NCE-12',
  name: 'changes for the next term are scheduled on an active subscription that renews automatically',
  check: (c) => {
    const s = c.subscription
    return s === undefined || !scheduling(c) || (s.status === 'active' && s.autoRenew)
      ? pass
      : fail(
          'ScheduledChangesNotAllowed',
          [s.id],
          `Subscription ${s.id} is ${s.status}${s.autoRenew ? '' : ' and set not to renew'}: changes for its next term are scheduled only on an active subscription with auto-renew on.`,
        )
  },
})

/** Whether an ISO-8601 date is the last day of its month. */
const monthEnd = (date: IsoDate) => isLastDayOfMonth(new UTCDate(`${date}T00:00:00.000Z`))

/**
 * A custom term end date scheduled for the next term (`date(c)`, with the scheduled term) falls
 * within the first new term, and a monthly term ends on the 28th, 29th or 30th only when that is
 * the month's last day (NCE-21, `InvalidCustomTermEnd`, code 900245; subjects: the subscription).
 * Custom term end dates exist from 2022-03-10: an earlier one is refused.
 */
export const customTermEndInNextTerm = <C extends Ctx>(
  scheduled: (c: C) => { readonly termDuration: string; readonly customTermEndDate: IsoDate | null } | null,
): RuleCheck<C> => ({
  rule: 'NCE-21',
  name: 'a custom term end date falls within the first new term',
  always: true,
  check: (c) => {
    const s = c.subscription
    const changes = scheduled(c)
    const date = changes?.customTermEndDate ?? null
    const end = s === undefined ? null : termEndOf(s)
    if (s === undefined || changes === null || date === null || end === null) return pass
    if (!inForceUnder(c.ruleSet, 'NCE-21'))
      return fail('InvalidCustomTermEnd', [s.id], 'Custom term end dates exist from 2022-03-10.', 900245)
    const first = daysAfter(end, 1)
    const last = termEndFrom(first, changes.termDuration)
    const day = Number(date.slice(8, 10))
    if (date < first || date > last)
      return fail(
        'InvalidCustomTermEnd',
        [s.id],
        `The custom term end date ${date} of subscription ${s.id} is not within its next term (${first} to ${last}).`,
        900245,
      )
    return changes.termDuration === 'P1M' && day >= 28 && !monthEnd(date)
      ? fail(
          'InvalidCustomTermEnd',
          [s.id],
          `A monthly term cannot end on day ${day} of the month unless it is the month's last day (subscription ${s.id}).`,
          900245,
        )
      : pass
  },
})

/**
 * In the middle of a term the term only grows (NCE-15, `TermShortened`, code 800122), and the
 * billing cycle never becomes as long as a term of a year or more when the plan changes (upfront
 * billing, `UpfrontBillingMidTerm`). Subjects: the subscription. A current term the library cannot
 * read passes.
 */
export const termOnlyGrows = <C extends Ctx>(next: (c: C) => TermAndCycle): RuleCheck<C> => ({
  rule: 'NCE-15',
  name: 'in the middle of a term the term only grows, and upfront billing is not chosen',
  check: (c) => {
    const s = c.subscription
    const t = next(c)
    const current = s?.newCommerce?.termDuration
    const from = current == null ? undefined : termMonths(current)
    const to = termMonths(t.termDuration)
    if (s === undefined || from === undefined || to === undefined) return pass
    if (to < from)
      return fail(
        'TermShortened',
        [s.id],
        `The term of subscription ${s.id} is ${current}; in the middle of a term it cannot become ${t.termDuration}.`,
        800122,
      )
    const changed = t.termDuration !== current || t.billingCycle !== s.newCommerce?.billingCycle
    return changed && to > 1 && cycleMonths(t.billingCycle) === to
      ? fail(
          'UpfrontBillingMidTerm',
          [s.id],
          `Billing a ${t.termDuration} term ${t.billingCycle} is upfront billing, chosen only at purchase (subscription ${s.id}).`,
        )
      : pass
  },
})
