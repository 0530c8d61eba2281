/**
 * The candidates of the commands about customers: buying and ordering for each customer of a
 * partner in scope (with each reseller serving it through a provider), creating a customer for
 * each reseller in partnership, inviting a customer, accepting an invitation.
 *
 * @module
 */
import type { TenantId } from '../../kernel/ids.js'
import {
  getTenant,
  invitationsOfCustomer,
  partnershipsOfProvider,
  partnershipsOfReseller,
} from '../../model/queries.js'
import type { OrderLine } from '../../model/subscription.js'
import { candidate, type Enumerator } from './candidate.js'
import {
  newCustomerProfile,
  newInvitationId,
  newSubscriptionId,
  newTenantId,
  REPRESENTATIVE_OFFER,
  representativeTerms,
} from './placeholders.js'
import type { Scope } from './scope.js'

/** A representative order line: one license-based seat, renewing, under the reseller's MPN ID. */
const line = (scope: Scope, seed: string, reseller: TenantId | null): OrderLine => ({
  id: newSubscriptionId(scope.state, seed),
  kind: 'licenseBased',
  parentId: null,
  offerId: REPRESENTATIVE_OFFER,
  seats: 1,
  autoRenew: true,
  partnerOfRecord: reseller === null ? null : (scope.partner(reseller)?.mpnId ?? null),
  ...representativeTerms(scope.at),
})

/** Each customer of each partner in scope, with the partner. */
function* customers(scope: Scope): Iterable<readonly [TenantId, TenantId]> {
  for (const partner of scope.partners) for (const customer of scope.customersOf(partner)) yield [partner, customer]
}

/** A purchase for each customer: one license-based seat, or Azure on the partner's own internal-use tenant. */
const purchaseSubscription: Enumerator<'purchaseSubscription'> = function* (scope) {
  for (const [partnerTenantId, customerTenantId] of customers(scope)) {
    const tenant = getTenant(scope.state, customerTenantId)
    const ownUse = tenant?.internalUse === true && tenant.owner === partnerTenantId
    yield candidate<'purchaseSubscription'>(scope, [customerTenantId], {
      partnerTenantId,
      subscription: {
        id: newSubscriptionId(scope.state, `purchaseSubscription/${partnerTenantId}/${customerTenantId}`),
        customerTenantId,
        kind: ownUse ? 'azure' : 'licenseBased',
        parentId: null,
        offerId: REPRESENTATIVE_OFFER,
        seats: 1,
        autoRenew: true,
        ...(ownUse ? {} : representativeTerms(scope.at)),
      },
    })
  }
}

/** An order for each customer, through each reseller serving it through the provider (or none). */
const placeOrder: Enumerator<'placeOrder'> = function* (scope) {
  for (const [providerTenantId, customerTenantId] of customers(scope)) {
    const resellers = scope.resellersServing(providerTenantId, customerTenantId)
    for (const resellerTenantId of resellers.length === 0 ? [null] : resellers) {
      const seed = `placeOrder/${providerTenantId}/${customerTenantId}/${resellerTenantId ?? ''}`
      yield candidate<'placeOrder'>(
        scope,
        resellerTenantId === null ? [customerTenantId] : [customerTenantId, resellerTenantId],
        {
          providerTenantId,
          customerTenantId,
          resellerTenantId,
          lines: [line(scope, seed, resellerTenantId)],
        },
      )
    }
  }
}

/** The Azure tenant owner role for each reseller serving each customer through the provider. */
const grantAzureTenantOwner: Enumerator<'grantAzureTenantOwner'> = function* (scope) {
  for (const [providerTenantId, customerTenantId] of customers(scope))
    for (const resellerTenantId of scope.resellersServing(providerTenantId, customerTenantId))
      yield candidate<'grantAzureTenantOwner'>(scope, [customerTenantId, resellerTenantId], {
        providerTenantId,
        customerTenantId,
        resellerTenantId,
      })
}

/** A new customer, without lines, for each reseller in active partnership with the provider. */
const createCustomerForReseller: Enumerator<'createCustomerForReseller'> = function* (scope) {
  for (const providerTenantId of scope.partners)
    for (const { resellerTenantId, status } of partnershipsOfProvider(scope.state, providerTenantId))
      if (status === 'active')
        yield candidate<'createCustomerForReseller'>(scope, [resellerTenantId], {
          providerTenantId,
          resellerTenantId,
          customer: {
            tenantId: newTenantId(scope.state, `createCustomerForReseller/${providerTenantId}/${resellerTenantId}`),
            ...newCustomerProfile(scope.region(providerTenantId)),
          },
          adminCredentials: { userName: 'admin', password: 'temporary-password' },
          lines: [],
        })
}

/** A direct reseller invitation, and an indirect one naming each provider in active partnership. */
const inviteCustomer: Enumerator<'inviteCustomer'> = function* (scope) {
  for (const partnerTenantId of scope.partners) {
    const providers = partnershipsOfReseller(scope.state, partnerTenantId)
      .filter((p) => p.status === 'active')
      .map((p) => p.providerTenantId)
    for (const provider of [null, ...providers]) {
      const seed = `inviteCustomer/${partnerTenantId}/${provider ?? ''}`
      yield candidate<'inviteCustomer'>(scope, [provider ?? partnerTenantId], {
        partnerTenantId,
        invitationId: newInvitationId(scope.state, seed),
        kind: provider === null ? 'directReseller' : 'indirectReseller',
        indirectProviderTenantId: provider,
        customerTenantId: newTenantId(scope.state, seed),
        newCustomer: newCustomerProfile(scope.region(partnerTenantId)),
        delegatedAdmin: true,
      })
    }
  }
}

/**
 * Each invitation a customer admin received; for other actors, the invitations the partners in
 * scope sent to their customers. Subjects: the invitation, the partner and the customer.
 */
const acceptCustomerInvitation: Enumerator<'acceptCustomerInvitation'> = function* (scope) {
  const { customerAdminOf, state } = scope
  const invitations =
    customerAdminOf !== undefined
      ? invitationsOfCustomer(state, customerAdminOf)
      : [...customers(scope)].flatMap(([partner, customer]) =>
          invitationsOfCustomer(state, customer).filter((i) => i.partnerTenantId === partner),
        )
  for (const invitation of invitations)
    yield candidate<'acceptCustomerInvitation'>(
      scope,
      [invitation.id, invitation.partnerTenantId, invitation.customerTenantId],
      {
        invitationId: invitation.id,
      },
    )
}

/** The candidates of the customer commands, by command. @internal */
export const CUSTOMER_ENUMERATORS = {
  purchaseSubscription,
  placeOrder,
  grantAzureTenantOwner,
  createCustomerForReseller,
  inviteCustomer,
  acceptCustomerInvitation,
}
