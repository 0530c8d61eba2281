/**
 * `inviteCustomer`: a partner invites a customer to establish a reseller relationship, directly
 * with itself or, as indirect reseller, with itself and its indirect provider at once.
 *
 * @module
 */
import * as t from 'io-ts'
import { nullable } from '../../internal/codec.js'
import { InvitationId, TenantId } from '../../kernel/ids.js'
import { InvitationKind } from '../../model/invitation.js'
import { billsWithMicrosoft } from '../../model/partner.js'
import { getInvitation, getPartner, getPartnership, getTenant } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { CustomerProfile } from '../../model/tenant.js'
import { ADMIN_ROLES, rolesFor } from '../checks/actor.js'
import { idUnused, notBeforePartnership } from '../checks/integrity.js'
import { isPartneredReseller, notAffiliated, notPartneredReseller, soldToCustomerTenant } from '../checks/ownUse.js'
import { loadPartner, mpaSigned, notRestricted, partnerActs, partnerKnown } from '../checks/partner.js'
import { isIndirectReseller, resellerMpaSigned } from '../checks/partnership.js'
import { located, sameRegion } from '../checks/region.js'
import { addsDirectCustomer, newDirectCustomersClosed } from '../checks/transition.js'
import { commandInput, defineCommand, fail, pass, when, type CheckContext, type RuleCheck } from '../contract.js'

/** Codec for {@link InviteCustomerInput}. @category codecs @since 0.1.0 */
export const InviteCustomerInput = commandInput('InviteCustomerInput', {
  partnerTenantId: TenantId,
  invitationId: InvitationId,
  kind: InvitationKind,
  indirectProviderTenantId: nullable(TenantId),
  customerTenantId: TenantId,
  newCustomer: nullable(CustomerProfile),
  delegatedAdmin: t.boolean,
})
/**
 * Input of {@link inviteCustomer}:
 * - `partnerTenantId`: the inviting partner; `invitationId`: chosen by the caller;
 * - `kind`: `directReseller` or `indirectReseller`; `indirectProviderTenantId`: the provider named by
 *   an indirect reseller invitation (`null` for a direct one);
 * - `customerTenantId`: the invited tenant; `newCustomer`: its profile (company name, domain,
 *   region) when the model does not know the tenant yet (a new customer with an existing tenant),
 *   else `null`. The profile has no tenant ID of its own, so it can never name another tenant than
 *   the invited one: a `newCustomer.tenantId` field is rejected (MOD-8, `UnknownField`);
 * - `delegatedAdmin`: whether delegated admin privileges are requested.
 *
 * @category commands
 */
export interface InviteCustomerInput extends t.TypeOf<typeof InviteCustomerInput> {}

const load = (state: ProgramState, input: InviteCustomerInput) => ({
  ...loadPartner(state, input),
  customerTenant: getTenant(state, input.customerTenantId),
  provider: input.indirectProviderTenantId === null ? undefined : getPartner(state, input.indirectProviderTenantId),
  partnership:
    input.indirectProviderTenantId === null
      ? undefined
      : getPartnership(state, input.indirectProviderTenantId, input.partnerTenantId),
  idTaken: getInvitation(state, input.invitationId) !== undefined,
})
type Context = CheckContext<InviteCustomerInput, ReturnType<typeof load>>

const direct = (c: Context) => c.input.kind === 'directReseller'
const indirect = (c: Context) => c.input.kind === 'indirectReseller'
/** A check judged on direct (indirect) reseller invitations only. */
const onDirect = (check: RuleCheck<Context>) => when(direct, check)
const onIndirect = (check: RuleCheck<Context>) => when(indirect, check)
/** The partner the customer would buy from: the issuer of a direct invitation, the named provider of an indirect one. */
const seller = ({ input }: Context) =>
  input.kind === 'directReseller' ? input.partnerTenantId : input.indirectProviderTenantId

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  rolesFor(ADMIN_ROLES, 'invite customers'),
  idUnused(
    'invitation',
    (c) => c.idTaken,
    (c) => c.input.invitationId,
  ),
  {
    rule: 'INV-1',
    name: 'an indirect reseller invitation names the provider, a direct one does not',
    check: ({ input }) =>
      (input.kind === 'indirectReseller') === (input.indirectProviderTenantId !== null)
        ? pass
        : fail(
            'ProviderNotNamed',
            [input.invitationId],
            input.kind === 'indirectReseller'
              ? 'An indirect reseller invitation names the indirect provider the customer will also work with.'
              : 'A direct reseller relationship invitation names no indirect provider.',
          ),
  },
  {
    rule: 'MOD-1',
    name: 'the invited customer tenant is known or described',
    check: ({ customerTenant, input }) =>
      customerTenant !== undefined || input.newCustomer !== null
        ? pass
        : fail(
            'UnknownCustomer',
            [input.customerTenantId],
            `Tenant ${input.customerTenantId} is unknown; describe it in newCustomer to invite a new customer.`,
          ),
  },
  notAffiliated(
    (c) => [c.partner, c.provider],
    (c) => c.input.customerTenantId,
    (c) => c.customerTenant,
  ),
  notPartneredReseller<Context>(seller, (c) => c.input.customerTenantId),
  // a reseller in partnership with the provider is reported under OWN-3 above
  soldToCustomerTenant<Context>(
    (c) => c.input.customerTenantId,
    (c) => c.customerTenant,
    (c) => {
      const provider = seller(c)
      return provider !== null && isPartneredReseller(c.state, provider, c.input.customerTenantId)
    },
  ),
  sameRegion('REG-1', ({ partner, customerTenant, input }) => {
    const region = customerTenant?.region ?? input.newCustomer?.region
    return {
      a: located(partner),
      b: region && { id: input.customerTenantId, region },
    }
  }),
  onDirect({
    rule: 'PGM-2',
    name: 'a direct reseller invitation comes from a partner that bills with Microsoft',
    check: ({ partner }) =>
      partner !== undefined && !billsWithMicrosoft(partner)
        ? fail(
            'NoBillingRelationship',
            [partner.tenantId],
            `Partner ${partner.name} is an indirect reseller only; it invites customers with an indirect reseller invitation naming its provider.`,
          )
        : pass,
  }),
  onDirect(notRestricted('RST-5', (c) => c.partner, 'request direct reseller relationships')),
  newDirectCustomersClosed<Context>(
    (c) => c.partner,
    (c) => direct(c) && addsDirectCustomer(c.state, c.input.partnerTenantId, c.input.customerTenantId),
  ),
  onDirect(mpaSigned((c) => c.partner)),
  onIndirect(isIndirectReseller('PGM-5', (c) => c.partner)),
  onIndirect(resellerMpaSigned('PGM-5', (c) => c.partner)),
  when(
    (c) => c.input.indirectProviderTenantId !== null,
    partnerKnown(
      (c) => c.provider,
      (c) => c.input.indirectProviderTenantId as TenantId,
      'indirect provider',
    ),
  ),
  onIndirect(notBeforePartnership((c) => c.partnership)),
  onIndirect({
    rule: 'PRT-4',
    name: 'the reseller has an active partnership with the provider',
    check: ({ partnership, provider, input }) =>
      provider === undefined || partnership?.status === 'active'
        ? pass
        : fail(
            'PartnershipNotActive',
            [provider.tenantId, input.partnerTenantId],
            `There is no active partnership between indirect provider ${provider.name} and ${input.partnerTenantId}.`,
          ),
  }),
  onIndirect(
    sameRegion('REG-2', ({ partner, provider }) => ({
      a: located(partner),
      b: located(provider),
    })),
  ),
]

