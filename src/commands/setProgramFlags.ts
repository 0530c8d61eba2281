/**
 * `setProgramFlags`: Microsoft decides which partners may transition to indirect reseller.
 *
 * @module
 */
import * as t from 'io-ts'
import { TenantId } from '../model/ids.js'
import { actingPartnerKnown, loadPartner, operatorOnly } from './checks.js'
import { commandInput, defineCommand } from './contract.js'

/** Codec for {@link SetProgramFlagsInput}. @category codecs */
export const SetProgramFlagsInput = commandInput('SetProgramFlagsInput', {
  partnerTenantId: TenantId,
  identifiedForOffboarding: t.boolean,
  transitionEnabled: t.boolean,
})
/**
 * Input of {@link setProgramFlags}: the partner tenant, whether it is identified for direct bill
 * offboarding (2018 rule set) and whether the transition is enabled for it (2019 rule set).
 *
 * @category commands
 */
export type SetProgramFlagsInput = t.TypeOf<typeof SetProgramFlagsInput>

/**
 * Sets the flags that decide who may transition (TRN-3, seeds 004 and 000). Done by Microsoft.
 *
 * Violations: `TRN-3` (actor is not Microsoft), `ROL-2` (unknown partner).
 *
 * Emits `ProgramFlagsSet`.
 *
 * @category commands
 */
export const setProgramFlags = defineCommand({
  name: 'setProgramFlags',
  input: SetProgramFlagsInput,
  load: loadPartner,
  checks: [operatorOnly('decide who may transition'), actingPartnerKnown()],
  decide: ({ input }) => [
    {
      _tag: 'ProgramFlagsSet',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      identifiedForOffboarding: input.identifiedForOffboarding,
      transitionEnabled: input.transitionEnabled,
    },
  ],
})
