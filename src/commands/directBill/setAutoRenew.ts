/**
 * `setAutoRenew`: the billing partner, or the indirect reseller of the customer, turns a
 * subscription's automatic renewal on or off (TRN-13: the reseller manages its indirect customers'
 * subscription renewals).
 *
 * What TRN-13 also lets the reseller manage, its customers' users and the assignment of their
 * licenses to users, is out of the model's scope: users and license assignments live in the
 * customer's own directory (Microsoft Entra ID, Microsoft 365 admin center), which the model does
 * not hold; the seat counts partners are billed for are modelled (`changeSeats`, `addLicenses`).
 * The options TRN-13 says the reseller does not have (creating orders, buying) stay with its
 * indirect provider (PGM-2, `placeOrder`).
 *
 * @module
 */
import * as t from 'io-ts'
import { rolesFor, SALES_ROLES } from '../checks/actor.js'
import { commerceNeedsDelegatedAdmin, delegatedAdminFinding } from '../checks/delegatedAdmin.js'
import { renewalNotPending } from '../checks/newCommerce.js'
import { partnerActs, type PartnerContext } from '../checks/partner.js'
import {
  loadWithRelationship,
  notBeforePurchase,
  subscriptionAllowsChange,
  subscriptionChangeFields,
  subscriptionKnown,
  type WithRelationship,
} from '../checks/subscription.js'
import { billedOr, bills, resellsSubscription, termed } from '../checks/term.js'
import { commandInput, defineCommand, pass, type RuleCheck } from '../contract.js'

/** Codec for {@link SetAutoRenewInput}. @category codecs @since 0.2.0 */
export const SetAutoRenewInput = commandInput('SetAutoRenewInput', {
  ...subscriptionChangeFields,
  autoRenew: t.boolean,
})
/**
 * Input of {@link setAutoRenew}: the acting partner tenant (the billing partner, or the customer's
 * indirect reseller), the subscription and whether it renews automatically at the end of its term.
 *
 * @category commands
 */
export interface SetAutoRenewInput extends t.TypeOf<typeof SetAutoRenewInput> {}

type Context = PartnerContext<SetAutoRenewInput, WithRelationship>

/** The actor's partner is billed for the subscription or is the customer's indirect reseller for it. */
const manages: ReadonlyArray<RuleCheck<Context>> = [
  billedOr<Context>(
    "the partner is billed for the subscription or is its customer's indirect reseller",
    ({ partner, subscription, relationship }) => resellsSubscription(partner, subscription, relationship),
    'NoResellerRelationship',
    (customer) => `the indirect reseller of its customer ${customer} through that provider`,
  ),
  {
    rule: 'ROL-2',
    name: 'a reseller holds delegated admin privileges for the customer',
    check: (c) => {
      const { input, partner, subscription, relationship: r } = c
      if (bills(input.partnerTenantId, subscription) || !resellsSubscription(partner, subscription, r)) return pass
      // from GDAP-17, commerce needs the reseller relationship only
      if (!commerceNeedsDelegatedAdmin(c.ruleSet)) return pass
      return delegatedAdminFinding(
        r,
        input.at,
        `Indirect reseller ${r.partnerTenantId} holds no delegated admin privileges for customer ${r.customerTenantId}.`,
      )
    },
  },
]

/**
 * Turns automatic renewal at the end of the term on or off for an active or suspended subscription
 * that runs for a term. Run by the partner billed for it (direct bill partner or indirect provider),
 * or by the indirect reseller of its customer (TRN-13, seeds 000 and 001): a reseller relationship
 * with the customer, with delegated admin (ROL-2, INV-2, CUS-1), through the provider billed for the
 * subscription or as its partner of record (PRT-7). Allowed for restricted partners: the
 * subscription exists and keeps renewing (RST-7, RST-8). {@link renewSubscription} renews only
 * subscriptions that renew automatically.
 *
 * New commerce (from 2022-01-10): turning auto-renew off deletes the changes scheduled for the next
 * term (NCE-12), and auto-renew is read-only while a renewal is pending, from the day after the term
 * end date until Microsoft renews or ends the subscription (NCE-16).
 *
 * Violations: `MOD-1` (unknown partner or subscription), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, 900150; a partner neither billed for the subscription nor the customer's
 * indirect reseller for it, `NoResellerRelationship`, 20002, subjects: the subscription and the
 * partner; before 2022-01-10, when commerce still asked for DAP, a reseller without delegated admin, `NoDelegatedAdmin`,
 * subjects: the reseller and the customer), `ROL-1` (a partner user who is not a global admin, admin agent or sales agent,
 * `RoleNotAllowed`, 900150), `NCE-8` (a cancelled, expired or disabled new commerce subscription, `NewCommerceSubscriptionClosed`; 900277 when expired), `MOD-3` (`SubscriptionNotChangeable`: cancelled or expired, code
 * 800091, or usage-based Azure or perpetual software, which have no term), `MOD-6` (dated before the
 * subscription was bought, `DatedBeforeFact`), `NCE-16` (a new commerce subscription whose renewal
 * is pending, `RenewalPending`, HTTP 409; subjects: the subscription). A reseller relationship whose delegated admin is
 * unknown (imported) gives a `FactUnknown` warning.
 *
 * Emits `AutoRenewSet` (which, turning auto-renew off, also clears the scheduled changes). Source:
 * seed 000 (TRN-13), seed 001 (PRT-7), NCE-12, NCE-16.
 *
 * @example
 * ```ts
 * import { setAutoRenew } from 'csp-channel'
 * // the indirect reseller of the customer stops the renewal of a subscription its provider sold
 * setAutoRenew(state, { actor, at, partnerTenantId: resellerTenantId, subscriptionId, autoRenew: false })
 * // Right: AutoRenewSet { autoRenew: false }
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const setAutoRenew = defineCommand({
  name: 'setAutoRenew',
  input: SetAutoRenewInput,
  load: loadWithRelationship,
  checks: [
    ...partnerActs<Context>(),
    rolesFor<Context>(SALES_ROLES, 'manage subscription renewals'),
    subscriptionKnown<Context>(),
    ...manages,
    ...subscriptionAllowsChange<Context>('a renewal setting', 'any', ['active', 'suspended']),
    termed<Context>('a renewal setting'),
    notBeforePurchase<Context>(),
    renewalNotPending<Context>('a change of auto-renew'),
  ],
  decide: ({ input }) => [
    { _tag: 'AutoRenewSet', at: input.at, subscriptionId: input.subscriptionId, autoRenew: input.autoRenew },
  ],
})
