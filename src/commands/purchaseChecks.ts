/**
 * Checks of a direct purchase (purchaseSubscription) about what may be bought: the restriction of
 * the buyer (RST-2, RST-3) and the parent of an add-on (RST-2, MOD-6).
 *
 * @internal
 */
import type { TenantId } from '../model/ids.js'
import { isRestricted, type Partner } from '../model/partner.js'
import type { NewSubscription, Subscription } from '../model/subscription.js'
import type { Tenant } from '../model/tenant.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from './contract.js'
import { notBefore } from './integrityChecks.js'

/** What the purchase checks read. */
type Ctx = CheckContext<
  CommandInputBase & { readonly partnerTenantId: TenantId; readonly subscription: NewSubscription },
  {
    readonly partner: Partner | undefined
    readonly customerTenant: Tenant | undefined
    readonly parent: Subscription | undefined
  }
>

/** Whether the purchase is Azure for the buyer's own use, on its internal-use tenant (RST-3). */
const ownUseAzure = ({ input, customerTenant }: Ctx) =>
  input.subscription.kind === 'azure' &&
  customerTenant?.internalUse === true &&
  customerTenant.owner === input.partnerTenantId

/** A restricted buyer makes no new purchase for a customer (RST-2) nor Azure for its own use (RST-3). */
export const restrictionChecks = <C extends Ctx>(): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'RST-2',
    name: 'a restricted partner makes no new purchases for customers',
    check: (c) =>
      c.partner !== undefined && isRestricted(c.partner) && !ownUseAzure(c)
        ? fail(
            'PartnerRestricted',
            [c.partner.tenantId],
            `Partner ${c.partner.name} is a restricted direct bill partner and cannot buy a new ${c.input.subscription.kind} subscription.`,
          )
        : pass,
  },
  {
    rule: 'RST-3',
    name: 'a restricted partner buys no new Azure subscriptions for its own use',
    check: (c) =>
      c.partner !== undefined && isRestricted(c.partner) && ownUseAzure(c)
        ? fail(
            'PartnerRestricted',
            [c.partner.tenantId],
            `Partner ${c.partner.name} is a restricted direct bill partner and cannot buy Azure for its own use (Azure partner shared services).`,
          )
        : pass,
  },
]

/**
 * An add-on names an active license-based parent of the same customer, and nothing else names a
 * parent (MOD-4); the add-on is not bought before its parent (MOD-6).
 */
export const addOnParentChecks = <C extends Ctx>(): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'MOD-4',
    name: 'an add-on names an active license-based parent of the same customer; nothing else names a parent',
    check: ({ input: { subscription }, parent }) => {
      if (subscription.kind !== 'addOn')
        return subscription.parentId === null
          ? pass
          : fail(
              'InvalidAddOnParent',
              [subscription.id],
              `Only an add-on names a parent subscription; a ${subscription.kind} subscription does not.`,
            )
      return parent !== undefined &&
        parent.kind === 'licenseBased' &&
        parent.status === 'active' &&
        parent.customerTenantId === subscription.customerTenantId
        ? pass
        : fail(
            'InvalidAddOnParent',
            [subscription.id, subscription.parentId ?? 'none'],
            `An add-on is bought for an existing, active license-based subscription of the same customer; ${subscription.parentId ?? 'no parent'} is not one.`,
          )
    },
  },
  notBefore<C>(
    'MOD-6',
    ({ parent }) => parent && { subjects: [parent.id], at: parent.createdAt },
    "the parent subscription's purchase",
  ),
]
