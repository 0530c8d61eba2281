/**
 * The shape of a dated rule set: its ID, the instant it comes into force, and the parameters that
 * change between sets.
 *
 * @module
 */
import * as t from 'io-ts'
import { literals } from '../internal/codec.js'
import type { IsoDateTime } from '../kernel/ids.js'
import type { UsdCents } from '../kernel/money.js'

/** The IDs of the dated rule sets, named by the date each comes into force. @category rules @since 0.1.0 */
export const RuleSetId = literals(
  [
    '2018-12-18',
    '2019-10-01',
    '2019-10-04',
    '2020-02-01',
    '2020-10-27',
    '2022-01-10',
    '2022-03-10',
    '2022-03-19',
    '2023-04-15',
    '2023-05-22',
    '2023-07-01',
    '2023-10-09',
    '2023-10-10',
    '2023-10-30',
    '2023-11-01',
    '2024-01-01',
    '2024-04-01',
    '2024-09-01',
    '2025-06-02',
    '2025-10-01',
    '2025-12-01',
  ],
  'RuleSetId',
)
/** @category rules */
export type RuleSetId = t.TypeOf<typeof RuleSetId>

/**
 * The customer agreements whose acceptance lets a customer buy (MCA-1): the Microsoft Customer
 * Agreement, and before 2020-02-01 also the older Microsoft Cloud Agreement.
 *
 * @category models
 * @since 0.2.0
 */
export const CustomerAgreementKind = literals(
  ['microsoftCustomerAgreement', 'microsoftCloudAgreement'],
  'CustomerAgreementKind',
)
/** @category models */
export type CustomerAgreementKind = t.TypeOf<typeof CustomerAgreementKind>

/**
 * The parameters that change between rule sets, as data.
 *
 * - `transitionEdition`: which edition of the transition rules applies (`'2018'`: seed 004,
 *   `'2019'`: seed 000).
 * - `transitionApprovalBusinessDays`: the working days Microsoft takes to approve an enrollment as
 *   indirect reseller (TRN-5).
 * - `directBillRevenueFloorCents`: the trailing-twelve-month cloud revenue a direct bill partner
 *   needs (DB-5, then AUTH-7 from 2025-10-01), in USD cents; `null` before the direct bill
 *   requirements.
 * - `customerAgreements`: the agreements whose acceptance lets a customer buy (MCA-1); empty
 *   before the rule.
 * - `cancellationWindowHours`: the length of a new commerce subscription's cancellation window
 *   (NCE-4), in hours; `null` before new commerce.
 * - `seatReductionWindowHours`: the length of a batch of seats' reduction window (NCE-5), in
 *   hours; `null` before new commerce.
 * - `gdapAutoExtendDays`: the auto-extension periods a GDAP relationship may have, in days (GDAP-7:
 *   `[0]`, then `[0, 180]` from 2023-10-30).
 * - `microsoftLedGdapRoles`: how many roles Microsoft gives the GDAP relationship it makes from DAP
 *   (GDAP-19: 8, 9 with Global Reader from July 2023); `null` before the transition.
 * - `dapWithInvitations`: whether a reseller relationship invitation still grants delegated admin
 *   (DAP; GDAP-13: not from 2023-10-09).
 * - `dapOnCustomerCreation`: what creating a customer grants (GDAP-13): `dap` (delegated admin, the
 *   seed era); `flagged` (from 2023-10-10: default GDAP and no DAP with the default-GDAP flag set,
 *   neither with it false, DAP without it); `defaultGdap` (from 2023-11-01: default GDAP unless the
 *   flag is false, never DAP).
 * - `resellerRevenueFloorCents`: the trailing-twelve-month CSP revenue an indirect reseller keeps
 *   its authorization with (AUTH-1), in USD cents; `null` before the floor.
 * - `distributorRevenueFloorCents`: the trailing-twelve-month CSP revenue per region an indirect
 *   provider needs (AUTH-8), in USD cents; `null` before it.
 * - `porValidation`: which subscriptions the partner of record is validated on (POR-2, POR-3):
 *   `none`, `newOnly`, then `newAndChanges`.
 *
 * @category rules
 * @since 0.2.0
 */
export interface RuleSetParameters {
  readonly transitionEdition: '2018' | '2019'
  readonly transitionApprovalBusinessDays: number
  readonly directBillRevenueFloorCents: UsdCents | null
  readonly customerAgreements: ReadonlyArray<CustomerAgreementKind>
  readonly cancellationWindowHours: number | null
  readonly seatReductionWindowHours: number | null
  readonly gdapAutoExtendDays: ReadonlyArray<number>
  readonly microsoftLedGdapRoles: number | null
  readonly dapWithInvitations: boolean
  readonly dapOnCustomerCreation: 'dap' | 'flagged' | 'defaultGdap'
  readonly resellerRevenueFloorCents: UsdCents | null
  readonly distributorRevenueFloorCents: UsdCents | null
  readonly porValidation: 'none' | 'newOnly' | 'newAndChanges'
}

/**
 * A dated rule set: its ID, the date (ISO-8601 date) and instant (ISO-8601 UTC) it comes into
 * force, its source (a seed page, or the page that dates it), what changed, and its
 * {@link RuleSetParameters}.
 *
 * @category rules
 * @since 0.1.0
 */
export interface RuleSet extends RuleSetParameters {
  readonly id: RuleSetId
  readonly inForceFrom: string
  readonly inForceAt: IsoDateTime
  readonly source: string
  readonly changes: string
}
