/**
 * `placeOrder`: an indirect provider orders subscriptions for a customer, usually an indirect
 * reseller's customer.
 *
 * @module
 */
import type * as t from 'io-ts'
import { nonEmptyList, nullable } from '../../internal/codec.js'
import { TenantId } from '../../kernel/ids.js'
import type { ProgramState } from '../../model/state.js'
import { OrderLine } from '../../model/subscription.js'
import { notRestricted } from '../checks/partner.js'
import { commandInput, defineCommand, type CheckContext, type RuleCheck } from '../contract.js'
import { lineChecks, subscriptionsOf } from '../checks/order.js'
import { customerChecks, loadCustomer } from '../checks/customer.js'
import { customerAgreementOnRecord } from '../checks/customerAgreement.js'
import { loadProvider, loadReseller, providerActs, resellerChecks } from '../checks/provider.js'

/** Codec for {@link PlaceOrderInput}. @category codecs @since 0.1.0 */
export const PlaceOrderInput = commandInput('PlaceOrderInput', {
  providerTenantId: TenantId,
  customerTenantId: TenantId,
  resellerTenantId: nullable(TenantId),
  lines: nonEmptyList(OrderLine, 'NonEmptyOrderLines'),
})
/**
 * Input of {@link placeOrder}: the ordering indirect provider, the customer tenant, the indirect
 * reseller the order is for (`null` for the provider's own direct customer) and at least one
 * {@link OrderLine}.
 *
 * @category commands
 */
export interface PlaceOrderInput extends t.TypeOf<typeof PlaceOrderInput> {}

const load = (state: ProgramState, input: PlaceOrderInput) => ({
  ...loadProvider(state, input),
  ...loadReseller(state, input.providerTenantId, input.resellerTenantId),
  ...loadCustomer(state, input.providerTenantId, input.customerTenantId),
})
type Context = CheckContext<PlaceOrderInput, ReturnType<typeof load>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...providerActs<Context>('place orders', 'PGM-2'),
  notRestricted('RST-2', (c) => c.provider, 'place new orders billed to it'),
  ...resellerChecks<Context>((c) => c.input.resellerTenantId, "order for the reseller's customers"),
  ...customerChecks<Context>((c) => c.input.customerTenantId, false),
  ...lineChecks<Context>(
    (c) => c.input.customerTenantId,
    (c) => c.customerTenant?.region,
  ),
  customerAgreementOnRecord((c) => c.input.customerTenantId),
]

