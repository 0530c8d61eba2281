/**
 * Events in an event store's shape: `{ type, data }`, the shape of emmett's `Event` (and of most
 * JavaScript event stores), with the {@link DomainEvent}'s `_tag` as `type` and its other fields as
 * `data`. Stored events are decoded with the `DomainEvent` codec on the way back.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { decode, preview, type DecodeError } from '../codec/decodeError.js'
import { DomainEvent, type DomainEventTag } from '../events/events.js'

/**
 * A {@link DomainEvent} in an event store's shape: `type` is its `_tag` and `data` its other fields.
 * Every member is assignable to emmett's `Event<type, data>`, so the union is the `StreamEvent` of
 * {@link cspDecider}. Build one with {@link toEmmettEvent}; read a stored one back with
 * {@link fromEmmettEvent}.
 *
 * @category commands
 * @since 0.2.0
 */
export type EmmettEvent = {
  [T in DomainEventTag]: { readonly type: T; readonly data: Omit<Extract<DomainEvent, { readonly _tag: T }>, '_tag'> }
}[DomainEventTag]

/**
 * What a `CustomerCreatedForReseller` event keeps of the admin's temporary password once in the
 * shape of a stored event: the caller generated the password (it is in the command's input) and
 * hands it over; the event store never keeps it.
 *
 * @category commands
 * @since 0.2.0
 */
export const PASSWORD_NOT_STORED = '(not stored)'

/**
 * The event store shape of a {@link DomainEvent}: `{ type: event._tag, data: the other fields }`,
 * every value as the `DomainEvent` codec writes it (plain JSON). The temporary admin password of a
 * `CustomerCreatedForReseller` event is replaced by {@link PASSWORD_NOT_STORED}: the caller who
 * generated it already holds it, and `evolve` does not read it.
 *
 * @example
 * ```ts
 * import * as E from 'fp-ts/lib/Either.js'
 * import { signMpa, toEmmettEvent } from 'csp-channel'
 * const result = signMpa(state, { actor, at, partnerTenantId })
 * if (E.isRight(result)) result.right.events.map(toEmmettEvent) // [{ type: 'MpaSigned', data: { at, partnerTenantId } }]
 * ```
 *
 * @category commands
 * @since 0.2.0
 */
export const toEmmettEvent = (event: DomainEvent): EmmettEvent => {
  const encoded = DomainEvent.encode(event) as DomainEvent
  const stored =
    encoded._tag === 'CustomerCreatedForReseller'
      ? { ...encoded, adminCredentials: { ...encoded.adminCredentials, password: PASSWORD_NOT_STORED } }
      : encoded
  const { _tag, ...data } = stored
  return { type: _tag, data } as EmmettEvent
}

/** The `DomainEvent` member codec of each tag. */
const MEMBERS: ReadonlyMap<string, t.Type<DomainEvent, unknown, unknown>> = new Map(
  DomainEvent.types.map((codec) => [codec.name, codec as t.Type<DomainEvent, unknown, unknown>]),
)

const invalid = (path: string, expected: string, received: unknown): DecodeError => ({
  _tag: 'DecodeError',
  codec: 'DomainEvent',
  issues: [{ path, expected, received: preview(received), kind: 'invalid' }],
})

/**
 * Reads an event back from an event store: `{ type, data }` (any other field, such as the store's
 * `metadata`, is ignored) decoded with the `DomainEvent` member codec named by `type`, so a stored
 * event that no longer matches its codec is a {@link DecodeError} naming the offending field, never
 * a state built from a wrong value. Never throws.
 *
 * @example
 * ```ts
 * import { getInMemoryEventStore } from '@event-driven-io/emmett'
 * import { fromEmmettEvent } from 'csp-channel'
 * const { events } = await getInMemoryEventStore().readStream(`distributor-${providerTenantId}`)
 * const decoded = events.map(fromEmmettEvent) // an Either<DecodeError, DomainEvent> for each
 * ```
 *
 * @category decoding
 * @since 0.2.0
 */
export const fromEmmettEvent = (event: {
  readonly type: string
  readonly data: unknown
}): E.Either<DecodeError, DomainEvent> => {
  const codec = MEMBERS.get(event.type)
  if (codec === undefined)
    return E.left(invalid('type', `the name of a DomainEvent (${[...MEMBERS.keys()].join(', ')})`, event.type))
  const data = event.data
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return E.left(invalid('data', 'an object: the fields of the event', data))
  return decode(codec, { ...data, _tag: event.type })
}
