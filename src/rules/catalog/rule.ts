/**
 * The shape of a catalog entry and what the catalog areas share to write one: the seed pages and
 * section anchors rules cite, the periods rules are in force, and the {@link rule} helper.
 *
 * @module
 */

/** How a rule acts. @category rules @since 0.1.0 */
export type RuleKind = 'must' | 'effect' | 'advisory'

/**
 * How well a rule of the program since 2021 is sourced: `official` (a Microsoft page says it),
 * `secondary` (only a distributor, the press, a forum or a copy of a Microsoft page says it) or
 * `inferred` (the library's reading of several sources). Seed rules are read from the seed pages.
 *
 * @category rules
 * @since 0.2.0
 */
export type Confidence = 'official' | 'secondary' | 'inferred'

/**
 * One entry of the catalog.
 *
 * - `kind`: see {@link RuleKind}.
 * - `statement`: the rule in one line.
 * - `source`: the seed page (file name in the project's seed set) and the section anchor; for the
 *   model-integrity rules MOD-1 … MOD-8, `library` / `model-integrity` (the library's own rules).
 * - `inForce`: the first rule set the rule belongs to, and the rule set that replaced it (`null`: still in force).
 * - `decision`: the library's reading where the source is vague, if any.
 * - `confidence` (rules since 2021): how well the rule is sourced; a `secondary` rule rests on no
 *   Microsoft page the library could read.
 *
 * @category rules
 * @since 0.1.0
 */
export interface RuleEntry {
  readonly kind: RuleKind
  readonly statement: string
  readonly source: { readonly seed: string; readonly section: string }
  readonly inForce: { readonly from: string; readonly until: string | null }
  readonly decision?: string
  readonly confidence?: Confidence
}

// Seed pages (file names in the project's seed set).
export const S000 = '000_92ae907c340273aa.txt'
export const S001 = '001_6988bf3aa16de2e8.txt'
export const S002 = '002_67f44b5b4431ee71.txt'
export const S003 = '003_422444bab05c1fa4.txt'
export const S004 = '004_b5dbc390814f2347.txt'

// Periods in force.
export const always = { from: '2018-12-18', until: null }
export const fromMpa = { from: '2020-02-01', until: null }
export const fromDirectBillRequirements = { from: '2020-10-27', until: null }
export const only2018 = { from: '2018-12-18', until: '2019-10-04' }

/** A catalog entry; `inForce` defaults to {@link always}, `decision` is left out when not given. */
export const rule = (
  kind: RuleKind,
  seed: string,
  section: string,
  statement: string,
  inForce: RuleEntry['inForce'] = always,
  decision?: string,
): RuleEntry => ({
  kind,
  statement,
  source: { seed, section },
  inForce,
  ...(decision === undefined ? {} : { decision }),
})

/**
 * A catalog entry of the program since 2021, sourced from a documentation page rather than a seed:
 * `source` names the page (`learn:` for learn.microsoft.com, `blog:` for a Microsoft partner blog
 * post, `press:` for a press article) and the section, `from` the rule set that brings it into force.
 */
export const since2021 = (
  kind: RuleKind,
  page: string,
  section: string,
  statement: string,
  from: string,
  confidence: Confidence,
  decision?: string,
): RuleEntry => ({ ...rule(kind, page, section, statement, { from, until: null }, decision), confidence })

// Section anchors cited by several areas or often.
export const TYPES = 'types-of-partner-relationships-in-the-csp-program'
export const MPA = 'csp-program-requirements-signing-the-microsoft-partner-agreement-mpa'
export const TRANSACTIONS = 'supported-partner-transactions-in-the-csp-program'
export const MINIMUM = 'minimum-requirements'
export const GET_STARTED = 'get-started'
export const RESTRICTED = 'affected-direct-bill-capabilities'
