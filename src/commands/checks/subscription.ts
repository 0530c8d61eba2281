/**
 * Shared look-up and checks of the commands that change an existing subscription (change seats,
 * suspend, cancel, reactivate): the subscription exists, is billed to the acting partner, and its
 * status allows the change.
 *
 * @internal
 */
import { SubscriptionId, TenantId } from '../../kernel/ids.js'
import { getRelationship, getSubscription } from '../../model/queries.js'
import type { ResellerRelationship } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import type { Subscription, SubscriptionKind, SubscriptionStatus } from '../../model/subscription.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { rolesFor, SALES_ROLES } from './actor.js'
import { notBefore } from './integrity.js'
import { closedNewCommerce, newCommerceNotClosed } from './newCommerce.js'
import { loadPartner, partnerActs, type PartnerContext, type PartnerInput } from './partner.js'

/** Input fields of a subscription change. */
export const subscriptionChangeFields = { partnerTenantId: TenantId, subscriptionId: SubscriptionId }

type Input = PartnerInput & { readonly subscriptionId: SubscriptionId }
type Context = PartnerContext<Input, { readonly subscription: Subscription | undefined }>

/** Looks up the acting partner and the subscription. */
export const loadSubscription = (state: ProgramState, input: Input) => ({
  ...loadPartner(state, input),
  subscription: getSubscription(state, input.subscriptionId),
})

/** What {@link loadWithRelationship} looks up. */
export type WithRelationship = {
  readonly subscription: Subscription | undefined
  readonly relationship: ResellerRelationship | undefined
}

/** Looks up the acting partner, the subscription and the partner's reseller relationship with its customer. */
export const loadWithRelationship = (state: ProgramState, input: Input) => {
  const loaded = loadSubscription(state, input)
  const customer = loaded.subscription?.customerTenantId
  return {
    ...loaded,
    relationship: customer === undefined ? undefined : getRelationship(state, input.partnerTenantId, customer),
  }
}

type SubscriptionContext = CheckContext<
  CommandInputBase & { readonly subscriptionId: SubscriptionId },
  { readonly subscription: Subscription | undefined }
>

/** The subscription is known (MOD-1, `UnknownSubscription`). */
export const subscriptionKnown = <C extends SubscriptionContext>(): RuleCheck<C> => ({
  rule: 'MOD-1',
  name: 'the subscription is known',
  check: ({ subscription, input }) =>
    subscription === undefined
      ? fail('UnknownSubscription', [input.subscriptionId], `No subscription ${input.subscriptionId} is known.`)
      : pass,
})

/**
 * The subscription is known (MOD-1) and billed to the partner tenant `billedTo(c)` (ROL-2,
 * `NoResellerRelationship`, code 20002).
 */
export const subscriptionBilledTo = <C extends SubscriptionContext>(
  billedTo: (c: C) => TenantId,
): ReadonlyArray<RuleCheck<C>> => [
  subscriptionKnown<C>(),
  {
    rule: 'ROL-2',
    name: 'the subscription is billed to the acting partner',
    check: (c) => {
      const { subscription, input } = c
      if (subscription === undefined) return pass
      return subscription.billedBy === billedTo(c)
        ? pass
        : fail(
            'NoResellerRelationship',
            [input.subscriptionId, billedTo(c)],
            `Subscription ${input.subscriptionId} is billed to ${subscription.billedBy}, not to ${billedTo(c)}.`,
            20002,
          )
    },
  },
]

/**
 * The MOD-3 check of {@link subscriptionAllows}; with `deferClosed`, a closed new commerce
 * subscription's status is left to NCE-8 ({@link newCommerceNotClosed}), which must then run too.
 */
const allows = <C extends SubscriptionContext>(
  change: string,
  kinds: ReadonlyArray<SubscriptionKind> | 'any',
  statuses: ReadonlyArray<SubscriptionStatus>,
  deferClosed: boolean,
): RuleCheck<C> => ({
  rule: 'MOD-3',
  name: `the subscription's kind and status allow ${change}`,
  check: ({ subscription, ruleSet }) => {
    if (subscription === undefined) return pass
    if (kinds !== 'any' && !kinds.includes(subscription.kind))
      return fail(
        'SubscriptionNotChangeable',
        [subscription.id],
        `${change} applies to ${kinds.join(' and ')} subscriptions; ${subscription.id} is ${subscription.kind}.`,
      )
    return statuses.includes(subscription.status) || (deferClosed && closedNewCommerce(subscription, ruleSet))
      ? pass
      : fail(
          'SubscriptionNotChangeable',
          [subscription.id],
          `${change} needs a subscription that is ${statuses.join(' or ')}; ${subscription.id} is ${subscription.status}.`,
          800091,
        )
  },
})

/**
 * The subscription is of one of `kinds` and in one of `statuses` (MOD-3, `SubscriptionNotChangeable`;
 * code 800091 for the status), whatever its experience: see {@link subscriptionAllowsChange} for a
 * change that NCE-8 judges on closed new commerce subscriptions.
 */
export const subscriptionAllows = <C extends SubscriptionContext>(
  change: string,
  kinds: ReadonlyArray<SubscriptionKind> | 'any',
  statuses: ReadonlyArray<SubscriptionStatus>,
): RuleCheck<C> => allows<C>(change, kinds, statuses, false)

/**
 * The subscription is of one of `kinds` and in one of `statuses` (none of them closed), as
 * {@link subscriptionAllows}; but a cancelled, expired or disabled new commerce subscription is
 * refused under NCE-8 instead of MOD-3 where NCE-8 is in force (`NewCommerceSubscriptionClosed`).
 * Legacy subscriptions, and every subscription under the earlier rule sets, keep MOD-3.
 */
export const subscriptionAllowsChange = <C extends SubscriptionContext>(
  change: string,
  kinds: ReadonlyArray<SubscriptionKind> | 'any',
  statuses: ReadonlyArray<SubscriptionStatus>,
): ReadonlyArray<RuleCheck<C>> => [allows<C>(change, kinds, statuses, true), newCommerceNotClosed<C>(change)]

/** The command is not dated before the subscription was bought (MOD-6; subjects: the subscription ID). */
export const notBeforePurchase = <C extends SubscriptionContext>(): RuleCheck<C> =>
  notBefore<C>(
    'MOD-6',
    ({ subscription }) => subscription && { subjects: [subscription.id], at: subscription.createdAt },
    'the subscription was bought',
  )

/**
 * The checks of a subscription change: partner known (MOD-1) and acting for itself (ROL-2), the
 * subscription known (MOD-1) and billed to it (ROL-2), an actor with a role that manages
 * subscriptions (ROL-1), the subscription's kind and status allowing the change (MOD-3; NCE-8 for a
 * closed new commerce subscription), and a date not before the purchase (MOD-6).
 */
export const subscriptionChangeChecks = <C extends Context>(
  change: string,
  kinds: ReadonlyArray<SubscriptionKind> | 'any',
  statuses: ReadonlyArray<SubscriptionStatus>,
): ReadonlyArray<RuleCheck<C>> => [
  ...partnerActs<C>(),
  rolesFor<C>(SALES_ROLES, `manage subscriptions (${change})`),
  ...subscriptionBilledTo<C>((c) => c.input.partnerTenantId),
  ...subscriptionAllowsChange<C>(change, kinds, statuses),
  notBeforePurchase<C>(),
]
