/**
 * `recordAuthorizationFacts`: Microsoft records the FY26 direct bill authorization facts of a partner.
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { AuthorizationFacts } from '../../model/standing.js'
import type { ProgramState } from '../../model/state.js'
import { operatorOnly } from '../checks/actor.js'
import { actingPartnerKnown, loadPartner } from '../checks/partner.js'
import { commandInput, defineCommand } from '../contract.js'

/** Codec for {@link RecordAuthorizationFactsInput}. @category codecs @since 0.2.0 */
export const RecordAuthorizationFactsInput = commandInput('RecordAuthorizationFactsInput', {
  partnerTenantId: TenantId,
  facts: AuthorizationFacts,
})
/**
 * Input of {@link recordAuthorizationFacts}: the partner tenant and the facts found, each `true` or
 * `false` ({@link AuthorizationFacts}); a fact left out keeps what was known of it.
 *
 * @category commands
 */
export interface RecordAuthorizationFactsInput extends t.TypeOf<typeof RecordAuthorizationFactsInput> {}

/** Each fact the input gives, copied one by one. */
const factsOf = (facts: AuthorizationFacts): AuthorizationFacts => ({
  ...(facts.transactingResellerYear === undefined ? {} : { transactingResellerYear: facts.transactingResellerYear }),
  ...(facts.businessVetting === undefined ? {} : { businessVetting: facts.businessVetting }),
  ...(facts.solutionsPartnerDesignation === undefined
    ? {}
    : { solutionsPartnerDesignation: facts.solutionsPartnerDesignation }),
  ...(facts.securityScore === undefined ? {} : { securityScore: facts.securityScore }),
  ...(facts.automatedAssessment === undefined ? {} : { automatedAssessment: facts.automatedAssessment }),
})

/**
 * Records facts of the FY26 direct bill authorization that Microsoft establishes (AUTH-7, from
 * 2025-10-01): twelve months as a transacting indirect reseller, business vetting, a Solutions
 * Partner designation, the mandatory security-score items and the automated assessment. The direct
 * bill assessment (`assessDirectBill`) and the commands that judge the requirements read them; a fact
 * never recorded is reported as not evidenced.
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`).
 *
 * Emits `AuthorizationFactsRecorded`.
 *
 * @example
 * ```ts
 * import { microsoft, recordAuthorizationFacts } from 'csp-channel'
 * recordAuthorizationFacts(state, {
 *   actor: microsoft,
 *   at,
 *   partnerTenantId,
 *   facts: { businessVetting: true, securityScore: false },
 * })
 * // Right: AuthorizationFactsRecorded; the other facts keep what was known of them
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const recordAuthorizationFacts = defineCommand({
  name: 'recordAuthorizationFacts',
  input: RecordAuthorizationFactsInput,
  load: (state: ProgramState, input: RecordAuthorizationFactsInput) => loadPartner(state, input),
  checks: [operatorOnly('record authorization facts'), actingPartnerKnown()],
  decide: ({ input }) => [
    {
      _tag: 'AuthorizationFactsRecorded',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      facts: factsOf(input.facts),
    },
  ],
})
