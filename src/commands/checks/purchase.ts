/**
 * Checks of a direct purchase (purchaseSubscription): the buyer's reseller relationship with the
 * customer (ROL-2, TRN-12, TRN-11), the restriction of the buyer (RST-2, RST-3) and the parent of an
 * add-on (MOD-4, MOD-6).
 *
 * @internal
 */
import type { TenantId } from '../../kernel/ids.js'
import { hasRole, isRestricted, type Partner } from '../../model/partner.js'
import type { ResellerRelationship } from '../../model/relationship.js'
import { isValidAddOnParent, type NewSubscription, type Subscription } from '../../model/subscription.js'
import type { Tenant } from '../../model/tenant.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { commerceNeedsDelegatedAdmin, delegatedAdminFinding } from './delegatedAdmin.js'
import { notBefore } from './integrity.js'

/** What the purchase checks read. */
type Ctx = CheckContext<
  CommandInputBase & { readonly partnerTenantId: TenantId; readonly subscription: NewSubscription },
  {
    readonly partner: Partner | undefined
    readonly customerTenant: Tenant | undefined
    readonly parent: Subscription | undefined
    readonly relationship: ResellerRelationship | undefined
  }
>

/** Whether the purchase is Azure for the buyer's own use, on its internal-use tenant (RST-3, OWN-2). */
export const ownUseAzure = ({ input, customerTenant }: Ctx) =>
  input.subscription.kind === 'azure' &&
  customerTenant?.internalUse === true &&
  customerTenant.owner === input.partnerTenantId

/** The buyer's own tenant: its partner tenant itself (OWN-1) or its internal-use customer tenant. */
const ownTenant = ({ input, customerTenant: t }: Ctx) =>
  input.subscription.customerTenantId === input.partnerTenantId ||
  (t?.kind === 'customer' && t.internalUse && t.owner === input.partnerTenantId)

/**
 * Whether the relationship checks judge the purchase: the customer tenant is known, is a customer
 * tenant and is not the buyer's own. A partner or sandbox tenant is never a customer: OWN-1, OWN-2
 * or OWN-3 report it, and no relationship advice is given for a sale the rules refuse anyway.
 */
const judgesRelationship = (c: Ctx) => c.customerTenant?.kind === 'customer' && !ownTenant(c)

/**
 * The buyer holds a reseller relationship with the customer (ROL-2, code 20002), with delegated admin
 * before GDAP-17 (from 2022-01-10 commerce needs the reseller relationship only),
 * as an indirect provider too (TRN-12, code 20002), and does not serve the customer as indirect
 * reseller (TRN-11). The two relationship checks judge customer tenants other than the buyer's own.
 */
export const relationshipChecks = <C extends Ctx>(): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'ROL-2',
    name: 'the buyer holds a reseller relationship with delegated admin for the customer',
    check: (c) => {
      const { relationship, input } = c
      if (!judgesRelationship(c)) return pass
      const subjects = [input.partnerTenantId, input.subscription.customerTenantId]
      if (relationship === undefined)
        return fail(
          'NoResellerRelationship',
          subjects,
          `Partner ${input.partnerTenantId} has no reseller relationship with customer ${input.subscription.customerTenantId}.`,
          20002,
        )
      // from GDAP-17, commerce needs the reseller relationship only
      if (!commerceNeedsDelegatedAdmin(c.ruleSet)) return pass
      return delegatedAdminFinding(
        relationship,
        input.at,
        `Partner ${input.partnerTenantId} has no delegated admin privileges for customer ${input.subscription.customerTenantId}.`,
      )
    },
  },
  {
    rule: 'TRN-12',
    name: 'an indirect provider orders only for customers it has a reseller relationship with',
    check: (c) =>
      c.partner !== undefined &&
      c.customerTenant !== undefined &&
      hasRole(c.partner, 'indirectProvider') &&
      judgesRelationship(c) &&
      c.relationship === undefined
        ? fail(
            'NoResellerRelationship',
            [c.partner.tenantId, c.customerTenant.tenantId],
            `Indirect provider ${c.partner.name} has no reseller relationship with customer ${c.customerTenant.tenantId}; a provider orders only for customers that accepted its invitation or that it created.`,
            20002,
          )
        : pass,
  },
  {
    rule: 'TRN-11',
    name: 'no direct bill purchase for a customer served as indirect reseller',
    check: ({ relationship, partner }) =>
      relationship?.channel === 'indirectReseller' && partner !== undefined
        ? fail(
            'IndirectResellerCustomer',
            [partner.tenantId, relationship.customerTenantId],
            `Partner ${partner.name} serves customer ${relationship.customerTenantId} as indirect reseller and cannot buy for it with its direct bill capability; its indirect provider orders instead.`,
          )
        : pass,
  },
]

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
      return isValidAddOnParent(parent, subscription.customerTenantId)
        ? pass
        : fail(
            'InvalidAddOnParent',
            // subjects are IDs: without a parent, the add-on alone
            subscription.parentId === null ? [subscription.id] : [subscription.id, subscription.parentId],
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
