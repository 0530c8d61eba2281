/**
 * `registerPartner`: records a partner tenant in the CSP program, with its roles.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, list, nonEmptyList, nullable } from '../../internal/codec.js'
import { Email, IsoDate, MpnId, Region, TenantId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import { newPartner, PartnerRole } from '../../model/partner.js'
import { getPartner, getTenant, invitationsOfCustomer } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { fail, pass, commandInput, defineCommand, type CheckContext, type RuleCheck } from '../contract.js'
import { globalAdminOnly, operatorOrOwnUser } from '../checks/actor.js'
import { mpnIdsFree, operatorFact } from '../checks/integrity.js'

/** Codec for {@link RegisterPartnerInput}. @category codecs @since 0.1.0 */
export const RegisterPartnerInput = commandInput('RegisterPartnerInput', {
  partner: exact(
    'PartnerRegistration',
    {
      tenantId: TenantId,
      mpnId: MpnId,
      name: Text,
      region: Region,
      roles: nonEmptyList(PartnerRole, 'PartnerRoles'),
      primaryContactEmail: nullable(Email),
      anniversaryDate: nullable(IsoDate),
    },
    { locationMpnIds: list(MpnId) },
  ),
})
/**
 * Input of {@link registerPartner}: the partner's tenant ID, MPN ID (the one tied to its CSP
 * account), name, region, roles held (at least one), primary contact email, anniversary date and,
 * optionally, the MPN IDs of its other partner location accounts (PRT-5). The actor is Microsoft,
 * recording a partner's existing standing with any roles, or the tenant's own global admin, who
 * enrolls it as an indirect reseller only (Partner Center's self-service enrollment).
 *
 * @category commands
 */
export interface RegisterPartnerInput extends t.TypeOf<typeof RegisterPartnerInput> {}

const load = (state: ProgramState, input: RegisterPartnerInput) => ({
  existingPartner: getPartner(state, input.partner.tenantId),
  existingTenant: getTenant(state, input.partner.tenantId),
})
type Context = CheckContext<RegisterPartnerInput, ReturnType<typeof load>>

/** The roles a partner gains only through the program's steps (direct bill review, provider onboarding). */
const GRANTED_ROLES: ReadonlyArray<PartnerRole> = ['directBillPartner', 'indirectProvider']

/** The open invitations naming the tenant being registered as their customer (index look-up). */
const openInvitationsFor = (c: Context) =>
  invitationsOfCustomer(c.state, c.input.partner.tenantId).filter((i) => i.acceptedAt === null)

const checks: ReadonlyArray<RuleCheck<Context>> = [
  operatorOrOwnUser((c) => c.input.partner.tenantId, 'register the partner tenant'),
  globalAdminOnly('ROL-1', 'enroll the tenant in the CSP program'),
  {
    rule: 'MOD-7',
    name: 'a partner enrolls itself only as indirect reseller; other roles come from the program steps',
    check: ({ input: { actor, partner } }) => {
      const claimed = partner.roles.filter((r) => GRANTED_ROLES.includes(r))
      return actor.kind === 'microsoft' || claimed.length === 0
        ? pass
        : fail(
            'RoleNotGranted',
            [partner.tenantId],
            `A partner enrolls itself as indirect reseller only; ${claimed.join(' and ')} ${claimed.length > 1 ? 'are' : 'is'} gained through the program's steps (a direct bill application and its review, or Microsoft's record).`,
          )
    },
  },
  operatorFact(
    'anniversary date',
    (c) => c.input.partner.anniversaryDate !== null,
    (c) => c.input.partner.tenantId,
  ),
  {
    rule: 'MOD-2',
    name: 'a tenant is registered once',
    check: ({ existingTenant, input }) =>
      existingTenant === undefined
        ? pass
        : fail(
            'PartnerAlreadyRegistered',
            [input.partner.tenantId],
            `Tenant ${input.partner.tenantId} is already known as a ${existingTenant.kind} tenant; add roles by enrolling instead.`,
          ),
  },
  {
    rule: 'OWN-2',
    name: 'a tenant invited as a customer does not become a partner tenant',
    check: (c) => {
      const open = c.existingTenant === undefined ? openInvitationsFor(c) : []
      return open.length === 0
        ? pass
        : fail(
            'PartnerTenantAsCustomer',
            [c.input.partner.tenantId, ...open.map((i) => i.id)],
            `Tenant ${c.input.partner.tenantId} is invited as a customer (${open.map((i) => i.id).join(', ')}); a partner tenant is never a customer, so it cannot be registered as a partner.`,
          )
    },
  },
  mpnIdsFree(
    (c) => c.input.partner.tenantId,
    (c) => [c.input.partner.mpnId, ...(c.input.partner.locationMpnIds ?? [])],
  ),
]

/**
 * Registers a partner tenant with the roles it holds (PGM-1, seed 002). A direct bill partner starts
 * active; an indirect reseller starts with an active enrollment; nothing is signed yet (use
 * `signMpa`) and the profile counts as current. Microsoft may register any roles (it records a
 * partner's existing program standing); a tenant's own global admin registers it as an indirect
 * reseller only, without an anniversary date (a program fact Microsoft records). Open invitations
 * for the tenant are found through the invitations-by-customer index.
 *
 * Violations: `ROL-2` (an actor who is neither Microsoft nor a user of the tenant,
 * `ActsForAnotherTenant`, code 900150), `ROL-1` (a partner user who is not global admin,
 * `NotGlobalAdmin`, code 900150), `MOD-7` (a partner claims the direct bill partner or indirect
 * provider role, `RoleNotGranted`; or sets its anniversary date, `OperatorFactByPartner`), `MOD-2`
 * (the tenant is already known, `PartnerAlreadyRegistered`; or an MPN ID is held by another
 * partner, `MpnIdInUse`), `OWN-2` (an open invitation names the tenant as a customer,
 * `PartnerTenantAsCustomer`), `MOD-8` / `MOD-5` (the input's shape, no roles).
 *
 * Emits `PartnerRegistered`.
 *
 * @example
 * ```ts
 * import { isoDate, microsoft, mpnId, region, registerPartner, tenantId } from 'csp-channel'
 * const result = registerPartner(state, {
 *   actor: microsoft, // Microsoft records a partner's standing; a tenant's own global admin registers as indirect reseller only
 *   at,
 *   partner: {
 *     tenantId: tenantId('2c4e6a8b-1d3f-4a5b-9c7d-0e1f2a3b4c5d'),
 *     mpnId: mpnId('1234567'),
 *     name: 'Contoso',
 *     region: region('US'),
 *     roles: ['directBillPartner'],
 *     primaryContactEmail: null,
 *     anniversaryDate: isoDate('2019-06-30'),
 *   },
 * })
 * // Right: PartnerRegistered; an active direct bill partner that has not signed the MPA yet
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const registerPartner = defineCommand({
  name: 'registerPartner',
  input: RegisterPartnerInput,
  load,
  checks,
  decide: ({ input }) => {
    const { partner: registration, at } = input
    const partner = newPartner({
      tenantId: registration.tenantId,
      mpnId: registration.mpnId,
      name: registration.name,
      region: registration.region,
      roles: registration.roles,
      at,
      primaryContactEmail: registration.primaryContactEmail,
      anniversaryDate: registration.anniversaryDate,
      locationMpnIds: registration.locationMpnIds ?? [],
    })
    const tenant = {
      tenantId: partner.tenantId,
      kind: 'partner' as const,
      owner: null,
      region: partner.region,
      internalUse: false,
    }
    return [{ _tag: 'PartnerRegistered', at, partner, tenant }]
  },
})
