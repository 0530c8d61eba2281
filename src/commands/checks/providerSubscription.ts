/**
 * Look-ups and checks shared by the provider commands that act on an existing subscription (add
 * licenses, upgrade, associate a reseller, designate a support contact).
 *
 * @internal
 */
import { SubscriptionId, TenantId } from '../../kernel/ids.js'
import { getSubscription } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import type { Subscription, SubscriptionKind } from '../../model/subscription.js'
import { when, type CheckContext, type RuleCheck } from '../contract.js'
import { customerChecks, loadCustomer, type CustomerLoaded } from './customer.js'
import {
  loadProvider,
  loadReseller,
  providerActs,
  resellerChecks,
  type ProviderInput,
  type ProviderLoaded,
  type ResellerLoaded,
} from './provider.js'
import { notBeforePurchase, subscriptionAllowsChange, subscriptionBilledTo } from './subscription.js'

/** Input fields naming the provider and the subscription. */
export const providerSubscriptionFields = { providerTenantId: TenantId, subscriptionId: SubscriptionId }

type Input = ProviderInput & { readonly subscriptionId: SubscriptionId; readonly resellerTenantId?: TenantId }
type Loaded = ProviderLoaded & ResellerLoaded & CustomerLoaded & { readonly subscription: Subscription | undefined }

/** Looks up the provider, the subscription, its customer and the named reseller, if any. */
export const loadProviderSubscription = (state: ProgramState, input: Input): Loaded => {
  const subscription = getSubscription(state, input.subscriptionId)
  return {
    ...loadProvider(state, input),
    ...loadReseller(state, input.providerTenantId, input.resellerTenantId ?? null),
    ...(subscription === undefined
      ? { customerTenant: undefined, providerRelationship: undefined }
      : loadCustomer(state, input.providerTenantId, subscription.customerTenantId)),
    subscription,
  }
}

/**
 * The provider is known (MOD-1) and acts (ROL-2, PRT-1, PGM-2, PGM-3); the subscription is known
 * (MOD-1), billed to it (ROL-2), of one of `kinds` and active (MOD-3), and was bought before the
 * command's date (MOD-6); the customer is known (MOD-1) and held with delegated admin (TRN-12,
 * ROL-2, REG-1, OWN-2, OWN-3); and, for a command whose input names a reseller (`namesReseller`),
 * the reseller passes the reseller checks (MOD-1, PRT-2, PGM-4, REG-2, PRT-4).
 */
export const providerSubscriptionChecks = <C extends CheckContext<Input, Loaded>>(
  task: string,
  kinds: ReadonlyArray<SubscriptionKind> | 'any',
  namesReseller: boolean,
): ReadonlyArray<RuleCheck<C>> => {
  return [
    ...providerActs<C>(task, 'PGM-2'),
    ...subscriptionBilledTo<C>((c) => c.input.providerTenantId),
    ...subscriptionAllowsChange<C>(task, kinds, ['active']),
    notBeforePurchase<C>(),
    ...customerChecks<C>((c) => (c.subscription as Subscription).customerTenantId, true).map((check) =>
      when((c) => c.subscription !== undefined, check),
    ),
    ...(namesReseller ? resellerChecks<C>((c) => c.input.resellerTenantId ?? null, task) : []),
  ]
}
