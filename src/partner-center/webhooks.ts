/**
 * Partner Center webhook events about GDAP (`granular-admin-relationship-*`,
 * `granular-admin-access-assignment-*`) and DAP (`dap-admin-relationship-terminated-by-microsoft`),
 * read against a state: the domain events that record the change a webhook announces, or why none
 * does. Pure: the caller receives the webhook and applies the events (`evolve`).
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { IsoDateTime } from '../kernel/ids.js'
import type { DomainEvent } from '../events/events.js'
import { gdapEndAt, gdapEndOfActivation, gdapStatusAt, type GdapRelationship } from '../model/gdap.js'
import { getGdapRelationship } from '../model/gdapQueries.js'
import type { ProgramState } from '../model/state.js'
import { snapshot } from '../internal/snapshot.js'
import { instant } from './context.js'
import { PcWebhookEvent } from './gdapPayloads.js'

/**
 * Why a webhook maps onto no domain event:
 * - `unreadable`: the body is not a webhook event, or its date or resource cannot be read;
 * - `unknownEvent`: an event name that is not about GDAP or DAP;
 * - `unknownRelationship` / `unknownAssignment`: the resource it names is not in the state (a
 *   documentation body with `{{RelationshipID}}` placeholders reads so);
 * - `noChange`: the state already says what the webhook announces;
 * - `readFromDate`: the change is not an event: the model reads it from the dates (expiry, GDAP-6);
 * - `needsBody`: the webhook does not carry what the event needs (an access assignment's security
 *   group and roles, the customer approving a request for any customer): import the resource's
 *   Graph body instead;
 * - `noSubject`: the webhook names neither partner nor customer (the DAP removal);
 * - `conflict`: the state holds the resource in a status the announced change cannot follow;
 *   re-import its Graph body.
 *
 * @category importers
 * @since 0.2.0
 */
export type WebhookNotMappedReason =
  | 'unreadable'
  | 'unknownEvent'
  | 'unknownRelationship'
  | 'unknownAssignment'
  | 'noChange'
  | 'readFromDate'
  | 'needsBody'
  | 'noSubject'
  | 'conflict'

/**
 * What a webhook says of a state: `{ _tag: 'Mapped', events }`, the domain events to apply (in
 * order), or `{ _tag: 'NotMapped', reason, note }`, why there are none, with a sentence.
 *
 * @category importers
 * @since 0.2.0
 */
export type WebhookReading =
  | { readonly _tag: 'Mapped'; readonly events: ReadonlyArray<DomainEvent> }
  | { readonly _tag: 'NotMapped'; readonly reason: WebhookNotMappedReason; readonly note: string }

const notMapped = (reason: WebhookNotMappedReason, note: string): WebhookReading => ({
  _tag: 'NotMapped',
  reason,
  note,
})
const mapped = (...events: ReadonlyArray<DomainEvent>): WebhookReading => ({ _tag: 'Mapped', events })

