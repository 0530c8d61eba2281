/**
 * The customers of a Partner Center import: a customer record and tenant per `Customer` body
 * (single, list page, list filtered by indirect reseller, create response), and the reseller
 * relationships a body's `relationshipToPartner`, `associatedPartnerId` or filter describe.
 *
 * @module
 */
import { Region, TenantId } from '../kernel/ids.js'
import { count, guid, itemPath, items, note, value, type ImportContext } from './context.js'
import {
  heldPartner,
  heldRelationship,
  heldTenant,
  ownChannel,
  putCustomer,
  putRelationship,
  putTenant,
} from './entities.js'
import type { PcCustomer } from './payloads.js'
import { ensurePartnership } from './relationships.js'

/**
 * Reads the region of a customer from a country (`null` when absent), noting when it stays unknown.
 * A customer body says nothing of the tenant's owner or internal use: those known stay.
 */
export const putCustomerTenant = (c: ImportContext, tenantId: TenantId, country: string | undefined, path: string) => {
  const known = heldTenant(c, tenantId)
  putTenant(c, {
    tenantId,
    kind: 'customer',
    owner: known?.owner ?? null,
    region: value(Region, country?.toUpperCase()) ?? null,
    internalUse: known?.internalUse ?? false,
  })
  if (c.entities.tenants.get(tenantId)?.region === null)
    note(c, 'unknown', path, tenantId, `The region of customer ${tenantId} is unknown: the body gives no address.`)
}

/** Whether `tenantId` may be read as a customer: it is not held as a partner or sandbox tenant (else a note). */
export const customerTenantOk = (c: ImportContext, tenantId: TenantId, path: string): boolean => {
  const kind = heldTenant(c, tenantId)?.kind
  if (kind === undefined || kind === 'customer') return true
  note(c, 'leftOut', path, tenantId, `Tenant ${tenantId} is a ${kind} tenant, never a customer: not read.`)
  return false
}

/**
 * The relationship of indirect reseller `reseller` with customer `tenantId` that a customer body at
 * `path` describes, through the importing partner as indirect provider; left out (with a note) when
 * the importing partner is no indirect provider or the reseller is not held as a partner.
 */
const resellerRelationship = (
  c: ImportContext,
  tenantId: TenantId,
  reseller: TenantId,
  delegatedAdmin: boolean | null,
  path: string,
): void => {
  if (!c.roles.includes('indirectProvider'))
    note(
      c,
      'leftOut',
      path,
      tenantId,
      `The customer's association with indirect reseller ${reseller} is not recorded: the importing partner is not an indirect provider.`,
    )
  else if (heldPartner(c, reseller) === undefined)
    note(
      c,
      'leftOut',
      path,
      tenantId,
      `Indirect reseller ${reseller} is not held as a partner, so its relationship with the customer is not recorded; import the indirect resellers list.`,
    )
  else {
    putRelationship(c, {
      partnerTenantId: reseller,
      customerTenantId: tenantId,
      channel: 'indirectReseller',
      indirectProviderTenantId: c.partner.tenantId,
      delegatedAdmin,
    })
    ensurePartnership(c, reseller, path, `customer ${tenantId} is one of its customers`)
  }
}

/** The reseller relationships a customer body describes. */
const relationshipsOf = (c: ImportContext, x: PcCustomer, tenantId: TenantId, path: string, filter?: TenantId) => {
  const rel = x.relationshipToPartner?.toLowerCase()
  const created = x.userCredentials === true
  if (rel !== 'reseller' && !created) {
    if (rel !== undefined && rel !== 'none')
      note(c, 'leftOut', path, tenantId, `relationshipToPartner "${rel}" is not a reseller relationship: not held.`)
    return
  }
  if (created && rel !== 'reseller')
    note(
      c,
      'inferred',
      `${path}.relationshipToPartner`,
      tenantId,
      `A create-customer response (it has userCredentials): the creating partner holds a reseller relationship with the customer, though relationshipToPartner says ${JSON.stringify(x.relationshipToPartner)}.`,
    )
  const delegatedAdmin = x.allowDelegatedAccess ?? null
  const reseller = value(TenantId, x.associatedPartnerId) ?? filter
  const provider = c.roles.includes('indirectProvider')
  // a body naming no reseller does not say the channel: the one known stays
  const known = heldRelationship(c, c.partner.tenantId, tenantId)
  const own = putRelationship(c, {
    partnerTenantId: c.partner.tenantId,
    customerTenantId: tenantId,
    channel: reseller !== undefined && provider ? 'indirectProvider' : (known?.channel ?? ownChannel(c)),
    indirectProviderTenantId: known?.indirectProviderTenantId ?? null,
    delegatedAdmin,
    ...(created ? { origin: 'customerCreation' as const } : {}),
  })
  if (own.delegatedAdmin === null)
    note(
      c,
      'unknown',
      path,
      tenantId,
      `Whether ${c.partner.tenantId} holds delegated admin for ${tenantId} is unknown: the body omits allowDelegatedAccess.`,
    )
  if (reseller !== undefined) resellerRelationship(c, tenantId, reseller, delegatedAdmin, path)
}

/** Reads one customer body at `path`; `filter` is the indirect reseller a list was filtered by. */
const readCustomer = (c: ImportContext, x: PcCustomer, path: string, filter?: TenantId): void => {
  count(c, 'customers')
  const tenantId = guid(c, TenantId, x.id, `${path}.id`)
  if (tenantId === undefined || !customerTenantOk(c, tenantId, path)) return
  const fromProfile = x.companyProfile.companyName
  const name = fromProfile ?? x.billingProfile?.companyName
  if (fromProfile === undefined && name !== undefined)
    note(
      c,
      'inferred',
      `${path}.billingProfile.companyName`,
      tenantId,
      `Company name read from the billing profile: the company profile has none.`,
    )
  if (name === undefined)
    note(
      c,
      'inferred',
      path,
      tenantId,
      `The body names no company: the customer is named "Customer ${tenantId}" unless known.`,
    )
  putCustomerTenant(c, tenantId, x.billingProfile?.defaultAddress?.country ?? x.companyProfile.address?.country, path)
  putCustomer(
    c,
    { tenantId, companyName: name ?? `Customer ${tenantId}`, domain: x.companyProfile.domain ?? null },
    name === undefined,
  )
  if (x.userCredentials === true)
    note(c, 'leftOut', `${path}.userCredentials`, tenantId, `The new admin's user name and password are not kept.`)
  relationshipsOf(c, x, tenantId, path, filter)
}

/**
 * The customers of `input.customers`, with their tenants and reseller relationships. A customer
 * whose body gives no address gets region `null` (unknown); one whose body omits
 * `allowDelegatedAccess` gets delegated admin `null` (unknown).
 */
export const importCustomers = (c: ImportContext): void => {
  ;(c.input.customers ?? []).forEach((entry, i) => {
    if ('indirectResellerTenantId' in entry) {
      const { indirectResellerTenantId, body } = entry
      items<PcCustomer>(body).forEach((x, j) =>
        readCustomer(c, x, itemPath(`customers[${i}].body`, body, j), indirectResellerTenantId),
      )
    } else items<PcCustomer>(entry).forEach((x, j) => readCustomer(c, x, itemPath(`customers[${i}]`, entry, j)))
  })
}
