/**
 * The program as a Decider (`decide`, `evolve`, `initialState`), the shape emmett's command handling
 * takes (`DeciderCommandHandler`, `DeciderSpecification`), so an application keeps the program's
 * history in an event store: commands and events in the store's `{ type, data }` shape, a rejected
 * command thrown as a {@link CommandRejectedError} carrying every violation. Typed structurally: the
 * library never imports emmett.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { formatDecodeError } from '../codec/decodeError.js'
import { execute, type CommandInput, type CommandName } from '../commands/registry.js'
import type { ProgramCommand } from '../commands/programCommand.js'
import { replayOwn } from '../events/evolve.js'
import { CspInvariantError } from '../internal/invariant.js'
import { emptyState, type ProgramState } from '../model/state.js'
import type { RuleViolation } from '../rules/violation.js'
import { fromEmmettEvent, toEmmettEvent, type EmmettEvent } from './events.js'

/**
 * A command in an event store's shape: `type` is the command's name and `data` its input, the shape
 * of emmett's `Command<type, data>`; the union is the `CommandType` of {@link cspDecider}. A
 * {@link ProgramCommand} (`{ command, input }`) becomes one with {@link toEmmettCommand}.
 *
 * @category commands
 * @since 0.2.0
 */
export type EmmettCommand = {
  [N in CommandName]: { readonly type: N; readonly data: Readonly<CommandInput<N>> }
}[CommandName]

/**
 * The {@link EmmettCommand} of a {@link ProgramCommand}: `{ type: command, data: input }`.
 *
 * @category commands
 * @since 0.2.0
 */
export const toEmmettCommand = (command: ProgramCommand): EmmettCommand =>
  ({ type: command.command, data: command.input }) as EmmettCommand

/** The rules whose violations mean the input itself is wrong (its shape, a value out of range). */
const INPUT_RULES: ReadonlySet<string> = new Set(['MOD-8', 'MOD-5'])

/**
 * Thrown by {@link cspDecider}'s `decide` when the command is rejected (the Decider convention: a
 * decision that cannot be taken is an error): `violations` holds every broken rule, as the command
 * function returns them. `errorCode` follows emmett's error codes, so emmett (and its web adapters)
 * treat it as one of its own errors: 400 (a validation error) when every violation is about the
 * input (MOD-8, MOD-5), 403 (an illegal state) when the program's rules refuse the command.
 *
 * @example
 * ```ts
 * import { CommandRejectedError, cspDecider } from 'csp-channel'
 * try {
 *   cspDecider.decide({ type: 'signMpa', data: { actor, at, partnerTenantId } }, state)
 * } catch (error) {
 *   if (error instanceof CommandRejectedError) console.log(error.errorCode, error.violations.map((v) => v.rule))
 * }
 * ```
 *
 * @category violations
 * @since 0.2.0
 */
export class CommandRejectedError extends Error {
  override readonly name = 'CommandRejectedError'
  /** 400 when every violation is about the input (MOD-8, MOD-5), else 403. */
  readonly errorCode: 400 | 403

  constructor(
    /** The name of the rejected command, as given. */
    readonly command: string,
    /** Every rule the command breaks. */
    readonly violations: ReadonlyNonEmptyArray<RuleViolation>,
  ) {
    super(`${command} rejected: ${violations.map((v) => `${v.rule} ${v._tag}: ${v.message}`).join('; ')}`)
    this.errorCode = violations.every((v) => INPUT_RULES.has(v.rule)) ? 400 : 403
  }
}

/**
 * The type of {@link cspDecider}: structurally emmett's `Decider<ProgramState, EmmettCommand,
 * EmmettEvent>`.
 *
 * @category commands
 * @since 0.2.0
 */
export interface CspDecider {
  /**
   * The events of an accepted command (the events the command function returns, in the store's
   * shape), or a thrown {@link CommandRejectedError}. Its advisory warnings are not returned: run the
   * command with `execute` or `explain` to read them.
   */
  // eslint-disable-next-line no-restricted-syntax -- emmett's Decider returns a mutable array
  readonly decide: (command: EmmettCommand, state: ProgramState) => EmmettEvent[]
  /**
   * The state after a stored event, decoded first with the `DomainEvent` codec
   * ({@link fromEmmettEvent}); throws a `CspInvariantError` naming the field if it does not decode.
   */
  readonly evolve: (state: ProgramState, event: EmmettEvent) => ProgramState
  /** The empty state: a stream starts with no partner, tenant or subscription. */
  readonly initialState: () => ProgramState
}

/**
 * The program as a Decider, for emmett's command handling: `decide(command, state)` runs the command
 * (as `execute` does) and returns its events as {@link EmmettEvent}s or throws a
 * {@link CommandRejectedError}; `evolve(state, event)` decodes a stored event and applies it;
 * `initialState()` is the empty state. A stream holds the history of one program state, for example
 * a distributor with its resellers and their customers (see `examples/event-store/`).
 *
 * @example
 * ```ts
 * import { DeciderCommandHandler, getInMemoryEventStore } from '@event-driven-io/emmett'
 * import { cspDecider } from 'csp-channel'
 *
 * const handle = DeciderCommandHandler({ ...cspDecider, mapToStreamId: (id) => `distributor-${id}` })
 * const { newEvents, newState } = await handle(getInMemoryEventStore(), providerTenantId, {
 *   type: 'requestPartnership',
 *   data: { actor, at, providerTenantId, resellerTenantId },
 * })
 * ```
 *
 * @category commands
 * @since 0.2.0
 */
export const cspDecider: CspDecider = {
  decide: (command, state) => {
    const { type, data } = (typeof command === 'object' && command !== null ? command : {}) as Partial<EmmettCommand>
    const result = execute(state, { command: type, input: data })
    if (E.isLeft(result)) throw new CommandRejectedError(String(type), result.left)
    return result.right.events.map(toEmmettEvent)
  },
  evolve: (state, event) => {
    const decoded = fromEmmettEvent(event)
    if (E.isLeft(decoded))
      throw new CspInvariantError(`a stored event does not decode: ${formatDecodeError(decoded.left)}`)
    // the decoded event is a fresh copy: the state may keep its objects
    return replayOwn(state, [decoded.right])
  },
  initialState: () => emptyState,
}
