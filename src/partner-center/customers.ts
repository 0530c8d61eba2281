/**
 * The customers of a Partner Center import: a customer record and tenant per `Customer` body, and
 * the reseller relationships a body's `relationshipToPartner` and `associatedPartnerId` describe.
 *
 * @module
 */
import { Region, TenantId } from '../model/ids.js'
import type { RelationshipChannel } from '../model/relationship.js'
import type { Customer } from '../model/tenant.js'
import { guid, items, value, type ImportContext } from './context.js'
import type { PcCustomer } from './payloads.js'
import { relationshipOf } from './relationships.js'

/** The customers of `input.customers`, with their tenants and reseller relationships. */
export const importCustomers = (context: ImportContext): void => {
  const { input, partner, region, document } = context
  const roles = input.partner.roles
  const ownChannel: RelationshipChannel = roles.includes('directBillPartner')
    ? 'directBill'
    : roles.includes('indirectProvider')
      ? 'indirectProvider'
      : 'indirectReseller'
  ;(input.customers ?? []).forEach((body, i) =>
    items<PcCustomer>(body).forEach((c, j) => {
      const tenantId = guid(
        context,
        TenantId,
        c.id,
        `customers[${i}]${items(body).length > 1 || 'items' in body ? `.items[${j}]` : ''}.id`,
      )
      if (tenantId === undefined) return
      const country = c.billingProfile?.defaultAddress?.country ?? c.companyProfile.address?.country
      const customer: Customer = {
        tenantId,
        companyName: c.companyProfile.companyName,
        domain: c.companyProfile.domain ?? null,
      }
      document.customers.push(customer)
      document.tenants.push({
        tenantId,
        kind: 'customer',
        owner: null,
        region: value(Region, country?.toUpperCase()) ?? region,
        internalUse: false,
      })
      if (c.relationshipToPartner === 'reseller') {
        const reseller = value(TenantId, c.associatedPartnerId)
        const delegated = c.allowDelegatedAccess ?? false
        if (reseller !== undefined && roles.includes('indirectProvider')) {
          document.relationships.push(
            relationshipOf(context, partner.tenantId, tenantId, 'indirectProvider', null, delegated),
          )
          document.relationships.push(
            relationshipOf(context, reseller, tenantId, 'indirectReseller', partner.tenantId, true),
          )
        } else
          document.relationships.push(relationshipOf(context, partner.tenantId, tenantId, ownChannel, null, delegated))
      }
    }),
  )
}
