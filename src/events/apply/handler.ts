/**
 * The shape of the event handlers `evolve` dispatches to, one table per program area.
 *
 * @internal
 */
import type { ProgramState } from '../../model/state.js'
import type { DomainEvent } from '../events.js'

/** A domain event tag. */
export type EventTag = DomainEvent['_tag']

/** How an event of tag `K` changes a state: a fresh state, the given one untouched. */
export type Handler<K extends EventTag> = (
  state: ProgramState,
  event: Extract<DomainEvent, { readonly _tag: K }>,
) => ProgramState

/** A handler for every tag in `K`. */
export type Handlers<K extends EventTag = EventTag> = { readonly [T in K]: Handler<T> }
