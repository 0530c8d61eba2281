/**
 * `updateProfile`: a partner's global admin updates its profile; Microsoft records program facts on it.
 *
 * @module
 */
import type * as t from 'io-ts'
import { ProfileChanges } from '../../events/events.js'
import { TenantId } from '../../kernel/ids.js'
import { actingPartnerKnown, loadPartner, type PartnerContext } from '../checks/partner.js'
import { globalAdminOnly, operatorOrOwnUser } from '../checks/actor.js'
import { commandInput, defineCommand, type RuleCheck } from '../contract.js'
import { mpnIdsFree, operatorFact } from '../checks/integrity.js'

/** Codec for {@link UpdateProfileInput}. @category codecs @since 0.1.0 */
export const UpdateProfileInput = commandInput('UpdateProfileInput', {
  partnerTenantId: TenantId,
  changes: ProfileChanges,
})
/**
 * Input of {@link updateProfile}: the partner tenant and the fields to change (name, MPN ID, primary
 * contact email, whether the profile is current, anniversary date); absent fields stay as they are.
 * No other field exists: the roles, the direct bill standing and every other program fact are not
 * part of a profile (MOD-8).
 *
 * @category commands
 */
export interface UpdateProfileInput extends t.TypeOf<typeof UpdateProfileInput> {}

type Context = PartnerContext<UpdateProfileInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  actingPartnerKnown<Context>(),
  operatorOrOwnUser((c) => c.input.partnerTenantId, 'update the partner profile'),
  globalAdminOnly('ROL-1', 'update the partner profile'),
  operatorFact(
    'anniversary date',
    (c) => c.input.changes.anniversaryDate !== undefined,
    (c) => c.input.partnerTenantId,
  ),
  mpnIdsFree(
    (c) => c.input.partnerTenantId,
    (c) => (c.input.changes.mpnId === undefined ? [] : [c.input.changes.mpnId]),
  ),
]

/** The changes of the event: each documented field the input sets, picked one by one. */
const pickChanges = (changes: ProfileChanges): ProfileChanges => {
  const picked: { -readonly [K in keyof ProfileChanges]: ProfileChanges[K] } = {}
  if (changes.name !== undefined) picked.name = changes.name
  if (changes.mpnId !== undefined) picked.mpnId = changes.mpnId
  if (changes.primaryContactEmail !== undefined) picked.primaryContactEmail = changes.primaryContactEmail
  if (changes.profileCurrent !== undefined) picked.profileCurrent = changes.profileCurrent
  if (changes.anniversaryDate !== undefined) picked.anniversaryDate = changes.anniversaryDate
  return picked
}

/**
 * Updates a partner's profile (the profile and MPN ID must be current to transition, TRN-2, seeds
 * 004 and 000, "get-started"). The tenant's global admin updates its own profile; Microsoft may
 * update any partner's, and only Microsoft records the anniversary date, a program fact that
 * decides who may transition (TRN-3). A new MPN ID joins the partner's location MPN IDs; the old
 * one stays among them.
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (an actor who is neither
 * Microsoft nor a user of the tenant, `ActsForAnotherTenant`, code 900150), `ROL-1` (a partner user who is not the global admin, `NotGlobalAdmin`, 900150),
 * `MOD-7` (a partner user sets the anniversary date, `OperatorFactByPartner`), `MOD-2` (the new MPN
 * ID is held by another partner, `MpnIdInUse`), `MOD-8` (a field that is not a profile field).
 *
 * Emits `ProfileUpdated`.
 *
 * @example
 * ```ts
 * import { email, mpnId, partnerUser, updateProfile } from 'csp-channel'
 * const result = updateProfile(state, {
 *   actor: partnerUser(partnerTenantId, 'globalAdmin'),
 *   at,
 *   partnerTenantId,
 *   changes: { mpnId: mpnId('7654321'), primaryContactEmail: email('csp-ops@contoso.example'), profileCurrent: true },
 * })
 * // Right: ProfileUpdated; the old MPN ID stays among the partner's location MPN IDs
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const updateProfile = defineCommand({
  name: 'updateProfile',
  input: UpdateProfileInput,
  load: loadPartner,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'ProfileUpdated',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      changes: pickChanges(input.changes),
    },
  ],
})
