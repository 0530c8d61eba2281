/**
 * Direct bill review events that change nothing in the model but are part of its history.
 *
 * @internal
 */
import type { Handlers } from './handler.js'

/** How each of these events changes the state. */
export const DIRECT_BILL_HANDLERS = {
  // the application stays under review; the request is history and a notice to the partner
  DirectBillInformationRequested: (state) => state,
} satisfies Partial<Handlers>
