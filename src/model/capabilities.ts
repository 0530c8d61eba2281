/**
 * What a partner may do for one customer, by the channel it serves the customer through (TRN-13,
 * seed 000).
 *
 * @module
 */
import type { TenantId } from '../kernel/ids.js'
import { isRestricted } from './partnerQueries.js'
import { getPartner, getRelationship } from './queries.js'
import type { ProgramState } from './state.js'

/** The per-customer capabilities named by TRN-13. @category models @since 0.1.0 */
export type CustomerCapability =
  | 'createOrders'
  | 'manageAzureReservations'
  | 'manageOrderHistory'
  | 'buySoftware'
  | 'billDirectly'
  | 'addProducts'
  | 'viewProducts'
  | 'viewSubscriptions'
  | 'manageLicenses'
  | 'manageUsers'
  | 'manageRenewals'

const BY_CHANNEL = {
  directBill: [
    'createOrders',
    'manageAzureReservations',
    'manageOrderHistory',
    'buySoftware',
    'billDirectly',
    'addProducts',
    'viewProducts',
    'viewSubscriptions',
  ],
  indirectReseller: ['manageLicenses', 'manageUsers', 'manageRenewals'],
  indirectProvider: ['createOrders', 'manageOrderHistory', 'viewSubscriptions'],
} as const satisfies Record<string, ReadonlyArray<CustomerCapability>>

/**
 * The capabilities that make new business: a restricted direct bill partner loses them (RST-2: no
 * new purchase for a customer, software included; RST-4: "create customer" and "add products" are
 * unavailable), on every channel, as an indirect provider too (the catalog decision on RST-2 … RST-6).
 */
const NEW_BUSINESS: ReadonlyArray<CustomerCapability> = ['createOrders', 'buySoftware', 'addProducts']

/**
 * The capabilities a partner has for a customer (TRN-13): for a direct bill customer, orders, Azure
 * reservations, order history, software, direct billing and the product and subscription views;
 * for an indirect reseller customer, licenses, users and renewals (the provider orders); for the
 * indirect provider of a customer, orders, order history and subscriptions (the library's reading).
 * Empty without a reseller relationship.
 *
 * Under restriction (RST-1), the partner's capabilities that make new business are left out: a
 * restricted direct bill partner gets neither `createOrders`, `buySoftware` nor `addProducts`
 * (RST-2, RST-4), on any channel; what RST-7 and RST-8 keep (order history, existing reservations
 * and subscriptions, direct billing, the views) stays listed. The signature is unchanged: the
 * partner is read from `state`, so callers need pass nothing new.
 *
 * @category queries
 * @since 0.1.0
 */
export const customerCapabilities = (
  state: ProgramState,
  partnerTenantId: TenantId,
  customerTenantId: TenantId,
): ReadonlyArray<CustomerCapability> => {
  const relationship = getRelationship(state, partnerTenantId, customerTenantId)
  if (relationship === undefined) return []
  const partner = getPartner(state, partnerTenantId)
  const all: ReadonlyArray<CustomerCapability> = BY_CHANNEL[relationship.channel]
  return partner !== undefined && isRestricted(partner) ? all.filter((c) => !NEW_BUSINESS.includes(c)) : all
}
