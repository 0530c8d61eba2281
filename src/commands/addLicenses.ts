/**
 * `addLicenses`: an indirect provider adds licenses to a customer's subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../internal/invariant.js'
import { Seats } from '../model/subscription.js'
import { commandInput, defineCommand } from './contract.js'
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
 * `CUS-2` (not license-based or add-on, or not active; 800091), `TRN-12`, `REG-1`, `OWN-2`, `OWN-3`
 * (the customer).
 *
 * Emits `SeatsChanged`.
 *
 * @category commands
 */
export const addLicenses = defineCommand({
  name: 'addLicenses',
  input: AddLicensesInput,
  load: loadProviderSubscription,
  checks: providerSubscriptionChecks('add licenses', ['licenseBased', 'addOn']),
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
