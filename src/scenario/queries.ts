/**
 * The queries a scenario step may expect results of, a small closed set: `partner`,
 * `subscription` and `assessDirectBill`. Each is a codec of its expectation
 * (`{ "query": name, …arguments, "expect": fields or null }`) and a function that runs it on a state
 * and gives its result as JSON, to compare with the expected fields.
 *
 * @module
 */
import * as t from 'io-ts'
import { assessDirectBill } from '../directBill/requirements.js'
import { exact, list, nullable, type ExactType } from '../internal/codec.js'
import { IsoDateTime, SubscriptionId, TenantId } from '../kernel/ids.js'
import { UsdAmount } from '../kernel/money.js'
import { Partner, PartnerRole, isRestricted, partnerRoles } from '../model/partner.js'
import { getPartner, getSubscription } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import { Subscription } from '../model/subscription.js'
import { RuleId } from '../rules/catalog.js'
import { RuleSetId } from '../rules/ruleSets.js'
import { KeyedUnion, partialOf } from './codecs.js'

/** The fields of a partial exact codec, to extend with a query's derived fields. */
const fieldsOf = (codec: t.Mixed): t.Props => (partialOf(codec) as ExactType<t.Props, t.Props>).optional

const RuleIds = list(RuleId, 'RuleIds')

/** The result of a query as JSON: `null` when what it asks about does not exist. */
export type QueryResult = Readonly<Record<string, unknown>> | null

/** The arguments of a query as decoded. */
type Args<P extends t.Props, O extends t.Props> = { readonly [K in keyof P]: t.TypeOf<P[K]> } & {
  readonly [K in keyof O]?: t.TypeOf<O[K]>
}

interface Rest<P extends t.Props, O extends t.Props> {
  /** The result's lists whose order does not matter: sorted before comparing. */
  readonly unordered: ReadonlyArray<string>
  /** A short name of what is asked, for the timeline (`partner 3b33e682`). */
  readonly label: (q: Args<P, O>) => string
  readonly run: (state: ProgramState, q: Args<P, O>, at: IsoDateTime) => QueryResult
}

const query = <N extends string, P extends t.Props, O extends t.Props, F extends t.Mixed>(
  name: N,
  args: P,
  optionalArgs: O,
  fields: F,
  rest: Rest<P, O>,
) => ({
  codec: exact(
    `${name.charAt(0).toUpperCase()}${name.slice(1)}Query`,
    { query: t.literal(name), ...args, expect: nullable(fields) },
    optionalArgs,
  ),
  ...rest,
})

const short = (id: string) => id.slice(0, 8)

const PartnerFields = exact(
  'PartnerFields',
  {},
  { ...fieldsOf(Partner), roles: list(PartnerRole, 'PartnerRoles'), restricted: t.boolean },
)

const SubscriptionFields = exact('SubscriptionFields', {}, fieldsOf(Subscription))

const AssessmentFields = exact(
  'DirectBillAssessmentFields',
  {},
  {
    ruleSet: RuleSetId,
    inForce: t.boolean,
    unmet: RuleIds,
    unknown: RuleIds,
    warnings: RuleIds,
    trailingTwelveMonthCloudRevenue: nullable(UsdAmount),
  },
)

/** Every query, by name. @internal */
export const QUERIES = {
  partner: query('partner', { tenantId: TenantId }, {}, PartnerFields, {
    unordered: ['roles'],
    label: (q) => `partner ${short(q.tenantId)}`,
    run: (state, q) => {
      const partner = getPartner(state, q.tenantId)
      return partner === undefined
        ? null
        : { ...Partner.encode(partner), roles: partnerRoles(partner), restricted: isRestricted(partner) }
    },
  }),
  subscription: query('subscription', { id: SubscriptionId }, {}, SubscriptionFields, {
    unordered: [],
    label: (q) => `subscription ${short(q.id)}`,
    run: (state, q) => {
      const subscription = getSubscription(state, q.id)
      return subscription === undefined ? null : Subscription.encode(subscription)
    },
  }),
  assessDirectBill: query(
    'assessDirectBill',
    { tenantId: TenantId },
    { at: IsoDateTime, ruleSet: RuleSetId },
    AssessmentFields,
    {
      unordered: ['unmet', 'unknown', 'warnings'],
      label: (q) => `assessDirectBill ${short(q.tenantId)}${q.at === undefined ? '' : ` at ${q.at.slice(0, 10)}`}`,
      run: (state, q, at) => {
        const a = assessDirectBill(state, q.tenantId, q.at ?? at, q.ruleSet)
        if (a === undefined) return null
        const revenue = a.trailingTwelveMonthCloudRevenueCents
        return {
          ruleSet: a.ruleSet,
          inForce: a.inForce,
          unmet: a.unmet.map((u) => u.rule),
          unknown: a.unknown.map((u) => u.rule),
          warnings: a.warnings.map((w) => w.rule),
          trailingTwelveMonthCloudRevenue: revenue === null ? null : UsdAmount.encode(revenue),
        }
      },
    },
  ),
} as const

