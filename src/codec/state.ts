/**
 * The JSON form of {@link ProgramState}: every table as a flat list of entities, sorted by key so
 * that equal states encode to equal JSON. Indexes are not serialized; decoding rebuilds them.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, list, type ListType } from '../internal/codec.js'
import { freezeDeep } from '../internal/immer.js'
import { emptyState, type ProgramState } from '../model/state.js'
import { TABLE_NAMES, TABLES, type EntityOf, type TableName, type Tables } from '../model/tables.js'
import { putAll } from '../model/writes.js'
import { checkStateDocument, documentOf, type StateProblem } from './stateCheck.js'
import { problemErrors } from './stateErrors.js'

/**
 * The document lists of the tables whose `optional` is `O`, each a list of the table's codec. (The
 * type is written out rather than named, so that the document codec's type names no internal alias.)
 */
const lists = <O extends boolean>(optional: O) =>
  Object.fromEntries(
    TABLE_NAMES.filter((name) => TABLES[name].optional === optional).map((name) => [name, list(TABLES[name].codec)]),
  ) as { [N in TableName as Tables[N]['optional'] extends O ? N : never]: ListType<Tables[N]['codec']> }

/** Codec of the JSON document form of a state (lists of entities, one per table). @category codecs @since 0.1.0 */
export const ProgramStateDocument = exact('ProgramStateDocument', lists(false), lists(true))
/**
 * The JSON document form of a {@link ProgramState}: one list of entities per table (`partners`,
 * `tenants`, … as in the state), without the indexes. A list the table registry marks optional
 * (`revenue`, recorded after the first documents were written) may be left out.
 *
 * @category models
 */
export type ProgramStateDocument = t.TypeOf<typeof ProgramStateDocument>
/** The plain-JSON output type of {@link ProgramStateDocument}. @category models @since 0.1.0 */
export type ProgramStateJson = t.OutputOf<typeof ProgramStateDocument>

/**
 * Builds a state from its document form, or merges one into `base`: entities are frozen, added in
 * list order (a later entity with the same key replaces an earlier one) and indexed, in bulk, from
 * the entities the tables keep (an entity that replaces one of `base` moves in the indexes, as a
 * write does; see `putAll`). Removed partnerships are kept in their table but not listed in the partnership
 * indexes. Does not check the document: {@link ProgramStateCodec} rejects an inconsistent one (see
 * {@link checkStateDocument}) before building it.
 *
 * @example
 * ```ts
 * import * as E from 'fp-ts/lib/Either.js'
 * import { checkStateDocument, decode, ProgramStateDocument, stateFromDocument } from 'csp-channel'
 * const document = decode(ProgramStateDocument, JSON.parse(text)) // each entity decoded, the whole not checked yet
 * const consistent = E.isRight(document) && checkStateDocument(document.right).length === 0
 * const loaded = consistent ? stateFromDocument(document.right) : undefined
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const stateFromDocument = (document: ProgramStateDocument, base: ProgramState = emptyState): ProgramState =>
  TABLE_NAMES.reduce((state, name) => {
    const values: ReadonlyArray<EntityOf<TableName>> = document[name] ?? []
    for (const v of values) freezeDeep(v)
    return putAll(state, name, values)
  }, base)

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
 * import { decode, ProgramStateCodec } from 'csp-channel'
 * const decoded = decode(ProgramStateCodec, JSON.parse(text)) // Either<DecodeError, ProgramState>
 * ```
 *
 * @category codecs
 * @since 0.1.0
 */
// annotated: stateProblemErrors refers to the codec, whose decoder calls it
export const ProgramStateCodec: t.Type<ProgramState, ProgramStateJson, unknown> = new t.Type(
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

/** Encodes a state to plain JSON-ready data. @category codecs @since 0.1.0 */
export const stateToJson = (state: ProgramState): ProgramStateJson => ProgramStateCodec.encode(state)
