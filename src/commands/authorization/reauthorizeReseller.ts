/**
 * `reauthorizeReseller`: Microsoft authorizes a deauthorized indirect reseller again, a year or more
 * after its deauthorization.
 *
 * @module
 */
import type * as t from 'io-ts'
import { addYearsUtc, LATEST_INSTANT } from '../../kernel/dates.js'
import { type IsoDateTime, TenantId } from '../../kernel/ids.js'
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

/**
 * The first instant a reseller deauthorized on `day` (ISO-8601 date) may be authorized again: the
 * start of the same calendar day a year later (28 February for 29 February), or `null` when that
 * day lies past year 9999, the end of the model's calendar: it is never reauthorized then.
 */
const reauthorizableFrom = (day: string): IsoDateTime | null => {
  const from = addYearsUtc(`${day}T00:00:00.000Z` as IsoDateTime, 1)
  return from === LATEST_INSTANT ? null : from
}

/**
 * Authorizes a deauthorized indirect reseller again (AUTH-3, from 2024-04-01): not before a year has
 * passed since its deauthorization (from the start of the same calendar day a year later, in UTC;
 * 28 February for a deauthorization on 29 February). A reseller deauthorized in year 9999 is never
 * authorized again: a year later lies past the last instant the model holds. The
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
        if (reseller === undefined || on == null) return pass
        const from = reauthorizableFrom(on)
        return from !== null && input.at >= from
          ? pass
          : fail(
              'ReauthorizationTooSoon',
              [reseller.tenantId],
              from === null
                ? `${reseller.name} was deauthorized on ${on}: a year later lies past 9999-12-31, the last day the model holds, so it is not authorized again.`
                : `${reseller.name} was deauthorized on ${on}: it enrolls again as indirect reseller on ${from.slice(0, 10)} at the earliest.`,
            )
      },
    },
  ],
  decide: ({ input }) => [{ _tag: 'ResellerReauthorized', at: input.at, partnerTenantId: input.resellerTenantId }],
})