/** The name of a query. @internal */
export type QueryName = keyof typeof QUERIES

/**
 * Codec for {@link ExpectedQuery}: chosen by `query`; an unknown query name fails with the closest
 * one suggested.
 *
 * @category codecs
 * @since 0.2.0
 */
export const ExpectedQuery: t.Type<ExpectedQuery, unknown, unknown> = new KeyedUnion(
  'ExpectedQuery',
  'query',
  {
    partner: QUERIES.partner.codec,
    subscription: QUERIES.subscription.codec,
    assessDirectBill: QUERIES.assessDirectBill.codec,
  },
  `a query: ${Object.keys(QUERIES).join(', ')}`,
) as t.Type<ExpectedQuery, unknown, unknown>

/**
 * The expected result of a query on the state after a step:
 *
 * - `{ "query": "partner", "tenantId": …, "expect": … }`: the partner's fields, with `roles` (in
 *   any order) and `restricted`;
 * - `{ "query": "subscription", "id": …, "expect": … }`: the subscription's fields (`seats`,
 *   `status`, …);
 * - `{ "query": "assessDirectBill", "tenantId": …, "at"?: …, "ruleSet"?: …, "expect": … }`: the
 *   direct bill assessment at the step's date (or `at`): `unmet`, `unknown` and `warnings` rule IDs
 *   (in any order), `inForce`, `ruleSet`, `trailingTwelveMonthCloudRevenue` (USD, `"212480.00"`).
 *
 * `expect` gives the fields to compare (an object by the fields it gives, at any depth; a list or
 * any other value must be equal), or `null` for "there is none".
 *
 * @category models
 * @since 0.2.0
 */
export type ExpectedQuery =
  | {
      readonly query: 'partner'
      readonly tenantId: TenantId
      readonly expect: { readonly [field: string]: unknown } | null
    }
  | {
      readonly query: 'subscription'
      readonly id: SubscriptionId
      readonly expect: { readonly [field: string]: unknown } | null
    }
  | {
      readonly query: 'assessDirectBill'
      readonly tenantId: TenantId
      readonly at?: IsoDateTime
      readonly ruleSet?: RuleSetId
      readonly expect: { readonly [field: string]: unknown } | null
    }

/**
 * Runs an expected query on `state`: its label, the result as JSON, and the expected fields as JSON,
 * the lists whose order does not matter sorted in both. @internal
 */
export const runQuery = (
  state: ProgramState,
  q: ExpectedQuery,
  at: IsoDateTime,
): { readonly label: string; readonly expected: QueryResult; readonly actual: QueryResult } => {
  const definition = QUERIES[q.query] as unknown as { readonly codec: t.Mixed } & Rest<t.Props, t.Props>
  const sorted = (r: QueryResult): QueryResult =>
    r === null
      ? null
      : Object.fromEntries(
          Object.entries(r).map(([k, v]) =>
            definition.unordered.includes(k) && Array.isArray(v) ? [k, [...(v as string[])].sort()] : [k, v],
          ),
        )
  const expected = definition.codec.encode(q as never).expect as QueryResult
  return {
    label: definition.label(q as never),
    expected: sorted(expected),
    actual: sorted(definition.run(state, q as never, at)),
  }
}
