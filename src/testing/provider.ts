/**
 * The world of an indirect provider with resellers, built only through the library's commands, the
 * same IDs and instants every time.
 *
 * @module
 */
import { acceptPartnership } from '../commands/provider/acceptPartnership.js'
import { createCustomerForReseller } from '../commands/provider/createCustomerForReseller.js'
import { requestPartnership } from '../commands/provider/requestPartnership.js'
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
import { admin, attestation, build, partner, US, type Step, type World } from './build.js'

/**
 * The IDs of {@link providerWorld}.
 *
 * @example
 * ```ts
 * import { providerWorld, type ProviderIds } from 'csp-channel/testing'
 *
 * const { provider, reseller, customer }: ProviderIds = providerWorld().ids
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export interface ProviderIds {
  /** Fabrikam Distribution: an indirect provider in the US, MPA signed. */
  readonly provider: TenantId
  /** Fabrikam's MPN ID. */
  readonly providerMpn: MpnId
  /** First Up Consultants: an indirect reseller in the US, in partnership with the provider. */
  readonly reseller: TenantId
  /** First Up's MPN ID tied to its CSP account: the partner of record of its customers' subscriptions. */
  readonly resellerMpn: MpnId
  /** First Up's other partner location MPN ID, not tied to its CSP account (PRT-5). */
  readonly resellerLocationMpn: MpnId
  /** Tailspin Resellers: a second indirect reseller in the US, in partnership with the provider. */
  readonly otherReseller: TenantId
  /** Tailspin's MPN ID. */
  readonly otherResellerMpn: MpnId
  /** Wingtip Toys: a customer the provider created for First Up. */
  readonly customer: TenantId
  /** Wingtip's license-based subscription (10 seats), billed by the provider, First Up partner of record. */
  readonly subscription: SubscriptionId
}

const PROVIDER_IDS: ProviderIds = {
  provider: tenantId('22222222-2222-4222-8222-222222222222'),
  providerMpn: mpnId('2000002'),
  reseller: tenantId('33333333-3333-4333-8333-333333333333'),
  resellerMpn: mpnId('4847383'),
  resellerLocationMpn: mpnId('4847390'),
  otherReseller: tenantId('88888888-8888-4888-8888-888888888888'),
  otherResellerMpn: mpnId('4847500'),
  customer: tenantId('c0000000-0000-4000-8000-000000000005'),
  subscription: subscriptionId('b1000000-0000-4000-8000-000000000001'),
}

/** The provider requests a partnership with `reseller` and the reseller's global admin accepts it. */
const partnership = (day: string, reseller: TenantId): ReadonlyArray<Step> => {
  const input = (actor: TenantId, at: IsoDateTime) => ({
    actor: admin(actor),
    at,
    providerTenantId: PROVIDER_IDS.provider,
    resellerTenantId: reseller,
  })
  return [
    [day, (state, at) => requestPartnership(state, input(PROVIDER_IDS.provider, at))],
    [day, (state, at) => acceptPartnership(state, input(reseller, at))],
  ]
}

const customerForReseller = (state: ProgramState, at: IsoDateTime) =>
  createCustomerForReseller(state, {
    actor: admin(PROVIDER_IDS.provider),
    at,
    providerTenantId: PROVIDER_IDS.provider,
    resellerTenantId: PROVIDER_IDS.reseller,
    customer: { tenantId: PROVIDER_IDS.customer, companyName: 'Wingtip Toys', domain: 'wingtip.example', region: US },
    adminCredentials: { userName: 'admin@wingtip.example', password: 'Temp-0Krha*Io' },
    // the provider attests Wingtip's acceptance of the customer agreement, needed to buy (MCA-1)
    customerAgreement: attestation(at, 'Kim', 'Akers', 'wingtip.example'),
    lines: [
      {
        id: PROVIDER_IDS.subscription,
        kind: 'licenseBased',
        parentId: null,
        offerId: 'O365-E3',
        seats: 10,
        autoRenew: true,
        partnerOfRecord: PROVIDER_IDS.resellerMpn,
      },
    ],
  })

/**
 * A provider with resellers, in March 2020 (the MPA rules in force): Fabrikam Distribution, an
 * indirect provider in the US, in partnership with two indirect resellers, First Up Consultants and
 * Tailspin Resellers, and a customer it created for First Up, Wingtip Toys, with its acceptance
 * of the Microsoft Customer Agreement attested by the provider and one license-based subscription
 * (First Up its partner of record). The ids are {@link ProviderIds}.
 *
 * @example
 * ```ts
 * import { resellersOfProvider } from 'csp-channel'
 * import { providerWorld } from 'csp-channel/testing'
 *
 * const { state, ids } = providerWorld()
 * resellersOfProvider(state, ids.provider).map((r) => r.name) // ['First Up Consultants', 'Tailspin Resellers']
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export const providerWorld = (): World<ProviderIds> => {
  const ids = PROVIDER_IDS
  return build(ids, [
    ...partner('2020-03-02', ids.provider, ids.providerMpn, 'Fabrikam Distribution', ['indirectProvider']),
    ...partner(
      '2020-03-02',
      ids.reseller,
      ids.resellerMpn,
      'First Up Consultants',
      ['indirectReseller'],
      [ids.resellerMpn, ids.resellerLocationMpn],
    ),
    ...partner('2020-03-02', ids.otherReseller, ids.otherResellerMpn, 'Tailspin Resellers', ['indirectReseller']),
    ...partnership('2020-03-02', ids.reseller),
    ...partnership('2020-03-02', ids.otherReseller),
    ['2020-03-03', customerForReseller],
  ])
}
