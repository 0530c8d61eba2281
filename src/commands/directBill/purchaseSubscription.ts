/**
 * `purchaseSubscription`: a partner that bills with Microsoft (direct bill partner, or indirect
 * provider for its own direct customers) buys a subscription for a customer.
 *
 * @module
 */
import * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { billsWithMicrosoft } from '../../model/partner.js'
import { getRelationship, getSubscription, getTenant } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { termsBoughtAt } from '../../model/newCommerceOrder.js'
import { NewSubscription } from '../../model/subscription.js'
import { rolesFor, SALES_ROLES } from '../checks/actor.js'
import { idUnused, notBefore } from '../checks/integrity.js'
import {
  isPartneredReseller,
  notAffiliated,
  notOwnInternalUse,
  notPartneredReseller,
  soldToCustomerTenant,
} from '../checks/ownUse.js'
import { loadPartner, mpaSigned, partnerActs } from '../checks/partner.js'
import { addOnParentChecks, ownUseAzure, relationshipChecks, restrictionChecks } from '../checks/purchase.js'
import { newCommerceOrderChecks } from '../checks/newCommerceOrder.js'
import { customerAgreementOnRecord } from '../checks/customerAgreement.js'
import { notSuspended } from '../checks/standing.js'
import { located, sameRegion } from '../checks/region.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'

/** Codec for {@link PurchaseSubscriptionInput}. @category codecs @since 0.1.0 */
export const PurchaseSubscriptionInput = commandInput('PurchaseSubscriptionInput', {
  partnerTenantId: TenantId,
  subscription: NewSubscription,
})
/**
 * Input of {@link purchaseSubscription}: the buying partner tenant and the new subscription (ID
 * chosen by the caller, customer tenant, kind, parent for an add-on, offer ID, seats, auto-renew).
 *
 * @category commands
 */
export interface PurchaseSubscriptionInput extends t.TypeOf<typeof PurchaseSubscriptionInput> {}

const load = (state: ProgramState, input: PurchaseSubscriptionInput) => {
  const { customerTenantId, parentId, id } = input.subscription
  return {
    ...loadPartner(state, input),
    customerTenant: getTenant(state, customerTenantId),
    relationship: getRelationship(state, input.partnerTenantId, customerTenantId),
    parent: parentId === null ? undefined : getSubscription(state, parentId),
    idTaken: getSubscription(state, id) !== undefined,
  }
}
type Context = CheckContext<PurchaseSubscriptionInput, ReturnType<typeof load>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  rolesFor(SALES_ROLES, 'buy subscriptions'),
  idUnused(
    'subscription',
    (c) => c.idTaken,
    (c) => c.input.subscription.id,
  ),
  {
    rule: 'MOD-1',
    name: 'the customer tenant is known',
    check: ({ customerTenant, input }) =>
      customerTenant !== undefined || input.subscription.customerTenantId === input.partnerTenantId
        ? pass
        : fail(
            'UnknownCustomer',
            [input.subscription.customerTenantId],
            `No customer tenant ${input.subscription.customerTenantId} is known.`,
          ),
  },
  {
    rule: 'PGM-2',
    name: 'the buyer bills with Microsoft (direct bill partner or indirect provider)',
    check: ({ partner }) =>
      partner !== undefined && !billsWithMicrosoft(partner)
        ? fail(
            'NoBillingRelationship',
            [partner.tenantId],
            `Partner ${partner.name} is an indirect reseller without a billing relationship with Microsoft; its indirect provider orders for its customers.`,
          )
        : pass,
  },
  ...relationshipChecks<Context>(),
  ...restrictionChecks<Context>(),
  notSuspended((c) => [c.partner], 'buy new subscriptions'),
  ...addOnParentChecks<Context>(),
  // buying on the partner tenant itself is reported under OWN-1 below, on a partnered reseller's under OWN-3
  soldToCustomerTenant<Context>(
    (c) => c.input.subscription.customerTenantId,
    (c) => c.customerTenant,
    (c) =>
      c.input.subscription.customerTenantId === c.input.partnerTenantId ||
      isPartneredReseller(c.state, c.input.partnerTenantId, c.input.subscription.customerTenantId),
  ),
  notOwnInternalUse<Context>(
    (c) => c.input.partnerTenantId,
    (c) => c.customerTenant,
    ownUseAzure,
  ),
  notPartneredReseller<Context>(
    (c) => c.input.partnerTenantId,
    (c) => c.input.subscription.customerTenantId,
  ),
  notBefore(
    'MOD-6',
    ({ relationship }) =>
      relationship && {
        subjects: [relationship.partnerTenantId, relationship.customerTenantId],
        at: relationship.since,
      },
    'the reseller relationship with the customer began',
  ),
  {
    rule: 'OWN-1',
    name: 'nothing is bought on the partner tenant itself',
    check: ({ input }) =>
      input.subscription.customerTenantId === input.partnerTenantId
        ? fail(
            'OwnPartnerTenant',
            [input.partnerTenantId],
            'A partner buys for its own use on a separate internal-use customer tenant, never on its partner tenant.',
          )
        : pass,
  },
  notAffiliated(
    (c) => [c.partner],
    (c) => c.input.subscription.customerTenantId,
    (c) => c.customerTenant,
  ),
  mpaSigned((c) => c.partner),
  ...newCommerceOrderChecks<Context>({
    lines: (c) => [c.input.subscription],
    customer: (c) => c.input.subscription.customerTenantId,
    region: (c) => c.customerTenant?.region,
  }),
  sameRegion('REG-1', ({ partner, customerTenant }) => ({
    a: located(partner),
    b: customerTenant && { id: customerTenant.tenantId, region: customerTenant.region },
  })),
  customerAgreementOnRecord((c) => c.input.subscription.customerTenantId),
]

