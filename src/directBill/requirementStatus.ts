/**
 * How a direct bill requirement is measured: its verdict (`met`, `unmet`, `unknown`) and the shape
 * of a measured requirement. Shared by the seed requirements (DB-1 … DB-6) and the FY26 ones (AUTH-7).
 *
 * @module
 */
import type { IsoDateTime } from '../kernel/ids.js'
import type { Partner } from '../model/partner.js'
import type { ProgramState } from '../model/state.js'
import type { RuleSet } from '../rules/ruleSets.js'

/**
 * One requirement measured: `met`, `unmet` (with the measured and required values) or `unknown`
 * (the state does not hold the data to judge it).
 *
 * @category models
 * @since 0.1.0
 */
export type RequirementStatus =
  | { readonly status: 'met' }
  | { readonly status: 'unmet'; readonly measured: string; readonly required: string; readonly message: string }
  | { readonly status: 'unknown'; readonly message: string }

/** A requirement met. @internal */
export const met: RequirementStatus = { status: 'met' }
/** A requirement not met: what was measured, what is required, and a sentence. @internal */
export const unmet = (measured: string, required: string, message: string): RequirementStatus => ({
  status: 'unmet',
  measured,
  required,
  message,
})
/** A requirement the state holds no data to judge. @internal */
export const unknown = (message: string): RequirementStatus => ({ status: 'unknown', message })

/** A requirement the assessment measures, as a function of the state, the partner, the date and the rule set. @internal */
export interface Requirement {
  readonly rule: 'DB-1' | 'DB-3' | 'DB-5' | 'DB-6' | 'AUTH-7'
  readonly name: string
  readonly measure: (state: ProgramState, partner: Partner, at: IsoDateTime, set: RuleSet) => RequirementStatus
}
