/**
 * The new commerce checks of an upgrade (NCE-13, NCE-14): an active source that does not go down,
 * and an existing target that is active, past its cancellation window, with a term no shorter than
 * the source's and an end no earlier; the seats of a partial upgrade; and the events of an upgrade
 * into another subscription.
 *
 * @internal
 */
import type { DomainEvent } from '../../events/events.js'
import type { SubscriptionId, TenantId } from '../../kernel/ids.js'
import { cancellationWindowEnd } from '../../model/newCommerce.js'
import { termMonths } from '../../model/newCommerceOrder.js'
import { upgradeDirection } from '../../model/offerLadders.js'
import { isNewCommerce, type Subscription } from '../../model/subscription.js'
import { termEndOf } from '../../model/terms.js'
import { inForceUnder, type RuleSet } from '../../rules/ruleSets.js'
import { unknownFact } from '../building.js'
import { fail, pass, type CheckContext, type CommandInputBase, type Finding, type RuleCheck } from '../contract.js'

/** The fields of an upgrade input these checks read. */
type UpgradeInput = CommandInputBase & {
  readonly providerTenantId: TenantId
  readonly subscriptionId: SubscriptionId
  readonly offerId: string
  readonly toSubscriptionId?: SubscriptionId
  readonly seats?: number
}
/** What an upgrade loads: the source and, when the input names one the state holds, the target. */
export type UpgradeLoaded = {
  readonly subscription: Subscription | undefined
  readonly target: Subscription | undefined
}
type Ctx = CheckContext<UpgradeInput, UpgradeLoaded>

/** Whether the new commerce upgrade rules judge the source under `set` (NCE-13). */
const judged = (s: Subscription | undefined, set: RuleSet): s is Subscription =>
  s !== undefined && isNewCommerce(s) && inForceUnder(set, 'NCE-13')

/** Whether the upgrade moves fewer seats than the source holds. */
const partial = ({ input, subscription: s }: Ctx): boolean =>
  s !== undefined && input.seats !== undefined && input.seats < s.seats

/** Whether the upgrade goes into another subscription: an existing target, or one a partial upgrade creates. */
export const intoAnother = (c: Ctx): boolean => c.input.toSubscriptionId !== undefined || partial(c)

/**
 * The findings on an existing target (NCE-13; codes 900258, 900267, 900236; subjects: the target, then
 * the source); a target whose cancellation window end is unknown (imported without one) gives a
 * `FactUnknown` warning instead of that verdict.
 */
type TargetTag =
  'UpgradeSubscriptionNotActive' | 'TargetInCancellationWindow' | 'TargetTermShorter' | 'TargetEndsBeforeSource'
const targetFindings = (c: Ctx, s: Subscription, t: Subscription): ReadonlyArray<Finding<TargetTag>> => {
  if (t.status !== 'active')
    return fail(
      'UpgradeSubscriptionNotActive',
      [t.id],
      `The target subscription ${t.id} is ${t.status}, not active.`,
      900258,
    )
  const windowEnd = cancellationWindowEnd(t, c.ruleSet)
  const findings: Array<Finding<TargetTag>> = []
  if (windowEnd === null)
    findings.push(
      ...unknownFact(
        [t.id],
        `The end of the cancellation window of the target subscription ${t.id} is unknown (neither its purchase instant nor cancellationAllowedUntilDate is known), so whether it is past it is not judged; import the subscription (GET /v1/customers/{id}/subscriptions/{id}) to know.`,
      ),
    )
  else if (c.input.at < windowEnd)
    findings.push(
      ...fail(
        'TargetInCancellationWindow',
        [t.id],
        `The target subscription ${t.id} is inside its cancellation window until ${windowEnd}.`,
      ),
    )
  const from = termMonths(s.newCommerce?.termDuration ?? '')
  const to = termMonths(t.newCommerce?.termDuration ?? '')
  if (from !== undefined && to !== undefined && to < from)
    findings.push(
      ...fail(
        'TargetTermShorter',
        [t.id, s.id],
        `The target's term (${t.newCommerce?.termDuration}) is shorter than the source's (${s.newCommerce?.termDuration}).`,
        900267,
      ),
    )
  const sourceEnd = termEndOf(s)
  const targetEnd = termEndOf(t)
  if (sourceEnd !== null && targetEnd !== null && targetEnd < sourceEnd)
    findings.push(
      ...fail(
        'TargetEndsBeforeSource',
        [t.id, s.id],
        `The target ends on ${targetEnd}, before the source (${sourceEnd}).`,
        900236,
      ),
    )
  return findings
}

/**
 * The new commerce upgrade checks (NCE-13): the source is active (`UpgradeSubscriptionNotActive`)
 * and the offer does not rank below it (`UpgradeIsDowngrade`); an existing target passes
 * {@link targetFindings}.
 */
