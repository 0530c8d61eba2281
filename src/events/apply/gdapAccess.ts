/**
 * GDAP-on-customers events: the GDAP relationships Microsoft grants, the end of delegated admin
 * privileges, and the administrative tasks that change nothing.
 *
 * @internal
 */
import { freezeDeep, produce, type Draft } from '../../internal/immer.js'
import type { TenantId } from '../../kernel/ids.js'
import { getRelationship } from '../../model/queries.js'
import type { ResellerRelationship } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import { putGdapRelationship, putRelationship } from '../../model/writes.js'
import { die } from '../entityUpdates.js'
import type { Handlers } from './handler.js'

/** The reseller relationship of `partner` with `customer`, changed by `recipe`. */
const updateRelationship = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
  recipe: (r: Draft<ResellerRelationship>) => void,
) => {
  const relationship = getRelationship(state, partner, customer) ?? die(`relationship ${partner}/${customer}`)
  return putRelationship(state, produce(relationship, recipe))
}

/** How each of these events changes the state. */
export const GDAP_ACCESS_HANDLERS = {
  GdapRelationshipGranted: (state, event) => putGdapRelationship(state, freezeDeep(event.relationship)),
  DelegatedAdminEndScheduled: (state, event) =>
    updateRelationship(state, event.partnerTenantId, event.customerTenantId, (r) => {
      r.delegatedAdminUntil = event.until
    }),
  DelegatedAdminRemoved: (state, event) =>
    updateRelationship(state, event.partnerTenantId, event.customerTenantId, (r) => {
      r.delegatedAdmin = false
      delete r.delegatedAdminUntil
    }),
  // an audit record: the task happened in the customer's tenant, not in the model
  AdminTaskPerformed: (state) => state,
} satisfies Partial<Handlers>
