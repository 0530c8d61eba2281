/**
 * `grantAzureTenantOwner`: an indirect provider makes an indirect reseller tenant owner on a
 * customer's Azure (PRT-7, second level of involvement).
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { getRelationship } from '../../model/queries.js'
import type { ResellerRelationship } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import { customerChecks, loadCustomer, type CustomerLoaded } from '../checks/customer.js'
import {
  loadProvider,
  loadReseller,
  providerActs,
  resellerChecks,
  type ProviderLoaded,
  type ResellerLoaded,
} from '../checks/provider.js'

/** Codec for {@link GrantAzureTenantOwnerInput}. @category codecs @since 0.2.0 */
export const GrantAzureTenantOwnerInput = commandInput('GrantAzureTenantOwnerInput', {
  providerTenantId: TenantId,
  customerTenantId: TenantId,
  resellerTenantId: TenantId,
})
/** Input of {@link grantAzureTenantOwner}: the indirect provider, the customer and the indirect reseller. @category commands */
export interface GrantAzureTenantOwnerInput extends t.TypeOf<typeof GrantAzureTenantOwnerInput> {}

type Loaded = ProviderLoaded &
  ResellerLoaded &
  CustomerLoaded & { readonly resellerRelationship: ResellerRelationship | undefined }
type Context = CheckContext<GrantAzureTenantOwnerInput, Loaded>

const TASK = "make the reseller tenant owner on the customer's Azure"

const load = (state: ProgramState, input: GrantAzureTenantOwnerInput): Loaded => ({
  ...loadProvider(state, input),
  ...loadReseller(state, input.providerTenantId, input.resellerTenantId),
  ...loadCustomer(state, input.providerTenantId, input.customerTenantId),
  resellerRelationship: getRelationship(state, input.resellerTenantId, input.customerTenantId),
})

/** The reseller is not tenant owner on the customer's Azure yet (PRT-7, `AlreadyAzureTenantOwner`). */
const notOwnerYet: RuleCheck<Context> = {
  rule: 'PRT-7',
  name: "the reseller is not tenant owner on the customer's Azure yet",
  check: ({ resellerRelationship: r }) =>
    r?.azureTenantOwner === true
      ? fail(
          'AlreadyAzureTenantOwner',
          [r.partnerTenantId, r.customerTenantId],
          `Indirect reseller ${r.partnerTenantId} is already tenant owner on the Azure of customer ${r.customerTenantId}.`,
        )
      : pass,
}

/**
 * Records that the indirect provider made an indirect reseller tenant owner on a customer's Azure
 * (PRT-7, seed 001: the second of the four levels at which a reseller is involved, granted from the
 * Azure portal's user settings). The reseller must be in active partnership with the provider and
 * hold a reseller relationship with the customer (PRT-4), and the provider must hold the customer
 * with delegated admin (TRN-12, ROL-2). From then on the reseller deploys and manages resources in
 * the customer's Azure subscriptions ({@link manageAzureResources}, RST-8). Removing the partnership
 * later leaves the ownership in place, as it leaves delegated admin privileges (PRT-6).
 *
 * Violations: as {@link designateSupportContact} without the subscription (`MOD-1`, `ROL-2`,
 * `PRT-1`, `PGM-2`, `PGM-3` for the provider; `PRT-2`, `PGM-4`, `REG-2`, `MOD-6`, `PRT-4`
 * `PartnershipNotActive` for the reseller; `MOD-1` `UnknownCustomer`, `REG-1`, `OWN-2`, `OWN-3`,
 * `TRN-12` `NoResellerRelationship`, `ROL-2` `NoDelegatedAdmin` (only before 2022-01-10), `PRT-4` `NotResellersCustomer`
 * for the customer), plus `PRT-7` (`AlreadyAzureTenantOwner`, subjects: the reseller and the
 * customer).
 *
 * Emits `AzureTenantOwnerGranted`, which marks the reseller's relationship with the customer
 * (`azureTenantOwner`). Source: seed 001 (PRT-7).
 *
 * @example
 * ```ts
 * import { grantAzureTenantOwner } from 'csp-channel'
 * grantAzureTenantOwner(state, { actor, at, providerTenantId, customerTenantId, resellerTenantId })
 * // Right: AzureTenantOwnerGranted; the reseller may now run manageAzureResources on the customer's Azure
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const grantAzureTenantOwner = defineCommand({
  name: 'grantAzureTenantOwner',
  input: GrantAzureTenantOwnerInput,
  load,
  checks: [
    ...providerActs<Context>(TASK, 'PGM-2'),
    ...resellerChecks<Context>((c) => c.input.resellerTenantId, TASK),
    ...customerChecks<Context>((c) => c.input.customerTenantId, true),
    notOwnerYet,
  ],
  decide: ({ input }) => [
    {
      _tag: 'AzureTenantOwnerGranted',
      at: input.at,
      providerTenantId: input.providerTenantId,
      resellerTenantId: input.resellerTenantId,
      customerTenantId: input.customerTenantId,
    },
  ],
})
