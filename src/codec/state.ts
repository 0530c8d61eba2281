/**
 * The JSON form of {@link ProgramState}: every table as a flat list of entities, sorted by key so
 * that equal states encode to equal JSON. Indexes are not serialized; decoding rebuilds them.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, list } from '../internal/codec.js'
import { freezeDeep } from '../internal/immer.js'
import { Invitation } from '../model/invitation.js'
import { Partner, mpnIdsOf } from '../model/partner.js'
import { Partnership, ResellerRelationship } from '../model/relationship.js'
import { partnershipKey, relationshipKey } from '../model/relationship.js'
import { getInvitation, getPartner, getRelationship, getSubscription } from '../model/queries.js'
import { emptyState, type ProgramState } from '../model/state.js'
import { viaProvider } from '../model/writes.js'
import { RevenueEntry, revenueKey } from '../model/revenue.js'
import { Subscription } from '../model/subscription.js'
import { indexAddMany, indexRemove, tableSetMany } from '../model/table.js'
import { Customer, Tenant } from '../model/tenant.js'
import { checkStateDocument, documentOf, type StateProblem } from './stateCheck.js'
import { problemErrors } from './stateErrors.js'

/** Codec of the JSON document form of a state (lists of entities). @category codecs */
export const ProgramStateDocument = exact(
  'ProgramStateDocument',
  {
    partners: list(Partner),
    tenants: list(Tenant),
    customers: list(Customer),
    relationships: list(ResellerRelationship),
    partnerships: list(Partnership),
    invitations: list(Invitation),
    subscriptions: list(Subscription),
  },
  // optional so that documents written before revenue was recorded still decode
  { revenue: list(RevenueEntry) },
)
/**
 * The JSON document form of a {@link ProgramState}: `partners`, `tenants`, `customers`,
 * `relationships`, `partnerships`, `invitations`, `subscriptions` and (optional) `revenue`, each a
 * list of entities.
 *
 * @category models
 */
export type ProgramStateDocument = t.TypeOf<typeof ProgramStateDocument>
/** The plain-JSON output type of {@link ProgramStateDocument}. @category models */
export type ProgramStateJson = t.OutputOf<typeof ProgramStateDocument>

/** The last entity of each key, frozen: what a table keeps, so that indexes are built from the same entities. */
const lastByKey = <A>(values: ReadonlyArray<A>, key: (a: A) => string): ReadonlyArray<A> =>
  [...new Map(values.map((v) => [key(v), v])).values()].map(freezeDeep)

/**
 * Builds a state from its document form, or merges one into `base`: entities are frozen, added in
 * list order (a later entity with the same key replaces an earlier one) and indexed, in bulk, from
 * the entities the tables keep. Removed partnerships are kept in their table but not listed in the
 * partnership indexes. Does not check the document: {@link ProgramStateCodec} rejects an
 * inconsistent one (see {@link checkStateDocument}) before building it.
 *
 * @example
 * ```ts
 * const state = stateFromDocument(stateToJson(world) as ProgramStateDocument)
 * ```
 *
 * @category constructors
 */
