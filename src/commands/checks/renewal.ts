/**
 * The end of a subscription's term, as `renewSubscription` processes it: the legacy renewal (RST-7)
 * and, for new commerce subscriptions under the new commerce rules, the term-end processing (NCE-9,
 * NCE-10, NCE-11, NCE-18) and the move of legacy seat-based subscriptions into new commerce
 * (NCE-19). The checks of the command and the events it emits.
 *
 * @internal
 */
import type { DomainEvent } from '../../events/events.js'
import { defined } from '../../internal/invariant.js'
import type { IsoDate, IsoDateTime, SubscriptionId } from '../../kernel/ids.js'
import { cycleMonths } from '../../model/newCommerceOrder.js'
import { isNewCommerce, type Subscription } from '../../model/subscription.js'
import {
  daysAfter,
  hasTerm,
  nextTermEnd,
  termEndFrom,
  termEndOf,
  termEndStepDueOn,
  termEndStepOf,
  type TermEndStep,
} from '../../model/terms.js'
import { inForceUnder, type RuleSet } from '../../rules/ruleSets.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

type Ctx = CheckContext<
  CommandInputBase & { readonly subscriptionId: SubscriptionId },
  { readonly subscription: Subscription | undefined }
>

/** Whether the new commerce term-end processing judges the subscription under `set` (NCE-9, NCE-10, NCE-11). */
export const processedAtTermEnd = (s: Subscription, set: RuleSet): boolean =>
  isNewCommerce(s) && inForceUnder(set, 'NCE-11')

/** Whether Microsoft moves the subscription into new commerce when it renews under `set` (NCE-19). */
export const migratesAtRenewal = (s: Subscription, set: RuleSet): boolean =>
  (s.kind === 'licenseBased' || s.kind === 'addOn') && !isNewCommerce(s) && inForceUnder(set, 'NCE-19')

/** The term-end step due for the subscription under `set`: `renewal` only, outside the new commerce processing. */
const stepOf = (s: Subscription, set: RuleSet): TermEndStep | null =>
  processedAtTermEnd(s, set) ? termEndStepOf(s) : s.status === 'active' ? 'renewal' : null

/**
 * The subscription's status allows the end of its term (MOD-3, `SubscriptionNotChangeable`, code
 * 800091): active; under the new commerce processing also suspended, expired or disabled.
 */
export const termEndStatus = <C extends Ctx>(): RuleCheck<C> => ({
  rule: 'MOD-3',
  name: "the subscription's status allows the end of its term",
  check: ({ subscription: s, ruleSet }) =>
    s === undefined || stepOf(s, ruleSet) !== null
      ? pass
      : fail(
          'SubscriptionNotChangeable',
          [s.id],
          processedAtTermEnd(s, ruleSet)
            ? `New commerce subscription ${s.id} is ${s.status}: nothing happens at the end of its term.`
            : `A renewal needs a subscription that is active; ${s.id} is ${s.status}.`,
          800091,
        ),
})

/**
 * The subscription renews automatically (MOD-3, `AutoRenewOff`): one set not to renew ends with its
 * term. Under the new commerce processing it expires instead (NCE-10), so the check passes.
 */
export const autoRenews = <C extends Ctx>(): RuleCheck<C> => ({
  rule: 'MOD-3',
  name: 'the subscription renews automatically',
  check: ({ subscription: s, ruleSet }) =>
    s === undefined || s.autoRenew || processedAtTermEnd(s, ruleSet)
      ? pass
      : fail('AutoRenewOff', [s.id], `Subscription ${s.id} is set not to renew automatically; it ends with its term.`),
})

/** The first day the step due for the subscription may run: the day after its term, or later for an expired or disabled one. */
const dueOn = (s: Subscription, set: RuleSet, end: IsoDate): IsoDate => {
  const step = stepOf(s, set)
  return step === null ? daysAfter(end, 1) : termEndStepDueOn(s, step, end)
}

/**
 * Its term end is known (MOD-3) and the command is dated on or after the day its step is due
 * (MOD-6, `DatedBeforeFact`): the day after the last day of the term; for an expired new commerce
 * subscription 30 days later, for a disabled one 120 days after the term end (NCE-10).
 */
