/**
 * `setProgramFlags`: Microsoft decides which partners may transition to indirect reseller.
 *
 * @module
 */
import * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { TenantId } from '../../kernel/ids.js'
import { actingPartnerKnown, loadPartner } from '../checks/partner.js'
import { operatorOnly } from '../checks/actor.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'
import { notifyPrimaryContact } from '../../events/notifications.js'

/** Codec for {@link SetProgramFlagsInput}. @category codecs @since 0.1.0 */
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
export interface SetProgramFlagsInput extends t.TypeOf<typeof SetProgramFlagsInput> {}

/**
 * Sets the flags that decide who may transition (TRN-3, seeds 004 and 000). Done by Microsoft.
 * Under the 2019 rules, partners outside the first wave are told once the transition is enabled for
 * them (seed 000): turning `transitionEnabled` on for a partner that did not have it emits a notice
 * to its primary contact email (none when no email is recorded, nor under the 2018 rules, where the
 * flag decides nothing).
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`).
 *
 * Emits `ProgramFlagsSet`, then `PrimaryContactNotified` (subject `transitionEnabled`) when the 2019
 * transition is enabled for the partner and a primary contact email is recorded.
 *
 * @example
 * ```ts
 * import { isoDateTime, microsoft, setProgramFlags } from 'csp-channel'
 * const out = setProgramFlags(state, {
 *   actor: microsoft,
 *   at: isoDateTime('2019-11-04T09:00:00Z'),
 *   partnerTenantId,
 *   identifiedForOffboarding: false,
 *   transitionEnabled: true,
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const setProgramFlags = defineCommand({
  name: 'setProgramFlags',
  input: SetProgramFlagsInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: SetProgramFlagsInput) => loadPartner(state, input),
  checks: [operatorOnly('decide who may transition'), actingPartnerKnown()],
  decide: ({ input, partner, ruleSet }): ReadonlyArray<DomainEvent> => [
    {
      _tag: 'ProgramFlagsSet',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      identifiedForOffboarding: input.identifiedForOffboarding,
      transitionEnabled: input.transitionEnabled,
    },
    ...(ruleSet.transitionEdition === '2019' && input.transitionEnabled && partner?.transitionEnabled === false
      ? notifyPrimaryContact(partner, input.at, 'transitionEnabled')
      : []),
  ],
})
