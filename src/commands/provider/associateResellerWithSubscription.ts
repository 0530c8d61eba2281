/**
 * `associateResellerWithSubscription`: an indirect provider records an indirect reseller as partner
 * of record of a subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../../internal/invariant.js'
import { TenantId } from '../../kernel/ids.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand, type CheckContext } from '../contract.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from '../checks/providerSubscription.js'
import { notDeauthorized, partnerOfRecordOnChange } from '../checks/standing.js'

/** Codec for {@link AssociateResellerWithSubscriptionInput}. @category codecs @since 0.1.0 */
export const AssociateResellerWithSubscriptionInput = commandInput('AssociateResellerWithSubscriptionInput', {
  ...providerSubscriptionFields,
  resellerTenantId: TenantId,
})
/** Input of {@link associateResellerWithSubscription}: the provider, the subscription and the indirect reseller. @category commands */
export interface AssociateResellerWithSubscriptionInput extends t.TypeOf<
  typeof AssociateResellerWithSubscriptionInput
> {}

type Context = CheckContext<AssociateResellerWithSubscriptionInput, ReturnType<typeof loadProviderSubscription>>

/**
 * Associates an indirect reseller with a new or existing subscription billed to the provider: the
 * subscription's partner of record becomes the reseller's MPN ID, the one tied to its CSP account
 * (PRT-7 "associated with a subscription", PRT-5, CUS-2, seed 001). Needs the reseller's MPA from
 * 2020-02-01 (PGM-4).
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
 * `PartnershipNotActive`; the customer is not the reseller's, `NotResellersCustomer`), `AUTH-3` (the
 * reseller is deauthorized, `ResellerDeauthorized`, from 2024-04-01), and, the reseller's MPN ID
 * becoming the partner of record, `POR-3` (from 2025-12-01, the partner of record is not an active and compliant indirect reseller, `PartnerOfRecordNotCompliant`, or has no active partnership with the provider billed, `PartnerOfRecordNotListed`; 900400; a `FactUnknown` warning when the model does not hold its reseller).
 *
 * Emits `PartnerOfRecordSet`.
 *
 * @example
 * ```ts
 * import { associateResellerWithSubscription, partnerUser } from 'csp-channel'
 * associateResellerWithSubscription(state, {
 *   actor: partnerUser(providerTenantId, 'globalAdmin'),
 *   at,
 *   providerTenantId,
 *   subscriptionId,
 *   resellerTenantId,
 * })
 * // Right: PartnerOfRecordSet, the reseller's MPN ID; a reseller without the MPA (from 2020-02-01): Left, PGM-4
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const associateResellerWithSubscription = defineCommand({
  name: 'associateResellerWithSubscription',
  input: AssociateResellerWithSubscriptionInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: AssociateResellerWithSubscriptionInput) => loadProviderSubscription(state, input),
  checks: [
    ...providerSubscriptionChecks<Context>('associate the reseller with a subscription', 'any', true),
    notDeauthorized<Context>((c) => [c.reseller]),
    partnerOfRecordOnChange<Context>(({ subscription, reseller, input }) =>
      subscription === undefined || reseller === undefined
        ? undefined
        : {
            subscriptionId: subscription.id,
            partnerOfRecord: reseller.mpnId,
            providerTenantId: input.providerTenantId,
          },
    ),
  ],
  decide: ({ input, reseller }) => [
    {
      _tag: 'PartnerOfRecordSet',
      at: input.at,
      subscriptionId: input.subscriptionId,
      partnerOfRecord: defined(reseller, 'the reseller').mpnId,
    },
  ],
})
