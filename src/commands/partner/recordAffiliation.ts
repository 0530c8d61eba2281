/**
 * `recordAffiliation`: a partner records a tenant of an affiliated organization.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { globalAdminOnly } from '../checks/actor.js'
import { loadPartner, partnerActs, type PartnerContext } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'

/** Codec for {@link RecordAffiliationInput}. @category codecs @since 0.1.0 */
export const RecordAffiliationInput = commandInput('RecordAffiliationInput', {
  partnerTenantId: TenantId,
  affiliatedTenantId: TenantId,
})
/** Input of {@link recordAffiliation}: the partner tenant and a tenant (customer or partner) of an affiliated organization. @category commands */
export interface RecordAffiliationInput extends t.TypeOf<typeof RecordAffiliationInput> {}

type Context = PartnerContext<RecordAffiliationInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  globalAdminOnly('ROL-1', 'record an affiliation'),
  {
    rule: 'OWN-2',
    name: 'the affiliation is not recorded yet',
    check: ({ partner, input }) =>
      partner?.affiliatedTenants.includes(input.affiliatedTenantId) === true
        ? fail(
            'AlreadyAffiliated',
            [partner.tenantId, input.affiliatedTenantId],
            `Tenant ${input.affiliatedTenantId} is already recorded as affiliated with ${partner.name}.`,
          )
        : pass,
  },
]

/**
 * Records that a tenant belongs to an organization affiliated with the partner. Affiliation is data
 * the caller records; the library does not guess it (OWN-2, seed 002). From then on the partner
 * cannot sell to that tenant, nor to internal-use tenants owned by it.
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, code 900150), `ROL-1` (not the global admin, `NotGlobalAdmin`, code
 * 900150), `OWN-2` (already recorded, `AlreadyAffiliated`).
 *
 * Emits `AffiliationRecorded`.
 *
 * @example
 * ```ts
 * import { partnerUser, recordAffiliation, tenantId } from 'csp-channel'
 * recordAffiliation(state, {
 *   actor: partnerUser(partnerTenantId, 'globalAdmin'),
 *   at,
 *   partnerTenantId,
 *   affiliatedTenantId: tenantId('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'),
 * })
 * // Right: AffiliationRecorded; from then on a sale to that tenant is Left, OWN-2 AffiliatedCustomer
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const recordAffiliation = defineCommand({
  name: 'recordAffiliation',
  input: RecordAffiliationInput,
  load: loadPartner,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'AffiliationRecorded',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      affiliatedTenantId: input.affiliatedTenantId,
    },
  ],
})
