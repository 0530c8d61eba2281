/**
 * `changeTerm`: the partner billed for a new commerce subscription lengthens its term, or changes
 * its billing cycle, in the middle of the term.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../../internal/invariant.js'
import { Text } from '../../kernel/text.js'
import type { ProgramState } from '../../model/state.js'
import { termEndFrom, termEndOf, termStartOf } from '../../model/terms.js'
import { renewalNotPending } from '../checks/newCommerce.js'
import { knownTerms, newCommerceTermKnown, termOnlyGrows } from '../checks/nextTerm.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'
import { commandInput, defineCommand, type CheckContext } from '../contract.js'
import { partnerOfRecordOnChange, recordedPartnerOfRecord } from '../checks/standing.js'

/** Codec for {@link ChangeTermInput}. @category codecs @since 0.2.0 */
export const ChangeTermInput = commandInput('ChangeTermInput', {
  ...subscriptionChangeFields,
  termDuration: Text,
  billingCycle: Text,
})
/**
 * Input of {@link changeTerm}: the partner tenant billed for the subscription, the subscription, and
 * its new term (`P1M`, `P1Y`, `P3Y`) and billing cycle (`monthly`, `annual`, `triennial`), as
 * Partner Center writes them.
 *
 * @category commands
 */
export interface ChangeTermInput extends t.TypeOf<typeof ChangeTermInput> {}

type Context = CheckContext<ChangeTermInput, ReturnType<typeof loadSubscription>>

/**
 * Changes the term or the billing cycle of an active new commerce subscription in the middle of its
 * term (NCE-15). Run by a partner user with a sales role (global admin, admin agent, sales agent) of
 * the partner billed for it. The term only grows (P1M to P1Y or P3Y, P1Y to P3Y), and the billing
 * cycle does not become as long as a term of a year or more (upfront billing is chosen at purchase
 * only). The current term keeps its start: its end moves to the last day of the new term counted
 * from that start (ISO-8601 date). Nothing changes while a renewal is pending (NCE-16). The term and
 * billing cycle are ones Partner Center knows, the billing cycle no longer than the term (NCE-2).
 *
 * Violations: `MOD-1` (unknown partner or subscription, `UnknownPartner`, `UnknownSubscription`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, code 900150; subscription billed to
 * someone else, `NoResellerRelationship`, code 20002), `ROL-1` (a partner user without a sales
 * role, `RoleNotAllowed`, 900150), `MOD-3` (not license-based or add-on, not active, not new
 * commerce, or a term the state does not know, `SubscriptionNotChangeable`; 800091 for the status),
 * `NCE-8` (a new commerce subscription cancelled, expired or disabled,
 * `NewCommerceSubscriptionClosed`), `MOD-6` (dated before the subscription was bought,
 * `DatedBeforeFact`), `NCE-15` (a shorter term, `TermShortened`, 800122; a switch to upfront
 * billing, `UpfrontBillingMidTerm`), `NCE-16` (renewal pending, `RenewalPending`), `NCE-2`
 * (`InvalidTermDuration` 800121, `InvalidBillingCycle`, `BillingCycleLongerThanTerm` 900270), `POR-3` (from 2025-12-01, the partner of record is not an active and compliant indirect reseller, `PartnerOfRecordNotCompliant`, or has no active partnership with the provider billed, `PartnerOfRecordNotListed`; 900400; a `FactUnknown` warning when the model does not hold its reseller).
 * Subjects: the subscription, unless stated.
 *
 * Emits `TermChanged` (the new term and billing cycle, the previous and the new last day of the
 * term). Source: NCE-15.
 *
 * @example
 * ```ts
 * import { changeTerm, partnerUser } from 'csp-channel'
 * // a P1M subscription whose term started 2023-03-10 moves to a one-year term billed monthly
 * changeTerm(state, {
 *   actor: partnerUser(partnerTenantId, 'adminAgent'),
 *   at,
 *   partnerTenantId,
 *   subscriptionId,
 *   termDuration: 'P1Y',
 *   billingCycle: 'monthly',
 * })
 * // Right: TermChanged { termDuration: 'P1Y', termEnd: '2024-03-09' }
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const changeTerm = defineCommand({
  name: 'changeTerm',
  input: ChangeTermInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: ChangeTermInput) => loadSubscription(state, input),
  checks: [
    ...subscriptionChangeChecks<Context>('a term change', ['licenseBased', 'addOn'], ['active']),
    newCommerceTermKnown<Context>('a term change'),
    knownTerms<Context>(({ input }) => input),
    termOnlyGrows<Context>(({ input }) => input),
    renewalNotPending<Context>('a term change'),
    partnerOfRecordOnChange<Context>((c) => recordedPartnerOfRecord(c.subscription)),
  ],
  decide: ({ input, subscription }) => {
    const s = defined(subscription, 'the subscription')
    return [
      {
        _tag: 'TermChanged',
        at: input.at,
        subscriptionId: input.subscriptionId,
        termDuration: input.termDuration,
        billingCycle: input.billingCycle,
        previousTermEnd: defined(termEndOf(s) ?? undefined, 'the term end'),
        termEnd: termEndFrom(defined(termStartOf(s) ?? undefined, 'the term start'), input.termDuration),
      },
    ]
  },
})
