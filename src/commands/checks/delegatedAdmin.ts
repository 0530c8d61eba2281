/**
 * Delegated admin privileges (DAP) as the checks ask them: commerce asks them only before GDAP
 * (ROL-2 until GDAP-17), and a relationship holds them until Microsoft removes them (GDAP-19).
 *
 * @internal
 */
import type { IsoDateTime } from '../../kernel/ids.js'
import { delegatedAdminAt, type ResellerRelationship } from '../../model/relationship.js'
import { inForceUnder, type RuleSet } from '../../rules/ruleSets.js'
import { fail, pass } from '../building.js'
import type { Finding } from '../check.js'
import { delegatedAdminUnknown } from './facts.js'

/**
 * Whether commerce (orders, purchases, managing subscriptions, customers) asks the reseller
 * relationship for delegated admin under `set`: only before GDAP-17, which asks it of nothing but
 * administrative tasks.
 */
export const commerceNeedsDelegatedAdmin = (set: RuleSet): boolean => !inForceUnder(set, 'GDAP-17')

/**
 * The ROL-2 finding on a relationship asked for delegated admin at `at`: none when it holds them,
 * a `FactUnknown` warning when that is unknown, `NoDelegatedAdmin` (subjects: partner and customer)
 * with `message` otherwise.
 */
export const delegatedAdminFinding = (
  r: ResellerRelationship,
  at: IsoDateTime,
  message: string,
): ReadonlyArray<Finding<'NoDelegatedAdmin'>> => {
  const holds = delegatedAdminAt(r, at)
  if (holds === null) return delegatedAdminUnknown(r)
  return holds ? pass : fail('NoDelegatedAdmin', [r.partnerTenantId, r.customerTenantId], message)
}
