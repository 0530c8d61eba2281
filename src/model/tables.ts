/**
 * The table registry: every table of the program state, declared once with its entity codec, its
 * key, the field that holds the key and the index entries of its entities. The state type, the
 * empty state, the document codec, the document form of a state, the load of a document, the
 * consistency check's key checks and the writes of `evolve` are all derived from it: adding a table
 * is one entry here.
 *
 * @module
 */
import type * as t from 'io-ts'
import { GdapRelationship } from './gdap.js'
import { Invitation } from './invitation.js'
import { mpnIdsOf, Partner } from './partner.js'
import { partnershipKey, relationshipKey, Partnership, ResellerRelationship } from './relationship.js'
import { revenueKey, RevenueEntry } from './revenue.js'
import { Subscription } from './subscription.js'
import type { Table } from './table.js'
import type { Index } from './tableIndex.js'
import { Customer, Tenant } from './tenant.js'

/** The index entries of one entity, by index name: each `[key, value]` lists the entity under `key`. @internal */
type IndexEntries<E> = { readonly [index: string]: (entity: E) => ReadonlyArray<readonly [string, string]> }

/**
 * One table: the codec of its entities (each document list is a list of them), the key of an entity,
 * the entity field that holds the key (`null` for a key made of several fields; problem paths name
 * it), whether a document may omit the list (`optional`, for lists added after documents were first
 * written), and `indexes`: for each secondary index the table feeds, the entries an entity is
 * listed under. A write removes the entries of the entity it replaces and adds those of the new one.
 *
 * @internal
 */
export interface TableSpec<C extends t.Mixed, E, K extends string, I extends IndexEntries<E>, O extends boolean> {
  readonly codec: C
  readonly key: (entity: E) => K
  readonly keyField: (keyof E & string) | null
  readonly optional: O
  readonly indexes: I
}

/** A table as declared in {@link TABLES}: a {@link TableSpec} whose `indexes` and `optional` may be left out. */
interface TableDeclaration<C extends t.Mixed, E, K extends string, I extends IndexEntries<E>, O extends boolean> {
  readonly codec: C
  readonly key: (entity: E) => K
  readonly keyField: (keyof E & string) | null
  readonly indexes?: I
  readonly optional?: O
}

/** Declares a table; infers its types from the codec, the key function and the index entries. */
const table = <
  C extends t.Mixed,
  E,
  K extends string,
  I extends IndexEntries<E> = Record<never, never>,
  O extends boolean = false,
>(
  declaration: TableDeclaration<C, E, K, I, O>,
): TableSpec<C, E, K, I, O> => ({ optional: false as O, indexes: {} as I, ...declaration }) as TableSpec<C, E, K, I, O>

/** The `provider/reseller` key under which an indirect reseller relationship is indexed (CUS-3), if any. @internal */
export const viaProvider = (r: ResellerRelationship | undefined): string | undefined =>
  r?.channel === 'indirectReseller' && r.indirectProviderTenantId !== null
    ? partnershipKey(r.indirectProviderTenantId, r.partnerTenantId)
    : undefined

/**
 * Every table of the state, in document order. The entry names are the state fields and the
 * document lists; the index names are the fields of `state.indexes`.
 *
 * @internal
 */
