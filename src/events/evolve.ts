/**
 * `evolve`: the one place where the state changes. Every accepted command returns events and its new
 * state is the fold of those events over the old one.
 *
 * @module
 */
import { copyAlong, pickAlong } from '../internal/copy.js'
import { CspInvariantError } from '../internal/invariant.js'
import type { ProgramState } from '../model/state.js'
import { inWorkingCopy } from '../model/writes.js'
import { AUTHORIZATION_HANDLERS } from './apply/authorization.js'
import { CUSTOMER_HANDLERS } from './apply/customers.js'
import { DIRECT_BILL_HANDLERS } from './apply/directBill.js'
import { GDAP_HANDLERS } from './apply/gdap.js'
import { GDAP_ACCESS_HANDLERS } from './apply/gdapAccess.js'
import type { Handlers } from './apply/handler.js'
import { PARTNER_HANDLERS } from './apply/partners.js'
import { SUBSCRIPTION_HANDLERS } from './apply/subscriptions.js'
import { DomainEvent } from './events.js'

/** Every event's handler: the compiler checks that each tag has exactly one. */
const HANDLERS: Handlers = {
  ...PARTNER_HANDLERS,
  ...CUSTOMER_HANDLERS,
  ...SUBSCRIPTION_HANDLERS,
  ...DIRECT_BILL_HANDLERS,
  ...GDAP_HANDLERS,
  ...AUTHORIZATION_HANDLERS,
  ...GDAP_ACCESS_HANDLERS,
}

/** Applies an event this library built (its objects are fresh and its own) to a state. */
const applyEvent = (state: ProgramState, event: DomainEvent): ProgramState => {
  const handler = HANDLERS[event._tag] as ((s: ProgramState, e: DomainEvent) => ProgramState) | undefined
  if (handler === undefined) throw new CspInvariantError(`unknown event ${JSON.stringify(event)}`)
  return handler(state, event)
}

/**
 * A fresh copy of an event from outside with only the fields of its `DomainEvent` member (others are
 * dropped): the state never shares (or freezes) the caller's objects. Anything else is refused.
 */
const owned = (event: DomainEvent): DomainEvent => {
  const copy = copyAlong(DomainEvent, event) ?? copyAlong(DomainEvent, pickAlong(DomainEvent, event))
  if (copy === undefined)
    throw new CspInvariantError(
      'evolve and replay take DomainEvent values; decode stored events with the DomainEvent codec first',
    )
  return copy
}

/**
 * Applies one event to a state and returns the new state. Touches only the entities the event
 * names: O(log n) in the size of the state. Neither the state nor the event is modified, and the
 * state keeps only the documented fields of the event (a copy of them; other fields are dropped).
 *
 * Throws a `CspInvariantError` if the value is not a {@link DomainEvent} even without its unknown
 * fields (decode stored events with the `DomainEvent` codec first), or if it refers to an entity the
 * state does not hold (never for events of this library's commands replayed over their own state).
 *
 * @category commands
 * @since 0.1.0
 */
export const evolve = (state: ProgramState, event: DomainEvent): ProgramState => applyEvent(state, owned(event))

/** From this many events on, `replay` works on a private working copy of the tables. */
const BULK_REPLAY = 64

/**
 * Folds events over a state, oldest first: the result equals `events.reduce(evolve, state)`. Long
 * lists (64 events or more) are folded on a private working copy whose tables are edited in place
 * (immutable.js transients) and then sealed: the intermediate states are never built. The input
 * state is never changed.
 *
 * @category commands
 * @since 0.1.0
 */
export const replay = (state: ProgramState, events: ReadonlyArray<DomainEvent>): ProgramState =>
  fold(state, events.map(owned))

/**
 * Folds events this library built over a state whose tables are already a private working copy (see
 * `inWorkingCopy`), one event after the other, editing the copy in place. @internal
 */
export const foldOwn = (copy: ProgramState, events: ReadonlyArray<DomainEvent>): ProgramState =>
  events.reduce(applyEvent, copy)

/** Folds events this library built (see {@link replay}); the command path, without copying them. @internal */
export const replayOwn = (state: ProgramState, events: ReadonlyArray<DomainEvent>): ProgramState => fold(state, events)

const fold = (state: ProgramState, events: ReadonlyArray<DomainEvent>): ProgramState =>
  events.length < BULK_REPLAY ? foldOwn(state, events) : inWorkingCopy(state, (copy) => foldOwn(copy, events))
