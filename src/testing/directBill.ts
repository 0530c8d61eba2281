/**
 * Worlds of a direct bill partner: with customers, and the same partner restricted. Built only
 * through the library's commands, the same IDs and instants every time.
 *
 * @module
 */
import { createCustomer } from '../commands/directBill/createCustomer.js'
import { purchaseSubscription } from '../commands/directBill/purchaseSubscription.js'
import { restrictDirectBill } from '../commands/directBill/restrictDirectBill.js'
import {
  mpnId,
  subscriptionId,
  tenantId,
  type IsoDateTime,
  type MpnId,
  type SubscriptionId,
  type TenantId,
} from '../kernel/ids.js'
import type { ProgramState } from '../model/state.js'
import { admin, attestation, build, partner, US, type World } from './build.js'

/**
 * The IDs of {@link directBillWorld} and {@link restrictedWorld}.
 *
 * @example
 * ```ts
 * import { directBillWorld, type DirectBillIds } from 'csp-channel/testing'
 *
 * const { partner, customer, license }: DirectBillIds = directBillWorld().ids
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export interface DirectBillIds {
  /** Contoso Direct: a direct bill partner in the US, MPA signed, anniversary in October. */
  readonly partner: TenantId
  /** Contoso Direct's MPN ID. */
  readonly partnerMpn: MpnId
  /** Northwind Traders, its customer, with a license-based subscription and an add-on. */
  readonly customer: TenantId
  /** The partner's own tenant for internal use. */
  readonly internal: TenantId
  /** Northwind's license-based subscription (10 seats, renews automatically). */
  readonly license: SubscriptionId
  /** An add-on to `license` (10 seats). */
  readonly addOn: SubscriptionId
}

const DIRECT_BILL_IDS: DirectBillIds = {
  partner: tenantId('11111111-1111-4111-8111-111111111111'),
  partnerMpn: mpnId('1000001'),
  customer: tenantId('c0000000-0000-4000-8000-000000000001'),
  internal: tenantId('c0000000-0000-4000-8000-000000000004'),
  license: subscriptionId('a0000000-0000-4000-8000-000000000001'),
  addOn: subscriptionId('a0000000-0000-4000-8000-000000000003'),
}

const purchase =
  (id: SubscriptionId, kind: 'licenseBased' | 'addOn', parentId: SubscriptionId | null) =>
  (state: ProgramState, at: IsoDateTime) =>
    purchaseSubscription(state, {
      actor: admin(DIRECT_BILL_IDS.partner),
      at,
      partnerTenantId: DIRECT_BILL_IDS.partner,
      subscription: {
        id,
        customerTenantId: DIRECT_BILL_IDS.customer,
        kind,
        parentId,
        offerId: 'O365-E3',
        seats: 10,
        autoRenew: true,
      },
    })

const customer =
  (tenant: TenantId, companyName: string, internalUse: boolean) => (state: ProgramState, at: IsoDateTime) =>
    createCustomer(state, {
      actor: admin(DIRECT_BILL_IDS.partner),
      at,
      partnerTenantId: DIRECT_BILL_IDS.partner,
      customer: { tenantId: tenant, companyName, domain: null, region: US },
      internalUse,
      // the partner attests the customer's acceptance of the customer agreement, needed to buy from 2019-10-01 (MCA-1)
      customerAgreement: attestation(at, 'Pat', companyName.split(' ')[0] ?? companyName, 'customer.example'),
    })

/**
 * A direct bill partner with customers, in February 2019: Contoso Direct (US, MPA signed,
 * anniversary in October) and its customer Northwind Traders with a license-based subscription and
 * an add-on to it, and the partner's own tenant for internal use; the partner attested each
 * customer's acceptance of the Microsoft Customer Agreement when creating it. The ids are {@link DirectBillIds}.
 *
 * @example
 * ```ts
 * import { changeSeats, partnerUser } from 'csp-channel'
 * import { directBillWorld, given } from 'csp-channel/testing'
 *
 * const { state, ids, now } = directBillWorld()
 * given(state)
 *   .when(changeSeats, {
 *     actor: partnerUser(ids.partner, 'globalAdmin'),
 *     at: now,
 *     partnerTenantId: ids.partner,
 *     subscriptionId: ids.license,
 *     seats: 12,
 *   })
 *   .then(['SeatsChanged'])
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export const directBillWorld = (): World<DirectBillIds> => {
  const ids = DIRECT_BILL_IDS
  return build(ids, [
    ...partner('2019-01-07', ids.partner, ids.partnerMpn, 'Contoso Direct', ['directBillPartner']),
    ['2019-01-08', customer(ids.customer, 'Northwind Traders', false)],
    ['2019-01-09', purchase(ids.license, 'licenseBased', null)],
    ['2019-02-01', purchase(ids.addOn, 'addOn', ids.license)],
    ['2019-02-02', customer(ids.internal, 'Contoso Direct (internal use)', true)],
  ])
}

/**
 * A restricted partner, in November 2020: {@link directBillWorld}, then Microsoft restricts Contoso
 * Direct on 2020-11-02 for not meeting DB-5. It may no longer buy, create customers or invite them
 * (RST-2 to RST-6); its subscriptions go on (RST-7, RST-8).
 *
 * @example
 * ```ts
 * import { getPartner, isRestricted } from 'csp-channel'
 * import { restrictedWorld } from 'csp-channel/testing'
 *
 * const { state, ids } = restrictedWorld()
 * const partner = getPartner(state, ids.partner)
 * console.log(partner !== undefined && isRestricted(partner)) // true
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export const restrictedWorld = (): World<DirectBillIds> =>
  build(
    DIRECT_BILL_IDS,
    [
      [
        '2020-11-02',
        (state, at) =>
          restrictDirectBill(state, {
            actor: { kind: 'microsoft' },
            at,
            partnerTenantId: DIRECT_BILL_IDS.partner,
            unmetRequirements: ['DB-5'],
          }),
      ],
    ],
    directBillWorld(),
  )
