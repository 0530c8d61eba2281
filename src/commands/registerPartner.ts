/**
 * `registerPartner`: records a partner tenant that is already in the CSP program, with its roles.
 *
 * @module
 */
import * as t from 'io-ts'
import { nullable } from '../internal/codec.js'
import { Email, IsoDate, MpnId, Region, TenantId } from '../model/ids.js'
import { newPartner, PartnerRole } from '../model/partner.js'
import { getPartner, getTenant } from '../model/state.js'
import { fail, pass, commandInput, defineCommand } from './contract.js'
import { globalAdminOnly } from './checks.js'

const Roles = t.refinement(t.readonlyArray(PartnerRole), (roles) => roles.length > 0, 'NonEmptyRoles')

/** Codec for {@link RegisterPartnerInput}. @category codecs */
export const RegisterPartnerInput = commandInput('RegisterPartnerInput', {
  partner: t.readonly(
    t.intersection([
      t.type({
        tenantId: TenantId,
        mpnId: MpnId,
        name: t.string,
        region: Region,
        roles: Roles,
        primaryContactEmail: nullable(Email),
        anniversaryDate: nullable(IsoDate),
      }),
      t.partial({ locationMpnIds: t.readonlyArray(MpnId) }),
    ]),
    'PartnerRegistration',
  ),
})
/**
 * Input of {@link registerPartner}: the partner's tenant ID, MPN ID (the one tied to its CSP
 * account), name, region, roles held (at least one), primary contact email, anniversary date and,
 * optionally, the MPN IDs of its other partner location accounts (PRT-5). The actor is Microsoft or the tenant's
 * global admin.
 *
 * @category commands
 */
export type RegisterPartnerInput = t.TypeOf<typeof RegisterPartnerInput>

/**
 * Registers a partner tenant with the roles it holds (PGM-1, seed 002). A direct bill partner starts
 * active; an indirect reseller starts with an active enrollment; nothing is signed yet (use
 * `signMpa`) and the profile counts as current.
 *
 * Violations: `ROL-2` (a user of another tenant, or a customer admin), `ROL-1` (a partner user who
 * is not global admin), `PGM-1` (the tenant is already known).
 *
 * Emits `PartnerRegistered`.
 *
 * @category commands
 */
export const registerPartner = defineCommand({
  name: 'registerPartner',
  input: RegisterPartnerInput,
  load: (state, input) => ({
    existingPartner: getPartner(state, input.partner.tenantId),
    existingTenant: getTenant(state, input.partner.tenantId),
  }),
  checks: [
    {
      rule: 'ROL-2',
      name: 'the actor is Microsoft or a user of the tenant being registered',
      check: ({ input: { actor, partner } }) =>
        actor.kind === 'microsoft' || (actor.kind === 'partnerUser' && actor.tenantId === partner.tenantId)
          ? pass
          : fail(
              'ActsForAnotherTenant',
              [partner.tenantId],
              `Only Microsoft or the tenant's own global admin can register partner tenant ${partner.tenantId}.`,
            ),
    },
    globalAdminOnly('ROL-1', 'enroll the tenant in the CSP program'),
    {
      rule: 'PGM-1',
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
  ],
  decide: ({ input }) => {
    const partner = newPartner({ ...input.partner, at: input.at })
    const tenant = {
      tenantId: partner.tenantId,
      kind: 'partner' as const,
      owner: null,
      region: partner.region,
      internalUse: false,
    }
    return [{ _tag: 'PartnerRegistered', at: input.at, partner, tenant }]
  },
})
