/**
 * What a scenario step expects: the verdict (`"accepted"`, `{ "accepted": true, … }` or
 * `{ "rejected": [rule IDs], … }`) and, with it, the events and warnings of an accepted command and
 * the results of queries on the state after the step.
 *
 * @module
 */
import * as t from 'io-ts'
import { DomainEvent, type DomainEventTag } from '../events/events.js'
import { exact, list, nonEmptyList, type ExactType } from '../internal/codec.js'
import { didYouMean } from '../internal/suggest.js'
import { RuleId } from '../rules/catalog.js'
import { ChoiceType, KeyedUnion, NameType, partialOf } from './codecs.js'
import { ExpectedQuery } from './queries.js'

const eventCodecs = DomainEvent.types as unknown as ReadonlyArray<ExactType<t.Props, t.Props>>

const TAGS = eventCodecs.map((codec) => codec.name as DomainEventTag)

/** An expected event of each tag: `_tag` and any of the event's fields, each partial. */
const eventExpectations = Object.fromEntries(
  eventCodecs.map((codec) => {
    const fields = Object.entries({ ...codec.required, ...codec.optional }).filter(([k]) => k !== '_tag')
    const optional = Object.fromEntries(fields.map(([k, v]) => [k, partialOf(v as t.Mixed)]))
    return [codec.name, exact(`Expected${codec.name}`, { _tag: t.literal(codec.name) }, optional)]
  }),
) as Readonly<Record<DomainEventTag, ExactType<{ readonly _tag: t.LiteralC<string> }, t.Props>>>

const EVENT_NOUN = 'the tag of a domain event (see DomainEvent)'
const EventTag = new NameType('DomainEventTag', TAGS, EVENT_NOUN)
const EventFields = new KeyedUnion('ExpectedEventFields', '_tag', eventExpectations, EVENT_NOUN)

/**
 * Codec for {@link ExpectedEvent}: a tag, or an object chosen by its `_tag`. An unknown tag fails
 * with the closest one suggested, an unknown field with the closest field of that event.
 *
 * @category codecs
 * @since 0.2.0
 */
export const ExpectedEvent: t.Type<ExpectedEvent, unknown, unknown> = new ChoiceType<ExpectedEvent>(
  'ExpectedEvent',
  [EventTag, EventFields],
  (u) => (typeof u === 'object' && u !== null && !Array.isArray(u) ? EventFields : EventTag),
)
/**
 * An expected event: its tag (`"SeatsChanged"`), or its tag with some of its fields
 * (`{ "_tag": "DirectBillRestricted", "unmetRequirements": ["DB-3"] }`, as the event is written in
 * JSON), compared with the event's: an object by the fields it gives, at any depth; a list or any
 * other value must be equal.
 *
 * @category models
 * @since 0.2.0
 */
export type ExpectedEvent = DomainEventTag | ({ readonly _tag: DomainEventTag } & { readonly [field: string]: unknown })

const RuleIds = list(RuleId, 'RuleIds')
const Queries = list(ExpectedQuery, 'ExpectedQueries')

const Accepted = exact(
  'Accepted',
  { accepted: t.literal(true) },
  { events: list(ExpectedEvent, 'ExpectedEvents'), warnings: RuleIds, queries: Queries },
)
const Rejected = exact('Rejected', { rejected: nonEmptyList(RuleId, 'NonEmptyRuleIds') }, { queries: Queries })
const AcceptedLiteral = t.literal('accepted')

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

const EXPECTED = 'expected "accepted", { "accepted": true, … } or { "rejected": [rule IDs], … }'

/**
 * Codec for {@link Expectation}. An object is read as `Rejected` when it has `rejected`, as
 * `Accepted` when it has `accepted`; any other object fails, suggesting the closest of the two.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Expectation: t.Type<Expectation, unknown, unknown> = new ChoiceType<Expectation>(
  'Expectation',
  [AcceptedLiteral, Accepted, Rejected],
  (u) => {
    if (!isRecord(u))
      return u === 'accepted'
        ? AcceptedLiteral
        : `${EXPECTED}${typeof u === 'string' ? didYouMean(u, ['accepted']) : ''}`
    if (Object.hasOwn(u, 'rejected')) return Rejected
    if (Object.hasOwn(u, 'accepted')) return Accepted
    const hint = Object.keys(u)
      .map((k) => didYouMean(k, ['accepted', 'rejected']))
      .find((h) => h !== '')
    return `${EXPECTED}${hint ?? ''}`
  },
)
/**
 * What a step expects.
 *
 * - `"accepted"`: the command is accepted.
 * - `{ "accepted": true, "events"?: […], "warnings"?: [rule IDs], "queries"?: […] }`: accepted,
 *   with exactly these events in this order (each an {@link ExpectedEvent}), exactly this set of
 *   warning rule IDs (`[]`: none), and these query results (each an {@link ExpectedQuery}).
 * - `{ "rejected": [rule IDs], "queries"?: […] }`: rejected with exactly this set of rule IDs.
 *
 * Queries run on the state after the step (a rejected step leaves it as it was).
 *
 * @category models
 * @since 0.1.0
 */
export type Expectation =
  | 'accepted'
  | {
      readonly accepted: true
      readonly events?: ReadonlyArray<ExpectedEvent>
      readonly warnings?: ReadonlyArray<RuleId>
      readonly queries?: ReadonlyArray<ExpectedQuery>
    }
  | { readonly rejected: ReadonlyArray<RuleId>; readonly queries?: ReadonlyArray<ExpectedQuery> }

/** Whether an expectation expects the command to be accepted. @internal */
export const expectsAcceptance = (e: Expectation): e is Exclude<Expectation, { readonly rejected: unknown }> =>
  e === 'accepted' || 'accepted' in e

/** An expected event as JSON, its fields encoded: `{ "_tag": …, …fields }` (a tag alone: `{ "_tag": … }`). @internal */
export const expectedEventJson = (e: ExpectedEvent): { readonly _tag: DomainEventTag } & Record<string, unknown> =>
  typeof e === 'string' ? { _tag: e } : { ...(eventExpectations[e._tag].encode(e as never) as object), _tag: e._tag }
