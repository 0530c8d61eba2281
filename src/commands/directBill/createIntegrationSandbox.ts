/**
 * `createIntegrationSandbox`: a direct bill partner creates its integration sandbox tenant.
 *
 * @module
 */
import type * as t from 'io-ts'
import { defined } from '../../internal/invariant.js'
import { TenantId } from '../../kernel/ids.js'
import { getTenant } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { idUnused } from '../checks/integrity.js'
import { loadPartner, notRestricted, partnerActs } from '../checks/partner.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import { ADMIN_ROLES, rolesFor } from '../checks/actor.js'

/** Codec for {@link CreateIntegrationSandboxInput}. @category codecs @since 0.1.0 */
export const CreateIntegrationSandboxInput = commandInput('CreateIntegrationSandboxInput', {
  partnerTenantId: TenantId,
  sandboxTenantId: TenantId,
})
/** Input of {@link createIntegrationSandbox}: the partner tenant and the new sandbox tenant ID (chosen by the caller). @category commands */
export interface CreateIntegrationSandboxInput extends t.TypeOf<typeof CreateIntegrationSandboxInput> {}

const load = (state: ProgramState, input: CreateIntegrationSandboxInput) => ({
  ...loadPartner(state, input),
  idTaken: getTenant(state, input.sandboxTenantId) !== undefined,
})
type Context = CheckContext<CreateIntegrationSandboxInput, ReturnType<typeof load>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...partnerActs<Context>(),
  rolesFor(ADMIN_ROLES, 'create an integration sandbox'),
  idUnused(
    'tenant',
    (c) => c.idTaken,
    (c) => c.input.sandboxTenantId,
  ),
  {
    rule: 'RST-6',
    name: 'the partner is a direct bill partner',
    check: ({ partner }) =>
      partner !== undefined && partner.directBill === null
        ? fail(
            'NotDirectBillPartner',
            [partner.tenantId],
            `Partner ${partner.name} is not a direct bill partner; only direct bill partner tenants create an integration sandbox.`,
          )
        : pass,
  },
  {
    rule: 'RST-6',
    name: 'a partner tenant has at most one integration sandbox',
    check: ({ partner }) =>
      partner?.sandboxTenantId != null
        ? fail(
            'SandboxAlreadyExists',
            [partner.tenantId, partner.sandboxTenantId],
            `Partner ${partner.name} already has integration sandbox ${partner.sandboxTenantId}.`,
          )
        : pass,
  },
  notRestricted('RST-6', (c) => c.partner, 'create an integration sandbox'),
]

/**
 * Creates the integration sandbox tenant of a direct bill partner tenant (RST-6, seed 000).
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, code 900150), `ROL-1` (a partner user who is not a global admin or admin
 * agent, `RoleNotAllowed`, 900150), `MOD-2` (the sandbox tenant ID is in use, `IdAlreadyUsed`),
 * `RST-6` (not a direct bill partner, `NotDirectBillPartner`; a sandbox already exists,
 * `SandboxAlreadyExists`; or the partner is restricted, `PartnerRestricted`).
 *
 * Emits `IntegrationSandboxCreated`.
 *
 * @example
 * ```ts
 * import { createIntegrationSandbox, partnerUser, tenantId } from 'csp-channel'
 * createIntegrationSandbox(state, {
 *   actor: partnerUser(partnerTenantId, 'adminAgent'),
 *   at,
 *   partnerTenantId,
 *   sandboxTenantId: tenantId('5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f'),
 * })
 * // Right: IntegrationSandboxCreated; a restricted partner, or a second sandbox: Left, RST-6
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const createIntegrationSandbox = defineCommand({
  name: 'createIntegrationSandbox',
  input: CreateIntegrationSandboxInput,
  load,
  checks,
  decide: ({ input, partner }) => [
    {
      _tag: 'IntegrationSandboxCreated',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      tenant: {
        tenantId: input.sandboxTenantId,
        kind: 'integrationSandbox',
        owner: input.partnerTenantId,
        region: defined(partner, 'the acting partner').region,
        internalUse: false,
      },
    },
  ],
})
