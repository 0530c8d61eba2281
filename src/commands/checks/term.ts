/**
 * Checks about a subscription's term and who manages it, shared by the renewal commands
 * (`renewSubscription`, `setAutoRenew`) and `manageAzureResources`.
 *
 * @internal
 */
import type { SubscriptionId, TenantId } from '../../kernel/ids.js'
import { mpnIdsOf, type Partner } from '../../model/partner.js'
import type { ResellerRelationship } from '../../model/relationship.js'
import type { Subscription } from '../../model/subscription.js'
import { hasTerm } from '../../model/terms.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

type Ctx = CheckContext<
  CommandInputBase & { readonly subscriptionId: SubscriptionId },
  { readonly subscription: Subscription | undefined }
>

/**
 * The subscription runs for a term that renews (MOD-3, `SubscriptionNotChangeable`; subjects: the
 * subscription): a usage-based Azure plan or perpetual software has no renewal to make or manage.
 */
export const termed = <C extends Ctx>(change: string): RuleCheck<C> => ({
  rule: 'MOD-3',
  name: `the subscription has a term, for ${change}`,
  check: ({ subscription }) =>
    subscription === undefined || hasTerm(subscription)
      ? pass
      : fail(
          'SubscriptionNotChangeable',
          [subscription.id],
          `${change} applies to subscriptions that run for a term; ${subscription.id} is ${subscription.kind}, which has none.`,
        ),
})

/**
 * Whether `partner` may manage the renewals of `subscription` as the indirect reseller of its
 * customer (TRN-13, INV-2, CUS-1): it holds a reseller relationship with the customer and either
 * serves it through the provider billed for the subscription, or is the subscription's partner of
 * record.
 */
export const resellsSubscription = (
  partner: Partner | undefined,
  subscription: Subscription | undefined,
  relationship: ResellerRelationship | undefined,
): relationship is ResellerRelationship =>
  partner !== undefined &&
  subscription !== undefined &&
  relationship !== undefined &&
  (relationship.indirectProviderTenantId === subscription.billedBy ||
    (subscription.partnerOfRecord !== null && mpnIdsOf(partner).includes(subscription.partnerOfRecord)))

/** The partner tenant is billed for the subscription (its direct bill partner or indirect provider). */
export const bills = (partnerTenantId: TenantId, subscription: Subscription | undefined): boolean =>
  subscription?.billedBy === partnerTenantId

type ManagerCtx = CheckContext<
  CommandInputBase & { readonly partnerTenantId: TenantId; readonly subscriptionId: SubscriptionId },
  {
    readonly partner: Partner | undefined
    readonly subscription: Subscription | undefined
    readonly relationship: ResellerRelationship | undefined
  }
>

/**
 * The acting partner is billed for the subscription, or `alternative` lets it act on it (ROL-2, code
 * 20002; subjects: the subscription and the partner). `tag` names what it lacks, `neither` says so
 * for the subscription's customer.
 */
export const billedOr = <C extends ManagerCtx>(
  name: string,
  alternative: (c: C) => boolean,
  tag: 'NoResellerRelationship' | 'NotAzureTenantOwner',
  neither: (customer: TenantId) => string,
): RuleCheck<C> => ({
  rule: 'ROL-2',
  name,
  check: (c) => {
    const { input, partner, subscription } = c
    return partner === undefined ||
      subscription === undefined ||
      bills(input.partnerTenantId, subscription) ||
      alternative(c)
      ? pass
      : fail(
          tag,
          [input.subscriptionId, input.partnerTenantId],
          `Partner ${input.partnerTenantId} is neither billed for subscription ${input.subscriptionId} (${subscription.billedBy} is) nor ${neither(subscription.customerTenantId)}.`,
          20002,
        )
  },
})
