/**
 * `designateSupportContact`: an indirect provider makes an indirect reseller the support contact of
 * a subscription.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../model/ids.js'
import { commandInput, defineCommand } from './contract.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from './providerSubscriptions.js'

/** Codec for {@link DesignateSupportContactInput}. @category codecs */
export const DesignateSupportContactInput = commandInput('DesignateSupportContactInput', {
  ...providerSubscriptionFields,
  resellerTenantId: TenantId,
})
/** Input of {@link designateSupportContact}: the provider, the subscription and the indirect reseller. @category commands */
export type DesignateSupportContactInput = t.TypeOf<typeof DesignateSupportContactInput>

/**
 * Designates an indirect reseller, in active partnership with the provider and serving the
 * customer, as support contact of a subscription billed to the provider (PRT-7, PRT-4, CUS-2,
 * seed 001). New subscriptions have the provider as support contact.
 *
 * Violations: as {@link associateResellerWithSubscription}.
 *
 * Emits `SupportContactDesignated`.
 *
 * @category commands
 */
export const designateSupportContact = defineCommand({
  name: 'designateSupportContact',
  input: DesignateSupportContactInput,
  load: loadProviderSubscription,
  checks: providerSubscriptionChecks('designate the reseller as support contact', 'any'),
  decide: ({ input }) => [
    {
      _tag: 'SupportContactDesignated',
      at: input.at,
      subscriptionId: input.subscriptionId,
      supportContact: input.resellerTenantId,
    },
  ],
})
