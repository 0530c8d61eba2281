/**
 * `customerCapabilities`: the TRN-13 capabilities of a partner for one customer, a view of
 * `capabilities` for that customer.
 *
 * @module
 */
import { LATEST_INSTANT } from '../../kernel/dates.js'
import type { IsoDateTime, TenantId } from '../../kernel/ids.js'
import { partnerUser } from '../../model/actor.js'
import { CAPABILITIES_BY_CHANNEL, NEW_BUSINESS, type CustomerCapability } from '../../model/capabilities.js'
import { getRelationship } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { capabilities } from './capabilities.js'

/** The command that makes new business for a customer on each channel that has any. */
const ORDERING = { directBill: 'purchaseSubscription', indirectProvider: 'placeOrder' } as const

/**
 * The capabilities a partner has for a customer (TRN-13): for a direct bill customer, orders, Azure
 * reservations, order history, software, direct billing and the product and subscription views;
 * for an indirect reseller customer, licenses, users and renewals (the provider orders); for the
 * indirect provider of a customer, orders, order history and subscriptions (the library's reading).
 * Empty without a reseller relationship.
 *
 * The capabilities that make new business (`createOrders`, `buySoftware`, `addProducts`) are a view
 * of {@link capabilities}: they are listed only when the partner's global admin could buy for the
 * customer at `at` (`purchaseSubscription` on a direct bill relationship; `placeOrder`, through a
 * reseller serving the customer if any, for an indirect provider). So a restricted partner loses
 * them (RST-2, RST-4), on any channel, as does a partner without the MPA when it is required
 * (PGM-3) or a provider whose partnership with the customer's reseller ended (PRT-4); what RST-7 and
 * RST-8 keep (order history, existing reservations and subscriptions, direct billing, the views)
 * stays listed. `at` defaults to the latest instant the model represents: after every fact of the
 * state, under the latest rule set.
 *
 * @example
 * ```ts
 * import { customerCapabilities } from 'csp-channel'
 * customerCapabilities(state, partnerTenantId, customerTenantId).includes('createOrders') // may it order?
 * ```
 *
 * @category queries
 * @since 0.1.0
 */
export const customerCapabilities = (
  state: ProgramState,
  partnerTenantId: TenantId,
  customerTenantId: TenantId,
  at: IsoDateTime = LATEST_INSTANT,
): ReadonlyArray<CustomerCapability> => {
  const relationship = getRelationship(state, partnerTenantId, customerTenantId)
  if (relationship === undefined) return []
  const all: ReadonlyArray<CustomerCapability> = CAPABILITIES_BY_CHANNEL[relationship.channel]
  const ordering = relationship.channel === 'indirectReseller' ? undefined : ORDERING[relationship.channel]
  if (ordering === undefined) return all
  const { rows } = capabilities(state, partnerUser(partnerTenantId, 'globalAdmin'), at, {
    commands: [ordering],
    subject: customerTenantId,
  })
  return rows.some((r) => r.accepted) ? all : all.filter((c) => !NEW_BUSINESS.includes(c))
}
