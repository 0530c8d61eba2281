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
import { exact, list, literals, nullable } from '../internal/codec.js'
import { RuleId } from '../rules/catalog.js'
import { RuleSetId } from '../rules/ruleSets.js'
import { Email, IsoDate, IsoDateTime, MpnId, Region, TenantId } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import { STANDING_FIELDS } from './standing.js'

/**
 * The three transactional roles of the CSP program (PGM-1, seed 002).
 *
 * @category models
 * @since 0.1.0
 */
export const PartnerRole = literals(['directBillPartner', 'indirectReseller', 'indirectProvider'], 'PartnerRole')
/** @category models */
export type PartnerRole = t.TypeOf<typeof PartnerRole>

/**
 * A direct bill partner's standing: `active`, or `restricted` since a date with the requirements
 * it was found not to meet (RST-1, DB-9, seed 000).
 *
 * @category models
 * @since 0.1.0
 */
export const DirectBillStanding = t.union(
  [
    exact('ActiveDirectBill', { status: t.literal('active') }),
    exact('RestrictedDirectBill', {
      status: t.literal('restricted'),
      since: IsoDateTime,
      unmetRequirements: list(RuleId),
    }),
  ],
  'DirectBillStanding',
)
/** @category models */
export type DirectBillStanding = t.TypeOf<typeof DirectBillStanding>

/**
 * Where a partner stands in the indirect reseller program (TRN-4, TRN-5, seeds 004 and 000):
 * `none`; `pending` with the submission date, the date approval is due by, the rule set that
 * computed it and the primary contact email given in the enrollment form, where the approval notice
 * goes (absent when none was known); `approved` (the agreement is not yet accepted); `active`.
 *
 * @category models
 * @since 0.1.0
 */
export const IndirectResellerEnrollment = t.union(
  [
    exact('NoEnrollment', { status: t.literal('none') }),
    exact(
      'PendingEnrollment',
      { status: t.literal('pending'), submittedAt: IsoDateTime, dueBy: IsoDateTime, ruleSet: RuleSetId },
      // the primary contact email of the enrollment form (TRN-4); absent when none was known
      { primaryContactEmail: Email },
    ),
    exact('ApprovedEnrollment', { status: t.literal('approved'), submittedAt: IsoDateTime, approvedAt: IsoDateTime }),
    exact('ActiveEnrollment', { status: t.literal('active'), since: IsoDateTime }),
  ],
  'IndirectResellerEnrollment',
)
/** @category models */
export type IndirectResellerEnrollment = t.TypeOf<typeof IndirectResellerEnrollment>

/**
 * Enrollment in an incentive program: `none`, `invited` (INC-1) or `enrolled`.
 *
 * @category models
 * @since 0.1.0
 */
export const IncentiveStatus = literals(['none', 'invited', 'enrolled'], 'IncentiveStatus')
/** @category models */
export type IncentiveStatus = t.TypeOf<typeof IncentiveStatus>

/**
 * The incentive programs a partner tenant can enroll in; managed separately (INC-2, seed 000).
 *
 * @category models
 * @since 0.1.0
 */
export const IncentiveProgram = literals(['indirectReseller', 'directBill'], 'IncentiveProgram')
/** @category models */
export type IncentiveProgram = t.TypeOf<typeof IncentiveProgram>

/** The Microsoft support plans for partners (DB-3, seed 003). @category models @since 0.1.0 */
export const SupportPlanKind = literals(['advancedSupportForPartners', 'premierSupportForPartners'], 'SupportPlanKind')
/** @category models */
export type SupportPlanKind = t.TypeOf<typeof SupportPlanKind>

/**
 * What an applicant declares about itself for the direct bill requirements (DB-3, DB-6, DB-7):
 * first-level technical support, customer accounting infrastructure, and at least one managed
 * service, IP service or customer solution.
 *
 * @category models
 * @since 0.1.0
 */
export const DirectBillDeclarations = exact('DirectBillDeclarations', {
  firstLevelSupport: t.boolean,
  customerAccountingInfrastructure: t.boolean,
  managedServices: t.boolean,
})
/** @category models */
export type DirectBillDeclarations = t.TypeOf<typeof DirectBillDeclarations>

/**
 * A direct bill application under review (DB-8): `pending` while the credit check runs, then
 * `creditCheckPassed` or `creditCheckFailed`, and `approved` once the review completes.
 *
 * @category models
 * @since 0.1.0
 */
export const DirectBillApplication = exact('DirectBillApplication', {
  status: literals(['pending', 'creditCheckPassed', 'creditCheckFailed', 'approved'], 'DirectBillApplicationStatus'),
  submittedAt: IsoDateTime,
  creditCheckAt: nullable(IsoDateTime),
})
/** @category models */
export type DirectBillApplication = t.TypeOf<typeof DirectBillApplication>

