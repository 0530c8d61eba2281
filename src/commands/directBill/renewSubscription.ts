/**
 * `renewSubscription`: Microsoft processes the end of a subscription's term: the renewal (RST-7)
 * and, for new commerce subscriptions, the renewal into a new term, the expiry, the disabling and
 * the deletion (NCE-9, NCE-10, NCE-11), and the move of legacy seat-based subscriptions into new
 * commerce (NCE-19).
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../../internal/invariant.js'
import { SubscriptionId } from '../../kernel/ids.js'
import { getSubscription } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { type Subscription } from '../../model/subscription.js'
import { operatorOnly } from '../checks/actor.js'
import { autoRenews, termEndEvents, termEnded, termEndStatus } from '../checks/renewal.js'
import { subscriptionKnown } from '../checks/subscription.js'
import { termed } from '../checks/term.js'
import { commandInput, defineCommand, type CheckContext } from '../contract.js'

/** Codec for {@link RenewSubscriptionInput}. @category codecs @since 0.2.0 */
export const RenewSubscriptionInput = commandInput('RenewSubscriptionInput', { subscriptionId: SubscriptionId })
/** Input of {@link renewSubscription}: the subscription whose term ended. @category commands */
export interface RenewSubscriptionInput extends t.TypeOf<typeof RenewSubscriptionInput> {}

type Loaded = { readonly subscription: Subscription | undefined }
type Context = CheckContext<RenewSubscriptionInput, Loaded>

const load = (state: ProgramState, input: RenewSubscriptionInput): Loaded => ({
  subscription: getSubscription(state, input.subscriptionId),
})

/**
 * Processes the end of a subscription's term. Run by Microsoft, as program operator, with the date
 * it runs; one command per step. Restriction does not matter: the subscription of a restricted
 * partner renews (RST-7), still billed to it. The term end is {@link termEndOf}: the commitment end
 * date of new commerce terms when there is one (which the renewal moves too), else the last
 * renewal's, else one year from the purchase (the library's reading).
 *
 * - Legacy renewal (RST-7, seed 000: existing direct bill subscriptions stay valid, renew
 *   automatically and stay billed to the partner until cancelled): an active subscription that
 *   renews automatically starts a new term of the same length the day after the last day of the old
 *   one. This is also what happens to every subscription before the new commerce rules (2022-01-10).
 * - New commerce (NCE-9, NCE-10, NCE-11, NCE-18), under the rules from 2022-01-10, for a subscription
 *   `isNewCommerce` says is new commerce, by its status on the day after its term end date:
 *   active and renewing automatically, it renews into a new term from `at` (the instant the renewal
 *   completes: new cancellation window and one batch of all its seats with a new reduction window);
 *   the changes scheduled for the next term (offer, seats, term, billing cycle, custom term end
 *   date) apply and are then cleared; a trial converts to the paid offer on a one-year term billed
 *   monthly unless changes were scheduled. Active and set not to renew, it becomes `expired`.
 *   Still suspended, it becomes `disabled` without renewing, and billing stops. The same command,
 *   run again 30 days after the term end date or later, moves an expired subscription to
 *   `disabled`; run 120 days after the term end date or later, it deletes a disabled one (status
 *   `cancelled`, Partner Center's `deleted`). The library's reading: the 120 days apply to a
 *   subscription disabled while suspended too, as the state does not record when a subscription was
 *   disabled.
 * - Legacy to new commerce (NCE-19), under the rules from 2024-01-01: an active license-based
 *   subscription or add-on without new commerce terms (every one the library holds is read as
 *   commercial) that renews automatically moves to new commerce: a one-year term from the day after
 *   its term end date, the same seats, its billing cycle when it has one of at most a year (legacy
 *   subscriptions bought in the model carry none: `monthly`, the library's reading), and a new
 *   cancellation window of 7 days from `at`. Before 2024-01-01 legacy renewals are unchanged.
 *
 * Violations: `MOD-7` (the actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown
 * subscription, `UnknownSubscription`), `MOD-3` (`SubscriptionNotChangeable`: cancelled, or, outside
 * the new commerce processing, not active (code 800091); a usage-based Azure plan or perpetual
 * software, which have no term; or a term end the state does not know. `AutoRenewOff`: a
 * subscription set not to renew, outside the new commerce processing), `MOD-6` (`DatedBeforeFact`:
 * dated on or before the last day of the term, or before the day an expired or disabled new
 * commerce subscription moves on). Subjects: the subscription ID.
 *
 * Emits `SubscriptionRenewed` (the previous and the new last day of the term; for a new commerce
 * renewal also `termStartedAt`, `offerId`, `seats`, `termDuration` and `billingCycle` of the new
 * term), `SubscriptionExpired`, `SubscriptionDisabled`, `SubscriptionDeleted` or
 * `SubscriptionMigratedToNewCommerce`. Sources: seed 000 (RST-7), NCE-9, NCE-10, NCE-11, NCE-18,
 * NCE-19.
 *
 * @example
 * ```ts
 * import { isoDateTime, microsoft, renewSubscription } from 'csp-channel'
 * // bought 2019-01-09 with auto-renew: its first term runs through 2020-01-08
 * renewSubscription(state, { actor: microsoft, at: isoDateTime('2020-01-09T00:00:00Z'), subscriptionId })
 * // Right: SubscriptionRenewed { previousTermEnd: '2020-01-08', termEnd: '2021-01-08' }
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const renewSubscription = defineCommand({
  name: 'renewSubscription',
  input: RenewSubscriptionInput,
  load,
  checks: [
    operatorOnly('renew a subscription at the end of its term'),
    subscriptionKnown<Context>(),
    termEndStatus<Context>(),
    termed<Context>('a renewal'),
    autoRenews<Context>(),
    ...termEnded<Context>(),
  ],
  decide: ({ input, subscription, ruleSet }) =>
    termEndEvents(defined(subscription, 'the subscription'), input.at, ruleSet),
})
