/**
 * `signMpa`: the partner's global admin signs the Microsoft Partner Agreement.
 *
 * @module
 */
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand, fail, pass } from '../contract.js'
import { globalAdminOnly } from '../checks/actor.js'
import { loadPartner, partnerActs } from '../checks/partner.js'
import { TenantId } from '../../kernel/ids.js'
import type * as t from 'io-ts'

/** Codec for {@link SignMpaInput}. @category codecs @since 0.1.0 */
export const SignMpaInput = commandInput('SignMpaInput', { partnerTenantId: TenantId })
/** Input of {@link signMpa}: the partner tenant signing. @category commands */
export interface SignMpaInput extends t.TypeOf<typeof SignMpaInput> {}

/**
 * Signs the Microsoft Partner Agreement for a partner tenant (PGM-3, seed 002). The signature is
 * dated by the command's `at`; it counts from then on. The MPA is signed once: from 2020-02-01 a
 * second signature is rejected; before that date (PGM-3 not in force) it is accepted and the first
 * signature date is kept.
 *
 * Violations: `MOD-1` (unknown partner, `UnknownPartner`), `ROL-2` (actor of another tenant,
 * `ActsForAnotherTenant`, code 900150), `ROL-1` (not global admin, `NotGlobalAdmin`, code 900150),
 * `PGM-3` (already signed, `MpaAlreadySigned`; checked from 2020-02-01).
 *
 * Emits `MpaSigned`.
 *
 * @example
 * ```ts
 * import { partnerUser, signMpa } from 'csp-channel'
 * const result = signMpa(state, { actor: partnerUser(partnerTenantId, 'globalAdmin'), at, partnerTenantId })
 * // Right: MpaSigned, dated `at`; from 2020-02-01 a second signature is rejected (PGM-3)
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const signMpa = defineCommand({
  name: 'signMpa',
  input: SignMpaInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: SignMpaInput) => loadPartner(state, input),
  checks: [
    ...partnerActs(),
    globalAdminOnly('ROL-1', 'sign the Microsoft Partner Agreement'),
    {
      rule: 'PGM-3',
      name: 'the MPA is signed once',
      check: ({ partner }) =>
        partner?.mpaSignedAt == null
          ? pass
          : fail(
              'MpaAlreadySigned',
              [partner.tenantId],
              `Partner ${partner.name} signed the MPA on ${partner.mpaSignedAt}; it is signed once.`,
            ),
    },
  ],
  decide: ({ input }) => [{ _tag: 'MpaSigned', at: input.at, partnerTenantId: input.partnerTenantId }],
})