export const termEnded = <C extends Ctx>(): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'MOD-3',
    name: "the subscription's term end is known",
    check: ({ subscription: s }) =>
      s === undefined || !hasTerm(s) || termEndOf(s) !== null
        ? pass
        : fail(
            'SubscriptionNotChangeable',
            [s.id],
            `The term end of subscription ${s.id} is unknown (no purchase date nor commitment end date); import it with its commitmentEndDate to renew it.`,
          ),
  },
  {
    rule: 'MOD-6',
    name: "the command is dated after the last day of the subscription's term",
    check: ({ subscription: s, input, ruleSet }) => {
      const end = s === undefined ? null : termEndOf(s)
      if (s === undefined || end === null) return pass
      const due = dueOn(s, ruleSet, end)
      return input.at.slice(0, 10) >= due
        ? pass
        : fail(
            'DatedBeforeFact',
            [s.id],
            `The term of subscription ${s.id} runs through ${end}; what follows it happens from ${due}, not on ${input.at.slice(0, 10)}.`,
          )
    },
  },
]

/** The billing cycle a subscription migrated into a one-year new commerce term keeps: its own when a year allows it, else monthly (NCE-19). */
const migratedCycle = (s: Subscription): string => {
  const cycle = s.newCommerce?.billingCycle
  const months = cycle == null ? undefined : cycleMonths(cycle)
  return cycle != null && months !== undefined && months <= 12 ? cycle : 'monthly'
}

/** The renewal of a new commerce subscription into its next term, with its scheduled changes, or a trial's conversion (NCE-11, NCE-18). */
const newTerm = (s: Subscription, at: IsoDateTime, previousTermEnd: IsoDate): DomainEvent => {
  const terms = defined(s.newCommerce, 'the new commerce terms')
  const changes = terms.scheduledChanges ?? null
  const trial = terms.trialEndsAt != null
  const termDuration = changes?.termDuration ?? (trial ? 'P1Y' : (terms.termDuration ?? 'P1Y'))
  const billingCycle = changes?.billingCycle ?? (trial ? 'monthly' : (terms.billingCycle ?? 'monthly'))
  return {
    _tag: 'SubscriptionRenewed',
    at,
    subscriptionId: s.id,
    previousTermEnd,
    termEnd: changes?.customTermEndDate ?? termEndFrom(daysAfter(previousTermEnd, 1), termDuration),
    termStartedAt: at,
    offerId: changes?.offerId ?? s.offerId,
    seats: changes?.seats ?? s.seats,
    termDuration,
    billingCycle,
  }
}

/** The events of the end of the subscription's term, by the rules of `set`. */
export const termEndEvents = (s: Subscription, at: IsoDateTime, set: RuleSet): ReadonlyArray<DomainEvent> => {
  const previousTermEnd = defined(termEndOf(s) ?? undefined, 'the term end')
  const subscriptionId = s.id
  if (processedAtTermEnd(s, set)) {
    const step = defined(termEndStepOf(s) ?? undefined, 'the term-end step')
    if (step === 'renewal') return [newTerm(s, at, previousTermEnd)]
    if (step === 'expiry') return [{ _tag: 'SubscriptionExpired', at, subscriptionId, termEnd: previousTermEnd }]
    return [{ _tag: step === 'disabling' ? 'SubscriptionDisabled' : 'SubscriptionDeleted', at, subscriptionId }]
  }
  if (migratesAtRenewal(s, set))
    return [
      {
        _tag: 'SubscriptionMigratedToNewCommerce',
        at,
        subscriptionId,
        previousTermEnd,
        termEnd: termEndFrom(daysAfter(previousTermEnd, 1), 'P1Y'),
        termDuration: 'P1Y',
        billingCycle: migratedCycle(s),
      },
    ]
  return [
    { _tag: 'SubscriptionRenewed', at, subscriptionId, previousTermEnd, termEnd: nextTermEnd(s, previousTermEnd) },
  ]
}
