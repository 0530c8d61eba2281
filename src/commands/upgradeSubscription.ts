/**
 * `upgradeSubscription`: an indirect provider moves a customer's subscription to another offer.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../internal/invariant.js'
import { Text } from '../model/text.js'
import { commandInput, defineCommand } from './contract.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from './providerSubscriptions.js'

/** Codec for {@link UpgradeSubscriptionInput}. @category codecs */
export const UpgradeSubscriptionInput = commandInput('UpgradeSubscriptionInput', {
  ...providerSubscriptionFields,
  offerId: Text,
})
/** Input of {@link upgradeSubscription}: the provider, the subscription and the target offer ID. @category commands */
export type UpgradeSubscriptionInput = t.TypeOf<typeof UpgradeSubscriptionInput>

/**
 * Upgrades an active license-based subscription billed to the provider to another offer (CUS-2,
 * seed 001). Seats, partner of record and support contact are kept.
 *
 * Violations: as {@link addLicenses}: `ROL-2`, `PRT-1`, `PGM-2`, `PGM-3`, `CUS-2` (not
 * license-based, or not active; 800091), `MOD-6` (dated before the subscription was bought,
 * `DatedBeforeFact`), `TRN-12`, `REG-1`, `OWN-2`, `OWN-3`; `MOD-8` (an offer ID that is not 1 to
 * 256 printable characters).
 *
 * Emits `SubscriptionUpgraded`.
 *
 * @category commands
 */
export const upgradeSubscription = defineCommand({
  name: 'upgradeSubscription',
  input: UpgradeSubscriptionInput,
  load: loadProviderSubscription,
  checks: providerSubscriptionChecks('upgrade a subscription', ['licenseBased']),
  decide: ({ input, subscription }) => [
    {
      _tag: 'SubscriptionUpgraded',
      at: input.at,
      subscriptionId: input.subscriptionId,
      previousOfferId: defined(subscription, 'the subscription').offerId,
      offerId: input.offerId,
    },
  ],
})
