/**
 * A partner's standing as Microsoft records it (AUTH-1 … AUTH-7): the authorization of an indirect
 * reseller, a suspended account, and the facts the FY26 direct bill authorization needs. Every field
 * is optional on the partner so that documents written before them still decode; an absent field
 * reads as the seed era did: authorized, in good standing, nothing recorded.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, literals, nullable } from '../internal/codec.js'
import { IsoDate, IsoDateTime } from '../kernel/ids.js'
import type { Partner } from './partner.js'

/**
 * An indirect reseller's authorization (AUTH-1, AUTH-3): `authorized` since a date (ISO-8601,
 * `null` when unknown), or `deauthorized` on a date (its `authorizedSince` kept for the record).
 *
 * @category models
 * @since 0.2.0
 */
export const ResellerAuthorization = exact('ResellerAuthorization', {
  status: literals(['authorized', 'deauthorized'], 'ResellerAuthorizationStatus'),
  authorizedSince: nullable(IsoDate),
  deauthorizedOn: nullable(IsoDate),
})
/** @category models */
export type ResellerAuthorization = t.TypeOf<typeof ResellerAuthorization>

/** A suspended Partner Center account and the instant it was suspended (AUTH-5). @category models @since 0.2.0 */
export const AccountSuspension = exact('AccountSuspension', { since: IsoDateTime })
/** @category models */
export type AccountSuspension = t.TypeOf<typeof AccountSuspension>

/**
 * The FY26 direct bill authorization facts Microsoft records (AUTH-7), each `true` (met) or `false`
 * (not met); a fact never recorded is unknown:
 * - `transactingResellerYear`: twelve months as a transacting indirect reseller;
 * - `businessVetting`: the business vetting is complete;
 * - `solutionsPartnerDesignation`: at least one Solutions Partner designation;
 * - `securityScore`: the mandatory Partner Center security-score items are done;
 * - `automatedAssessment`: the automated assessment has passed.
 *
 * @category models
 * @since 0.2.0
 */
export const AuthorizationFacts = exact(
  'AuthorizationFacts',
  {},
  {
    transactingResellerYear: t.boolean,
    businessVetting: t.boolean,
    solutionsPartnerDesignation: t.boolean,
    securityScore: t.boolean,
    automatedAssessment: t.boolean,
  },
)
/** @category models */
export type AuthorizationFacts = t.TypeOf<typeof AuthorizationFacts>

/**
 * The standing fields of a partner, all optional: `authorization` (an indirect reseller's, AUTH-1),
 * `accountSuspended` (AUTH-5) and `authorizationFacts` (AUTH-7). @internal
 */
export const STANDING_FIELDS = {
  authorization: ResellerAuthorization,
  accountSuspended: AccountSuspension,
  authorizationFacts: AuthorizationFacts,
}

/**
 * An indirect reseller's authorization as the rules read it: the recorded one, or, when none is
 * recorded, authorized since its enrollment became active (the seed-era reading; `null` when not
 * active).
 *
 * @category queries
 * @since 0.2.0
 */
export const authorizationOf = (partner: Partner): ResellerAuthorization =>
  partner.authorization ?? {
    status: 'authorized',
    authorizedSince:
      partner.indirectReseller.status === 'active' ? (partner.indirectReseller.since.slice(0, 10) as IsoDate) : null,
    deauthorizedOn: null,
  }

/** Whether an indirect reseller is deauthorized (AUTH-1, AUTH-3). @category queries @since 0.2.0 */
export const isDeauthorized = (partner: Partner): boolean => partner.authorization?.status === 'deauthorized'

/** Whether a partner's account is suspended (AUTH-5). @category queries @since 0.2.0 */
export const isSuspended = (partner: Partner): boolean => partner.accountSuspended !== undefined
