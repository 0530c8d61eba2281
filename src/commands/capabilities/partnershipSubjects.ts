/**
 * The candidates of the partnership commands: requesting one with each indirect reseller not in
 * partnership yet, answering each open request, withdrawing each request sent, removing each
 * active partnership.
 *
 * @module
 */
import type { TenantId } from '../../kernel/ids.js'
import { hasRole } from '../../model/partner.js'
import { getPartnership, partnershipsOfProvider, partnershipsOfReseller } from '../../model/queries.js'
import type { Partnership, PartnershipStatus } from '../../model/relationship.js'
import { candidate, type Enumerator } from './candidate.js'
import type { Scope } from './scope.js'

/**
 * The providers in scope that may request partnerships: a partner user's own tenant, whatever its
 * roles; otherwise the partners in scope holding the indirect provider role (so that Microsoft's
 * candidates are not every pair of partners).
 */
const requesters = (scope: Scope): ReadonlyArray<TenantId> =>
  scope.kind === 'partnerUser'
    ? scope.partners
    : scope.partners.filter((p) => {
        const partner = scope.partner(p)
        return partner !== undefined && hasRole(partner, 'indirectProvider')
      })

/** A request to each indirect reseller that is neither the provider nor in partnership with it (requested or active). */
const requestPartnership: Enumerator<'requestPartnership'> = function* (scope) {
  for (const providerTenantId of requesters(scope))
    for (const { tenantId: resellerTenantId } of scope.indirectResellers()) {
      const existing = getPartnership(scope.state, providerTenantId, resellerTenantId)
      if (resellerTenantId !== providerTenantId && (existing === undefined || existing.status === 'removed'))
        yield candidate<'requestPartnership'>(scope, [resellerTenantId], { providerTenantId, resellerTenantId })
    }
}

/** The partnerships in `status` where a partner in scope is on `side`. */
function* partnerships(scope: Scope, side: 'provider' | 'reseller', status: PartnershipStatus): Iterable<Partnership> {
  for (const partner of scope.partners)
    for (const p of side === 'provider'
      ? partnershipsOfProvider(scope.state, partner)
      : partnershipsOfReseller(scope.state, partner))
      if (p.status === status) yield p
}

/** Each open request to a reseller in scope, with the provider that sent it: what the reseller answers. */
const requestsReceived = (scope: Scope) => partnerships(scope, 'reseller', 'requested')

/** The candidates of the partnership commands, by command. @internal */
export const PARTNERSHIP_ENUMERATORS = {
  requestPartnership,
  acceptPartnership: function* (scope) {
    for (const { providerTenantId, resellerTenantId } of requestsReceived(scope))
      yield candidate<'acceptPartnership'>(scope, [providerTenantId], { providerTenantId, resellerTenantId })
  } as Enumerator<'acceptPartnership'>,
  declinePartnership: function* (scope) {
    for (const { providerTenantId, resellerTenantId } of requestsReceived(scope))
      yield candidate<'declinePartnership'>(scope, [providerTenantId], { providerTenantId, resellerTenantId })
  } as Enumerator<'declinePartnership'>,
  withdrawPartnershipRequest: function* (scope) {
    for (const { providerTenantId, resellerTenantId } of partnerships(scope, 'provider', 'requested'))
      yield candidate<'withdrawPartnershipRequest'>(scope, [resellerTenantId], { providerTenantId, resellerTenantId })
  } as Enumerator<'withdrawPartnershipRequest'>,
  // the terms of removal acknowledged (PRT-6): whether the provider may remove it at all
  removePartnership: function* (scope) {
    for (const { providerTenantId, resellerTenantId } of partnerships(scope, 'provider', 'active'))
      yield candidate<'removePartnership'>(scope, [resellerTenantId], {
        providerTenantId,
        resellerTenantId,
        acknowledgeTerms: true,
      })
  } as Enumerator<'removePartnership'>,
}