/**
 * Issues an invitation to a customer (INV-1, seed 000). The invitation is personal to the customer
 * tenant and single use (INV-3). A restricted direct bill partner cannot send direct reseller
 * invitations but, as an enrolled indirect reseller, may still send indirect reseller invitations
 * (RST-5).
 *
 * Violations:
 * - `MOD-1`: unknown partner, provider or customer; `ROL-2`: actor of another tenant; `MOD-2`:
 *   invitation ID in use;
 * - `ROL-1`: a partner user who is not a global admin or admin agent (`RoleNotAllowed`, 900150);
 * - `INV-1`: the provider is named on a direct invitation or missing on an indirect one;
 * - `OWN-2`: the invited tenant is a partner or sandbox tenant, or affiliated with the partner or
 *   the provider; `OWN-3`: it is the partner tenant of a reseller in partnership with the partner
 *   the customer would buy from (the issuer of a direct invitation, the provider named by an
 *   indirect one; `ResellerAsEndCustomer`);
 * - `REG-1`: customer outside the partner's region (code 2030); `REG-2`: provider in another region (code 2201);
 * - direct: `PGM-2` (an indirect reseller only), `RST-5` (restricted), `PGM-3` (MPA, code 900124),
 *   `TRN-9` (2018 rule set: the issuer's indirect reseller enrollment is approved and the customer
 *   is not already its direct customer, `NewDirectCustomersClosed`);
 * - indirect: `PGM-5` (not an enrolled indirect reseller, code 800016; MPA not signed, code 900123),
 *   `PRT-4` (no active partnership with the provider), `MOD-6` (dated before that partnership was
 *   accepted, `DatedBeforeFact`);
 * - `MOD-8`: the input's shape (a `newCustomer.tenantId` included).
 *
 * Emits `CustomerInvited`.
 *
 * @example
 * ```ts
 * import { invitationId, inviteCustomer, partnerUser } from 'csp-channel'
 * inviteCustomer(state, {
 *   actor: partnerUser(resellerTenantId, 'adminAgent'), at, partnerTenantId: resellerTenantId,
 *   invitationId: invitationId('inv-2020-0042'), kind: 'indirectReseller', indirectProviderTenantId: providerTenantId,
 *   customerTenantId, newCustomer: null, delegatedAdmin: true,
 * })
 * // Right: CustomerInvited, for the customer's admin to accept (acceptCustomerInvitation)
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const inviteCustomer = defineCommand({
  name: 'inviteCustomer',
  input: InviteCustomerInput,
  load,
  checks,
  decide: ({ input, customerTenant }) => [
    {
      _tag: 'CustomerInvited',
      at: input.at,
      invitation: {
        id: input.invitationId,
        kind: input.kind,
        partnerTenantId: input.partnerTenantId,
        indirectProviderTenantId: input.indirectProviderTenantId,
        customerTenantId: input.customerTenantId,
        delegatedAdmin: input.delegatedAdmin,
        newCustomer:
          customerTenant === undefined && input.newCustomer !== null
            ? {
                tenantId: input.customerTenantId,
                companyName: input.newCustomer.companyName,
                domain: input.newCustomer.domain,
                region: input.newCustomer.region,
              }
            : null,
        issuedAt: input.at,
        acceptedAt: null,
      },
    },
  ],
})
