/**
 * `applyAll`: a log of commands run in order on one private working copy of the state.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import type { DomainEvent } from '../events/events.js'
import { foldOwn } from '../events/evolve.js'
import { NONE } from '../internal/none.js'
import { recalling } from '../model/recentLookups.js'
import type { ProgramState } from '../model/state.js'
import { inWorkingCopy } from '../model/writes.js'
import { LATEST_RULE_SET, type RuleSetId } from '../rules/ruleSets.js'
import type { RuleViolation, RuleWarning } from '../rules/violation.js'
import type { AnyDefinition } from './contract.js'
import { entryViolation } from './entry.js'
import { named } from './named.js'
import type { ProgramCommand } from './programCommand.js'
import { decideCommand } from './run.js'
import { COMMANDS } from './table.js'

/**
 * The verdict on one command: whether it was accepted, its events (in order), its warnings, every
 * violation of a rejected command (each naming its rule ID), and the rule set that judged it.
 *
 * @category commands
 * @since 0.2.0
 */
export interface Verdict {
  readonly accepted: boolean
  readonly events: ReadonlyArray<DomainEvent>
  readonly warnings: ReadonlyArray<RuleWarning>
  readonly violations: ReadonlyArray<RuleViolation>
  readonly ruleSet: RuleSetId
}

/**
 * The result of {@link applyAll}: the state after the whole log (the very same object when no
 * command was accepted), one {@link Verdict} per command in log order, and how many were accepted.
 *
 * @category commands
 * @since 0.2.0
 */
export interface AppliedAll {
  readonly state: ProgramState
  readonly verdicts: ReadonlyArray<Verdict>
  readonly accepted: number
}

/** The verdict on a rejected command: its violations, judged by the rule set of the first. @internal */
export const rejectedVerdict = (violations: ReadonlyNonEmptyArray<RuleViolation>): Verdict => ({
  accepted: false,
  events: NONE,
  warnings: NONE,
  violations,
  ruleSet: violations[0].ruleSet,
})

/** The log as a list read once, or `undefined` when it is not a list or reading it throws. */
const readLog = (commands: unknown): ReadonlyArray<unknown> | undefined => {
  try {
    return Array.isArray(commands) ? Array.from(commands as ReadonlyArray<unknown>) : undefined
  } catch {
    return undefined
  }
}

/**
 * Runs a log of commands given as data (`{ command, input }` each, as {@link apply} takes them), in
 * order: each command is judged against the state the accepted commands before it left, exactly
 * as calling `apply` one after the other would (the same verdicts, events, warnings and final
 * state), but on one private working copy of the state's tables, edited in place and sealed at the
 * end, so that no intermediate state is built. For replaying a partner's command log or
 * pre-flighting a batch of operations; use `apply` when every intermediate state is needed.
 *
 * Never throws and never changes `state`. Each command's violations are those of the command (any
 * rule ID of the catalog); a value that is not a command is a rejected `MOD-8` verdict, as with
 * `apply`, and so is a `commands` value that is not a list (one verdict).
 *
 * @example
 * ```ts
 * import { applyAll, partnerUser } from 'csp-channel'
 * const admin = partnerUser(partnerTenantId, 'adminAgent')
 * const { state: after, verdicts, accepted } = applyAll(state, [
 *   { command: 'changeSeats', input: { actor: admin, at, partnerTenantId, subscriptionId, seats: 12 } },
 *   { command: 'suspendSubscription', input: { actor: admin, at, partnerTenantId, subscriptionId } },
 * ])
 * // accepted: 2 when both are allowed (SeatsChanged, then SubscriptionSuspended); a rejected command's
 * // verdict lists every violation, and the commands after it are judged without it
 * ```
 *
 * @category commands
 * @since 0.2.0
 */
export const applyAll = (state: ProgramState, commands: ReadonlyArray<ProgramCommand | unknown>): AppliedAll => {
  const log = readLog(commands)
  if (log === undefined) {
    const v = entryViolation('InvalidInput', 'MOD-8', LATEST_RULE_SET, [], 'applyAll takes a list of commands.')
    return { state, verdicts: [rejectedVerdict([v])], accepted: 0 }
  }
  const verdicts: Verdict[] = []
  let accepted = 0
  const after = recalling(() =>
    inWorkingCopy(state, (copy) => {
      let current = copy
      for (const raw of log) {
        const found = named(raw)
        if (E.isLeft(found)) {
          verdicts.push(rejectedVerdict([found.left]))
          continue
        }
        const definition = COMMANDS[found.right.name].definition as unknown as AnyDefinition
        const decided = decideCommand(definition, current, found.right.input)
        if (E.isLeft(decided)) {
          verdicts.push(rejectedVerdict(decided.left))
          continue
        }
        current = foldOwn(current, decided.right.events)
        accepted++
        verdicts.push({ accepted: true, violations: NONE, ...decided.right })
      }
      return current
    }),
  )
  return { state: accepted === 0 ? state : after, verdicts, accepted }
}
