/**
 * Tenants and customers.
 *
 * Every Microsoft Entra tenant the model knows is a {@link Tenant}: a partner tenant, a customer
 * tenant or an integration sandbox tenant. A customer tenant also has a {@link Customer} record
 * with its company details. A customer tenant flagged `internalUse` belongs to a partner and is
 * where that partner buys for its own use (OWN-1, seed 002).
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, literals, nullable } from '../internal/codec.js'
import { Region, TenantId } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import { CustomerAgreements } from './customerAgreement.js'

/** The kinds of tenant. @category models @since 0.1.0 */
export const TenantKind = literals(['partner', 'customer', 'integrationSandbox'], 'TenantKind')
/** @category models */
export type TenantKind = t.TypeOf<typeof TenantKind>

/** Codec for {@link Tenant}. @category codecs @since 0.1.0 */
export const Tenant = exact('Tenant', {
  tenantId: TenantId,
  kind: TenantKind,
  owner: nullable(TenantId),
  region: nullable(Region),
  internalUse: t.boolean,
})
/**
 * A tenant: its ID, kind, the partner tenant that owns it (a sandbox or an internal-use customer
 * tenant; `null` otherwise), its region (REG-1; `null` when unknown: a customer imported from a body
 * without an address) and whether it is for the owner's internal use.
 *
 * @category models
 */
export interface Tenant extends t.TypeOf<typeof Tenant> {}

/** Codec for {@link Customer}. @category codecs @since 0.1.0 */
export const Customer = exact(
  'Customer',
  { tenantId: TenantId, companyName: Text, domain: nullable(Text) },
  { agreements: CustomerAgreements },
)
/**
 * A customer: the company behind a customer tenant. Its region is the region of its {@link Tenant}.
 * `agreements` lists the customer agreements on record for it (MCA-1); absent when the model does
 * not know them (a customer created before 2019-10-01, imported without its agreements, or joined
 * through an invitation), `[]` when none is on record.
 *
 * @category models
 */
export interface Customer extends t.TypeOf<typeof Customer> {}

/** Codec for {@link NewCustomer}. @category codecs @since 0.1.0 */
export const NewCustomer = exact('NewCustomer', {
  tenantId: TenantId,
  companyName: Text,
  domain: nullable(Text),
  region: Region,
})
/**
 * The details of a customer tenant that is new to the model: used to create a customer, or to
 * invite one that already has a tenant the model does not know yet.
 *
 * @category models
 */
export interface NewCustomer extends t.TypeOf<typeof NewCustomer> {}

/** Codec for {@link CustomerProfile}. @category codecs @since 0.1.0 */
export const CustomerProfile = exact('CustomerProfile', { companyName: Text, domain: nullable(Text), region: Region })
/**
 * A customer's company name, domain and region, for a customer tenant the model does not know yet.
 *
 * @category models
 */
export interface CustomerProfile extends t.TypeOf<typeof CustomerProfile> {}
