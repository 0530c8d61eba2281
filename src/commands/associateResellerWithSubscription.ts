/**
 * `associateResellerWithSubscription`: an indirect provider records an indirect reseller as partner
 * of record of a subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../internal/invariant.js'
import { TenantId } from '../model/ids.js'
import { commandInput, defineCommand } from './contract.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from './providerSubscriptions.js'

/** Codec for {@link AssociateResellerWithSubscriptionInput}. @category codecs */
export const AssociateResellerWithSubscriptionInput = commandInput('AssociateResellerWithSubscriptionInput', {
  ...providerSubscriptionFields,
  resellerTenantId: TenantId,
})
/** Input of {@link associateResellerWithSubscription}: the provider, the subscription and the indirect reseller. @category commands */
export type AssociateResellerWithSubscriptionInput = t.TypeOf<typeof AssociateResellerWithSubscriptionInput>

/**
 * Associates an indirect reseller with a new or existing subscription billed to the provider: the
 * subscription's partner of record becomes the reseller's MPN ID, the one tied to its CSP account
 * (PRT-7 "associated with a subscription", PRT-5, CUS-2, seed 001). Needs the reseller's MPA from
 * 2020-02-01 (PGM-4).
 *
 * Violations: as {@link addLicenses} (any active subscription; `ROL-2`, `PRT-1`, `PGM-2`, `PGM-3`,
 * `CUS-2`, `MOD-6`, `TRN-12`, `REG-1`, `OWN-2`, `OWN-3`), plus `PRT-2` (800016), `PGM-4` (900123),
 * `REG-2` (2201), `PRT-4` (no active partnership, or not the reseller's customer).
 *
 * Emits `PartnerOfRecordSet`.
 *
 * @category commands
 */
export const associateResellerWithSubscription = defineCommand({
  name: 'associateResellerWithSubscription',
  input: AssociateResellerWithSubscriptionInput,
  load: loadProviderSubscription,
  checks: providerSubscriptionChecks('associate the reseller with a subscription', 'any'),
  decide: ({ input, reseller }) => [
    {
      _tag: 'PartnerOfRecordSet',
      at: input.at,
      subscriptionId: input.subscriptionId,
      partnerOfRecord: defined(reseller, 'the reseller').mpnId,
    },
  ],
})
