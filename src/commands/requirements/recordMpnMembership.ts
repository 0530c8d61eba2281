/**
 * `recordMpnMembership`: Microsoft records whether a partner's program membership is active.
 *
 * @module
 */
import * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { actingPartnerKnown, loadPartner } from '../checks/partner.js'
import { operatorOnly } from '../checks/actor.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'

/** Codec for {@link RecordMpnMembershipInput}. @category codecs @since 0.1.0 */
export const RecordMpnMembershipInput = commandInput('RecordMpnMembershipInput', {
  partnerTenantId: TenantId,
  active: t.boolean,
})
/** Input of {@link recordMpnMembership}: the partner tenant and whether its membership is active. @category commands */
export interface RecordMpnMembershipInput extends t.TypeOf<typeof RecordMpnMembershipInput> {}

/**
 * Records the state of a partner's program membership, which the direct bill requirements need
 * active (DB-1, seed 003). Done by Microsoft.
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`).
 *
 * Emits `MpnMembershipRecorded`.
 *
 * @example
 * ```ts
 * import { microsoft, recordMpnMembership } from 'csp-channel'
 * recordMpnMembership(state, { actor: microsoft, at, partnerTenantId, active: true })
 * // Right: MpnMembershipRecorded; any other actor: Left, MOD-7 NotProgramOperator
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const recordMpnMembership = defineCommand({
  name: 'recordMpnMembership',
  input: RecordMpnMembershipInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: RecordMpnMembershipInput) => loadPartner(state, input),
  checks: [operatorOnly('record partner program membership'), actingPartnerKnown()],
  decide: ({ input }) => [
    { _tag: 'MpnMembershipRecorded', at: input.at, partnerTenantId: input.partnerTenantId, active: input.active },
  ],
})
