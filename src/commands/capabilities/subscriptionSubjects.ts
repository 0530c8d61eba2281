/**
 * The candidates of the commands about one subscription: for each subscription billed to a partner
 * in scope, the change a partner would make (a seat more, auto-renew switched, …); the reseller
 * commands name each reseller serving the subscription's customer through the provider. Subjects:
 * the subscription and its customer (and the reseller).
 *
 * @module
 */
import type { TenantId } from '../../kernel/ids.js'
import { MAX_SEATS, type Subscription } from '../../model/subscription.js'
import type { CommandName } from '../table.js'
import { candidate, type Enumerator, type Fields } from './candidate.js'
import { REPRESENTATIVE_OFFER } from './placeholders.js'
import type { Scope } from './scope.js'

/** Each subscription billed to each partner in scope, with the partner. */
function* billed(scope: Scope): Iterable<readonly [TenantId, Subscription]> {
  for (const partner of scope.partners)
    for (const subscription of scope.subscriptionsOf(partner)) yield [partner, subscription]
}

/** One candidate per subscription billed to a partner in scope. */
const perSubscription = <N extends CommandName>(
  fields: (partner: TenantId, subscription: Subscription) => Fields<N>,
): Enumerator<N> =>
  function* (scope) {
    for (const [partner, s] of billed(scope)) yield candidate<N>(scope, [s.id, s.customerTenantId], fields(partner, s))
  }

/** One candidate per subscription billed to a provider in scope and reseller serving its customer through it. */
const perReseller = <N extends CommandName>(
  fields: (provider: TenantId, subscription: Subscription, reseller: TenantId) => Fields<N>,
): Enumerator<N> =>
  function* (scope) {
    for (const [provider, s] of billed(scope))
      for (const reseller of scope.resellersServing(provider, s.customerTenantId))
        yield candidate<N>(scope, [s.id, s.customerTenantId, reseller], fields(provider, s, reseller))
  }

/** The candidates of the subscription commands, by command. @internal */
export const SUBSCRIPTION_ENUMERATORS = {
  // one seat more (as many when at the limit)
  changeSeats: perSubscription<'changeSeats'>((partnerTenantId, s) => ({
    partnerTenantId,
    subscriptionId: s.id,
    seats: Math.min(MAX_SEATS, Math.max(1, s.seats + 1)),
  })),
  suspendSubscription: perSubscription<'suspendSubscription'>((partnerTenantId, s) => ({
    partnerTenantId,
    subscriptionId: s.id,
  })),
  cancelSubscription: perSubscription<'cancelSubscription'>((partnerTenantId, s) => ({
    partnerTenantId,
    subscriptionId: s.id,
  })),
  reactivateSubscription: perSubscription<'reactivateSubscription'>((partnerTenantId, s) => ({
    partnerTenantId,
    subscriptionId: s.id,
  })),
  renewSubscription: perSubscription<'renewSubscription'>((_, s) => ({ subscriptionId: s.id })),
  // auto-renew switched
  setAutoRenew: perSubscription<'setAutoRenew'>((partnerTenantId, s) => ({
    partnerTenantId,
    subscriptionId: s.id,
    autoRenew: !s.autoRenew,
  })),
  // the scheduled changes cleared (always allowed where the subscription may be changed, NCE-12)
  scheduleNextTermChanges: perSubscription<'scheduleNextTermChanges'>((partnerTenantId, s) => ({
    partnerTenantId,
    subscriptionId: s.id,
    changes: null,
  })),
  // the current term and billing cycle kept (a change the term rules accept, NCE-15)
  changeTerm: perSubscription<'changeTerm'>((partnerTenantId, s) => ({
    partnerTenantId,
    subscriptionId: s.id,
    termDuration: s.newCommerce?.termDuration ?? 'P1Y',
    billingCycle: s.newCommerce?.billingCycle ?? 'monthly',
  })),
  manageAzureResources: perSubscription<'manageAzureResources'>((partnerTenantId, s) => ({
    partnerTenantId,
    subscriptionId: s.id,
    action: 'manage',
  })),
  addLicenses: perSubscription<'addLicenses'>((providerTenantId, s) => ({
    providerTenantId,
    subscriptionId: s.id,
    additionalSeats: 1,
  })),
  upgradeSubscription: perSubscription<'upgradeSubscription'>((providerTenantId, s) => ({
    providerTenantId,
    subscriptionId: s.id,
    offerId: REPRESENTATIVE_OFFER,
  })),
  associateResellerWithSubscription: perReseller<'associateResellerWithSubscription'>(
    (providerTenantId, s, resellerTenantId) => ({ providerTenantId, subscriptionId: s.id, resellerTenantId }),
  ),
  designateSupportContact: perReseller<'designateSupportContact'>((providerTenantId, s, resellerTenantId) => ({
    providerTenantId,
    subscriptionId: s.id,
    resellerTenantId,
  })),
}
