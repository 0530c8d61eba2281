/**
 * `upgradeSubscription`: an indirect provider moves a customer's subscription to another offer.
 *
 * @module
 */
import type * as t from 'io-ts'
import { exact } from '../../internal/codec.js'
import { defined } from '../../internal/invariant.js'
import { SubscriptionId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import { getSubscription } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { Seats } from '../../model/subscription.js'
import { commandInput, defineCommand, type CheckContext } from '../contract.js'
import { intoAnother, newCommerceUpgradeChecks, transitioned, upgradeTargetChecks } from '../checks/upgrade.js'
import {
  loadProviderSubscription,
  providerSubscriptionChecks,
  providerSubscriptionFields,
} from '../checks/providerSubscription.js'
import { partnerOfRecordOnChange, recordedPartnerOfRecord } from '../checks/standing.js'

const base = commandInput('UpgradeSubscriptionInput', { ...providerSubscriptionFields, offerId: Text })
/** Codec for {@link UpgradeSubscriptionInput}. @category codecs @since 0.1.0 */
export const UpgradeSubscriptionInput = exact(base.name, base.required, {
  ...base.optional,
  toSubscriptionId: SubscriptionId,
  seats: Seats,
})
/**
 * Input of {@link upgradeSubscription}: the provider, the subscription (the source) and the offer ID
 * upgraded to; for a new commerce subscription, optionally `toSubscriptionId` (an existing target
 * subscription, or the ID of the subscription a partial upgrade creates) and `seats` (how many seats
 * move, at most the source's; fewer is a partial upgrade), as Partner Center's transition body
 * (`toSubscriptionId`, `quantity`).
 *
 * @category commands
 */
export interface UpgradeSubscriptionInput extends t.TypeOf<typeof UpgradeSubscriptionInput> {}

type Context = CheckContext<
  UpgradeSubscriptionInput,
  ReturnType<typeof loadProviderSubscription> & { readonly target: ReturnType<typeof getSubscription> }
>

/**
 * Upgrades an active license-based subscription billed to the provider to another offer (CUS-2,
 * seed 001). Seats, partner of record and support contact are kept.
 *
 * New commerce (NCE-13, NCE-14, from 2022-01-10): an upgrade starts only from an active subscription
 * and never goes down (the library ranks only the offers of `OFFER_LADDERS`; others are not
 * judged as downgrades). With `toSubscriptionId` naming an existing subscription, the seats (all,
 * or `seats` of them) move into it: it must be active, past its cancellation window, with a term no
 * shorter than the source's and a term end date no earlier (the same day is accepted: the
 * library's reading of the eligibility rules, though code 900236 says "later"). A partial upgrade
 * (`seats` fewer than the source holds) into a `toSubscriptionId` the state does not hold creates
 * that subscription on the new offer, with the source's term, billing cycle and term end date and
 * the source's cancellation window: it opens none of its own (NCE-14). A source that gives all its
 * seats ends (status `cancelled`, the library's reading). An upgrade deletes the changes scheduled
 * for the next term of the subscriptions it touches (NCE-12). Partial upgrades and upgrades into
 * another subscription are modelled for new commerce subscriptions only; legacy upgrades are
 * unchanged.
 *
 * Violations: `MOD-1` (unknown provider, `UnknownPartner`; unknown subscription,
 * `UnknownSubscription`; unknown customer tenant, `UnknownCustomer`), `ROL-2` (actor of another
 * tenant, `ActsForAnotherTenant`, code 900150; subscription billed to someone else,
 * `NoResellerRelationship`, code 20002; no delegated admin privileges for the customer,
 * `NoDelegatedAdmin`, only before 2022-01-10: commerce then stops asking for delegated admin), `PRT-1` (role not allowed, `RoleNotAllowed`, 900150; not an indirect
 * provider, `NotIndirectProvider`), `PGM-2` (an indirect reseller cannot do this itself,
 * `NoBillingRelationship`), `PGM-3` (the provider has not signed the MPA, `MpaNotSigned`, 900124),
 * `NCE-8` (a cancelled, expired or disabled new commerce subscription, `NewCommerceSubscriptionClosed`; 900277 when expired), `MOD-3` (not license-based, or not active, `SubscriptionNotChangeable`; 800091 for the status),
 * `MOD-6` (dated before the subscription was bought or the provider's reseller relationship with
 * the customer began, `DatedBeforeFact`), `TRN-12` (no reseller relationship with the customer,
 * `NoResellerRelationship`, 20002), `REG-1` (customer in another region, `RegionMismatch`, 2030),
 * `OWN-2` (the customer is a partner tenant, `NotCustomerTenant`; the provider's internal-use
 * tenant, `OwnInternalUseTenant`; or an affiliate, `AffiliatedCustomer`), `OWN-3` (the customer is
 * a reseller in partnership with the provider, `ResellerAsEndCustomer`), `PRT-4` (the customer check on a named reseller, shared with
 * {@link associateResellerWithSubscription}: this input names none, so it always passes);
 * `MOD-8` (an offer ID that is not 1 to 256 printable characters; a partial upgrade without
 * `toSubscriptionId`, `InvalidInput`), `MOD-5` (more seats than the source holds, `ValueOutOfRange`),
 * and for upgrades into another subscription `MOD-1` (a full upgrade into an unknown target,
 * `UnknownSubscription`), `MOD-3` (a legacy source, or a target that is not another new commerce
 * subscription on the offer, `SubscriptionNotChangeable`), `ROL-2` (a target of another customer or
 * billed to another partner, `NoResellerRelationship`, 20002), `NCE-13` (a source or target not
 * active, `UpgradeSubscriptionNotActive`, 900258; an offer ranked lower, `UpgradeIsDowngrade`; a
 * target inside its cancellation window, `TargetInCancellationWindow`; a shorter term,
 * `TargetTermShorter`, 900267; an earlier end, `TargetEndsBeforeSource`, 900236), and `POR-3` (from 2025-12-01, the partner of record is not an active and compliant indirect reseller, `PartnerOfRecordNotCompliant`, or has no active partnership with the provider billed, `PartnerOfRecordNotListed`; 900400; a `FactUnknown` warning when the model does not hold its reseller).
 *
 * Warning: `FactUnknown` (NCE-13) when the end of an existing target's cancellation window is
 * unknown (imported without `termStartedAt` nor `cancellationAllowedUntil`): the upgrade is judged
 * without that check.
 *
 * Emits `SubscriptionUpgraded` (in place), or `SubscriptionTransitioned` (into another subscription:
 * the target, the seats moved and whether the target was created).
 *
 * @example
 * ```ts
 * import { partnerUser, upgradeSubscription } from 'csp-channel'
 * upgradeSubscription(state, {
 *   actor: partnerUser(providerTenantId, 'adminAgent'),
 *   at,
 *   providerTenantId,
 *   subscriptionId,
 *   offerId: 'O365-E5',
 * })
 * // Right: SubscriptionUpgraded; seats, partner of record and support contact are kept
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const upgradeSubscription = defineCommand({
  name: 'upgradeSubscription',
  input: UpgradeSubscriptionInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: UpgradeSubscriptionInput) => ({
    ...loadProviderSubscription(state, input),
    target: input.toSubscriptionId === undefined ? undefined : getSubscription(state, input.toSubscriptionId),
  }),
  checks: [
    ...providerSubscriptionChecks<Context>('upgrade a subscription', ['licenseBased'], false),
    ...upgradeTargetChecks<Context>(),
    ...newCommerceUpgradeChecks<Context>(),
    partnerOfRecordOnChange<Context>((c) => recordedPartnerOfRecord(c.subscription)),
  ],
  decide: (c) => {
    const s = defined(c.subscription, 'the subscription')
    const to = c.input.toSubscriptionId
    return intoAnother(c) && to !== undefined
      ? [transitioned(c, s, to)]
      : [
          {
            _tag: 'SubscriptionUpgraded',
            at: c.input.at,
            subscriptionId: s.id,
            previousOfferId: s.offerId,
            offerId: c.input.offerId,
          },
        ]
  },
})
