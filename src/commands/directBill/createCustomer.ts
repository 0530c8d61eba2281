/**
 * `createCustomer`: a direct bill partner (or an indirect provider, for its own direct customers)
 * creates a new customer tenant.
 *
 * @module
 */
import * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { AgreementAttestation } from '../../model/customerAgreement.js'
import { billsWithMicrosoft, hasRole } from '../../model/partner.js'
import { getTenant } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { NewCustomer } from '../../model/tenant.js'
import { rolesFor, SALES_ROLES } from '../checks/actor.js'
import {
  agreedNotInFuture,
  agreementsOfNewCustomer,
  attestationNotice,
  attestsWithRole,
  notResellerAttesting,
} from '../checks/customerAgreement.js'
import { creationGrants, defaultGdapIdsFree } from '../checks/defaultGdap.js'
import { tenantIsNew } from '../checks/integrity.js'
import { isPartneredReseller, notAffiliated, notPartneredReseller } from '../checks/ownUse.js'
import { loadPartner, mpaSigned, notRestricted, partnerActs } from '../checks/partner.js'
import { located, sameRegion } from '../checks/region.js'
import { newDirectCustomersClosed } from '../checks/transition.js'
import { commandInput, defineCommand, fail, pass, when, type CheckContext, type RuleCheck } from '../contract.js'

/** Codec for {@link CreateCustomerInput}. @category codecs @since 0.1.0 */
export const CreateCustomerInput = commandInput(
  'CreateCustomerInput',
  { partnerTenantId: TenantId, customer: NewCustomer, internalUse: t.boolean },
  { customerAgreement: AgreementAttestation, enableGdapByDefault: t.boolean },
)
/**
 * Input of {@link createCustomer}: the creating partner tenant, the new customer (tenant ID chosen by
 * the caller, company name, domain, region), whether it is the partner's own internal-use tenant
 * (OWN-1) and, optionally, `customerAgreement`: the customer's acceptance of the Microsoft Customer
 * Agreement the partner attests while creating it (the date accepted, an ISO-8601 date, and the
 * contact who accepted), as Partner Center's create-customer form asks; optionally
 * `enableGdapByDefault` (Partner Center's `enableGDAPByDefault`, GDAP-13): from 2023-10-10, `true`
 * asks for default GDAP and no DAP, `false` for neither; before 2023-10-10 it is accepted and ignored.
 *
 * @category commands
 */
export interface CreateCustomerInput extends t.TypeOf<typeof CreateCustomerInput> {}

const load = (state: ProgramState, input: CreateCustomerInput) => ({
  ...loadPartner(state, input),
  existing: getTenant(state, input.customer.tenantId),
})
type Context = CheckContext<CreateCustomerInput, ReturnType<typeof load>>

// the partner's own internal-use tenant is not a direct customer: it is where it buys for its own use (OWN-1)
const transitioned2018 = newDirectCustomersClosed<Context>(
  (c) => c.partner,
  (c) => !c.input.internalUse,
)
/** The tenant is the partner tenant of a reseller in partnership with the creator: OWN-3 reports it. */
const partneredReseller = (c: Context) =>
  isPartneredReseller(c.state, c.input.partnerTenantId, c.input.customer.tenantId)

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  rolesFor(SALES_ROLES, 'create customers'),
  {
    rule: 'TRN-10',
    name: 'only direct bill partners and indirect providers create customer tenants',
    check: ({ partner }) =>
      partner !== undefined && !billsWithMicrosoft(partner)
        ? fail(
            'CannotCreateCustomerTenant',
            [partner.tenantId],
            `Partner ${partner.name} is an indirect reseller: its indirect provider creates customer tenants and names it.`,
          )
        : pass,
  },
  notRestricted('RST-4', (c) => c.partner, 'create new customer tenants'),
  transitioned2018,
  mpaSigned((c) => c.partner),
  sameRegion('REG-1', ({ partner, input }) => ({
    a: located(partner),
    b: { id: input.customer.tenantId, region: input.customer.region },
  })),
  notAffiliated(
    (c) => [c.partner],
    (c) => c.input.customer.tenantId,
  ),
  notPartneredReseller<Context>(
    (c) => c.input.partnerTenantId,
    (c) => c.input.customer.tenantId,
  ),
  // a reseller's partner tenant exists, but inviting it is refused too: OWN-3 alone reports it
  when(
    (c) => !partneredReseller(c),
    tenantIsNew(
      (c) => c.existing,
      (c) => c.input.customer.tenantId,
    ),
  ),
  // the attestation made while creating the customer, when there is one
  attestsWithRole((c) => c.input.customerAgreement !== undefined),
  notResellerAttesting(({ input, partner }) =>
    input.customerAgreement === undefined ? undefined : { partner, customer: input.customer.tenantId },
  ),
  agreedNotInFuture(({ input }) => ({ attestation: input.customerAgreement, customer: input.customer.tenantId })),
  defaultGdapIdsFree<Context>(({ input }) => ({
    customer: input.customer.tenantId,
    partners: [input.partnerTenantId],
  })),
]

