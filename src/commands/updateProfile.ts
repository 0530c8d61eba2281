/**
 * `updateProfile`: a partner updates its own profile.
 *
 * @module
 */
import type * as t from 'io-ts'
import { ProfileChanges } from '../events/events.js'
import { TenantId } from '../model/ids.js'
import { loadPartner, partnerActs } from './checks.js'
import { commandInput, defineCommand } from './contract.js'

/** Codec for {@link UpdateProfileInput}. @category codecs */
export const UpdateProfileInput = commandInput('UpdateProfileInput', {
  partnerTenantId: TenantId,
  changes: ProfileChanges,
})
/**
 * Input of {@link updateProfile}: the partner tenant and the fields to change (name, MPN ID, primary
 * contact email, whether the profile is current, anniversary date); absent fields stay as they are.
 *
 * @category commands
 */
export type UpdateProfileInput = t.TypeOf<typeof UpdateProfileInput>

/**
 * Updates a partner's profile (the profile and MPN ID must be current to transition, TRN-2, seeds
 * 004 and 000, "get-started").
 *
 * Violations: `ROL-2` (unknown partner, actor of another tenant).
 *
 * Emits `ProfileUpdated`.
 *
 * @category commands
 */
export const updateProfile = defineCommand({
  name: 'updateProfile',
  input: UpdateProfileInput,
  load: loadPartner,
  checks: [...partnerActs()],
  decide: ({ input }) => [
    { _tag: 'ProfileUpdated', at: input.at, partnerTenantId: input.partnerTenantId, changes: input.changes },
  ],
})
