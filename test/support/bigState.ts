/**
 * Builds large states quickly from documents: the provider world plus `size` subscriptions and a
 * tenth as many customers, each with a direct bill reseller relationship to the direct bill partner.
 */
import { stateFromDocument, stateToJson, subscriptionId, tenantId, type ProgramState } from '../../src/index.js'
import { ids, providerWorld } from './index.js'

const guid = (prefix: string, n: number) =>
  `${prefix}${n.toString(16).padStart(8 - prefix.length, '0')}-0000-4000-8000-000000000000`

/** The first customer tenant of a big state: the one the open invitation is for. */
export const BIG_CUSTOMER = tenantId(guid('e', 0))

export const bigState = (size: number): ProgramState => {
  const base = stateToJson(providerWorld())
  const customers = Math.max(1, Math.floor(size / 10))
  const since = '2019-01-08T09:00:00.000Z'
  const tenants = Array.from({ length: customers }, (_, i) => ({
    tenantId: tenantId(guid('e', i)),
    kind: 'customer' as const,
    owner: null,
    region: 'US',
    internalUse: false,
  }))
  return stateFromDocument({
    ...base,
    tenants: [...base.tenants, ...tenants],
    customers: [
      ...base.customers,
      ...tenants.map((t) => ({ tenantId: t.tenantId, companyName: `Customer ${t.tenantId}`, domain: null })),
    ],
    relationships: [
      ...base.relationships,
      ...tenants.map((t) => ({
        partnerTenantId: ids.direct,
        customerTenantId: t.tenantId,
        channel: 'directBill' as const,
        indirectProviderTenantId: null,
        delegatedAdmin: true,
        origin: 'customerCreation' as const,
        since,
      })),
    ],
    // an open indirect reseller invitation to the first big customer, for the accept command
    invitations: [
      ...base.invitations,
      {
        id: 'scale-invitation',
        kind: 'indirectReseller',
        partnerTenantId: ids.reseller,
        indirectProviderTenantId: ids.provider,
        customerTenantId: tenants[0]!.tenantId,
        delegatedAdmin: true,
        newCustomer: null,
        issuedAt: since,
        acceptedAt: null,
      },
    ],
    subscriptions: [
      ...base.subscriptions,
      ...Array.from({ length: size }, (_, i) => ({
        id: subscriptionId(guid('f', i)),
        customerTenantId: tenants[i % customers]!.tenantId,
        kind: 'licenseBased' as const,
        parentId: null,
        offerId: 'offer',
        seats: 5,
        status: 'active' as const,
        autoRenew: true,
        billedBy: ids.direct,
        partnerOfRecord: null,
        supportContact: null,
        createdAt: since,
      })),
    ],
  } as never)
}
