/**
 * The events of partner-of-record validation and reseller and partner authorization (AUTH-1 …
 * AUTH-8): suspensions, revenue assessments, deauthorization and its notices, reauthorization, the
 * authorization facts Microsoft records and the distributor threshold reviews. Members of
 * `DomainEvent`.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, list, literals } from '../internal/codec.js'
import { Region, TenantId, YearMonth } from '../kernel/ids.js'
import { UsdCents } from '../kernel/money.js'
import { AuthorizationFacts } from '../model/standing.js'
import { partnerEvent } from './eventCodec.js'

/**
 * What a reseller revenue assessment found (AUTH-1, AUTH-4): `met` (at or above the floor),
 * `belowFloor` (deauthorized), `notMeasured` (authorized for less than 12 months, or no floor in force).
 *
 * @category models
 * @since 0.2.0
 */
export const RevenueAssessmentOutcome = literals(['met', 'belowFloor', 'notMeasured'], 'RevenueAssessmentOutcome')
/** @category models */
export type RevenueAssessmentOutcome = t.TypeOf<typeof RevenueAssessmentOutcome>

/** Which revenue-floor notice was sent (AUTH-2): the warning before the anniversary month, or the enforcement notice in it. @category models @since 0.2.0 */
export const RevenueNoticeKind = literals(['warning', 'enforcement'], 'RevenueNoticeKind')
/** @category models */
export type RevenueNoticeKind = t.TypeOf<typeof RevenueNoticeKind>

/**
 * The trailing-twelve-month CSP revenue (USD cents) measured in one CSP region of an indirect
 * provider by the distributor threshold review (AUTH-8).
 *
 * @category models
 * @since 0.2.0
 */
export const DistributorRegionRevenue = exact('DistributorRegionRevenue', { region: Region, revenueCents: UsdCents })
/** @category models */
export type DistributorRegionRevenue = t.TypeOf<typeof DistributorRegionRevenue>

/** The partner-of-record and authorization members of `DomainEvent`. @internal */
export const AUTHORIZATION_EVENTS = [
  // Microsoft suspended the partner's account: it buys nothing new (AUTH-5)
  partnerEvent('PartnerAccountSuspended', {}),
  // Microsoft reinstated the partner's account: it is in good standing again (AUTH-5)
  partnerEvent('PartnerAccountReinstated', {}),
  // a reseller's trailing-twelve-month revenue (USD cents) was judged in its anniversary month (AUTH-1, AUTH-4)
  partnerEvent('ResellerRevenueAssessed', {
    anniversaryMonth: YearMonth,
    revenueCents: UsdCents,
    floorCents: t.union([UsdCents, t.null]),
    outcome: RevenueAssessmentOutcome,
  }),
  // the reseller lost its authorization (AUTH-1); it is assigned to no order (AUTH-3)
  partnerEvent('ResellerDeauthorized', {}),
  // the reseller is authorized again, a year or more after its deauthorization (AUTH-3)
  partnerEvent('ResellerReauthorized', {}),
  // a revenue-floor notice about `resellerTenantId` went to `partnerTenantId` (AUTH-2); changes nothing
  partnerEvent('ResellerRevenueNoticeSent', {
    resellerTenantId: TenantId,
    anniversaryMonth: YearMonth,
    notice: RevenueNoticeKind,
  }),
  // Microsoft recorded FY26 authorization facts of a partner (AUTH-7); the facts given replace those known
  partnerEvent('AuthorizationFactsRecorded', { facts: AuthorizationFacts }),
  // the distributor review kept an indirect provider: each region met the floor, or none was in force (AUTH-8)
  partnerEvent('DistributorAuthorizationConfirmed', {
    floorCents: t.union([UsdCents, t.null]),
    regions: list(DistributorRegionRevenue),
  }),
] as const
