/**
 * Checks from the direct bill to indirect reseller transition that several commands share.
 *
 * @internal
 */
import type { TenantId } from '../../kernel/ids.js'
import type { Partner } from '../../model/partner.js'
import { getRelationship } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'
import { notBefore } from './integrity.js'
import type { PartnerContext } from './partner.js'

/**
 * Whether a direct reseller relationship between `partner` and `customer` would be a new direct
 * customer (TRN-9): the partner does not already serve that customer as its direct bill partner.
 * Re-inviting an existing direct customer (to ask again for delegated admin) adds none; a customer
 * it serves as indirect reseller, or not at all, would be new.
 */
export const addsDirectCustomer = (state: ProgramState, partner: TenantId, customer: TenantId): boolean =>
  getRelationship(state, partner, customer)?.channel !== 'directBill'

/**
 * TRN-9 (2018 rule set only): once its indirect reseller enrollment is approved, a direct bill
 * partner adds no new direct customer by any path: creating one, sending a direct reseller
 * relationship invitation, or having one accepted, whenever it was sent (the catalog decision on
 * TRN-9). `applies` says whether the command would give the partner a new direct customer
 * (`NewDirectCustomersClosed`, subjects: the partner tenant).
 */
export const newDirectCustomersClosed = <C extends CheckContext<CommandInputBase, object>>(
  pick: (c: C) => Partner | undefined,
  applies: (c: C) => boolean = () => true,
): RuleCheck<C> => ({
  rule: 'TRN-9',
  name: 'under the 2018 rules an enrolled indirect reseller adds no new direct customers',
  check: (c) => {
    const partner = pick(c)
    return applies(c) &&
      partner !== undefined &&
      partner.directBill !== null &&
      (partner.indirectReseller.status === 'approved' || partner.indirectReseller.status === 'active')
      ? fail(
          'NewDirectCustomersClosed',
          [partner.tenantId],
          `Partner ${partner.name} enrolled as indirect reseller; under the 2018 rules it can no longer add new direct customers.`,
        )
      : pass
  },
})

/**
 * MOD-6: a step of the indirect reseller enrollment is not dated before the step it follows: the
 * submission of a `pending` enrollment (approving or withdrawing it), the approval of an `approved`
 * one (accepting the agreement).
 */
export const notBeforeEnrollmentStep = <C extends PartnerContext>(status: 'pending' | 'approved'): RuleCheck<C> =>
  notBefore(
    'MOD-6',
    ({ partner }) => {
      const enrollment = partner?.indirectReseller
      if (partner === undefined || enrollment === undefined) return undefined
      if (status === 'pending' && enrollment.status === 'pending')
        return { subjects: [partner.tenantId], at: enrollment.submittedAt }
      if (status === 'approved' && enrollment.status === 'approved')
        return { subjects: [partner.tenantId], at: enrollment.approvedAt }
      return undefined
    },
    status === 'pending' ? 'the enrollment was submitted' : 'the enrollment was approved',
  )
