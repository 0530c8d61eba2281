/**
 * `scheduleNextTermChanges`: the partner billed for a new commerce subscription saves the changes
 * it makes at its next renewal (Partner Center's `scheduledNextTermInstructions`), or clears them.
 *
 * @module
 */
import type * as t from 'io-ts'
import { nullable } from '../../internal/codec.js'
import type { ProgramState } from '../../model/state.js'
import { ScheduledChanges } from '../../model/subscription.js'
import { renewalNotPending } from '../checks/newCommerce.js'
import { customTermEndInNextTerm, knownTerms, newCommerceTermKnown, schedulingAllowed } from '../checks/nextTerm.js'
import { loadSubscription, subscriptionChangeChecks, subscriptionChangeFields } from '../checks/subscription.js'
import { commandInput, defineCommand, type CheckContext } from '../contract.js'
import { partnerOfRecordOnChange, recordedPartnerOfRecord } from '../checks/standing.js'

/** Codec for {@link ScheduleNextTermChangesInput}. @category codecs @since 0.2.0 */
export const ScheduleNextTermChangesInput = commandInput('ScheduleNextTermChangesInput', {
  ...subscriptionChangeFields,
  changes: nullable(ScheduledChanges),
})
/**
 * Input of {@link scheduleNextTermChanges}: the partner tenant billed for the subscription, the
 * subscription, and the changes for its next term: the offer (catalog item ID), the seats (≥ 1),
 * the term (`P1M`, `P1Y`, `P3Y`), the billing cycle (`monthly`, `annual`, `triennial`) and a custom
 * term end date (ISO-8601 date) or `null`; `changes: null` clears the saved changes.
 *
 * @category commands
 */
export interface ScheduleNextTermChangesInput extends t.TypeOf<typeof ScheduleNextTermChangesInput> {}

type Context = CheckContext<ScheduleNextTermChangesInput, ReturnType<typeof loadSubscription>>

/**
 * Saves the changes a new commerce subscription makes when it next renews (NCE-12), or clears them
 * (`changes: null`). Run by a partner user with a sales role (global admin, admin agent, sales
 * agent) of the partner billed for the subscription. The changes apply when Microsoft renews the
 * subscription ({@link renewSubscription}) and are then cleared; turning auto-renew off, a seat
 * change, a cancellation or an upgrade deletes them before (NCE-12).
 *
 * Changes are saved only on an active subscription with auto-renew on (NCE-12); clearing them is
 * always allowed. Nothing changes while a renewal is pending, from the day after the term end date
 * until Microsoft renews the subscription (NCE-16). The term and billing cycle are ones Partner
 * Center knows, the billing cycle no longer than the term (NCE-2). A custom term end date falls
 * within the first new term, from the day after the current term end date through the end of one
 * scheduled term, and a monthly term does not end on the 28th, 29th or 30th unless it is the month's
 * last day (NCE-21, from 2022-03-10).
 *
 * Violations: `MOD-1` (unknown partner or subscription, `UnknownPartner`, `UnknownSubscription`),
 * `ROL-2` (actor of another tenant, `ActsForAnotherTenant`, code 900150; subscription billed to
 * someone else, `NoResellerRelationship`, code 20002), `ROL-1` (a partner user without a sales
 * role, `RoleNotAllowed`, 900150), `MOD-3` (not license-based or add-on, not active or suspended,
 * not new commerce, or a term the state does not know, `SubscriptionNotChangeable`), `NCE-8` (a new
 * commerce subscription cancelled, expired or disabled, `NewCommerceSubscriptionClosed`), `MOD-6`
 * (dated before the subscription was bought, `DatedBeforeFact`), `NCE-12` (suspended, or auto-renew
 * off, `ScheduledChangesNotAllowed`), `NCE-16` (renewal pending, `RenewalPending`), `NCE-2`
 * (`InvalidTermDuration` 800121, `InvalidBillingCycle`, `BillingCycleLongerThanTerm` 900270),
 * `NCE-21` (`InvalidCustomTermEnd`, 900245), `POR-3` (from 2025-12-01, the partner of record is not an active and compliant indirect reseller, `PartnerOfRecordNotCompliant`, or has no active partnership with the provider billed, `PartnerOfRecordNotListed`; 900400; a `FactUnknown` warning when the model does not hold its reseller), when changes are saved. Subjects: the subscription, unless stated.
 *
 * Emits `NextTermChangesScheduled` (the changes, or `null`). Sources: NCE-12, NCE-16, NCE-2, NCE-21.
 *
 * @example
 * ```ts
 * import { partnerUser, scheduleNextTermChanges } from 'csp-channel'
 * scheduleNextTermChanges(state, {
 *   actor: partnerUser(partnerTenantId, 'adminAgent'),
 *   at,
 *   partnerTenantId,
 *   subscriptionId,
 *   changes: { offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971', seats: 15, termDuration: 'P1Y', billingCycle: 'monthly', customTermEndDate: null },
 * })
 * // Right: NextTermChangesScheduled; the next renewal applies them
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const scheduleNextTermChanges = defineCommand({
  name: 'scheduleNextTermChanges',
  input: ScheduleNextTermChangesInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: ScheduleNextTermChangesInput) => loadSubscription(state, input),
  checks: [
    ...subscriptionChangeChecks<Context>('scheduled changes', ['licenseBased', 'addOn'], ['active', 'suspended']),
    newCommerceTermKnown<Context>('scheduled changes'),
    schedulingAllowed<Context>(({ input }) => input.changes !== null),
    renewalNotPending<Context>('scheduled changes'),
    knownTerms<Context>(({ input }) => input.changes),
    customTermEndInNextTerm<Context>(({ input }) => input.changes),
    partnerOfRecordOnChange<Context>((c) =>
      c.input.changes === null ? undefined : recordedPartnerOfRecord(c.subscription),
    ),
  ],
  decide: ({ input }) => [
    {
      _tag: 'NextTermChangesScheduled',
      at: input.at,
      subscriptionId: input.subscriptionId,
      changes:
        input.changes === null
          ? null
          : {
              offerId: input.changes.offerId,
              seats: input.changes.seats,
              termDuration: input.changes.termDuration,
              billingCycle: input.changes.billingCycle,
              customTermEndDate: input.changes.customTermEndDate,
            },
    },
  ],
})
