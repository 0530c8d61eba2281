/**
 * What a partner may do for one customer, by the channel it serves the customer through (TRN-13,
 * seed 000): the table. `customerCapabilities` (commands/capabilities) reads it and judges the
 * capabilities that make new business with the commands that make it.
 *
 * @module
 */
import type { RelationshipChannel } from './relationship.js'

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

/** The capabilities of each channel (TRN-13; the indirect provider's, the library's reading). @internal */
export const CAPABILITIES_BY_CHANNEL = {
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
} as const satisfies Record<RelationshipChannel, ReadonlyArray<CustomerCapability>>

/**
 * The capabilities that make new business: a partner has them only while it may buy or order for
 * the customer (a restricted direct bill partner loses them, RST-2: no new purchase for a customer,
 * software included; RST-4: "create customer" and "add products" are unavailable; on every
 * channel, as an indirect provider too, the catalog decision on RST-2 … RST-6). @internal
 */
export const NEW_BUSINESS: ReadonlyArray<CustomerCapability> = ['createOrders', 'buySoftware', 'addProducts']
