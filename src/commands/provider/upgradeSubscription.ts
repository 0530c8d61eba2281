/**
 * `upgradeSubscription`: an indirect provider moves a customer's subscription to another offer.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../../internal/invariant.js'
import { Text } from '../../kernel/text.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from '../checks/providerSubscription.js'

/** Codec for {@link UpgradeSubscriptionInput}. @category codecs @since 0.1.0 */
export const UpgradeSubscriptionInput = commandInput('UpgradeSubscriptionInput', {
  ...providerSubscriptionFields,
  offerId: Text,
})
/** Input of {@link upgradeSubscription}: the provider, the subscription and the target offer ID. @category commands */
export interface UpgradeSubscriptionInput extends t.TypeOf<typeof UpgradeSubscriptionInput> {}

/**
 * Upgrades an active license-based subscription billed to the provider to another offer (CUS-2,
 * seed 001). Seats, partner of record and support contact are kept.
 *
 * Violations: `MOD-1` (unknown provider, `UnknownPartner`; unknown subscription,
 * `UnknownSubscription`; unknown customer tenant, `UnknownCustomer`), `ROL-2` (actor of another
 * tenant, `ActsForAnotherTenant`, code 900150; subscription billed to someone else,
 * `NoResellerRelationship`, code 20002; no delegated admin privileges for the customer,
 * `NoDelegatedAdmin`), `PRT-1` (role not allowed, `RoleNotAllowed`, 900150; not an indirect
 * provider, `NotIndirectProvider`), `PGM-2` (an indirect reseller cannot do this itself,
 * `NoBillingRelationship`), `PGM-3` (the provider has not signed the MPA, `MpaNotSigned`, 900124),
 * `MOD-3` (not license-based, or not active, `SubscriptionNotChangeable`; 800091 for the status),
 * `MOD-6` (dated before the subscription was bought or the provider's reseller relationship with
 * the customer began, `DatedBeforeFact`), `TRN-12` (no reseller relationship with the customer,
 * `NoResellerRelationship`, 20002), `REG-1` (customer in another region, `RegionMismatch`, 2030),
 * `OWN-2` (the customer is a partner tenant, `NotCustomerTenant`; the provider's internal-use
 * tenant, `OwnInternalUseTenant`; or an affiliate, `AffiliatedCustomer`), `OWN-3` (the customer is
 * a reseller in partnership with the provider, `ResellerAsEndCustomer`), `PRT-4` (the customer check on a named reseller, shared with
 * {@link associateResellerWithSubscription}: this input names none, so it always passes);
 * `MOD-8` (an offer ID that is not 1 to 256 printable characters).
 *
 * Emits `SubscriptionUpgraded`.
 *
 * @example
 * ```ts
 * import { partnerUser, upgradeSubscription } from 'csp-channel'
 * upgradeSubscription(state, {
 *   actor: partnerUser(providerTenantId, 'adminAgent'),
 *   at,
 *   providerTenantId,
 *   subscriptionId,
 *   offerId: 'O365-E5',
 * })
 * // Right: SubscriptionUpgraded; seats, partner of record and support contact are kept
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const upgradeSubscription = defineCommand({
  name: 'upgradeSubscription',
  input: UpgradeSubscriptionInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: UpgradeSubscriptionInput) => loadProviderSubscription(state, input),
  checks: providerSubscriptionChecks('upgrade a subscription', ['licenseBased'], false),
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
