/**
 * Partners: the CSP partner organizations, one per partner tenant.
 *
 * A partner may hold several transactional roles at once (PGM-1, seed 002): direct bill partner,
 * indirect reseller, indirect provider. The roles are not stored as a list but derived from the
 * partner's standing in each program ({@link partnerRoles}), so they can never disagree with it.
 *
 * @module
 */
import * as t from 'io-ts'
import { literals, nullable } from '../internal/codec.js'
import { RuleId } from '../rules/catalog.js'
import { RuleSetId } from '../rules/ruleSets.js'
import { Email, IsoDate, IsoDateTime, MpnId, Region, TenantId } from './ids.js'

/**
 * The three transactional roles of the CSP program (PGM-1, seed 002).
 *
 * @category models
 */
export const PartnerRole = literals(['directBillPartner', 'indirectReseller', 'indirectProvider'], 'PartnerRole')
/** @category models */
export type PartnerRole = t.TypeOf<typeof PartnerRole>

/**
 * A direct bill partner's standing: `active`, or `restricted` since a date with the requirements
 * it was found not to meet (RST-1, DB-9, seed 000).
 *
 * @category models
 */
export const DirectBillStanding = t.union(
  [
    t.readonly(t.type({ status: t.literal('active') })),
    t.readonly(
      t.type({ status: t.literal('restricted'), since: IsoDateTime, unmetRequirements: t.readonlyArray(RuleId) }),
    ),
  ],
  'DirectBillStanding',
)
/** @category models */
export type DirectBillStanding = t.TypeOf<typeof DirectBillStanding>

/**
 * Where a partner stands in the indirect reseller program (TRN-4, TRN-5, seeds 004 and 000):
 * `none`; `pending` with the submission date, the date approval is due by and the rule set that
 * computed it; `approved` (the agreement is not yet accepted); `active`.
 *
 * @category models
 */
export const IndirectResellerEnrollment = t.union(
  [
    t.readonly(t.type({ status: t.literal('none') })),
    t.readonly(
      t.type({ status: t.literal('pending'), submittedAt: IsoDateTime, dueBy: IsoDateTime, ruleSet: RuleSetId }),
    ),
    t.readonly(t.type({ status: t.literal('approved'), submittedAt: IsoDateTime, approvedAt: IsoDateTime })),
    t.readonly(t.type({ status: t.literal('active'), since: IsoDateTime })),
  ],
  'IndirectResellerEnrollment',
)
/** @category models */
export type IndirectResellerEnrollment = t.TypeOf<typeof IndirectResellerEnrollment>

/**
 * Enrollment in an incentive program: `none`, `invited` (INC-1) or `enrolled`.
 *
 * @category models
 */
export const IncentiveStatus = literals(['none', 'invited', 'enrolled'], 'IncentiveStatus')
/** @category models */
export type IncentiveStatus = t.TypeOf<typeof IncentiveStatus>

/**
 * The incentive programs a partner tenant can enroll in; managed separately (INC-2, seed 000).
 *
 * @category models
 */
export const IncentiveProgram = literals(['indirectReseller', 'directBill'], 'IncentiveProgram')
/** @category models */
export type IncentiveProgram = t.TypeOf<typeof IncentiveProgram>

/**
 * Codec for {@link Partner}.
 *
 * @category codecs
 */
export const Partner = t.readonly(
  t.type({
    tenantId: TenantId,
    mpnId: MpnId,
    name: t.string,
    region: Region,
    directBill: nullable(DirectBillStanding),
    indirectReseller: IndirectResellerEnrollment,
    indirectProvider: t.boolean,
    mpaSignedAt: nullable(IsoDateTime),
    profileCurrent: t.boolean,
    anniversaryDate: nullable(IsoDate),
    identifiedForOffboarding: t.boolean,
    transitionEnabled: t.boolean,
    primaryContactEmail: nullable(Email),
    incentives: t.readonly(t.type({ indirectReseller: IncentiveStatus, directBill: IncentiveStatus })),
    sandboxTenantId: nullable(TenantId),
    locationMpnIds: t.readonlyArray(MpnId),
    affiliatedTenants: t.readonlyArray(TenantId),
  }),
  'Partner',
)

/**
 * A CSP partner, keyed by its partner tenant ID.
 *
 * - `tenantId` / `mpnId`: the two identifiers (tenant ID and MPN ID / PartnerID).
 * - `directBill`: `null` unless the partner is a direct bill partner; otherwise active or restricted.
 * - `indirectReseller`: the indirect reseller enrollment; the role is held once it is `active`.
 * - `indirectProvider`: whether the partner is an indirect provider (distributor).
 * - `mpaSignedAt`: when the Microsoft Partner Agreement was signed (PGM-3), or `null`.
 * - `profileCurrent`: whether the partner profile and MPN ID are current (TRN-2).
 * - `anniversaryDate`: the program anniversary date (TRN-3, 2019 rule set), or `null`.
 * - `identifiedForOffboarding` / `transitionEnabled`: Microsoft's flags deciding who may transition (TRN-3).
 * - `primaryContactEmail`: where program notifications go (TRN-4).
 * - `incentives`: the indirect reseller and direct bill incentive enrollments (INC-1, INC-2).
 * - `sandboxTenantId`: the integration sandbox tenant, once created (RST-6).
 * - `locationMpnIds`: the MPN IDs of all the organization's partner location accounts; `mpnId` is
 *   the one tied to this CSP account, the only one valid as partner of record (PRT-5).
 * - `affiliatedTenants`: tenants of affiliated organizations, as recorded by the partner (OWN-2).
 *
 * @category models
 */
export interface Partner extends t.TypeOf<typeof Partner> {}

/**
 * The transactional roles a partner holds, derived from its standing (PGM-1): a direct bill partner
 * once `directBill` is set (restricted or not), an indirect reseller once its enrollment is `active`,
 * an indirect provider when flagged.
 *
 * @category queries
 */
export const partnerRoles = (partner: Partner): ReadonlyArray<PartnerRole> => [
  ...(partner.directBill !== null ? (['directBillPartner'] as const) : []),
  ...(partner.indirectReseller.status === 'active' ? (['indirectReseller'] as const) : []),
  ...(partner.indirectProvider ? (['indirectProvider'] as const) : []),
]

/** Whether the partner holds `role` (PGM-1). @category queries */
export const hasRole = (partner: Partner, role: PartnerRole): boolean => partnerRoles(partner).includes(role)

/** Whether the partner is a restricted direct bill partner (RST-1). @category queries */
export const isRestricted = (partner: Partner): boolean => partner.directBill?.status === 'restricted'

/** Every MPN ID of a partner: the one tied to its CSP account and its other location MPN IDs (PRT-5). @category queries */
export const mpnIdsOf = (partner: Partner): ReadonlyArray<Partner['mpnId']> => [
  ...new Set([partner.mpnId, ...partner.locationMpnIds]),
]
