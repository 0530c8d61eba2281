/**
 * `terminateInactiveDap`: Microsoft removes a partner's DAP for a customer unused for over 90 days
 * (GDAP-19).
 *
 * @module
 */
import type * as t from 'io-ts'
import { nullable } from '../../internal/codec.js'
import { addDaysUtc } from '../../kernel/dates.js'
import { IsoDateTime } from '../../kernel/ids.js'
import { DAP_INACTIVITY_DAYS } from '../../model/defaultGdap.js'
import { notBefore } from '../checks/integrity.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { dapFields, dapPhaseOutChecks, loadDap, type DapContext } from './dapPhaseOut.js'

/** Codec for {@link TerminateInactiveDapInput}. @category codecs @since 0.2.0 */
export const TerminateInactiveDapInput = commandInput('TerminateInactiveDapInput', {
  ...dapFields,
  lastUsedAt: nullable(IsoDateTime),
})
/**
 * Input of {@link terminateInactiveDap}: the partner and the customer, and when the DAP was last
 * used (ISO-8601 UTC), or `null` for never (then the relationship's start counts).
 *
 * @category commands
 */
export interface TerminateInactiveDapInput extends t.TypeOf<typeof TerminateInactiveDapInput> {}

type Context = DapContext<TerminateInactiveDapInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...dapPhaseOutChecks<Context>('remove inactive DAP'),
  notBefore<Context>(
    'MOD-6',
    ({ input }) =>
      input.lastUsedAt === null ? undefined : { subjects: [input.partnerTenantId], at: input.lastUsedAt },
    'the last use of the delegated admin privileges',
  ),
  {
    rule: 'GDAP-19',
    name: 'the delegated admin privileges went unused for over 90 days',
    check: ({ input, relationship: r }) => {
      const since = input.lastUsedAt ?? r?.since
      return since === undefined || input.at > addDaysUtc(since, DAP_INACTIVITY_DAYS)
        ? pass
        : fail(
            'DapRecentlyUsed',
            [input.partnerTenantId, input.customerTenantId],
            `The delegated admin privileges of partner ${input.partnerTenantId} for customer ${input.customerTenantId} were ${input.lastUsedAt === null ? 'granted' : 'used'} on ${since}, within 90 days of ${input.at}.`,
          )
    },
  },
]

/**
 * Microsoft removes a partner's delegated admin privileges (DAP) for a customer that went unused
 * for more than 90 days (GDAP-19; Partner Center's webhook
 * `dap-admin-relationship-terminated-by-microsoft`). The reseller relationship stays, without DAP:
 * commerce goes on (GDAP-17), administering the customer needs GDAP.
 *
 * Violations: `MOD-7` (the actor is not Microsoft, `NotProgramOperator`), `GDAP-19` (before
 * 2023-05-22, `DapPhaseOutNotStarted`; a relationship without DAP, `NoDelegatedAdminToEnd`; last
 * used, or granted when never used, 90 days or less before the command, `DapRecentlyUsed`; subjects:
 * partner and customer), `MOD-6` (the last use is after the command's date, `DatedBeforeFact`).
 *
 * Emits `DelegatedAdminRemoved`. Source: Partner Center webhook events.
 *
 * @example
 * ```ts
 * import { isoDateTime, microsoft, terminateInactiveDap } from 'csp-channel'
 * terminateInactiveDap(state, {
 *   actor: microsoft,
 *   at,
 *   partnerTenantId,
 *   customerTenantId,
 *   lastUsedAt: isoDateTime('2023-02-01T00:00:00Z'),
 * })
 * // Right: DelegatedAdminRemoved; Left with GDAP-19 DapRecentlyUsed within 90 days of the last use
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const terminateInactiveDap = defineCommand({
  name: 'terminateInactiveDap',
  input: TerminateInactiveDapInput,
  load: loadDap,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'DelegatedAdminRemoved',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      customerTenantId: input.customerTenantId,
      lastUsedAt: input.lastUsedAt,
    },
  ],
})
