/**
 * The checks Microsoft's phasing out of DAP shares (GDAP-19): it runs from 2023-05-22 only, by
 * Microsoft, on a reseller relationship that still holds delegated admin privileges.
 *
 * @internal
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { getRelationship } from '../../model/queries.js'
import { delegatedAdminAt, type ResellerRelationship } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { operatorOnly } from '../checks/actor.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

/** The fields of an input naming the partner and the customer whose DAP Microsoft ends. */
export const dapFields = { partnerTenantId: TenantId, customerTenantId: TenantId }

/** Input of a DAP phase-out command. */
export type DapInput = CommandInputBase & t.TypeOf<t.TypeC<typeof dapFields>>
/** What such a command loads: the reseller relationship. */
export type DapLoaded = { readonly relationship: ResellerRelationship | undefined }
/** Check context of such a command. */
export type DapContext<I extends DapInput = DapInput> = CheckContext<I, DapLoaded>

/** Looks up the reseller relationship of the partner with the customer. */
export const loadDap = (state: ProgramState, input: DapInput): DapLoaded => ({
  relationship: getRelationship(state, input.partnerTenantId, input.customerTenantId),
})

/**
 * The checks every DAP phase-out command starts with: Microsoft acts (MOD-7), not before 2023-05-22
 * (GDAP-19 `DapPhaseOutNotStarted`, judged under every rule set), and the relationship holds DAP at
 * the command's date (GDAP-19 `NoDelegatedAdminToEnd`; subjects: partner and customer).
 */
export const dapPhaseOutChecks = <C extends DapContext>(task: string): ReadonlyArray<RuleCheck<C>> => [
  operatorOnly(task),
  {
    rule: 'GDAP-19',
    name: 'Microsoft phases DAP out from 2023-05-22',
    always: true,
    check: (c) =>
      inForceUnder(c.ruleSet, 'GDAP-19')
        ? pass
        : fail(
            'DapPhaseOutNotStarted',
            [c.input.partnerTenantId, c.input.customerTenantId],
            `Microsoft phases DAP out from 2023-05-22; the command is dated ${c.input.at}.`,
          ),
  },
  {
    rule: 'GDAP-19',
    name: 'the reseller relationship holds delegated admin privileges',
    check: ({ input, relationship: r }) =>
      r !== undefined && delegatedAdminAt(r, input.at) !== false
        ? pass
        : fail(
            'NoDelegatedAdminToEnd',
            [input.partnerTenantId, input.customerTenantId],
            `Partner ${input.partnerTenantId} holds no delegated admin privileges for customer ${input.customerTenantId} to end.`,
          ),
  },
]