export const stateFromDocument = (document: ProgramStateDocument, base: ProgramState = emptyState): ProgramState => {
  const partners = lastByKey(document.partners, (p) => p.tenantId)
  const relationships = lastByKey(document.relationships, (r) => relationshipKey(r.partnerTenantId, r.customerTenantId))
  const partnerships = lastByKey(document.partnerships, (p) => partnershipKey(p.providerTenantId, p.resellerTenantId))
  const subscriptions = lastByKey(document.subscriptions, (s) => s.id)
  const listed = partnerships.filter((p) => p.status !== 'removed')
  // a subscription that moves to another customer leaves its old customer's index entry
  let bySubscriptions = base.indexes.subscriptionsByCustomer
  for (const s of subscriptions) {
    const before = getSubscription(base, s.id)?.customerTenantId
    if (before !== undefined && before !== s.customerTenantId)
      bySubscriptions = indexRemove(bySubscriptions, before, s.id)
  }
  // a partner whose MPN ID changes leaves its old MPN ID's index entry
  let byMpn = base.indexes.partnersByMpnId
  for (const p of partners) {
    const previous = getPartner(base, p.tenantId)
    for (const id of previous === undefined ? [] : mpnIdsOf(previous))
      if (!mpnIdsOf(p).includes(id)) byMpn = indexRemove(byMpn, id, p.tenantId)
  }
  // a relationship that no longer goes through the same provider leaves its provider/reseller entry
  let byProviderReseller = base.indexes.customersByProviderReseller
  for (const r of relationships) {
    const before = viaProvider(getRelationship(base, r.partnerTenantId, r.customerTenantId))
    if (before !== undefined && before !== viaProvider(r))
      byProviderReseller = indexRemove(byProviderReseller, before, r.customerTenantId)
  }
  // a partnership the document marks removed leaves the partnership indexes
  let { resellersByProvider, providersByReseller } = base.indexes
  for (const p of partnerships.filter((x) => x.status === 'removed')) {
    resellersByProvider = indexRemove(resellersByProvider, p.providerTenantId, p.resellerTenantId)
    providersByReseller = indexRemove(providersByReseller, p.resellerTenantId, p.providerTenantId)
  }
  // an invitation the document gives another customer leaves its old customer's entry
  const invitations = lastByKey(document.invitations, (i) => i.id)
  let byInvited = base.indexes.invitationsByCustomer
  for (const i of invitations) {
    const previous = getInvitation(base, i.id)
    if (previous !== undefined && previous.customerTenantId !== i.customerTenantId)
      byInvited = indexRemove(byInvited, previous.customerTenantId, i.id)
  }
  const { indexes } = base
  return {
    partners: tableSetMany(base.partners, partners, (p) => p.tenantId),
    tenants: tableSetMany(
      base.tenants,
      lastByKey(document.tenants, (t) => t.tenantId),
      (t) => t.tenantId,
    ),
    customers: tableSetMany(
      base.customers,
      lastByKey(document.customers, (c) => c.tenantId),
      (c) => c.tenantId,
    ),
    relationships: tableSetMany(base.relationships, relationships, (r) =>
      relationshipKey(r.partnerTenantId, r.customerTenantId),
    ),
    partnerships: tableSetMany(base.partnerships, partnerships, (p) =>
      partnershipKey(p.providerTenantId, p.resellerTenantId),
    ),
    invitations: tableSetMany(base.invitations, invitations, (i) => i.id),
    subscriptions: tableSetMany(base.subscriptions, subscriptions, (s) => s.id),
    revenue: tableSetMany(base.revenue, document.revenue?.map(freezeDeep) ?? [], (r) =>
      revenueKey(r.partnerTenantId, r.month, r.category),
    ),
    indexes: {
      partnersByMpnId: indexAddMany(
        byMpn,
        partners.flatMap((p) => mpnIdsOf(p).map((id) => [id, p.tenantId] as const)),
      ),
      customersByPartner: indexAddMany(
        indexes.customersByPartner,
        relationships.map((r) => [r.partnerTenantId, r.customerTenantId] as const),
      ),
      partnersByCustomer: indexAddMany(
        indexes.partnersByCustomer,
        relationships.map((r) => [r.customerTenantId, r.partnerTenantId] as const),
      ),
      subscriptionsByCustomer: indexAddMany(
        bySubscriptions,
        subscriptions.map((s) => [s.customerTenantId, s.id] as const),
      ),
      customersByProviderReseller: indexAddMany(
        byProviderReseller,
        relationships.flatMap((r) => {
          const key = viaProvider(r)
          return key === undefined ? [] : [[key, r.customerTenantId] as const]
        }),
      ),
      resellersByProvider: indexAddMany(
        resellersByProvider,
        listed.map((p) => [p.providerTenantId, p.resellerTenantId] as const),
      ),
      providersByReseller: indexAddMany(
        providersByReseller,
        listed.map((p) => [p.resellerTenantId, p.providerTenantId] as const),
      ),
      invitationsByCustomer: indexAddMany(
        byInvited,
        invitations.map((i) => [i.customerTenantId, i.id] as const),
      ),
    },
  }
}

const DOCUMENT_LISTS = t.type({ ...ProgramStateDocument.required, ...ProgramStateDocument.optional })

/**
 * The validation errors for `problems` of the document `u`, one per problem at its path (see
 * {@link problemErrors}), below the context `c` (by default the root of a {@link ProgramStateCodec} decode).
 *
 * @internal
 */
export const stateProblemErrors = (
  u: unknown,
  problems: ReadonlyArray<StateProblem>,
  c: t.Context = [{ key: '', type: ProgramStateCodec, actual: u }],
): ReadonlyArray<t.ValidationError> => problemErrors(DOCUMENT_LISTS, u, c, problems)

/**
 * Codec for {@link ProgramState}: decodes the JSON document form (see
 * {@link ProgramStateDocument}) into a state and encodes a state to it. The round trip is lossless.
 * A document that breaks an invariant the commands maintain (see {@link checkStateDocument}) fails
 * with one error per problem, at its path, with message `MOD-n: …`.
 *
 * @example
 * ```ts
 * const decoded = decode(ProgramStateCodec, JSON.parse(text)) // Either<DecodeError, ProgramState>
 * ```
 *
 * @category codecs
 */
export const ProgramStateCodec = new t.Type<ProgramState, ProgramStateJson, unknown>(
  'ProgramState',
  (u): u is ProgramState => typeof u === 'object' && u !== null && 'indexes' in u && 'partners' in u,
  (u, c) => {
    const document = ProgramStateDocument.validate(u, c)
    if (document._tag === 'Left') return document
    const problems = checkStateDocument(document.right)
    return problems.length === 0
      ? t.success(stateFromDocument(document.right))
      : t.failures([...stateProblemErrors(u, problems, c)])
  },
  (state) => ProgramStateDocument.encode(documentOf(state)),
)

/** Encodes a state to plain JSON-ready data. @category codecs */
export const stateToJson = (state: ProgramState): ProgramStateJson => ProgramStateCodec.encode(state)
