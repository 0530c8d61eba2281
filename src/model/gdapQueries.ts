/**
 * The read functions of GDAP relationships (GDAP-1): by ID, and the lists the partner and customer
 * indexes keep.
 *
 * @module
 */
import type { TenantId } from '../kernel/ids.js'
import type { GdapRelationship } from './gdap.js'
import type { ProgramState } from './state.js'
import { tableGet } from './table.js'
import { indexGet } from './tableIndex.js'

/** The GDAP relationship with ID `id`, or `undefined`. @category queries @since 0.2.0 */
export const getGdapRelationship = (state: ProgramState, id: string): GdapRelationship | undefined =>
  tableGet(state.gdapRelationships, id)

const byIds = (state: ProgramState, ids: ReadonlyArray<string>): ReadonlyArray<GdapRelationship> =>
  ids.flatMap((id) => {
    const rel = getGdapRelationship(state, id)
    return rel === undefined ? [] : [rel]
  })

/**
 * The GDAP relationships granting access to a partner tenant (any status; those an indirect
 * provider created for the partner as its reseller included), by relationship ID order.
 *
 * @category queries
 * @since 0.2.0
 */
export const gdapRelationshipsOfPartner = (state: ProgramState, partner: TenantId): ReadonlyArray<GdapRelationship> =>
  byIds(state, indexGet(state.indexes.gdapRelationshipsByPartner, partner))

/**
 * The GDAP relationships naming a customer tenant (any status), by relationship ID order. A request
 * for any customer is listed under the customer only once approved (GDAP-4).
 *
 * @category queries
 * @since 0.2.0
 */
export const gdapRelationshipsOfCustomer = (state: ProgramState, customer: TenantId): ReadonlyArray<GdapRelationship> =>
  byIds(state, indexGet(state.indexes.gdapRelationshipsByCustomer, customer))
