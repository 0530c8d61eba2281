/**
 * `placeOrder`: an indirect provider orders subscriptions for a customer, usually an indirect
 * reseller's customer.
 *
 * @module
 */
import type * as t from 'io-ts'
import { nonEmptyList, nullable } from '../internal/codec.js'
import { TenantId } from '../model/ids.js'
import type { ProgramState } from '../model/state.js'
import { OrderLine } from '../model/subscription.js'
import { notRestricted } from './checks.js'
import { commandInput, defineCommand, type CheckContext, type RuleCheck } from './contract.js'
import { lineChecks, subscriptionsOf } from './orderLines.js'
import {
  customerChecks,
  loadCustomer,
  loadProvider,
  loadReseller,
  providerActs,
  resellerChecks,
} from './providerChecks.js'

/** Codec for {@link PlaceOrderInput}. @category codecs */
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
export type PlaceOrderInput = t.TypeOf<typeof PlaceOrderInput>

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
  ...lineChecks<Context>((c) => c.input.customerTenantId),
]

/**
 * Places an order (CUS-2, PRT-4, seed 001): one new subscription per line, billed to the provider,
 * with the provider as support contact and the line's partner of record. Add-ons name a parent
 * subscription (an existing one or an earlier line). All lines are accepted or none.
 *
 * Violations:
 * - `ROL-2`: unknown provider, reseller or customer; actor of another tenant; subscription ID in use
 *   or repeated;
 * - `PRT-1`: role not allowed (900150), not an indirect provider; `PGM-2`: an indirect reseller
 *   cannot place orders itself; `PGM-3`: the provider has not signed the MPA (900124);
 * - `RST-2`: the provider is also a restricted direct bill partner (`PartnerRestricted`): no new
 *   subscription is billed to it;
 * - `PRT-2` (800016), `PGM-4` (900123), `REG-2` (2201), `PRT-4`: the named reseller is not an
 *   enrolled indirect reseller, has not signed the MPA, is in another region, has no active
 *   partnership with the provider, or does not serve this customer;
 * - `TRN-12`: no reseller relationship with the customer (20002); `REG-1`: customer in another
 *   region (2030); `OWN-2`, `OWN-3`: the buyer is a partner tenant, an affiliate, or a reseller of
 *   the provider;
 * - `CUS-2`: an add-on without a valid parent; `MOD-6`: an add-on dated before its existing parent
 *   was bought (`DatedBeforeFact`); `PRT-5`: a partner of record that is the provider's
 *   own MPN ID (2072), unknown (800015), not the reseller's (800016), or another location of it;
 * - `MOD-8` / `MOD-5`: the input's shape; an order without lines.
 *
 * Emits one `SubscriptionPurchased` per line.
 *
 * @category commands
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
