/**
 * What the steps of a Partner Center import share: the {@link ImportContext} (the payloads, the
 * state merged into, the importing partner, the entities built so far by key, the issues found and
 * the report being written) and the readers of Partner Center values (list envelopes, IDs,
 * instants).
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { preview, type DecodeError } from '../codec/decodeError.js'
import { readUtcInstant } from '../kernel/dates.js'
import type { IsoDateTime, Region, SubscriptionId } from '../kernel/ids.js'
import type { GdapRelationship } from '../model/gdap.js'
import type { Partner, PartnerRole } from '../model/partner.js'
import type { Partnership, ResellerRelationship } from '../model/relationship.js'
import type { ProgramState } from '../model/state.js'
import type { Subscription } from '../model/subscription.js'
import type { Customer, Tenant } from '../model/tenant.js'
import type { PartnerCenterImport } from './importInput.js'
import type { ImportNote } from './report.js'

/** The entries of a body that is a single resource or a list envelope `{ items }`. */
export const items = <A>(body: { readonly items: ReadonlyArray<A> } | A): ReadonlyArray<A> =>
  typeof body === 'object' && body !== null && 'items' in body && Array.isArray((body as { items: unknown }).items)
    ? (body as { readonly items: ReadonlyArray<A> }).items
    : [body as A]

/** The path of entry `j` of a body at `path`: `path.items[j]` in a list envelope, else `path`. */
export const itemPath = (path: string, body: unknown, j: number): string =>
  typeof body === 'object' && body !== null && 'items' in body ? `${path}.items[${j}]` : path

/** `raw` decoded by `codec`, or `undefined` when it is absent or does not decode. */
export const value = <A>(codec: t.Type<A, unknown, unknown>, raw: string | undefined | null): A | undefined => {
  if (raw === undefined || raw === null) return undefined
  const result = codec.decode(raw)
  return E.isRight(result) ? result.right : undefined
}

/**
 * Partner Center writes some instants with spaces (`"2015-11-25T06: 41: 12Z"`), with a local
 * offset (`"2017-04-10T16:02:25.983-07:00"`) or with none (`"2019-11-01T10:00:00"`); read them as
 * UTC instants, an offset-less one as UTC (never in the machine's time zone). Unreadable dates and
 * dates outside years 0001 to 9999 give `undefined`; never throws.
 */
export const instant = (raw: string | undefined): IsoDateTime | undefined =>
  raw === undefined ? undefined : readUtcInstant(raw.replace(/\s+/g, ''))

/** `{ [key]: v }`, or no field when `v` is undefined: an optional field a body says or the state knows. */
export const optional = <K extends string, V>(key: K, v: V | undefined): { [k in K]?: V } =>
  (v === undefined ? {} : { [key]: v }) as { [k in K]?: V }

/** The entities an import builds, by key (later readings replace earlier ones of the same key). */
export interface ImportEntities {
  readonly partners: Map<string, Partner>
  readonly tenants: Map<string, Tenant>
  readonly customers: Map<string, Customer>
  readonly relationships: Map<string, ResellerRelationship>
  readonly partnerships: Map<string, Partnership>
  readonly subscriptions: Map<string, Subscription>
  /** Where in the input each subscription imported was read. */
  readonly subscriptionPaths: Map<string, string>
  /** The subscriptions imported from bodies naming their order, by `orderId|OFFERID`. */
  readonly subscriptionsByOrder: Map<string, SubscriptionId>
  /** The GDAP relationships, by relationship ID. */
  readonly gdapRelationships: Map<string, GdapRelationship>
}

/** The key of {@link ImportEntities.subscriptionsByOrder}: an order ID and an offer ID. */
export const orderOfferKey = (orderId: string, offerId: string): string => `${orderId}|${offerId.toUpperCase()}`

/** The kinds of note of an import report. */
export type NoteKind = 'inferred' | 'created' | 'unknown' | 'leftOut'

/** The report being written: counts of what was read, and notes by kind. */
export interface ReportDraft {
  readonly read: Record<string, number>
  // eslint-disable-next-line no-restricted-syntax -- a draft the import steps push notes to
  readonly notes: Record<NoteKind, ImportNote[]>
}

/** What every import step reads and writes. */
export interface ImportContext {
  /** The decoded payloads. */
  readonly input: PartnerCenterImport
  /** The state the import merges into. */
  readonly base: ProgramState
  /** The partner whose API returned the bodies, as imported. */
  readonly partner: Partner
  /** Its roles: from the input, else those it holds in `base`. */
  readonly roles: ReadonlyArray<PartnerRole>
  /** Its region. */
  readonly region: Region
  /** The entities built so far. */
  readonly entities: ImportEntities
  /** The problems found so far, in the order found. */
  // eslint-disable-next-line no-restricted-syntax -- the import steps push the problems they find
  readonly issues: Array<DecodeError['issues'][number]>
  /** The report being written. */
  readonly report: ReportDraft
}

/** A fresh report draft. */
export const reportDraft = (): ReportDraft => ({
  read: {},
  notes: { inferred: [], created: [], unknown: [], leftOut: [] },
})

/** Counts `n` entities of `resource` read. */
export const count = ({ report }: ImportContext, resource: string, n = 1): void => {
  report.read[resource] = (report.read[resource] ?? 0) + n
}

/** Adds a note of `kind` to the report: where in the input, about which ID, and what. */
export const note = ({ report }: ImportContext, kind: NoteKind, path: string, subject: string, text: string): void => {
  report.notes[kind].push({ path, subject, note: text })
}

/** `raw` decoded by `codec`; when it does not decode, an issue at `path` and `undefined`. */
export const guid = <A>(
  context: ImportContext,
  codec: t.Type<A, unknown, unknown>,
  raw: string,
  path: string,
): A | undefined => {
  const decoded = value(codec, raw)
  if (decoded === undefined)
    context.issues.push({ path, expected: codec.name, received: preview(raw), kind: 'invalid' })
  return decoded
}
