/**
 * `designateSupportContact`: an indirect provider makes an indirect reseller the support contact of
 * a subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from '../checks/providerSubscription.js'

/** Codec for {@link DesignateSupportContactInput}. @category codecs @since 0.1.0 */
export const DesignateSupportContactInput = commandInput('DesignateSupportContactInput', {
  ...providerSubscriptionFields,
  resellerTenantId: TenantId,
})
/** Input of {@link designateSupportContact}: the provider, the subscription and the indirect reseller. @category commands */
export interface DesignateSupportContactInput extends t.TypeOf<typeof DesignateSupportContactInput> {}

/**
 * Designates an indirect reseller, in active partnership with the provider and serving the
 * customer, as support contact of a subscription billed to the provider (PRT-7, PRT-4, CUS-2,
 * seed 001). New subscriptions have the provider as support contact.
 *
 * Violations: `MOD-1` (unknown provider or reseller, `UnknownPartner`; unknown subscription,
 * `UnknownSubscription`; unknown customer tenant, `UnknownCustomer`), `ROL-2` (actor of another
 * tenant, `ActsForAnotherTenant`, code 900150; subscription billed to someone else,
 * `NoResellerRelationship`, code 20002; no delegated admin privileges for the customer,
 * `NoDelegatedAdmin`, only before 2022-01-10: commerce then stops asking for delegated admin), `PRT-1` (role not allowed, `RoleNotAllowed`, 900150; not an indirect
 * provider, `NotIndirectProvider`), `PGM-2` (an indirect reseller cannot do this itself,
 * `NoBillingRelationship`), `PGM-3` (the provider has not signed the MPA, `MpaNotSigned`, 900124),
 * `NCE-8` (a cancelled, expired or disabled new commerce subscription, `NewCommerceSubscriptionClosed`; 900277 when expired), `MOD-3` (the subscription is not active, `SubscriptionNotChangeable`; 800091 for the status),
 * `MOD-6` (dated before the subscription was bought, the provider's reseller relationship with the
 * customer began or the partnership with the reseller was accepted, `DatedBeforeFact`), `TRN-12`
 * (no reseller relationship with the customer, `NoResellerRelationship`, 20002), `REG-1` (customer
 * in another region, `RegionMismatch`, 2030), `OWN-2` (the customer is a partner tenant,
 * `NotCustomerTenant`; the provider's internal-use tenant, `OwnInternalUseTenant`; or an affiliate,
 * `AffiliatedCustomer`), `OWN-3` (the customer is a reseller in partnership with the provider,
 * `ResellerAsEndCustomer`), `PRT-2` (the reseller is not an enrolled indirect reseller,
 * `NotIndirectReseller`, 800016), `PGM-4` (the reseller has not signed the MPA,
 * `ResellerMpaNotSigned`, 900123, from 2020-02-01), `REG-2` (the reseller is in another region,
 * `RegionMismatch`, 2201), `PRT-4` (no active partnership with the reseller,
 * `PartnershipNotActive`; the customer is not the reseller's, `NotResellersCustomer`).
 *
 * Emits `SupportContactDesignated`.
 *
 * @example
 * ```ts
 * import { designateSupportContact, partnerUser } from 'csp-channel'
 * designateSupportContact(state, {
 *   actor: partnerUser(providerTenantId, 'userAdmin'),
 *   at,
 *   providerTenantId,
 *   subscriptionId,
 *   resellerTenantId,
 * })
 * // Right: SupportContactDesignated
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const designateSupportContact = defineCommand({
  name: 'designateSupportContact',
  input: DesignateSupportContactInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: DesignateSupportContactInput) => loadProviderSubscription(state, input),
  checks: providerSubscriptionChecks('designate the reseller as support contact', 'any', true),
  decide: ({ input }) => [
    {
      _tag: 'SupportContactDesignated',
      at: input.at,
      subscriptionId: input.subscriptionId,
      supportContact: input.resellerTenantId,
    },
  ],
})