export const TABLES = {
  /** Partners by partner tenant ID. */
  partners: table({
    codec: Partner,
    key: (p: Partner) => p.tenantId,
    keyField: 'tenantId',
    indexes: {
      /** Partner tenant IDs by every location MPN ID they hold (a company may have several CSP accounts, one per region). */
      partnersByMpnId: (p: Partner) => mpnIdsOf(p).map((id) => [id, p.tenantId] as const),
    },
  }),
  /** Every known tenant (partner, customer, integration sandbox) by tenant ID. */
  tenants: table({ codec: Tenant, key: (x: Tenant) => x.tenantId, keyField: 'tenantId' }),
  /** Customer records by customer tenant ID. */
  customers: table({ codec: Customer, key: (c: Customer) => c.tenantId, keyField: 'tenantId' }),
  /** Reseller relationships by `partnerTenantId/customerTenantId`. */
  relationships: table({
    codec: ResellerRelationship,
    key: (r: ResellerRelationship) => relationshipKey(r.partnerTenantId, r.customerTenantId),
    keyField: null,
    indexes: {
      /** Customer tenant IDs by the partner tenant holding a reseller relationship with them. */
      customersByPartner: (r: ResellerRelationship) => [[r.partnerTenantId, r.customerTenantId] as const],
      /** Partner tenant IDs by the customer tenant they hold a reseller relationship with (MUL-1). */
      partnersByCustomer: (r: ResellerRelationship) => [[r.customerTenantId, r.partnerTenantId] as const],
      /** Customer tenant IDs by `providerTenantId/resellerTenantId`, for customers served by the reseller through the provider (CUS-3). */
      customersByProviderReseller: (r: ResellerRelationship) => {
        const via = viaProvider(r)
        return via === undefined ? [] : [[via, r.customerTenantId] as const]
      },
    },
  }),
  /** Provider/reseller partnerships by `providerTenantId/resellerTenantId`. */
  partnerships: table({
    codec: Partnership,
    key: (p: Partnership) => partnershipKey(p.providerTenantId, p.resellerTenantId),
    keyField: null,
    indexes: {
      /** Reseller tenant IDs by indirect provider, for every partnership not removed. */
      resellersByProvider: (p: Partnership) =>
        p.status === 'removed' ? [] : [[p.providerTenantId, p.resellerTenantId] as const],
      /** Provider tenant IDs by indirect reseller, for every partnership not removed. */
      providersByReseller: (p: Partnership) =>
        p.status === 'removed' ? [] : [[p.resellerTenantId, p.providerTenantId] as const],
    },
  }),
  /** Customer invitations by invitation ID. */
  invitations: table({
    codec: Invitation,
    key: (i: Invitation) => i.id,
    keyField: 'id',
    indexes: {
      /** Invitation IDs by the customer tenant they invite. */
      invitationsByCustomer: (i: Invitation) => [[i.customerTenantId, i.id] as const],
    },
  }),
  /** Subscriptions by subscription ID. */
  subscriptions: table({
    codec: Subscription,
    key: (s: Subscription) => s.id,
    keyField: 'id',
    indexes: {
      /** Subscription IDs by customer tenant. */
      subscriptionsByCustomer: (s: Subscription) => [[s.customerTenantId, s.id] as const],
    },
  }),
  /** CSP revenue entries by `partnerTenantId/YYYY-MM/category` (DB-5). */
  revenue: table({
    codec: RevenueEntry,
    key: (r: RevenueEntry) => revenueKey(r.partnerTenantId, r.month, r.category),
    keyField: null,
    // optional so that documents written before revenue was recorded still decode
    optional: true,
  }),
  /** GDAP relationships by relationship ID (GDAP-1). */
  gdapRelationships: table({
    codec: GdapRelationship,
    key: (g: GdapRelationship) => g.id,
    keyField: 'id',
    // optional so that documents written before GDAP was modelled still decode
    optional: true,
    indexes: {
      /** GDAP relationship IDs by the partner tenant granted access. */
      gdapRelationshipsByPartner: (g: GdapRelationship) => [[g.partnerTenantId, g.id] as const],
      /** GDAP relationship IDs by customer tenant, for relationships naming a customer. */
      gdapRelationshipsByCustomer: (g: GdapRelationship) =>
        g.customerTenantId === null ? [] : [[g.customerTenantId, g.id] as const],
    },
  }),
}

/** The registry's type. @category state */
export type Tables = typeof TABLES
/** The name of a table: a field of the state and a list of its document. @category state */
export type TableName = keyof Tables
/** The entity type of table `N`. @category state */
export type EntityOf<N extends TableName> = Parameters<Tables[N]['key']>[0]
/** The key type of table `N`. @category state */
export type KeyOf<N extends TableName> = ReturnType<Tables[N]['key']>

/** The tables of a state, by name. @category state */
export type StateTables = { readonly [N in keyof Tables]: Table<KeyOf<N>, EntityOf<N>> }

type Union<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never
/** Every index entry function of the registry, by index name. */
type AllIndexEntries = Union<Tables[TableName]['indexes']>
/** The index an entry function feeds: its key and value types. */
type IndexFed<F> = F extends (entity: never) => ReadonlyArray<readonly [infer K extends string, infer V extends string]>
  ? Index<K, V>
  : never
/** The secondary indexes of a state, by name. @category state */
export type StateIndexFields = { readonly [I in keyof AllIndexEntries]: IndexFed<AllIndexEntries[I]> }
/** The name of a secondary index. @category state */
export type IndexName = keyof StateIndexFields

/** The table names, in document order. @internal */
export const TABLE_NAMES = Object.keys(TABLES) as ReadonlyArray<TableName>

/** A table's spec with its types erased, for the generic code that walks the registry. @internal */
export interface AnyTableSpec {
  readonly codec: t.Mixed
  readonly key: (entity: unknown) => string
  readonly keyField: string | null
  readonly optional: boolean
  /** The index entry functions, as `[index name, entries]` pairs. */
  readonly indexes: ReadonlyArray<readonly [IndexName, (entity: unknown) => ReadonlyArray<readonly [string, string]>]>
}

/** The spec of table `name`, its types erased. @internal */
export const specOf: (name: TableName) => AnyTableSpec = (() => {
  const specs = new Map(
    TABLE_NAMES.map((name) => {
      const spec = TABLES[name] as unknown as Omit<AnyTableSpec, 'indexes'> & { indexes: IndexEntries<unknown> }
      return [name, { ...spec, indexes: Object.entries(spec.indexes) as AnyTableSpec['indexes'] }] as const
    }),
  )
  return (name) => specs.get(name)!
})()

/** The index names, in registry order. @internal */
export const INDEX_NAMES: ReadonlyArray<IndexName> = TABLE_NAMES.flatMap((name) =>
  specOf(name).indexes.map(([index]) => index),
)