/**
 * Creates a customer tenant with a reseller relationship for the creating partner (channel
 * `directBill` for a direct bill partner, `indirectProvider` for an indirect provider's own direct
 * customer), with delegated admin privileges (DAP) or default GDAP as the rule set says (GDAP-13):
 * DAP before 2023-10-10; from 2023-10-10, default GDAP and no DAP when `enableGdapByDefault` is
 * `true`, neither when it is `false`, DAP without it; from 2023-11-01, default GDAP and no DAP
 * unless the flag is `false` (then neither). Default GDAP (GDAP-14) is a GDAP relationship active
 * at once for 730 days with the default roles of the partner's type (11 for a direct bill partner
 * or an indirect provider) and no access assignment yet.
 *
 * Violations: `MOD-1` (unknown partner), `ROL-2` (actor of another tenant), `ROL-1` (a partner user
 * who is not a global admin, admin agent or sales agent, `RoleNotAllowed`, 900150), `TRN-10` (an
 * indirect reseller cannot create customer tenants), `RST-4` (restricted), `TRN-9` (2018 rule set:
 * the indirect reseller enrollment is approved, for any customer but the partner's own internal-use
 * tenant; `NewDirectCustomersClosed`), `PGM-3` (MPA not signed, code 900124, from 2020-02-01),
 * `REG-1` (customer outside the partner's region, code 2030), `OWN-2` (a tenant recorded as
 * affiliated), `OWN-3` (the partner tenant of a reseller in partnership with the creating provider,
 * `ResellerAsEndCustomer`), `MOD-2` (the tenant already exists: invite it instead,
 * `CustomerTenantExists`; not reported with OWN-3; with default GDAP, its relationship ID
 * `default_<partner>_<customer>` already used, `IdAlreadyUsed`), and for an attestation given with the customer
 * (from 2020-02-01) `MCA-2` (a role other than global admin, admin agent or sales agent,
 * `AttestationRoleNotAllowed`) and `MCA-3` (an acceptance date after the command's date,
 * `AgreementDateInFuture`).
 *
 * Emits `CustomerCreated`, whose customer holds the attested agreement, none (`agreements: []`)
 * without an attestation from 2019-10-01 (MCA-1 in force: the customer cannot buy until its
 * acceptance is recorded), and no `agreements` field (unknown) before; then, for an attestation from
 * the 2023-04-15 rule set, `CustomerNotified` to the attested contact (MCA-5); with default GDAP,
 * `GdapRelationshipGranted` (grant `defaultGdap`) before it. Sources: seeds 000, 004, 002; the
 * GDAP FAQ.
 *
 * @example
 * ```ts
 * import { createCustomer, partnerUser, region, tenantId } from 'csp-channel'
 * const result = createCustomer(state, {
 *   actor: partnerUser(partnerTenantId, 'salesAgent'),
 *   at,
 *   partnerTenantId,
 *   customer: {
 *     tenantId: tenantId('7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b'),
 *     companyName: 'Fabrikam',
 *     domain: 'fabrikam.example',
 *     region: region('US'),
 *   },
 *   internalUse: false,
 *   enableGdapByDefault: true, // from 2023-10-10: default GDAP, no DAP
 * })
 * // Right: CustomerCreated, with a reseller relationship (DAP or default GDAP by rule set);
 * // Left with RST-4 PartnerRestricted when the partner is a restricted direct bill partner
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const createCustomer = defineCommand({
  name: 'createCustomer',
  input: CreateCustomerInput,
  load,
  checks,
  decide: ({ input, partner, ruleSet }) => {
    const { tenantId, companyName, domain, region } = input.customer
    const channel = partner !== undefined && hasRole(partner, 'directBillPartner') ? 'directBill' : 'indirectProvider'
    const grants = creationGrants(
      ruleSet,
      input.enableGdapByDefault,
      tenantId,
      [{ partner: input.partnerTenantId, type: channel }],
      input.at,
    )
    return [
      {
        _tag: 'CustomerCreated',
        at: input.at,
        customer: {
          tenantId,
          companyName,
          domain,
          ...agreementsOfNewCustomer(input.customerAgreement, input.partnerTenantId, ruleSet),
        },
        tenant: {
          tenantId,
          kind: 'customer',
          owner: input.internalUse ? input.partnerTenantId : null,
          region,
          internalUse: input.internalUse,
        },
        relationship: {
          partnerTenantId: input.partnerTenantId,
          customerTenantId: tenantId,
          channel,
          indirectProviderTenantId: null,
          delegatedAdmin: grants.delegatedAdmin,
          origin: 'customerCreation',
          since: input.at,
        },
      },
      ...grants.events,
      ...attestationNotice(tenantId, input.customerAgreement, input.at, ruleSet),
    ]
  },
})
