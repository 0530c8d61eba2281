/**
 * Checks from the direct bill to indirect reseller transition that several commands share.
 *
 * @internal
 */
import type { Partner } from '../model/partner.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from './contract.js'

/**
 * TRN-9 (2018 rule set only): once its indirect reseller enrollment is approved, a direct bill
 * partner adds no new direct customer by any path: creating one, sending a direct reseller
 * relationship invitation, or having one accepted (the catalog decision on TRN-9). `applies` says
 * whether the command would give the partner a new direct customer.
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
