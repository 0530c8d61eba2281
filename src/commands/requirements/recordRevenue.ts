/**
 * `recordRevenue`: Microsoft records a partner's CSP revenue for a month and category.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId, YearMonth } from '../../kernel/ids.js'
import { parseUsd, UsdDecimal } from '../../kernel/money.js'
import { RevenueCategory } from '../../model/revenue.js'
import { actingPartnerKnown, loadPartner } from '../checks/partner.js'
import { operatorOnly } from '../checks/actor.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand } from '../contract.js'

/** Codec for {@link RecordRevenueInput}. @category codecs @since 0.1.0 */
export const RecordRevenueInput = commandInput('RecordRevenueInput', {
  partnerTenantId: TenantId,
  month: YearMonth,
  category: RevenueCategory,
  amountUsd: UsdDecimal,
})
/**
 * Input of {@link recordRevenue}: the partner tenant, the month (`YYYY-MM`), the revenue category
 * and the amount in USD as a decimal string with at most two decimals (`"212480.00"`), in
 * TypeScript as in JSON; the state keeps it as a whole number of cents.
 *
 * @category commands
 */
export interface RecordRevenueInput extends t.TypeOf<typeof RecordRevenueInput> {}

/**
 * Records (or corrects) a partner's CSP revenue for one month and category, in exact cents (DB-5,
 * seed 003). Partner Center is where the figures come from, so Microsoft records them.
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`).
 *
 * Emits `RevenueRecorded`.
 *
 * @example
 * ```ts
 * import { microsoft, recordRevenue, yearMonth } from 'csp-channel'
 * recordRevenue(state, {
 *   actor: microsoft,
 *   at,
 *   partnerTenantId,
 *   month: yearMonth('2020-09'),
 *   category: 'azure',
 *   amountUsd: '25000.00',
 * })
 * // Right: RevenueRecorded (2,500,000 cents); a second record for the month and category corrects it
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const recordRevenue = defineCommand({
  name: 'recordRevenue',
  input: RecordRevenueInput,
  // typed on the command's input: the command's type names its input interface
  load: (state: ProgramState, input: RecordRevenueInput) => loadPartner(state, input),
  checks: [operatorOnly('record CSP revenue'), actingPartnerKnown()],
  decide: ({ input }) => [
    {
      _tag: 'RevenueRecorded',
      at: input.at,
      entry: {
        partnerTenantId: input.partnerTenantId,
        month: input.month,
        category: input.category,
        amountCents: parseUsd(input.amountUsd) ?? 0,
      },
    },
  ],
})
