/**
 * What a partner may do for one customer, by the channel it serves the customer through (TRN-13,
 * seed 000).
 *
 * @module
 */
import type { TenantId } from './ids.js'
import { getRelationship } from './queries.js'
import type { ProgramState } from './state.js'

/** The per-customer capabilities named by TRN-13. @category models */
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
 * The capabilities a partner has for a customer (TRN-13): for a direct bill customer, orders, Azure
 * reservations, order history, software, direct billing and the product and subscription views;
 * for an indirect reseller customer, licenses, users and renewals (the provider orders); for the
 * indirect provider of a customer, orders, order history and subscriptions (the library's reading).
 * Empty without a reseller relationship.
 *
 * @category queries
 */
export const customerCapabilities = (
  state: ProgramState,
  partnerTenantId: TenantId,
  customerTenantId: TenantId,
): ReadonlyArray<CustomerCapability> => {
  const relationship = getRelationship(state, partnerTenantId, customerTenantId)
  return relationship === undefined ? [] : BY_CHANNEL[relationship.channel]
}