/**
 * Places an order (CUS-2, PRT-4, seed 001): one new subscription per line, billed to the provider,
 * with the provider as support contact and the line's partner of record. Add-ons name a parent
 * subscription (an existing one or an earlier line). All lines are accepted or none.
 *
 * Violations:
 * - `MOD-1`: unknown provider or reseller (`UnknownPartner`) or customer (`UnknownCustomer`);
 * - `ROL-2`: actor of another tenant (`ActsForAnotherTenant`, 900150);
 * - `PRT-1`: role not allowed (`RoleNotAllowed`, 900150), not an indirect provider
 *   (`NotIndirectProvider`); `PGM-2`: an indirect reseller cannot place orders itself
 *   (`NoBillingRelationship`); `PGM-3`: the provider has not signed the MPA (`MpaNotSigned`, 900124);
 * - `RST-2`: the provider is also a restricted direct bill partner (`PartnerRestricted`): no new
 *   subscription is billed to it;
 * - `PRT-2` (`NotIndirectReseller`, 800016), `PGM-4` (`ResellerMpaNotSigned`, 900123), `REG-2`
 *   (`RegionMismatch`, 2201), `PRT-4` (`PartnershipNotActive`, `NotResellersCustomer`): the named
 *   reseller is not an enrolled indirect reseller, has not signed the MPA, is in another region, has
 *   no active partnership with the provider, or does not serve this customer;
 * - `TRN-12`: no reseller relationship with the customer (`NoResellerRelationship`, 20002); `REG-1`:
 *   customer in another region (`RegionMismatch`, 2030); `OWN-2`: the buyer is a partner tenant
 *   (`NotCustomerTenant`), the provider's internal-use tenant (`OwnInternalUseTenant`) or an
 *   affiliate (`AffiliatedCustomer`); `OWN-3`: the buyer is a reseller of the provider
 *   (`ResellerAsEndCustomer`);
 * - `MOD-2`: a line's subscription ID is in use (`IdAlreadyUsed`) or repeated (`DuplicateLine`);
 *   `MOD-4`: an add-on without a valid parent, or a parent on a line that is not an add-on
 *   (`InvalidAddOnParent`); `MOD-6` (`DatedBeforeFact`): dated before the partnership was accepted,
 *   the provider's reseller relationship with the customer began, or an add-on's existing parent was
 *   bought; `PRT-5`: a partner of record that is the provider's own MPN ID
 *   (`ProviderAsPartnerOfRecord`, 2072), unknown (`UnknownMpnId`, 800015), not the reseller's
 *   (`PartnerOfRecordNotValid`, 800016), another location of it or with no reseller named
 *   (`PartnerOfRecordNotValid`);
 * - `AUTH-5`: the provider or the named reseller has a suspended account (`PartnerSuspended`);
 *   `AUTH-3`: a reseller the order assigns (named, or holding a line's partner of record) is
 *   deauthorized (`ResellerDeauthorized`); from 2025-06-02, per line (subjects: the line's
 *   subscription ID and the MPN ID), `POR-2`: the partner of record is not an active and compliant
 *   indirect reseller: suspended, not enrolled or without the MPA (`PartnerOfRecordNotCompliant`,
 *   900400), and `POR-4`: its reseller has no active partnership with the provider
 *   (`PartnerOfRecordNotListed`, 900400);
 * - new commerce, per line, as for `purchaseSubscription`: `NCE-1` (`NewCommerceNotAvailable`),
 *   `NCE-2` (`InvalidTermDuration` 800121, `InvalidBillingCycle`, `BillingCycleLongerThanTerm` 900270),
 *   `NCE-3` and `NCE-20` (`LegacyOrderRefused`), `NCE-18` (`InvalidTrial`), `NCE-21`
 *   (`InvalidCustomTermEnd`, 900245, 900242);
 * - `MCA-1`: from 2019-10-01, no acceptance of the customer agreement on record for the customer
 *   (`CustomerAgreementNotAccepted`, 13605; a warning when the model does not know its agreements);
 * - `MOD-8` / `MOD-5`: the input's shape; an order without lines.
 *
 * Emits one `SubscriptionPurchased` per line.
 *
 * @example
 * ```ts
 * import { mpnId, partnerUser, placeOrder, subscriptionId } from 'csp-channel'
 * const result = placeOrder(state, {
 *   actor: partnerUser(providerTenantId, 'salesAgent'),
 *   at,
 *   providerTenantId,
 *   customerTenantId,
 *   resellerTenantId, // null for the provider's own direct customer
 *   lines: [
 *     {
 *       id: subscriptionId('1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'),
 *       kind: 'licenseBased',
 *       parentId: null,
 *       offerId: 'O365-E3',
 *       seats: 20,
 *       autoRenew: true,
 *       partnerOfRecord: mpnId('4847383'), // the reseller's MPN ID
 *     },
 *   ],
 * })
 * // Right: one SubscriptionPurchased per line, billed to the provider; all lines are accepted or none
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const placeOrder = defineCommand({
  name: 'placeOrder',
  input: PlaceOrderInput,
  load,
  checks,
  decide: ({ input }) =>
    subscriptionsOf(input.lines, input.customerTenantId, input.providerTenantId, input.at).map((subscription) => ({
      _tag: 'SubscriptionPurchased' as const,
      at: input.at,
      subscription,
    })),
})
