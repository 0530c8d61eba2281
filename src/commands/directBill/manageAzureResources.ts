/**
 * `manageAzureResources`: a partner deploys or manages resources in an existing Azure subscription
 * (RST-8), as the partner billed for it or as the reseller made tenant owner on the customer's
 * Azure (PRT-7).
 *
 * @module
 */
import type * as t from 'io-ts'
import { AzureResourceAction } from '../../model/subscription.js'
import { ADMIN_ROLES, rolesFor } from '../checks/actor.js'
import { partnerActs, type PartnerContext } from '../checks/partner.js'
import {
  loadWithRelationship,
  notBeforePurchase,
  subscriptionAllows,
  subscriptionChangeFields,
  subscriptionKnown,
  type WithRelationship,
} from '../checks/subscription.js'
import { billedOr } from '../checks/term.js'
import { commandInput, defineCommand } from '../contract.js'

/** Codec for {@link ManageAzureResourcesInput}. @category codecs @since 0.2.0 */
export const ManageAzureResourcesInput = commandInput('ManageAzureResourcesInput', {
  ...subscriptionChangeFields,
  action: AzureResourceAction,
})
/**
 * Input of {@link manageAzureResources}: the acting partner tenant, the Azure subscription and the
 * action (`deploy` new resources or `manage` existing ones).
 *
 * @category commands
 */
export interface ManageAzureResourcesInput extends t.TypeOf<typeof ManageAzureResourcesInput> {}

type Context = PartnerContext<ManageAzureResourcesInput, WithRelationship>

/** The partner is billed for the subscription or is tenant owner on its customer's Azure (ROL-2). */
const billedOrOwner = billedOr<Context>(
  "the partner is billed for the subscription or is tenant owner on the customer's Azure",
  ({ relationship }) => relationship?.azureTenantOwner === true,
  'NotAzureTenantOwner',
  (customer) => `tenant owner on the Azure of customer ${customer}`,
)

/**
 * Deploys new resources in, or manages the resources of, an existing active Azure subscription
 * (RST-8, seed 000: Azure Marketplace products and Visual Studio subscriptions included). Run by the
 * partner billed for it, or by an indirect reseller its indirect provider made tenant owner on the
 * customer's Azure ({@link grantAzureTenantOwner}, PRT-7, seed 001). Allowed for restricted partners:
 * it is no new purchase (RST-8 says these commands must succeed for them).
 *
 * A command rather than a query (`canManageAzureResources`): it is judged like every other command
 * (the same checks as data, rule sets, `explain`, JSON through `execute`), and its event records
 * who acted on which subscription. The model holds no Azure resources, so the event changes nothing
 * in the state; a caller that only wants to know whether the action is allowed uses `explain`.
 *
 * Violations: `MOD-1` (unknown partner or subscription), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, 900150; a partner neither billed for the subscription nor tenant owner on
 * the customer's Azure, `NotAzureTenantOwner`, 20002, subjects: the subscription and the partner),
 * `ROL-1` (a partner user who is not a global admin or admin agent, `RoleNotAllowed`, 900150),
 * `MOD-3` (not an Azure subscription, or not active, `SubscriptionNotChangeable`, 800091), `MOD-6`
 * (dated before the subscription was bought, `DatedBeforeFact`).
 *
 * Emits `AzureResourcesManaged`. Source: seed 000 (RST-8), seed 001 (PRT-7).
 *
 * @example
 * ```ts
 * import { manageAzureResources } from 'csp-channel'
 * manageAzureResources(state, { actor, at, partnerTenantId, subscriptionId, action: 'deploy' })
 * // Right: AzureResourcesManaged, for a restricted partner too; the state is unchanged
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const manageAzureResources = defineCommand({
  name: 'manageAzureResources',
  input: ManageAzureResourcesInput,
  load: loadWithRelationship,
  checks: [
    ...partnerActs<Context>(),
    rolesFor<Context>(ADMIN_ROLES, 'deploy and manage Azure resources'),
    subscriptionKnown<Context>(),
    billedOrOwner,
    subscriptionAllows<Context>('deploying and managing Azure resources', ['azure'], ['active']),
    notBeforePurchase<Context>(),
  ],
  decide: ({ input }) => [
    {
      _tag: 'AzureResourcesManaged',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      subscriptionId: input.subscriptionId,
      action: input.action,
    },
  ],
})
