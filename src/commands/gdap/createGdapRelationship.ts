/**
 * `createGdapRelationship`: a partner's admin agent asks a customer for granular delegated admin
 * privileges (GDAP-3, GDAP-7, GDAP-15, GDAP-16).
 *
 * @module
 */
import * as t from 'io-ts'
import { nullable } from '../../internal/codec.js'
import { TenantId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import { GdapRoles } from '../../model/gdap.js'
import { getGdapRelationship } from '../../model/gdapQueries.js'
import { getPartnership } from '../../model/queries.js'
import { loadPartner, type PartnerContext } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import {
  customerTenantKnown,
  gdapAvailable,
  GdapAutoExtendInput,
  GdapDurationInput,
  gdapPartnerUserActs,
  relationshipIdField,
} from './gdapChecks.js'
import { autoExtensionAllowed, nameAndDuration } from './gdapTermsChecks.js'

/** Codec for {@link CreateGdapRelationshipInput}. @category codecs @since 0.2.0 */
export const CreateGdapRelationshipInput = commandInput('CreateGdapRelationshipInput', {
  partnerTenantId: TenantId,
  ...relationshipIdField,
  displayName: Text,
  customerTenantId: nullable(TenantId),
  durationDays: GdapDurationInput,
  autoExtendDays: GdapAutoExtendInput,
  roles: GdapRoles,
  forResellerTenantId: nullable(TenantId),
})
/**
 * Input of {@link createGdapRelationship}: the acting partner tenant, the new relationship's ID (as
 * Graph's, chosen by the caller), its display name (at most 50 characters), the customer tenant
 * (`null`: any customer may approve), its duration and auto-extension in days, its roles (Entra role
 * definition IDs), and `forResellerTenantId`: the indirect reseller an indirect provider creates it
 * for (`null` otherwise).
 *
 * @category commands
 */
export interface CreateGdapRelationshipInput extends t.TypeOf<typeof CreateGdapRelationshipInput> {}

type Context = PartnerContext<CreateGdapRelationshipInput, { readonly taken: boolean }>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  gdapAvailable<Context>(),
  ...gdapPartnerUserActs<Context>(),
  {
    rule: 'MOD-2',
    name: 'the relationship ID is new',
    check: ({ taken, input }) =>
      taken
        ? fail('IdAlreadyUsed', [input.relationshipId], `GDAP relationship ${input.relationshipId} already exists.`)
        : pass,
  },
  customerTenantKnown<Context>((c) => c.input.customerTenantId),
  nameAndDuration<Context>(({ input }) => ({
    partner: input.forResellerTenantId ?? input.partnerTenantId,
    displayName: input.displayName,
    durationDays: input.durationDays,
  })),
  autoExtensionAllowed<Context>(({ input }) => ({ days: input.autoExtendDays, roles: input.roles })),
  {
    rule: 'GDAP-15',
    name: 'an indirect provider creates relationships only for its active resellers',
    check: ({ state, input: { partnerTenantId: provider, forResellerTenantId: reseller } }) =>
      reseller === null || getPartnership(state, provider, reseller)?.status === 'active'
        ? pass
        : fail(
            'GdapResellerNotPartner',
            [provider, reseller],
            `Partner ${provider} has no active partnership with reseller ${reseller}.`,
          ),
  },
]

/**
 * Creates a GDAP relationship request (GDAP-1): `created`, editable until the partner locks it for
 * the customer's approval. Run by an admin agent or global admin of the partner tenant (GDAP-16).
 * The relationship lasts 1 to 730 days from its activation and its display name, at most 50
 * characters, is unique among the partner's relationships (GDAP-3). Auto-extension is 0 or, from
 * 2023-10-30, 180 days, never with the Global Administrator role (GDAP-7). An indirect provider may
 * create one for an indirect reseller it has an active partnership with (`forResellerTenantId`,
 * GDAP-15): the reseller is then the relationship's partner, and it waits, approval pending, for
 * the reseller's consent ({@link approveResellerGdapRelationship}).
 *
 * Violations: `GDAP-1` (before 2022-01-10, `GdapNotAvailable`), `MOD-1` (unknown partner,
 * `UnknownPartner`; a customer tenant named that is unknown or a partner tenant, `UnknownCustomer`),
 * `ROL-2` (a partner user of another tenant, `ActsForAnotherTenant`), `GDAP-16` (an actor that is
 * not an admin agent or global admin of a partner: Microsoft, a customer admin or another partner
 * role, `GdapNotAdminAgent`), `MOD-2` (relationship ID
 * already used, `IdAlreadyUsed`), `GDAP-3` (`GdapDurationOutOfRange`, `GdapDisplayNameTooLong`,
 * `GdapDisplayNameTaken`), `GDAP-7` (`GdapAutoExtendNotAllowed`, `GdapAutoExtendWithGlobalAdmin`),
 * `GDAP-15` (no active partnership with the reseller, `GdapResellerNotPartner`).
 *
 * Emits `GdapRelationshipCreated`.
 *
 * @example
 * ```ts
 * import { createGdapRelationship, ENTRA_ROLES } from 'csp-channel'
 * createGdapRelationship(state, {
 *   actor, at, partnerTenantId, relationshipId: 'contoso-helpdesk', displayName: 'Contoso helpdesk',
 *   customerTenantId, durationDays: 730, autoExtendDays: 180, roles: [ENTRA_ROLES.helpdeskAdministrator],
 *   forResellerTenantId: null,
 * })
 * // Right: GdapRelationshipCreated
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const createGdapRelationship = defineCommand({
  name: 'createGdapRelationship',
  input: CreateGdapRelationshipInput,
  load: (state, input: CreateGdapRelationshipInput) => ({
    ...loadPartner(state, input),
    taken: getGdapRelationship(state, input.relationshipId) !== undefined,
  }),
  checks,
  decide: ({ input }) => [
    {
      _tag: 'GdapRelationshipCreated',
      at: input.at,
      relationshipId: input.relationshipId,
      displayName: input.displayName,
      partnerTenantId: input.forResellerTenantId ?? input.partnerTenantId,
      customerTenantId: input.customerTenantId,
      indirectProviderTenantId: input.forResellerTenantId === null ? null : input.partnerTenantId,
      durationDays: input.durationDays,
      autoExtendDays: input.autoExtendDays === 0 ? 0 : 180,
      roles: input.roles,
    },
  ],
})