/** `…/granularAdminRelationships/{id}[/accessAssignments/{id}]` of a `ResourceUri`. */
const RESOURCE = /\/granularAdminRelationships\/([^/?#]+)(?:\/accessAssignments\/([^/?#]+))?\/?(?:[?#].*)?$/i

/** What a webhook is about: the relationship held, the assignment named (if any) and when it changed. */
interface Subject {
  readonly rel: GdapRelationship
  readonly assignmentId: string | undefined
  readonly at: IsoDateTime
}

/** The relationship events, by the end of their name. */
const RELATIONSHIP_EVENTS: Readonly<Record<string, (s: Subject) => WebhookReading>> = {
  approved: (s) => approval(s),
  activated: (s) => approval(s),
  terminated: ({ rel, at }) => {
    const status = gdapStatusAt(rel, at)
    if (status === 'terminated') return notMapped('noChange', `Relationship ${rel.id} is already terminated.`)
    return status === 'active' || status === 'expiring'
      ? mapped({ _tag: 'GdapRelationshipTerminated', at, relationshipId: rel.id })
      : conflict(rel, status, at)
  },
  expired: ({ rel, at }) => {
    const status = gdapStatusAt(rel, at)
    return status === 'expired'
      ? notMapped('readFromDate', `Relationship ${rel.id} reads expired at ${at} from its dates (GDAP-6): no event.`)
      : conflict(rel, status, at)
  },
}

/** A `conflict` reading: the status the state reads at `at`, and its end. */
const conflict = (rel: GdapRelationship, status: string, at: IsoDateTime): WebhookReading =>
  notMapped(
    'conflict',
    `The state reads relationship ${rel.id} ${status} at ${at} (end: ${gdapEndAt(rel, at) ?? 'none'}): re-import its Graph body.`,
  )

/** Approved or activated: a request awaiting approval at `at` is approved then, active for its duration (GDAP-4, GDAP-6). */
const approval = ({ rel, at }: Subject): WebhookReading => {
  const status = gdapStatusAt(rel, at)
  if (status === 'active' || status === 'expiring')
    return notMapped('noChange', `Relationship ${rel.id} is already active.`)
  if (status !== 'approvalPending' || rel.partnerConsentPending) return conflict(rel, status, at)
  if (rel.customerTenantId === null)
    return notMapped(
      'needsBody',
      `Relationship ${rel.id} names no customer: import its Graph body to read who approved.`,
    )
  return mapped({
    _tag: 'GdapRelationshipApproved',
    at,
    relationshipId: rel.id,
    customerTenantId: rel.customerTenantId,
    endsAt: gdapEndOfActivation(at, rel.durationDays),
  })
}

/** The access assignment events, by the end of their name. */
const ASSIGNMENT_EVENTS: Readonly<Record<string, (s: Subject, id: string) => WebhookReading>> = {
  created: ({ rel }, id) =>
    rel.accessAssignments.some((a) => a.id === id)
      ? notMapped('noChange', `Access assignment ${id} is already held.`)
      : needsAssignmentBody(rel, id),
  activated: ({ rel }, id) =>
    rel.accessAssignments.some((a) => a.id === id && a.status === 'active')
      ? notMapped('noChange', `Access assignment ${id} is already active.`)
      : needsAssignmentBody(rel, id),
  updated: ({ rel }, id) => needsAssignmentBody(rel, id),
  deleted: ({ rel, at }, id) => {
    const held = rel.accessAssignments.find((a) => a.id === id)
    if (held === undefined) return notMapped('unknownAssignment', `Access assignment ${id} of ${rel.id} is not held.`)
    return held.status === 'deleted'
      ? notMapped('noChange', `Access assignment ${id} is already deleted.`)
      : mapped({ _tag: 'GdapAccessAssignmentDeleted', at, relationshipId: rel.id, assignmentId: id })
  },
}

const needsAssignmentBody = (rel: GdapRelationship, id: string): WebhookReading =>
  notMapped(
    'needsBody',
    `The webhook gives neither the security group nor the roles of access assignment ${id}: import GET …/delegatedAdminRelationships/${rel.id}/accessAssignments/${id}.`,
  )

/** The most values a webhook body is read with: a webhook event body has a handful. */
const MAX_WEBHOOK_VALUES = 10_000

const RELATIONSHIP_PREFIX = 'granular-admin-relationship-'
const ASSIGNMENT_PREFIX = 'granular-admin-access-assignment-'
const DAP_REMOVED = 'dap-admin-relationship-terminated-by-microsoft'

/** The handler of a known event name, by prefix and suffix; `undefined` for any other name. */
const handlerOf = (name: string): ((s: Subject) => WebhookReading) | 'dap' | undefined => {
  const lower = name.toLowerCase()
  if (lower === DAP_REMOVED) return 'dap'
  const own = <A>(table: Readonly<Record<string, A>>, key: string): A | undefined =>
    Object.hasOwn(table, key) ? table[key] : undefined
  if (lower.startsWith(RELATIONSHIP_PREFIX)) {
    const relationshipEvent = own(RELATIONSHIP_EVENTS, lower.slice(RELATIONSHIP_PREFIX.length))
    return relationshipEvent === undefined
      ? undefined
      : (s) => (s.assignmentId === undefined ? relationshipEvent(s) : unreadableUri())
  }
  const assignmentEvent = lower.startsWith(ASSIGNMENT_PREFIX)
    ? own(ASSIGNMENT_EVENTS, lower.slice(ASSIGNMENT_PREFIX.length))
    : undefined
  return assignmentEvent === undefined
    ? undefined
    : (s) => (s.assignmentId === undefined ? unreadableUri() : assignmentEvent(s, s.assignmentId))
}

const unreadableUri = (): WebhookReading =>
  notMapped('unreadable', 'The ResourceUri does not name the resource the event is about.')

/**
 * The domain events a Partner Center webhook body announces, read against `state`, or why there
 * are none ({@link WebhookReading}). The events happen at `ResourceChangeUtcDate` (read as a UTC
 * instant); the relationship and assignment are those the `ResourceUri` names
 * (`…/granularAdminRelationships/{id}[/accessAssignments/{id}]`). Never throws.
 *
 * - `granular-admin-relationship-approved` and `-activated`: a relationship awaiting approval at
 *   that instant becomes `GdapRelationshipApproved`, active for its duration (GDAP-4, GDAP-6); an
 *   active one is `noChange`.
 * - `granular-admin-relationship-terminated`: an active relationship becomes
 *   `GdapRelationshipTerminated` (GDAP-9).
 * - `granular-admin-relationship-expired`: no event: expiry is read from the dates (GDAP-6,
 *   GDAP-8); `readFromDate` when the state reads the relationship expired at that instant, else
 *   `conflict`.
 * - `granular-admin-access-assignment-deleted`: `GdapAccessAssignmentDeleted` for an assignment
 *   held (GDAP-11); `-created`, `-activated` and `-updated` carry no security group or roles:
 *   `needsBody` (or `noChange` when the state already holds it so).
 * - `dap-admin-relationship-terminated-by-microsoft`: `noSubject`: the body names no partner or
 *   customer (GDAP-19).
 *
 * @example
 * ```ts
 * import { emptyState } from 'csp-channel'
 * import { domainEventsOfWebhook } from 'csp-channel/partner-center'
 * const reading = domainEventsOfWebhook(emptyState, {
 *   EventName: 'granular-admin-relationship-approved',
 *   ResourceUri: 'https://partner.microsoft.com/granularAdminRelationships/{{RelationshipID}}',
 *   ResourceName: 'GranularAdminRelationship',
 *   ResourceChangeUtcDate: '2018-02-17T00:05:39.5485487+00:00',
 * })
 * if (reading._tag === 'NotMapped') console.log(reading.reason) // 'unknownRelationship'
 * ```
 *
 * @category importers
 * @since 0.2.0
 */
export const domainEventsOfWebhook = (state: ProgramState, body: unknown): WebhookReading => {
  // read the caller's value once, as plain data: a getter or a proxy cannot throw past here
  const read = snapshot(body, { maxValues: MAX_WEBHOOK_VALUES, dropKeys: new Set(['__proto__']) })
  const decoded = 'ok' in read ? PcWebhookEvent.decode(read.value) : undefined
  if (decoded === undefined || E.isLeft(decoded))
    return notMapped('unreadable', 'The body is not a webhook event: it has no EventName text.')
  const event = decoded.right
  const handler = handlerOf(event.EventName)
  if (handler === undefined)
    return notMapped('unknownEvent', `Event ${JSON.stringify(event.EventName)} is not a GDAP or DAP event.`)
  if (handler === 'dap')
    return notMapped(
      'noSubject',
      'The DAP removal webhook names neither the partner nor the customer: record the removal with terminateInactiveDap.',
    )
  const at = instant(event.ResourceChangeUtcDate ?? undefined)
  if (at === undefined)
    return notMapped(
      'unreadable',
      `ResourceChangeUtcDate ${JSON.stringify(event.ResourceChangeUtcDate ?? null)} is not a date.`,
    )
  const match = RESOURCE.exec(event.ResourceUri ?? '')
  if (match === null) return unreadableUri()
  const [, relationshipId, assignmentId] = match as unknown as [string, string, string | undefined]
  const rel = getGdapRelationship(state, relationshipId)
  if (rel === undefined)
    return notMapped('unknownRelationship', `GDAP relationship ${relationshipId} is not in the state.`)
  return handler({ rel, assignmentId, at })
}
