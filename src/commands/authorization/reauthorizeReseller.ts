/**
 * `reauthorizeReseller`: Microsoft authorizes a deauthorized indirect reseller again, a year or more
 * after its deauthorization.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { getPartner } from '../../model/queries.js'
import { isDeauthorized } from '../../model/standing.js'
import type { ProgramState } from '../../model/state.js'
import { operatorOnly } from '../checks/actor.js'
import { partnerKnown } from '../checks/partner.js'
import { structural } from '../building.js'
import { commandInput, defineCommand, fail, pass, type CheckContext } from '../contract.js'

/** Codec for {@link ReauthorizeResellerInput}. @category codecs @since 0.2.0 */
export const ReauthorizeResellerInput = commandInput('ReauthorizeResellerInput', { resellerTenantId: TenantId })
/** Input of {@link reauthorizeReseller}: the deauthorized indirect reseller tenant. @category commands */
export interface ReauthorizeResellerInput extends t.TypeOf<typeof ReauthorizeResellerInput> {}

const load = (state: ProgramState, input: ReauthorizeResellerInput) => ({
  reseller: getPartner(state, input.resellerTenantId),
})
type Context = CheckContext<ReauthorizeResellerInput, ReturnType<typeof load>>

/** The first day a reseller deauthorized on `day` (ISO-8601 date) may be authorized again: a year later. */
const yearAfter = (day: string): string => `${String(Number(day.slice(0, 4)) + 1).padStart(4, '0')}${day.slice(4)}`

/**
 * Authorizes a deauthorized indirect reseller again (AUTH-3, from 2024-04-01): not before a year has
 * passed since its deauthorization (on the same calendar day a year later at the earliest). The
 * reseller is then authorized from the command's date, so the revenue floor measures it again only
 * 12 months later (AUTH-4).
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown reseller,
 * `UnknownPartner`), `AUTH-3` (the reseller is not deauthorized, `ResellerNotDeauthorized`; less than
 * a year since its deauthorization, `ReauthorizationTooSoon`).
 *
 * Emits `ResellerReauthorized`.
 *
 * @example
 * ```ts
 * import { microsoft, reauthorizeReseller } from 'csp-channel'
 * reauthorizeReseller(state, { actor: microsoft, at, resellerTenantId })
 * // Right: ResellerReauthorized, a year or more after the deauthorization; before: Left, AUTH-3
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const reauthorizeReseller = defineCommand({
  name: 'reauthorizeReseller',
  input: ReauthorizeResellerInput,
  load,
  checks: [
    operatorOnly<Context>('reauthorize an indirect reseller'),
    partnerKnown<Context>(
      (c) => c.reseller,
      (c) => c.input.resellerTenantId,
      'reseller',
    ),
    structural<Context>({
      rule: 'AUTH-3',
      name: 'the reseller is deauthorized',
      check: ({ reseller }) =>
        reseller === undefined || isDeauthorized(reseller)
          ? pass
          : fail('ResellerNotDeauthorized', [reseller.tenantId], `${reseller.name} is not a deauthorized reseller.`),
    }),
    {
      rule: 'AUTH-3',
      name: 'a year has passed since the deauthorization',
      check: ({ reseller, input }) => {
        const on = reseller?.authorization?.deauthorizedOn
        return reseller === undefined || on == null || input.at.slice(0, 10) >= yearAfter(on)
          ? pass
          : fail(
              'ReauthorizationTooSoon',
              [reseller.tenantId],
              `${reseller.name} was deauthorized on ${on}: it enrolls again as indirect reseller on ${yearAfter(on)} at the earliest.`,
            )
      },
    },
  ],
  decide: ({ input }) => [{ _tag: 'ResellerReauthorized', at: input.at, partnerTenantId: input.resellerTenantId }],
})
