/** The IDs, regions, MPN IDs and instants the test worlds use. */
import {
  isoDateTime,
  mpnId,
  partnerUser,
  region,
  subscriptionId,
  tenantId,
  type Actor,
  type IsoDateTime,
  type SubscriptionKind,
  type TenantId,
} from '../../src/index.js'

export const US = region('US')
export const BR = region('BR')

/** Every kind of purchase that is not an add-on. */
export const standaloneKinds: ReadonlyArray<SubscriptionKind> = [
  'azure',
  'licenseBased',
  'softwareSubscription',
  'perpetualSoftware',
  'reservation',
]

export const ids = {
  direct: tenantId('11111111-1111-4111-8111-111111111111'),
  provider: tenantId('22222222-2222-4222-8222-222222222222'),
  reseller: tenantId('33333333-3333-4333-8333-333333333333'),
  providerBr: tenantId('44444444-4444-4444-8444-444444444444'),
  customer: tenantId('c0000000-0000-4000-8000-000000000001'),
  customer2: tenantId('c0000000-0000-4000-8000-000000000002'),
  customerBr: tenantId('c0000000-0000-4000-8000-000000000003'),
  internal: tenantId('c0000000-0000-4000-8000-000000000004'),
  sandbox: tenantId('5a000000-0000-4000-8000-000000000001'),
  stranger: tenantId('99999999-9999-4999-8999-999999999999'),
  customer3: tenantId('c0000000-0000-4000-8000-000000000005'),
  provider2: tenantId('66666666-6666-4666-8666-666666666666'),
  resellerBr: tenantId('77777777-7777-4777-8777-777777777777'),
  reseller2: tenantId('88888888-8888-4888-8888-888888888888'),
}

export const subs = {
  license: subscriptionId('a0000000-0000-4000-8000-000000000001'),
  azure: subscriptionId('a0000000-0000-4000-8000-000000000002'),
  addOn: subscriptionId('a0000000-0000-4000-8000-000000000003'),
  next: subscriptionId('a0000000-0000-4000-8000-000000000009'),
  p1: subscriptionId('b1000000-0000-4000-8000-000000000001'),
  p2: subscriptionId('b1000000-0000-4000-8000-000000000002'),
  p3: subscriptionId('b1000000-0000-4000-8000-000000000003'),
}

/** An instant; `at('2019-11-04')` is 09:00 UTC that day. */
export const at = (day: string): IsoDateTime => isoDateTime(day.length === 10 ? `${day}T09:00:00Z` : day)

export const admin = (tenant: TenantId): Actor => partnerUser(tenant, 'globalAdmin')

/** First Up Consultants' other partner location MPN ID, not tied to its CSP account (PRT-5). */
export const OTHER_LOCATION = mpnId('4847390')
export const RESELLER_MPN = mpnId('4847383')
export const PROVIDER_MPN = mpnId('2000002')
export const DIRECT_MPN = mpnId('1000001')
