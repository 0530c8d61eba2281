/**
 * `transitionDapToGdap`: Microsoft turns a partner's DAP for a customer into a GDAP relationship
 * (GDAP-19, the Microsoft-led transition).
 *
 * @module
 */
import type * as t from 'io-ts'
import { nullable } from '../../internal/codec.js'
import { addDaysUtc } from '../../kernel/dates.js'
import {
  DAP_REMOVAL_DAYS,
  microsoftLedRelationship,
  microsoftLedRelationshipId,
  microsoftLedRolesUnder,
} from '../../model/defaultGdap.js'
import { gdapIsActiveAt, SecurityGroupId } from '../../model/gdap.js'
import { getGdapRelationship, gdapRelationshipsOfCustomer } from '../../model/gdapQueries.js'
import { delegatedAdminAt } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import { dapFields, dapPhaseOutChecks, loadDap, type DapContext } from './dapPhaseOut.js'

/** Codec for {@link TransitionDapToGdapInput}. @category codecs @since 0.2.0 */
export const TransitionDapToGdapInput = commandInput('TransitionDapToGdapInput', {
  ...dapFields,
  adminAgentsGroupId: nullable(SecurityGroupId),
  helpdeskAgentsGroupId: nullable(SecurityGroupId),
})
/**
 * Input of {@link transitionDapToGdap}: the partner and the customer whose DAP Microsoft turns into
 * GDAP, and the partner's predefined security groups the roles are assigned to (`adminAgentsGroupId`,
 * `helpdeskAgentsGroupId`: Entra object GUIDs, or `null` when not mapped).
 *
 * @category commands
 */
export interface TransitionDapToGdapInput extends t.TypeOf<typeof TransitionDapToGdapInput> {}

const load = (state: ProgramState, input: TransitionDapToGdapInput) => ({
  ...loadDap(state, input),
  newId: microsoftLedRelationshipId(input.partnerTenantId, input.customerTenantId, input.at),
})
type Context = DapContext<TransitionDapToGdapInput> & { readonly newId: string }

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...dapPhaseOutChecks<Context>('turn DAP into GDAP'),
  {
    rule: 'GDAP-19',
    name: 'the partner has no active GDAP relationship with the customer',
    check: ({ state, input }) => {
      const active = gdapRelationshipsOfCustomer(state, input.customerTenantId).find(
        (rel) => rel.partnerTenantId === input.partnerTenantId && gdapIsActiveAt(rel, input.at),
      )
      return active === undefined
        ? pass
        : fail(
            'GdapRelationshipExists',
            [input.partnerTenantId, input.customerTenantId, active.id],
            `Partner ${input.partnerTenantId} already has the active GDAP relationship ${active.id} with customer ${input.customerTenantId}: Microsoft does not turn its DAP into another.`,
          )
    },
  },
  {
    rule: 'GDAP-19',
    name: 'the DAP has no end scheduled yet',
    // once the end has passed, the relationship holds no DAP: NoDelegatedAdminToEnd reports it
    check: ({ input, relationship: r }) =>
      r?.delegatedAdminUntil === undefined || delegatedAdminAt(r, input.at) === false
        ? pass
        : fail(
            'DapEndAlreadyScheduled',
            [input.partnerTenantId, input.customerTenantId],
            `Microsoft already turned the DAP of partner ${input.partnerTenantId} for customer ${input.customerTenantId} into GDAP: it ends ${r.delegatedAdminUntil}, a date a second transition does not move.`,
          ),
  },
  {
    rule: 'MOD-2',
    name: 'the ID of the new relationship is not in use',
    check: ({ state, newId }) =>
      getGdapRelationship(state, newId) === undefined
        ? pass
        : fail('IdAlreadyUsed', [newId], `A GDAP relationship with ID ${newId} already exists.`),
  },
]

/**
 * Microsoft turns a partner's delegated admin privileges (DAP) for a customer into GDAP (GDAP-19,
 * the Microsoft-led transition, from 2023-05-22): a GDAP relationship active at once for 365 days,
 * without the customer's approval, with the rule set's roles (8: Directory Readers, Directory
 * Writers, License Administrator, Service Support Administrator, User Administrator, Privileged
 * Role Administrator, Helpdesk Administrator, Privileged Authentication Administrator; 9 with
 * Global Reader from 2023-07-01). The Admin agents group, when given, is assigned every role, the
 * Helpdesk agents group Service Support Administrator and Helpdesk Administrator; from then on GDAP
 * decides for their members (GDAP-12). The DAP ends 30 days later: the reseller relationship's
 * `delegatedAdminUntil`. A DAP is turned into GDAP once: a second transition, which would push that
 * end back, is refused.
 *
 * Violations: `MOD-7` (the actor is not Microsoft, `NotProgramOperator`), `GDAP-19` (before
 * 2023-05-22, `DapPhaseOutNotStarted`; a relationship without DAP, `NoDelegatedAdminToEnd`; an
 * active GDAP relationship of the partner with the customer already, `GdapRelationshipExists`;
 * subjects: partner and customer, and the relationship; a DAP whose end an earlier transition
 * already scheduled, `DapEndAlreadyScheduled`, subjects: partner and customer), `MOD-2` (the derived relationship ID
 * `mlt_<partner>_<customer>_<yyyymmdd>` is in use, `IdAlreadyUsed`).
 *
 * Emits `GdapRelationshipGranted` (grant `microsoftLedTransition`) and `DelegatedAdminEndScheduled`.
 * Source: the Microsoft-led transition page and the May and July 2023 announcements.
 *
 * @example
 * ```ts
 * import { microsoft, transitionDapToGdap } from 'csp-channel'
 * transitionDapToGdap(state, {
 *   actor: microsoft,
 *   at,
 *   partnerTenantId,
 *   customerTenantId,
 *   adminAgentsGroupId: null,
 *   helpdeskAgentsGroupId: null,
 * })
 * // Right: GdapRelationshipGranted (9 roles from 2023-07-01) and DelegatedAdminEndScheduled
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const transitionDapToGdap = defineCommand({
  name: 'transitionDapToGdap',
  input: TransitionDapToGdapInput,
  load,
  checks,
  decide: ({ input, ruleSet }) => [
    {
      _tag: 'GdapRelationshipGranted',
      at: input.at,
      relationship: microsoftLedRelationship(
        input.partnerTenantId,
        input.customerTenantId,
        microsoftLedRolesUnder(ruleSet),
        { adminAgents: input.adminAgentsGroupId, helpdeskAgents: input.helpdeskAgentsGroupId },
        input.at,
      ),
      grant: 'microsoftLedTransition',
    },
    {
      _tag: 'DelegatedAdminEndScheduled',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      customerTenantId: input.customerTenantId,
      until: addDaysUtc(input.at, DAP_REMOVAL_DAYS),
    },
  ],
})