/**
 * Buys a subscription, billed to the buying partner. The partner needs a reseller relationship with
 * delegated admin for the customer, except on its own internal-use tenant, where it buys only Azure
 * for its own use (the partner shared services offer, OWN-2).
 *
 * Violations:
 * - `MOD-1`: unknown partner or customer; `ROL-2`: actor of another tenant (code 900150);
 *   `MOD-2`: subscription ID in use;
 * - `ROL-1`: a partner user who is not a global admin, admin agent or sales agent (`RoleNotAllowed`,
 *   code 900150);
 * - `PGM-2`: an indirect reseller cannot buy from Microsoft;
 * - `ROL-2`: no reseller relationship with delegated admin for a customer tenant (code 20002);
 *   `TRN-12`: an indirect provider without a reseller relationship with it (code 20002). Neither
 *   judges a partner or sandbox tenant, which OWN-1, OWN-2 or OWN-3 report;
 * - `TRN-11`: the partner serves this customer as indirect reseller;
 * - `RST-2`: restricted partner, any purchase for a customer; `RST-3`: restricted partner, Azure for
 *   its own use; `AUTH-5`: the partner's account is suspended (`PartnerSuspended`, from 2024-04-01);
 * - `MOD-4`: an add-on without a valid parent; `MOD-6`: an add-on dated before its parent
 *   subscription was bought, or a purchase dated before the reseller relationship began
 *   (`DatedBeforeFact`);
 * - `OWN-1`: buying on the partner tenant itself; `OWN-2`: anything but Azure on the buyer's own
 *   internal-use tenant (`OwnInternalUseTenant`), a customer recorded as affiliated (or an
 *   internal-use tenant of an affiliate), or a partner or integration sandbox tenant as customer
 *   (`NotCustomerTenant`); `OWN-3`: the partner tenant of a reseller in partnership with the buyer
 *   (`ResellerAsEndCustomer`);
 * - `PGM-3`: MPA not signed (code 900124, from 2020-02-01);
 * - `REG-1`: customer outside the partner's region (code 2030);
 * - `MCA-1`: from 2019-10-01, no acceptance of the customer agreement on record for the customer
 *   (`CustomerAgreementNotAccepted`, 13605; a warning when the model does not know its agreements);
 * - new commerce: `NCE-1` (terms before 2022-01-10, or on a kind other than license-based or add-on,
 *   `NewCommerceNotAvailable`), `NCE-2` (a term other than P1M, P1Y, P3Y, `InvalidTermDuration`,
 *   800121; an unknown billing cycle, `InvalidBillingCycle`; a billing cycle longer than the term,
 *   `BillingCycleLongerThanTerm`, 900270), `NCE-3` (from 2022-03-10 a legacy commercial seat-based
 *   purchase outside Brazil, `LegacyOrderRefused`), `NCE-20` (from 2024-09-01 any other legacy
 *   license-based purchase but a five- or six-year public-sector offer, `LegacyOrderRefused`), `NCE-18`
 *   (a trial of other than 25 seats, `InvalidTrial`), `NCE-21` (a custom term end date before
 *   2022-03-10, outside the first term, on the 28th to 30th of a monthly term, or aligned with
 *   nothing, `InvalidCustomTermEnd`, 900245 or 900242).
 *
 * A purchase with `newCommerce` terms is a new commerce purchase: its subscription records the term,
 * billing cycle and commitment end date, opens its cancellation window and one batch of seats at
 * `at` (NCE-4, NCE-5), and a trial ends 30 days later (NCE-18).
 *
 * Emits `SubscriptionPurchased`, whose subscription is built field by field. Sources: seeds 000, 002;
 * for new commerce, the Partner Center pages the catalog cites.
 *
 * @example
 * ```ts
 * import * as E from 'fp-ts/lib/Either.js'
 * import { partnerUser, purchaseSubscription, subscriptionId } from 'csp-channel'
 * const result = purchaseSubscription(state, {
 *   actor: partnerUser(partnerTenantId, 'globalAdmin'),
 *   at,
 *   partnerTenantId,
 *   subscription: {
 *     id: subscriptionId('1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'),
 *     customerTenantId,
 *     kind: 'licenseBased',
 *     parentId: null,
 *     offerId: 'O365-E3',
 *     seats: 10,
 *     autoRenew: true,
 *   },
 * })
 * if (E.isLeft(result)) for (const v of result.left) console.log(v.rule, v._tag) // RST-2 PartnerRestricted, …
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const purchaseSubscription = defineCommand({
  name: 'purchaseSubscription',
  input: PurchaseSubscriptionInput,
  load,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'SubscriptionPurchased',
      at: input.at,
      subscription: {
        ...(input.subscription.newCommerce === undefined
          ? {}
          : { newCommerce: termsBoughtAt(input.subscription.newCommerce, input.subscription.seats, input.at) }),
        id: input.subscription.id,
        customerTenantId: input.subscription.customerTenantId,
        kind: input.subscription.kind,
        parentId: input.subscription.parentId,
        offerId: input.subscription.offerId,
        seats: input.subscription.kind === 'azure' ? 1 : input.subscription.seats,
        autoRenew: input.subscription.autoRenew,
        status: 'active',
        billedBy: input.partnerTenantId,
        partnerOfRecord: null,
        supportContact: null,
        createdAt: input.at,
      },
    },
  ],
})
