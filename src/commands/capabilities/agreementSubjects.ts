/**
 * The candidates of the customer agreement commands: an attestation for each customer of each
 * partner in scope, and a customer's own acceptance.
 *
 * @module
 */
import type { Email, TenantId } from '../../kernel/ids.js'
import { dayOf } from '../../model/customerAgreement.js'
import { candidate, type Enumerator } from './candidate.js'

/** The contact a representative attestation names: a placeholder the actor would replace. */
const CONTACT = {
  firstName: 'Customer',
  lastName: 'Contact',
  email: 'contact@customer.example' as Email,
  phoneNumber: '0000000000',
}

/** An attestation, accepted on the scope's date, for each customer of each partner in scope. */
const attestCustomerAgreement: Enumerator<'attestCustomerAgreement'> = function* (scope) {
  for (const partnerTenantId of scope.partners)
    for (const customerTenantId of scope.customersOf(partnerTenantId))
      yield candidate<'attestCustomerAgreement'>(scope, [customerTenantId], {
        partnerTenantId,
        customerTenantId,
        agreement: { dateAgreed: dayOf(scope.at), contact: CONTACT },
      })
}

/** A customer admin's own acceptance; for other actors, each customer of the partners in scope. */
const recordCustomerAcceptance: Enumerator<'recordCustomerAcceptance'> = function* (scope) {
  const customers = new Set<TenantId>(
    scope.customerAdminOf !== undefined ? [scope.customerAdminOf] : scope.partners.flatMap(scope.customersOf),
  )
  for (const customerTenantId of customers)
    yield candidate<'recordCustomerAcceptance'>(scope, [customerTenantId], { customerTenantId })
}

/** The candidates of the customer agreement commands, by command. @internal */
export const AGREEMENT_ENUMERATORS = { attestCustomerAgreement, recordCustomerAcceptance }