/**
 * Codec for {@link Partner}.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Partner = exact(
  'Partner',
  {
    tenantId: TenantId,
    mpnId: MpnId,
    name: Text,
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
    incentives: exact('Incentives', { indirectReseller: IncentiveStatus, directBill: IncentiveStatus }),
    sandboxTenantId: nullable(TenantId),
    locationMpnIds: list(MpnId),
    affiliatedTenants: list(TenantId),
    mpnMembershipActive: t.boolean,
    directBillApplication: nullable(DirectBillApplication),
    directBillDeclarations: nullable(DirectBillDeclarations),
    supportPlan: nullable(exact('SupportPlan', { plan: SupportPlanKind, since: IsoDateTime })),
  },
  // present and true when the MPA is known to be signed by `mpaSignedAt` but not on which date (imported);
  // with `mpaSignedAt: null`, when whether it is signed at all is unknown (imported without a status);
  // the standing Microsoft records (AUTH-1, AUTH-5, AUTH-7), absent for the seed-era reading
  { mpaDateUnknown: t.boolean, ...STANDING_FIELDS },
)

/**
 * A CSP partner, keyed by its partner tenant ID.
 *
 * - `tenantId` / `mpnId`: the two identifiers (tenant ID and MPN ID / PartnerID).
 * - `directBill`: `null` unless the partner is a direct bill partner; otherwise active or restricted.
 * - `indirectReseller`: the indirect reseller enrollment; the role is held once it is `active`.
 * - `indirectProvider`: whether the partner is an indirect provider (distributor).
 * - `mpaSignedAt`: when the Microsoft Partner Agreement was signed (PGM-3), or `null`; with
 *   `mpaDateUnknown: true` (imported from the agreement status, which gives no date), the date by
 *   which it was signed, the exact date being unknown; `null` with `mpaDateUnknown: true` (imported
 *   without an agreement status): whether it is signed is unknown.
 * - `profileCurrent`: whether the partner profile and MPN ID are current (TRN-2).
 * - `anniversaryDate`: the program anniversary date (TRN-3, 2019 rule set), or `null`.
 * - `identifiedForOffboarding` / `transitionEnabled`: Microsoft's flags deciding who may transition (TRN-3).
 * - `primaryContactEmail`: where program notifications go (TRN-4).
 * - `incentives`: the indirect reseller and direct bill incentive enrollments (INC-1, INC-2).
 * - `sandboxTenantId`: the integration sandbox tenant, once created (RST-6).
 * - `locationMpnIds`: the MPN IDs of all the organization's partner location accounts; `mpnId` is
 *   the one tied to this CSP account, the only one valid as partner of record (PRT-5).
 * - `affiliatedTenants`: tenants of affiliated organizations, as recorded by the partner (OWN-2).
 * - `mpnMembershipActive`: whether the partner program membership is active (DB-1).
 * - `directBillApplication`: the direct bill application under review, if any (DB-8).
 * - `directBillDeclarations`: what the partner declared when applying (DB-3, DB-6, DB-7), if known.
 * - `supportPlan`: the Microsoft support plan bought and since when, if any (DB-3, DB-4).
 * - `authorization`, `accountSuspended`, `authorizationFacts`: the standing Microsoft records (see `standing`).
 *
 * @category models
 */
export interface Partner extends t.TypeOf<typeof Partner> {}

export { billsWithMicrosoft, hasRole, isRestricted, mpaStandingAt, mpnIdsOf, partnerRoles } from './partnerQueries.js'

/**
 * A partner just entering the model with the roles it holds (PGM-1): a direct bill partner starts
 * active, an indirect reseller with an active enrollment since `at`; nothing signed, applied for or
 * bought yet; membership active and profile current; the MPN ID tied to the CSP account is one of
 * its location MPN IDs.
 *
 * @category constructors
 */
export const newPartner = (details: {
  readonly tenantId: Partner['tenantId']
  readonly mpnId: Partner['mpnId']
  readonly name: string
  readonly region: Partner['region']
  readonly roles: ReadonlyArray<PartnerRole>
  readonly at: Partner['mpaSignedAt'] & string
  readonly primaryContactEmail?: Partner['primaryContactEmail']
  readonly anniversaryDate?: Partner['anniversaryDate']
  readonly locationMpnIds?: ReadonlyArray<Partner['mpnId']>
}): Partner => ({
  tenantId: details.tenantId,
  mpnId: details.mpnId,
  name: details.name,
  region: details.region,
  directBill: details.roles.includes('directBillPartner') ? { status: 'active' } : null,
  indirectReseller: details.roles.includes('indirectReseller')
    ? { status: 'active', since: details.at }
    : { status: 'none' },
  indirectProvider: details.roles.includes('indirectProvider'),
  mpaSignedAt: null,
  profileCurrent: true,
  anniversaryDate: details.anniversaryDate ?? null,
  identifiedForOffboarding: false,
  transitionEnabled: false,
  primaryContactEmail: details.primaryContactEmail ?? null,
  // a partner registered with both roles transitioned before the model's history: its INC-1
  // invitation is taken as sent
  incentives: {
    indirectReseller:
      details.roles.includes('directBillPartner') && details.roles.includes('indirectReseller') ? 'invited' : 'none',
    directBill: 'none',
  },
  sandboxTenantId: null,
  locationMpnIds: [...new Set([details.mpnId, ...(details.locationMpnIds ?? [])])],
  affiliatedTenants: [],
  mpnMembershipActive: true,
  directBillApplication: null,
  directBillDeclarations: null,
  supportPlan: null,
})
