/**
 * `addLicenses`: an indirect provider adds licenses to a customer's subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../../internal/invariant.js'
import { MAX_SEATS, Seats } from '../../model/subscription.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand, type CheckContext, fail, pass } from '../contract.js'
import { newCommerceChangeChecks, seatBatchesOf, updateLimitNear } from '../checks/newCommerce.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from '../checks/providerSubscription.js'
import { notSuspended, partnerOfRecordOnChange, recordedPartnerOfRecord } from '../checks/standing.js'

/** Codec for {@link AddLicensesInput}. @category codecs @since 0.1.0 */
export const AddLicensesInput = commandInput('AddLicensesInput', {
  ...providerSubscriptionFields,
  additionalSeats: Seats,
})
/** Input of {@link addLicenses}: the provider, the subscription and the number of licenses to add (≥ 1). @category commands */
export interface AddLicensesInput extends t.TypeOf<typeof AddLicensesInput> {}

type Context = CheckContext<AddLicensesInput, ReturnType<typeof loadProviderSubscription>>

/**
 * Adds licenses to an active license-based subscription or add-on billed to the provider (CUS-2,
 * seed 001). Allowed for a provider that is also a restricted direct bill partner: it changes the
 * seats of an existing subscription (RST-8).
 *
 * Violations: `MOD-1` (unknown provider, `UnknownPartner`; unknown subscription,
 * `UnknownSubscription`; unknown customer tenant, `UnknownCustomer`), `ROL-2` (actor of another
 * tenant, `ActsForAnotherTenant`, code 900150; subscription billed to someone else,
 * `NoResellerRelationship`, code 20002; no delegated admin privileges for the customer,
 * `NoDelegatedAdmin`, only before 2022-01-10: commerce then stops asking for delegated admin), `PRT-1` (role not allowed, `RoleNotAllowed`, 900150; not an indirect
 * provider, `NotIndirectProvider`), `PGM-2` (an indirect reseller cannot do this itself,
 * `NoBillingRelationship`), `PGM-3` (the provider has not signed the MPA, `MpaNotSigned`, 900124),
 * `NCE-8` (a cancelled, expired or disabled new commerce subscription, `NewCommerceSubscriptionClosed`; 900277 when expired), `MOD-3` (not license-based or add-on, or not active, `SubscriptionNotChangeable`; 800091 for the
 * status), `MOD-6` (dated before the subscription was bought or the provider's reseller
 * relationship with the customer began, `DatedBeforeFact`), `TRN-12` (no reseller relationship with
 * the customer, `NoResellerRelationship`, 20002), `REG-1` (customer in another region,
 * `RegionMismatch`, 2030), `OWN-2` (the customer is a partner tenant, `NotCustomerTenant`; the
 * provider's internal-use tenant, `OwnInternalUseTenant`; or an affiliate, `AffiliatedCustomer`),
 * `OWN-3` (the customer is a reseller in partnership with the provider, `ResellerAsEndCustomer`),
 * `PRT-4` (the customer check on a named reseller, shared with
 * {@link associateResellerWithSubscription}: this input names none, so it always passes),
 * `MOD-5` (the new seat count would exceed 2,147,483,647, `ValueOutOfRange`), `NCE-16` (new
 * commerce, its renewal pending, `RenewalPending`), `NCE-18` (a new commerce trial,
 * `TrialNotChangeable`), `AUTH-5` (from 2024-04-01, the provider's account is suspended, `PartnerSuspended`), `POR-3` (from 2025-12-01, the partner of record is not an active and compliant indirect reseller, `PartnerOfRecordNotCompliant`, or has no active partnership with the provider billed, `PartnerOfRecordNotListed`; 900400; a `FactUnknown` warning when the model does not hold its reseller).
 *
 * Warning: NCE-17 `UpdateLimitNear`, from the 1,100th change of a new commerce subscription.
 *
 * Emits `SeatsChanged`; for a new commerce subscription the added licenses form a new batch of
 * seats, added at `at` with its own reduction window, and the term end does not move (NCE-7).
 *
 * @example
 * ```ts
 * import { addLicenses, partnerUser } from 'csp-channel'
 * addLicenses(state, {
 *   actor: partnerUser(providerTenantId, 'salesAgent'),
 *   at,
 *   providerTenantId,
 *   subscriptionId,
 *   additionalSeats: 5,
 * })
 * // Right: SeatsChanged, five seats more
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const addLicenses = defineCommand({
  name: 'addLicenses',
  input: AddLicensesInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: AddLicensesInput) => loadProviderSubscription(state, input),
  checks: [
    ...providerSubscriptionChecks('add licenses', ['licenseBased', 'addOn'], false),
    partnerOfRecordOnChange<Context>((c) => recordedPartnerOfRecord(c.subscription)),
    notSuspended<Context>((c) => [c.provider], 'add licenses'),
    {
      rule: 'MOD-5',
      name: 'the new seat count stays within the limit',
      check: ({ subscription, input }) =>
        subscription === undefined || subscription.seats + input.additionalSeats <= MAX_SEATS
          ? pass
          : fail(
              'ValueOutOfRange',
              [subscription.id],
              `Subscription ${subscription.id} has ${subscription.seats} seats; adding ${input.additionalSeats} would exceed ${MAX_SEATS}.`,
            ),
    },
    ...newCommerceChangeChecks('adding licenses'),
  ],
  advisories: [updateLimitNear()],
  decide: ({ input, subscription, ruleSet }) => {
    const previousSeats = defined(subscription, 'the subscription').seats
    const seats = previousSeats + input.additionalSeats
    return [
      {
        _tag: 'SeatsChanged',
        at: input.at,
        subscriptionId: input.subscriptionId,
        previousSeats,
        seats,
        ...seatBatchesOf(subscription, seats, input.at, ruleSet),
      },
    ]
  },
})
