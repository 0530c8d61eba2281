/**
 * Queries on one partner: the roles it holds (derived from its standing, PGM-1), its MPA standing
 * at a date, whether it is restricted, and its MPN IDs.
 *
 * @module
 */
import type { Partner, PartnerRole } from './partner.js'

/**
 * The transactional roles a partner holds, derived from its standing (PGM-1): a direct bill partner
 * once `directBill` is set (restricted or not), an indirect reseller once its enrollment is `active`,
 * an indirect provider when flagged.
 *
 * @category queries
 * @since 0.1.0
 */
export const partnerRoles = (partner: Partner): ReadonlyArray<PartnerRole> => [
  ...(partner.directBill !== null ? (['directBillPartner'] as const) : []),
  ...(partner.indirectReseller.status === 'active' ? (['indirectReseller'] as const) : []),
  ...(partner.indirectProvider ? (['indirectProvider'] as const) : []),
]

/** Whether the partner holds `role` (PGM-1). @category queries @since 0.1.0 */
export const hasRole = (partner: Partner, role: PartnerRole): boolean => partnerRoles(partner).includes(role)

/**
 * Whether the partner had signed the MPA at instant `at` (ISO-8601 UTC): `signed`, `notSigned`, or
 * `unknown` when it is known to be signed by `mpaSignedAt` but not since when (`mpaDateUnknown`,
 * imported) and `at` is earlier, or when `mpaSignedAt` is `null` with `mpaDateUnknown` (imported
 * without any agreement status: whether it is signed at all is unknown) (PGM-3, PGM-4).
 *
 * @category queries
 */
export const mpaStandingAt = (partner: Partner, at: string): 'signed' | 'notSigned' | 'unknown' =>
  partner.mpaSignedAt === null
    ? partner.mpaDateUnknown === true
      ? 'unknown'
      : 'notSigned'
    : partner.mpaSignedAt <= at
      ? 'signed'
      : partner.mpaDateUnknown === true
        ? 'unknown'
        : 'notSigned'

/** Whether the partner is a restricted direct bill partner (RST-1). @category queries @since 0.1.0 */
export const isRestricted = (partner: Partner): boolean => partner.directBill?.status === 'restricted'

/**
 * Whether the partner bills with Microsoft: a direct bill partner or an indirect provider (an
 * indirect reseller only does not, PGM-2).
 *
 * @example
 * ```ts
 * import { billsWithMicrosoft, getPartner, type ProgramState, type TenantId } from 'csp-channel'
 * declare const state: ProgramState
 * declare const tenant: TenantId
 * const partner = getPartner(state, tenant)
 * partner !== undefined && billsWithMicrosoft(partner)
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const billsWithMicrosoft = (partner: Partner): boolean =>
  hasRole(partner, 'directBillPartner') || hasRole(partner, 'indirectProvider')

/** Every MPN ID of a partner: the one tied to its CSP account and its other location MPN IDs (PRT-5). @category queries */
export const mpnIdsOf = (partner: Partner): ReadonlyArray<Partner['mpnId']> => [
  ...new Set([partner.mpnId, ...partner.locationMpnIds]),
]
