/**
 * Checks of the commands that change a new commerce subscription's terms (`scheduleNextTermChanges`,
 * `changeTerm`): a new commerce subscription whose term is known (MOD-3), terms Partner Center knows
 * (NCE-2), changes scheduled only when they may be (NCE-12), custom term end dates within the first
 * new term (NCE-21) and terms that only grow in the middle of a term (NCE-15).
 *
 * @internal
 */
import type { IsoDate, SubscriptionId } from '../../kernel/ids.js'
import { cycleMonths, termMonths } from '../../model/newCommerceOrder.js'
import { isNewCommerce, type Subscription } from '../../model/subscription.js'
import { daysAfter, termEndFrom, termEndOf, termStartOf } from '../../model/terms.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { customEndFindings, termFindings, type TermAndCycle } from './termDates.js'

type Ctx = CheckContext<
  CommandInputBase & { readonly subscriptionId: SubscriptionId },
  { readonly subscription: Subscription | undefined }
>

/**
 * The subscription is a new commerce subscription whose current term the state knows (MOD-3,
 * `SubscriptionNotChangeable`; subjects: the subscription).
 */
export const newCommerceTermKnown = <C extends Ctx>(change: string): RuleCheck<C> => ({
  rule: 'MOD-3',
  name: `${change} applies to a new commerce subscription whose term is known`,
  check: ({ subscription: s }) =>
    s === undefined || (isNewCommerce(s) && termStartOf(s) !== null && termEndOf(s) !== null)
      ? pass
      : fail(
          'SubscriptionNotChangeable',
          [s.id],
          isNewCommerce(s)
            ? `The term of subscription ${s.id} is unknown (its start or its end); import it with its commitment end date and effective start date to make ${change}.`
            : `${change} applies to new commerce subscriptions; ${s.id} is not one.`,
        ),
})

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

/**
 * A custom term end date scheduled for the next term (with the scheduled term) is judged as at a
 * purchase (NCE-21, `InvalidCustomTermEnd`, codes 900245 and 900242; subjects: the subscription):
 * within the first new term, not on the 28th to 30th of a monthly term unless that is the month's
 * last day, and on a month's last day or the term end of another active subscription of the
 * customer it may align to. Custom term end dates exist from 2022-03-10: an earlier one is refused.
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
    const first = daysAfter(end, 1)
    return customEndFindings(c.state, c.ruleSet, {
      id: s.id,
      customer: s.customerTenantId,
      termDuration: changes.termDuration,
      date,
      first,
      last: termMonths(changes.termDuration) === undefined ? undefined : termEndFrom(first, changes.termDuration),
    })
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
