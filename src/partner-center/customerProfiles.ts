/**
 * The customer bodies that are not `Customer` resources: company and billing profiles (a name,
 * domain and address for a customer tenant) and the PascalCase `PATCH /v1/customers/{id}` body that removes a reseller relationship.
 *
 * @module
 */
import { TenantId } from '../kernel/ids.js'
import { relationshipKey } from '../model/relationship.js'
import { getRelationship } from '../model/queries.js'
import { count, guid, note, type ImportContext } from './context.js'
import { ensureRelationship, heldCustomer, putCustomer } from './entities.js'
import { customerTenantOk, putCustomerTenant } from './customers.js'

const PROFILE_WHY = "Partner Center returns a customer's profiles only to its partners"

/** The customers of `input.customerCompanyProfiles`: name, domain and region, keyed by the body's `tenantId`. */
export const importCompanyProfiles = (c: ImportContext): void => {
  ;(c.input.customerCompanyProfiles ?? []).forEach((body, i) => {
    const path = `customerCompanyProfiles[${i}]`
    count(c, 'customerCompanyProfiles')
    const tenantId = guid(c, TenantId, body.tenantId, `${path}.tenantId`)
    if (tenantId === undefined || !customerTenantOk(c, tenantId, path)) return
    putCustomerTenant(c, tenantId, body.address?.country, path)
    putCustomer(
      c,
      { tenantId, companyName: body.companyName ?? `Customer ${tenantId}`, domain: body.domain ?? null },
      body.companyName === undefined,
    )
    ensureRelationship(c, tenantId, path, PROFILE_WHY)
  })
}

/**
 * The customers of `input.customerBillingProfiles`: the region from the billing address; the
 * billing company name only for a customer known by no other name.
 */
export const importBillingProfiles = (c: ImportContext): void => {
  ;(c.input.customerBillingProfiles ?? []).forEach(({ customerTenantId: tenantId, body }, i) => {
    const path = `customerBillingProfiles[${i}]`
    count(c, 'customerBillingProfiles')
    if (!customerTenantOk(c, tenantId, path)) return
    const known = heldCustomer(c, tenantId)
    putCustomerTenant(c, tenantId, body.defaultAddress?.country, `${path}.body`)
    if (known === undefined || known.companyName === `Customer ${tenantId}`)
      putCustomer(c, { tenantId, companyName: body.companyName, domain: null }, false)
    ensureRelationship(c, tenantId, path, PROFILE_WHY)
  })
}

/**
 * Reads `input.customerUpdates` (run last): `RelationshipToPartner: "none"` removes the importing
 * partner's reseller relationship with the customer from what this import read; one `base` holds
 * stays (an import adds and updates, never removes), with a note.
 */
export const importCustomerUpdates = (c: ImportContext): void => {
  ;(c.input.customerUpdates ?? []).forEach(({ customerTenantId, body }, i) => {
    const path = `customerUpdates[${i}]`
    count(c, 'customerUpdates')
    const rel = body.RelationshipToPartner.toLowerCase()
    if (rel !== 'none') {
      note(c, 'leftOut', path, customerTenantId, `RelationshipToPartner "${rel}" in a PATCH body is not read.`)
      return
    }
    const key = relationshipKey(c.partner.tenantId, customerTenantId)
    if (c.entities.relationships.delete(key))
      note(
        c,
        'leftOut',
        path,
        customerTenantId,
        `The reseller relationship of ${c.partner.tenantId} with ${customerTenantId} was removed (PATCH body): not imported.`,
      )
    if (getRelationship(c.base, c.partner.tenantId, customerTenantId) !== undefined)
      note(
        c,
        'leftOut',
        path,
        customerTenantId,
        `The state holds the reseller relationship of ${c.partner.tenantId} with ${customerTenantId}, which the PATCH body says was removed; an import does not remove it.`,
      )
  })
}
