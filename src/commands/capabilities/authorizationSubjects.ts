/**
 * The candidates of the authorization commands Microsoft runs about a partner (AUTH-1 … AUTH-8):
 * one per partner in scope, naming it, with the value Microsoft would most plausibly give: the
 * standing switched, the revenue at the floor in the month of the command, the notice due for the
 * reseller's next anniversary month, the facts as they stand.
 *
 * @module
 */
import type { IsoDateTime, YearMonth } from '../../kernel/ids.js'
import { authorizationOf, isSuspended } from '../../model/standing.js'
import type { Partner } from '../../model/partner.js'
import { ruleSetAt } from '../../rules/ruleSets.js'
import type { CommandName } from '../table.js'
import { perPartner, type Enumerator } from './candidate.js'
import type { Scope } from './scope.js'

/** The instant of the scope as a string: a value that is not one still gives candidates, which the entry rejects. */
const dateOf = (scope: Scope): IsoDateTime => String(scope.at) as IsoDateTime

/**
 * The reseller's anniversary month on or after the month of `at`: the month of the year it was
 * authorized in (the month of `at` itself when that date is unknown).
 */
const nextAnniversaryMonth = (partner: Partner | undefined, at: string): YearMonth => {
  const since = partner === undefined ? null : authorizationOf(partner).authorizedSince
  const year = Number(at.slice(0, 4))
  const month = at.slice(5, 7)
  const anniversary = since === null ? month : since.slice(5, 7)
  return `${String(anniversary < month ? year + 1 : year).padStart(4, '0')}-${anniversary}` as YearMonth
}

/** The candidates of the authorization commands, by command. @internal */
export const AUTHORIZATION_ENUMERATORS = {
  recordPartnerStanding: perPartner<'recordPartnerStanding'>((partnerTenantId, scope) => {
    const partner = scope.partner(partnerTenantId)
    return { partnerTenantId, accountSuspended: partner === undefined || !isSuspended(partner) }
  }),
  // at the floor (none before 2024-04-01): whether Microsoft may assess at all, deauthorizing no one
  assessResellerRevenue: perPartner<'assessResellerRevenue'>((resellerTenantId, scope) => ({
    resellerTenantId,
    anniversaryMonth: dateOf(scope).slice(0, 7) as YearMonth,
    trailingTwelveMonthRevenueCents: ruleSetAt(dateOf(scope)).resellerRevenueFloorCents ?? 0,
  })),
  // no revenue: the enforcement notice in the anniversary month, the warning before it
  noticeResellerRevenueFloor: perPartner<'noticeResellerRevenueFloor'>((resellerTenantId, scope) => {
    const anniversaryMonth = nextAnniversaryMonth(scope.partner(resellerTenantId), dateOf(scope))
    return {
      resellerTenantId,
      anniversaryMonth,
      trailingTwelveMonthRevenueCents: 0,
      notice: anniversaryMonth === dateOf(scope).slice(0, 7) ? 'enforcement' : 'warning',
    }
  }),
  reauthorizeReseller: perPartner<'reauthorizeReseller'>((resellerTenantId) => ({ resellerTenantId })),
  // the facts as they stand: whether the actor may record them at all
  recordAuthorizationFacts: perPartner<'recordAuthorizationFacts'>((partnerTenantId, scope) => ({
    partnerTenantId,
    facts: { ...scope.partner(partnerTenantId)?.authorizationFacts },
  })),
  assessDistributorAuthorization: perPartner<'assessDistributorAuthorization'>((providerTenantId) => ({
    providerTenantId,
  })),
} satisfies { readonly [N in CommandName]?: Enumerator<N> }
