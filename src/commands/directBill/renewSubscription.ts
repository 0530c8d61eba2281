/**
 * `renewSubscription`: Microsoft renews a subscription at the end of its term (RST-7).
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../../internal/invariant.js'
import { SubscriptionId } from '../../kernel/ids.js'
import { getSubscription } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { type Subscription } from '../../model/subscription.js'
import { hasTerm, nextTermEnd, termEndOf } from '../../model/terms.js'
import { operatorOnly } from '../checks/actor.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import { subscriptionAllows, subscriptionKnown } from '../checks/subscription.js'
import { termed } from '../checks/term.js'

/** Codec for {@link RenewSubscriptionInput}. @category codecs @since 0.2.0 */
export const RenewSubscriptionInput = commandInput('RenewSubscriptionInput', { subscriptionId: SubscriptionId })
/** Input of {@link renewSubscription}: the subscription whose term ended. @category commands */
export interface RenewSubscriptionInput extends t.TypeOf<typeof RenewSubscriptionInput> {}

type Loaded = { readonly subscription: Subscription | undefined }
type Context = CheckContext<RenewSubscriptionInput, Loaded>

const load = (state: ProgramState, input: RenewSubscriptionInput): Loaded => ({
  subscription: getSubscription(state, input.subscriptionId),
})

/** The subscription renews automatically (MOD-3, `AutoRenewOff`): one set not to renew ends with its term. */
const autoRenews: RuleCheck<Context> = {
  rule: 'MOD-3',
  name: 'the subscription renews automatically',
  check: ({ subscription }) =>
    subscription === undefined || subscription.autoRenew
      ? pass
      : fail(
          'AutoRenewOff',
          [subscription.id],
          `Subscription ${subscription.id} is set not to renew automatically; it ends with its term.`,
        ),
}

/** Its term end is known (MOD-3) and the command is dated after it (MOD-6, `DatedBeforeFact`). */
const termEnded: ReadonlyArray<RuleCheck<Context>> = [
  {
    rule: 'MOD-3',
    name: "the subscription's term end is known",
    check: ({ subscription: s }) =>
      s === undefined || !hasTerm(s) || termEndOf(s) !== null
        ? pass
        : fail(
            'SubscriptionNotChangeable',
            [s.id],
            `The term end of subscription ${s.id} is unknown (no purchase date nor commitment end date); import it with its commitmentEndDate to renew it.`,
          ),
  },
  {
    rule: 'MOD-6',
    name: "the command is dated after the last day of the subscription's term",
    check: ({ subscription: s, input }) => {
      const end = s === undefined ? null : termEndOf(s)
      return s === undefined || end === null || input.at.slice(0, 10) > end
        ? pass
        : fail(
            'DatedBeforeFact',
            [s.id],
            `The term of subscription ${s.id} runs through ${end}; it renews from the day after, not on ${input.at.slice(0, 10)}.`,
          )
    },
  },
]

/**
 * Renews an active subscription whose term has ended and that renews automatically: a new term of
 * the same length starts the day after the last day of the old one (RST-7, seed 000: existing direct
 * bill subscriptions stay valid, renew automatically and stay billed to the partner until
 * cancelled). Run by Microsoft, as program operator, with the renewal's date; one command per term.
 * Restriction does not matter: the subscription of a restricted partner renews (RST-7), still billed
 * to it. The term end is {@link termEndOf}: the imported new commerce commitment end date when there
 * is one (which the renewal moves too), else the last renewal's, else one year from the purchase
 * (the library's reading).
 *
 * Violations: `MOD-7` (the actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown
 * subscription, `UnknownSubscription`), `MOD-3` (`SubscriptionNotChangeable`: not active (code
 * 800091), a usage-based Azure plan or perpetual software, which have no term, or a term end the
 * state does not know; `AutoRenewOff`: set not to renew), `MOD-6` (`DatedBeforeFact`: dated on or
 * before the last day of the term). Subjects: the subscription ID.
 *
 * Emits `SubscriptionRenewed` (the previous and the new last day of the term). Source: seed 000
 * (RST-7).
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
    subscriptionAllows<Context>('a renewal', 'any', ['active']),
    termed<Context>('a renewal'),
    autoRenews,
    ...termEnded,
  ],
  decide: ({ input, subscription }) => {
    const s = defined(subscription, 'the subscription')
    const previousTermEnd = defined(termEndOf(s) ?? undefined, 'the term end')
    return [
      {
        _tag: 'SubscriptionRenewed',
        at: input.at,
        subscriptionId: input.subscriptionId,
        previousTermEnd,
        termEnd: nextTermEnd(s, previousTermEnd),
      },
    ]
  },
})
