/**
 * The candidates of the customer agreement commands: an attestation for each customer of each
 * partner in scope, and a customer admin's own acceptance.
 *
 * @module
 */
import type { Email, IsoDate } from '../../kernel/ids.js'
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
        // the scope's date (an `at` that is no instant is rejected at the entry anyway)
        agreement: { dateAgreed: String(scope.at).slice(0, 10) as IsoDate, contact: CONTACT },
      })
}

/** A customer admin's own acceptance; other actors never accept for a customer (MCA-1). */
const recordCustomerAcceptance: Enumerator<'recordCustomerAcceptance'> = function* (scope) {
  if (scope.customerAdminOf !== undefined)
    yield candidate<'recordCustomerAcceptance'>(scope, [scope.customerAdminOf], {
      customerTenantId: scope.customerAdminOf,
    })
}

/** The candidates of the customer agreement commands, by command. @internal */
export const AGREEMENT_ENUMERATORS = { attestCustomerAgreement, recordCustomerAcceptance }
