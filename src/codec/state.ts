/**
 * The JSON form of {@link ProgramState}: every table as a flat list of entities, sorted by key so
 * that equal states encode to equal JSON. Indexes are not serialized; decoding rebuilds them.
 *
 * @module
 */
import * as t from 'io-ts'
import { freezeDeep } from '../internal/immer.js'
import { Invitation } from '../model/invitation.js'
import { Partner } from '../model/partner.js'
import { Partnership, ResellerRelationship } from '../model/relationship.js'
import {
  emptyState,
  putCustomer,
  putInvitation,
  putPartner,
  putPartnership,
  putRelationship,
  putSubscription,
  putTenant,
  type ProgramState,
} from '../model/state.js'
import { Subscription } from '../model/subscription.js'
import { tableValues } from '../model/table.js'
import { Customer, Tenant } from '../model/tenant.js'

/** Codec of the JSON document form of a state (lists of entities). @category codecs */
export const ProgramStateDocument = t.type(
  {
    partners: t.readonlyArray(Partner),
    tenants: t.readonlyArray(Tenant),
    customers: t.readonlyArray(Customer),
    relationships: t.readonlyArray(ResellerRelationship),
    partnerships: t.readonlyArray(Partnership),
    invitations: t.readonlyArray(Invitation),
    subscriptions: t.readonlyArray(Subscription),
  },
  'ProgramStateDocument',
)
/**
 * The JSON document form of a {@link ProgramState}: `partners`, `tenants`, `customers`,
 * `relationships`, `partnerships`, `invitations` and `subscriptions`, each a list of entities.
 *
 * @category models
 */
export type ProgramStateDocument = t.TypeOf<typeof ProgramStateDocument>
/** The plain-JSON output type of {@link ProgramStateDocument}. @category models */
export type ProgramStateJson = t.OutputOf<typeof ProgramStateDocument>

const sortedBy = <A>(values: ReadonlyArray<A>, key: (a: A) => string) =>
  [...values].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))

const toDocument = (state: ProgramState): ProgramStateDocument => ({
  partners: sortedBy(tableValues(state.partners), (p) => p.tenantId),
  tenants: sortedBy(tableValues(state.tenants), (x) => x.tenantId),
  customers: sortedBy(tableValues(state.customers), (c) => c.tenantId),
  relationships: sortedBy(tableValues(state.relationships), (r) => `${r.partnerTenantId}/${r.customerTenantId}`),
  partnerships: sortedBy(tableValues(state.partnerships), (p) => `${p.providerTenantId}/${p.resellerTenantId}`),
  invitations: sortedBy(tableValues(state.invitations), (i) => i.id),
  subscriptions: sortedBy(tableValues(state.subscriptions), (s) => s.id),
})

/**
 * Builds a state from its document form (entities are frozen; indexes rebuilt). Entities are added
 * in list order; a later entity with the same key replaces an earlier one.
 *
 * @category constructors
 */
export const stateFromDocument = (document: ProgramStateDocument, base: ProgramState = emptyState): ProgramState => {
  let state = base
  for (const x of document.tenants) state = putTenant(state, freezeDeep(x))
  for (const x of document.partners) state = putPartner(state, freezeDeep(x))
  for (const x of document.customers) state = putCustomer(state, freezeDeep(x))
  for (const x of document.relationships) state = putRelationship(state, freezeDeep(x))
  for (const x of document.partnerships) state = putPartnership(state, freezeDeep(x))
  for (const x of document.invitations) state = putInvitation(state, freezeDeep(x))
  for (const x of document.subscriptions) state = putSubscription(state, freezeDeep(x))
  return state
}

/**
 * Codec for {@link ProgramState}: decodes the JSON document form (see
 * {@link ProgramStateDocument}) into a state and encodes a state to it. The round trip is lossless.
 *
 * @category codecs
 */
export const ProgramStateCodec = new t.Type<ProgramState, ProgramStateJson, unknown>(
  'ProgramState',
  (u): u is ProgramState => typeof u === 'object' && u !== null && 'indexes' in u && 'partners' in u,
  (u, c) => {
    const document = ProgramStateDocument.validate(u, c)
    return document._tag === 'Left' ? document : t.success(stateFromDocument(document.right))
  },
  (state) => ProgramStateDocument.encode(toDocument(state)),
)

/** Encodes a state to plain JSON-ready data. @category codecs */
export const stateToJson = (state: ProgramState): ProgramStateJson => ProgramStateCodec.encode(state)