export const newCommerceUpgradeChecks = <C extends Ctx>(): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'NCE-13',
    name: 'an upgrade starts from an active subscription and never goes down',
    check: ({ subscription: s, input, ruleSet }) => {
      if (!judged(s, ruleSet)) return pass
      if (s.status !== 'active')
        return fail(
          'UpgradeSubscriptionNotActive',
          [s.id],
          `Subscription ${s.id} is ${s.status}: upgrades start only from active subscriptions.`,
          900258,
        )
      return upgradeDirection(s.offerId, input.offerId) === 'down'
        ? fail(
            'UpgradeIsDowngrade',
            [s.id],
            `Offer ${input.offerId} ranks below ${s.offerId}: downgrades are not offered.`,
          )
        : pass
    },
  },
  {
    rule: 'NCE-13',
    name: 'an existing target is active, past its cancellation window, with a term no shorter and an end no earlier',
    check: (c) =>
      judged(c.subscription, c.ruleSet) && c.target !== undefined ? targetFindings(c, c.subscription, c.target) : pass,
  },
]

/**
 * The shape of an upgrade into another subscription (MOD-1, MOD-3, MOD-5, MOD-8, ROL-2): only new
 * commerce subscriptions upgrade into another one; a partial upgrade names the subscription it
 * creates or fills; a full upgrade names an existing target; the seats are at most the source's;
 * an existing target is new commerce, of the same customer, billed to the provider, on the offer
 * upgraded to.
 */
export const upgradeTargetChecks = <C extends Ctx>(): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'MOD-3',
    name: 'only a new commerce subscription upgrades into another subscription, on the offer upgraded to',
    check: (c) => {
      const { subscription: s, target: t, input } = c
      if (s === undefined || !intoAnother(c)) return pass
      if (!isNewCommerce(s))
        return fail(
          'SubscriptionNotChangeable',
          [s.id],
          `Partial upgrades and upgrades into another subscription apply to new commerce subscriptions; ${s.id} is not one.`,
        )
      if (t === undefined) return pass
      return isNewCommerce(t) && t.offerId === input.offerId && t.id !== s.id
        ? pass
        : fail(
            'SubscriptionNotChangeable',
            [t.id],
            `Subscription ${t.id} cannot receive an upgrade of ${s.id} to ${input.offerId}: it must be another new commerce subscription on that offer.`,
          )
    },
  },
  {
    rule: 'MOD-5',
    name: 'an upgrade moves at most the seats of the source',
    check: ({ subscription: s, input }) =>
      s === undefined || input.seats === undefined || input.seats <= s.seats
        ? pass
        : fail(
            'ValueOutOfRange',
            [s.id],
            `Subscription ${s.id} holds ${s.seats} seats; ${input.seats} cannot be upgraded.`,
          ),
  },
  {
    rule: 'MOD-8',
    name: 'a partial upgrade names the subscription it creates or fills',
    check: (c) =>
      partial(c) && c.input.toSubscriptionId === undefined
        ? fail(
            'InvalidInput',
            [c.input.subscriptionId],
            'A partial upgrade names toSubscriptionId: an existing target, or the ID of the subscription it creates.',
          )
        : pass,
  },
  {
    rule: 'MOD-1',
    name: 'the target of a full upgrade is known',
    check: (c) =>
      c.input.toSubscriptionId !== undefined && c.target === undefined && !partial(c)
        ? fail(
            'UnknownSubscription',
            [c.input.toSubscriptionId],
            `No subscription ${c.input.toSubscriptionId} is known; only a partial upgrade creates one.`,
          )
        : pass,
  },
  {
    rule: 'ROL-2',
    name: 'an existing target belongs to the same customer and is billed to the provider',
    check: ({ subscription: s, target: t, input }) =>
      s === undefined ||
      t === undefined ||
      (t.customerTenantId === s.customerTenantId && t.billedBy === input.providerTenantId)
        ? pass
        : fail(
            'NoResellerRelationship',
            [t.id, input.providerTenantId],
            `Subscription ${t.id} is not a subscription of customer ${s.customerTenantId} billed to ${input.providerTenantId}.`,
            20002,
          ),
  },
]

/** The event of an upgrade into another subscription: the seats move, into the target or a new subscription (NCE-13, NCE-14). */
export const transitioned = (c: Ctx, s: Subscription, to: SubscriptionId): DomainEvent => ({
  _tag: 'SubscriptionTransitioned',
  at: c.input.at,
  subscriptionId: s.id,
  toSubscriptionId: to,
  offerId: c.input.offerId,
  seats: c.input.seats ?? s.seats,
  created: c.target === undefined,
})
