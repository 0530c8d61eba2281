/**
 * `addLicenses`: an indirect provider adds licenses to a customer's subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../internal/invariant.js'
import { MAX_SEATS, Seats } from '../model/subscription.js'
import { commandInput, defineCommand, fail, pass } from './contract.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from './providerSubscriptions.js'

/** Codec for {@link AddLicensesInput}. @category codecs */
export const AddLicensesInput = commandInput('AddLicensesInput', {
  ...providerSubscriptionFields,
  additionalSeats: Seats,
})
/** Input of {@link addLicenses}: the provider, the subscription and the number of licenses to add (≥ 1). @category commands */
export type AddLicensesInput = t.TypeOf<typeof AddLicensesInput>

/**
 * Adds licenses to an active license-based subscription or add-on billed to the provider (CUS-2,
 * seed 001).
 *
 * Violations: `ROL-2` (unknown provider or subscription, actor of another tenant, subscription
 * billed to someone else, no delegated admin), `PRT-1`, `PGM-2`, `PGM-3` (who may act),
 * `CUS-2` (not license-based or add-on, or not active; 800091), `MOD-6` (dated before the
 * subscription was bought, `DatedBeforeFact`), `TRN-12`, `REG-1`, `OWN-2`, `OWN-3` (the customer),
 * `MOD-5` (the new seat count would exceed 2,147,483,647, `ValueOutOfRange`).
 * Allowed for a provider that is also a restricted direct bill partner: it changes the seats of an
 * existing subscription (RST-8).
 *
 * Emits `SeatsChanged`.
 *
 * @category commands
 */
export const addLicenses = defineCommand({
  name: 'addLicenses',
  input: AddLicensesInput,
  load: loadProviderSubscription,
  checks: [
    ...providerSubscriptionChecks('add licenses', ['licenseBased', 'addOn']),
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
  ],
  decide: ({ input, subscription }) => {
    const previousSeats = defined(subscription, 'the subscription').seats
    return [
      {
        _tag: 'SeatsChanged',
        at: input.at,
        subscriptionId: input.subscriptionId,
        previousSeats,
        seats: previousSeats + input.additionalSeats,
      },
    ]
  },
})
