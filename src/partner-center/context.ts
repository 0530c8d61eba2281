/**
 * What the steps of a Partner Center import share: the {@link ImportContext} (the payloads, the
 * state merged into, the importing partner, the state document being built and the issues found so
 * far) and the readers of Partner Center values (list envelopes, IDs, instants).
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { preview, type DecodeError } from '../codec/decodeError.js'
import type { ProgramStateDocument } from '../codec/state.js'
import { readUtcInstant } from '../internal/dates.js'
import type { IsoDateTime, Region } from '../model/ids.js'
import type { Partner } from '../model/partner.js'
import type { ProgramState } from '../model/state.js'
import type { PartnerCenterImport } from './importInput.js'

/** The entries of a body that is a single resource or a list envelope `{ items }`. */
export const items = <A>(body: { readonly items: ReadonlyArray<A> } | A): ReadonlyArray<A> =>
  typeof body === 'object' && body !== null && 'items' in body && Array.isArray((body as { items: unknown }).items)
    ? (body as { readonly items: ReadonlyArray<A> }).items
    : [body as A]

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

type Lists = Required<ProgramStateDocument>

/** The state document an import builds: every list of a state document, appended to by the steps. */
export type ImportDocument = { -readonly [K in keyof Lists]: Array<Lists[K][number]> }

/** What every import step reads and writes. */
export interface ImportContext {
  /** The decoded payloads. */
  readonly input: PartnerCenterImport
  /** The state the import merges into. */
  readonly base: ProgramState
  /** The partner whose API returned the bodies, as imported. */
  readonly partner: Partner
  /** The region of that partner, the default region of the tenants imported. */
  readonly region: Region
  /** The document being built. */
  readonly document: ImportDocument
  /** The problems found so far, in the order found. */
  readonly issues: Array<DecodeError['issues'][number]>
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
