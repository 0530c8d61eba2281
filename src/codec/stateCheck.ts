/**
 * The consistency check of a program state: every invariant the commands maintain, checked on a
 * whole state or on a decoded state document. Decoding a state document runs it, so an
 * inconsistent document is never accepted; the Partner Center importer runs it on what it builds.
 *
 * The check is linear in the size of the document: one pass per list, with map lookups.
 *
 * @module
 */
import type { ProgramState } from '../model/state.js'
import { tableValues, type Table } from '../model/table.js'
import { specOf, TABLE_NAMES } from '../model/tables.js'
import type { INTEGRITY_RULES } from '../rules/integrity.js'
import type { ProgramStateDocument } from './state.js'
import { referenceProblems, type Held, type Report } from './stateReferences.js'

/**
 * The model-integrity rule a {@link StateProblem} breaks, from the rule catalog (`MOD-1` … `MOD-8`):
 * `MOD-1` a dangling reference (or a partner tenant used as a customer), `MOD-2` a key or MPN ID
 * held twice, `MOD-4` an add-on without a license-based parent of the same customer (or a parent on
 * anything else), `MOD-5` a seat count out of range.
 *
 * @example
 * ```ts
 * import type { StateRule } from 'csp-channel'
 * const rule: StateRule = 'MOD-2'
 * ```
 *
 * @category decoding
 * @since 0.2.0
 */
export type StateRule = keyof typeof INTEGRITY_RULES

/**
 * One inconsistency of a state: the model-integrity `rule` it breaks, the `path` of the offending
 * field in the document lists (`subscriptions[3].customerTenantId`, `partners[0].locationMpnIds[1]`,
 * or `relationships[2]` for a whole entity) and a `message` naming the IDs involved.
 *
 * @example
 * ```ts
 * import type { StateProblem } from 'csp-channel'
 * const problem: StateProblem = {
 *   rule: 'MOD-1',
 *   path: 'subscriptions[0].customerTenantId',
 *   message: 'subscription a0… names customer tenant c0…, which the document does not hold as a customer',
 * }
 * ```
 *
 * @category decoding
 * @since 0.2.0
 */
export interface StateProblem {
  /** The model-integrity rule broken. */
  readonly rule: StateRule
  /** Where, in the document lists: `list[index].field`, with `[n]` for list items. */
  readonly path: string
  /** What is wrong, naming the IDs involved. */
  readonly message: string
}

/** Reports every key held twice in one list (MOD-2) and returns the first entity of each key. */
const uniqueBy = <A>(
  list: ReadonlyArray<A>,
  name: string,
  keyOf: (a: A) => string,
  field: string | null,
  report: Report,
): Map<string, A> => {
  const first = new Map<string, A>()
  const at = new Map<string, number>()
  list.forEach((a, i) => {
    const key = keyOf(a)
    const earlier = at.get(key)
    if (earlier === undefined) {
      first.set(key, a)
      at.set(key, i)
    } else
      report(
        'MOD-2',
        `${name}[${i}]${field === null ? '' : `.${field}`}`,
        `${name} holds ${key} twice (also at ${name}[${earlier}]); a key is held once`,
      )
  })
  return first
}

/** Reports every MPN ID (tied or location) held by two partners (MOD-2). */
const uniqueMpnIds = (document: ProgramStateDocument, report: Report): void => {
  const holders = new Map<string, { readonly tenantId: string; readonly path: string }>()
  document.partners.forEach((p, i) => {
    const ids = [p.mpnId, ...p.locationMpnIds]
    ids.forEach((id, k) => {
      const path = k === 0 ? `partners[${i}].mpnId` : `partners[${i}].locationMpnIds[${k - 1}]`
      const holder = holders.get(id)
      if (holder === undefined) holders.set(id, { tenantId: p.tenantId, path })
      else if (holder.tenantId !== p.tenantId)
        report(
          'MOD-2',
          path,
          `MPN ID ${id} of partner ${p.tenantId} is also held by partner ${holder.tenantId} (${holder.path})`,
        )
    })
  })
}

/**
 * Checks a decoded state document, list by list, before it becomes a state: keys held twice (which
 * a table would silently collapse) and MPN IDs shared by two partners (`MOD-2`), dangling
 * references and partner tenants used as customers (`MOD-1`), add-on parents (`MOD-4`) and seat
 * counts (`MOD-5`). Returns every problem, in list order; an empty list means the document is
 * consistent. Linear in the size of the document.
 *
 * @example
 * ```ts
 * import * as E from 'fp-ts/lib/Either.js'
 * import { checkStateDocument, decode, ProgramStateDocument } from 'csp-channel'
 * const document = decode(ProgramStateDocument, JSON.parse(text)) // each entity decoded, the whole not checked yet
 * const problems = E.isRight(document) ? checkStateDocument(document.right) : []
 * problems.map((p) => `${p.rule} at ${p.path}: ${p.message}`)
 * ```
 *
 * @category decoding
 * @since 0.2.0
 */
export const checkStateDocument = (document: ProgramStateDocument): ReadonlyArray<StateProblem> => {
  const problems: StateProblem[] = []
  const report: Report = (rule, path, message) => {
    problems.push({ rule, path, message })
  }
  const held = Object.fromEntries(
    TABLE_NAMES.map((name) => {
      const { key, keyField } = specOf(name)
      return [name, uniqueBy<unknown>(document[name] ?? [], name, key, keyField, report)]
    }),
  ) as unknown as Held
  uniqueMpnIds(document, report)
  referenceProblems(document, held, report)
  return problems
}

const sortedBy = <A>(values: ReadonlyArray<A>, key: (a: A) => string): ReadonlyArray<A> =>
  values
    .map((value) => ({ value, key: key(value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.value)

/**
 * The document lists of a state, each sorted by key: the form the state codec encodes, and the
 * lists the paths of {@link checkState} refer to.
 *
 * @internal
 */
export const documentOf = (state: ProgramState): Required<ProgramStateDocument> =>
  Object.fromEntries(
    TABLE_NAMES.map((name) => [name, sortedBy(tableValues(state[name] as Table<string, unknown>), specOf(name).key)]),
  ) as unknown as Required<ProgramStateDocument>

/**
 * Checks a whole state: every invariant of {@link checkStateDocument}, on the lists the state
 * encodes to (each sorted by key), so every path is a path in `stateToJson(state)`. A state built
 * by commands always passes with no problem. O(n log n) in the size of the state (the sort).
 *
 * @example
 * ```ts
 * import { checkState } from 'csp-channel'
 * const problems = checkState(state)
 * if (problems.length > 0) console.error(problems.map((p) => `${p.rule} at ${p.path}: ${p.message}`).join('\n'))
 * ```
 *
 * @category decoding
 * @since 0.2.0
 */
export const checkState = (state: ProgramState): ReadonlyArray<StateProblem> => checkStateDocument(documentOf(state))

/** The keys of a problem path: `subscriptions[3].customerTenantId` gives `subscriptions`, `3`, `customerTenantId`. @internal */
export const pathKeys = (path: string): ReadonlyArray<string> => path.split(/[.[\]]+/).filter((k) => k !== '')

/** The value at `keys` in `root`, or `undefined`. @internal */
export const valueAt = (root: unknown, keys: ReadonlyArray<string>): unknown =>
  keys.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined),
    root,
  )
