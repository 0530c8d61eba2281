/**
 * Builds a {@link ProgramState}, or merges into one, from Partner Center REST response bodies.
 * Pure: the caller fetches or reads the bodies and passes them in as parsed JSON.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { decode, preview, toDecodeError, type DecodeError } from '../codec/decodeError.js'
import { stateFromDocument, stateProblemErrors, type ProgramStateDocument } from '../codec/state.js'
import { checkStateDocument, documentOf } from '../codec/stateCheck.js'
import { readUtcInstant } from '../internal/dates.js'
import { Email, IsoDateTime, MpnId, Region, SubscriptionId, TenantId } from '../model/ids.js'
import { newPartner, PartnerRole, type Partner } from '../model/partner.js'
import type { Partnership, RelationshipChannel, ResellerRelationship } from '../model/relationship.js'
import { emptyState, getPartner, getRelationship, getSubscription, type ProgramState } from '../model/state.js'
import type { Subscription, SubscriptionKind, SubscriptionStatus } from '../model/subscription.js'
import type { Customer, Tenant } from '../model/tenant.js'
import {
  PcAgreementStatus,
  PcCustomers,
  PcLegalBusinessProfile,
  PcMpnProfile,
  PcOrganizationProfile,
  PcPartnerRelationship,
  PcOrder,
  PcSubscriptions,
  PcSupportContact,
  collection,
  type PcCustomer,
  type PcPartnerRelationship as PcRelationship,
  type PcSubscription,
} from './payloads.js'

/** Codec for {@link PartnerCenterImport}. @category codecs */
export const PartnerCenterImport = t.intersection(
  [
    t.type({
      at: IsoDateTime,
      partner: t.intersection([
        t.type({ tenantId: TenantId, roles: t.array(PartnerRole) }),
        t.partial({ region: Region, mpnId: MpnId }),
      ]),
    }),
    t.partial({
      organizationProfile: PcOrganizationProfile,
      legalBusinessProfile: PcLegalBusinessProfile,
      mpnProfile: PcMpnProfile,
      mpaAgreementStatus: PcAgreementStatus,
      customers: t.array(PcCustomers),
      subscriptions: t.array(t.type({ customerTenantId: TenantId, body: PcSubscriptions })),
      indirectResellers: collection(PcPartnerRelationship, 'PartnerCenterPartnerRelationshipList'),
      customerRelationships: t.array(
        t.type({
          customerTenantId: TenantId,
          body: collection(PcPartnerRelationship, 'PartnerCenterPartnerRelationshipList'),
        }),
      ),
      orders: t.array(PcOrder),
      supportContacts: t.array(t.type({ subscriptionId: SubscriptionId, body: PcSupportContact })),
    }),
  ],
  'PartnerCenterImport',
)

/**
 * What to import:
 * - `at`: when the data was read (ISO-8601 UTC). Used as the MPA signature date when the agreement
 *   status says signed (Partner Center does not return the date) and as the start of imported
 *   relationships and enrollments.
 * - `partner`: the partner whose API returned the bodies: its tenant ID and roles, optionally its
 *   region and MPN ID (otherwise taken from the profiles).
 * - `organizationProfile`, `legalBusinessProfile`, `mpnProfile`, `mpaAgreementStatus`: profile bodies.
 * - `customers`: customer bodies, each a single `Customer` or a list envelope.
 * - `subscriptions`: per customer tenant, a subscription body (single or list).
 * - `indirectResellers`: the `PartnerRelationship` list of `GET /v1/relationships`.
 * - `customerRelationships`: per customer tenant, the list of `GET /v1/customers/{id}/relationships`.
 * - `orders`: order bodies; each line's `partnerIdOnRecord` becomes the partner of record of its
 *   subscription (created from the line if the state does not hold it yet).
 * - `supportContacts`: per subscription, the body of `GET …/supportcontact`.
 *
 * @category models
 */
export type PartnerCenterImport = t.TypeOf<typeof PartnerCenterImport>

const items = <A>(body: { readonly items: ReadonlyArray<A> } | A): ReadonlyArray<A> =>
  typeof body === 'object' && body !== null && 'items' in body && Array.isArray((body as { items: unknown }).items)
    ? (body as { readonly items: ReadonlyArray<A> }).items
    : [body as A]

const value = <A>(codec: t.Type<A, unknown, unknown>, raw: string | undefined | null): A | undefined => {
  if (raw === undefined || raw === null) return undefined
  const result = codec.decode(raw)
  return E.isRight(result) ? result.right : undefined
}

/**
 * Partner Center writes some instants with spaces (`"2015-11-25T06: 41: 12Z"`), with a local
 * offset (`"2017-04-10T16:02:25.983-07:00"`) or with none (`"2019-11-01T10:00:00"`); read them as
 * UTC instants, an offset-less one as UTC (never in the machine's time zone). Unreadable dates and
 * dates outside years 0001 to 9999 give `undefined`; never throws.
 */
const instant = (raw: string | undefined): IsoDateTime | undefined =>
  raw === undefined ? undefined : readUtcInstant(raw.replace(/\s+/g, ''))

const STATUS: Record<string, SubscriptionStatus> = {
  active: 'active',
  pending: 'active',
  suspended: 'suspended',
  deleted: 'cancelled',
  expired: 'cancelled',
  disabled: 'cancelled',
}

/** The kind of a Partner Center subscription: add-on by parent, Azure by usage billing or offer, else license-based. */
export const subscriptionKind = (s: PcSubscription): SubscriptionKind => {
  if (s.parentSubscriptionId !== undefined && s.parentSubscriptionId !== '') return 'addOn'
  if (s.billingType === 'usage' || s.unitType === 'Usage-based' || s.offerId?.startsWith('MS-AZR') === true)
    return 'azure'
  if (s.productType?.id === 'AzureReservation') return 'reservation'
  return 'licenseBased'
}

type Lists = Required<ProgramStateDocument>
interface Build {
  readonly document: { -readonly [K in keyof Lists]: Array<Lists[K][number]> }
}

const partnerFromList = (
  r: PcRelationship,
  at: IsoDateTime,
  roles: ReadonlyArray<PartnerRole>,
  fallbackRegion: Region,
): Partner | undefined => {
  const tenantId = value(TenantId, r.id)
  const mpnId = value(MpnId, r.mpnId)
  if (tenantId === undefined || mpnId === undefined) return undefined
  return newPartner({ tenantId, mpnId, name: r.name, region: value(Region, r.location) ?? fallbackRegion, roles, at })
}

const partnerTenant = (p: Partner): Tenant => ({
  tenantId: p.tenantId,
  kind: 'partner',
  owner: null,
  region: p.region,
  internalUse: false,
})

/**
 * Turns decoded payloads into entities, merging with what `base` already holds: a partner already
 * in `base` keeps its program standing (enrollments, restriction) and gets the profile values.
 */
const build = (input: PartnerCenterImport, base: ProgramState): E.Either<DecodeError, Build> => {
  const { at } = input
  const existing = getPartner(base, input.partner.tenantId)
  const address = input.organizationProfile?.defaultAddress?.country ?? input.legalBusinessProfile?.address?.country
  const region = input.partner.region ?? value(Region, address) ?? existing?.region
  const mpnId = input.partner.mpnId ?? value(MpnId, input.mpnProfile?.mpnId) ?? existing?.mpnId
  const missing = [
    ...(region === undefined
      ? [
          {
            path: 'partner.region',
            expected: 'a region, or an organization or legal business profile with an address country',
            received: 'nothing',
          },
        ]
      : []),
    ...(mpnId === undefined
      ? [{ path: 'partner.mpnId', expected: 'an MPN ID, or an MPN profile', received: 'nothing' }]
      : []),
  ]
  if (region === undefined || mpnId === undefined)
    return E.left({ _tag: 'DecodeError', codec: 'PartnerCenterImport', issues: missing })
  const roles = input.partner.roles
  const name =
    input.legalBusinessProfile?.companyName ??
    input.organizationProfile?.companyName ??
    input.mpnProfile?.partnerName ??
    existing?.name ??
    ''
  const email = value(Email, input.legalBusinessProfile?.primaryContact?.email ?? input.organizationProfile?.email)
  const fresh = partnerFromList(
    { id: input.partner.tenantId, mpnId, name, relationshipType: '', location: region },
    at,
    roles,
    region,
  ) as Partner
  const known = existing ?? fresh
  const partner: Partner = {
    ...known,
    mpnId,
    locationMpnIds: known.locationMpnIds.includes(mpnId) ? known.locationMpnIds : [...known.locationMpnIds, mpnId],
    name,
    region,
    primaryContactEmail: email ?? existing?.primaryContactEmail ?? null,
    mpaSignedAt:
      input.mpaAgreementStatus === undefined
        ? (existing?.mpaSignedAt ?? null)
        : input.mpaAgreementStatus.isAgreementSigned
          ? (existing?.mpaSignedAt ?? at)
          : null,
  }
  const document: Build['document'] = {
    partners: [partner],
    tenants: [partnerTenant(partner)],
    customers: [],
    relationships: [],
    partnerships: [],
    invitations: [],
    subscriptions: [],
    revenue: [],
  }
  const ownChannel: RelationshipChannel = roles.includes('directBillPartner')
    ? 'directBill'
    : roles.includes('indirectProvider')
      ? 'indirectProvider'
      : 'indirectReseller'
  const relationshipOf = (
    partnerTenantId: TenantId,
    customerTenantId: TenantId,
    channel: RelationshipChannel,
    provider: TenantId | null,
    delegatedAdmin: boolean,
  ): ResellerRelationship => ({
    ...(getRelationship(base, partnerTenantId, customerTenantId) ?? { origin: 'import', since: at }),
    partnerTenantId,
    customerTenantId,
    channel,
    indirectProviderTenantId: provider,
    delegatedAdmin,
  })

  const issues: Array<DecodeError['issues'][number]> = []
  const guid = <A>(codec: t.Type<A, unknown, unknown>, raw: string, path: string): A | undefined => {
    const decoded = value(codec, raw)
    if (decoded === undefined) issues.push({ path, expected: codec.name, received: preview(raw), kind: 'invalid' })
    return decoded
  }

  ;(input.customers ?? []).forEach((body, i) =>
    items<PcCustomer>(body).forEach((c, j) => {
      const tenantId = guid(
        TenantId,
        c.id,
        `customers[${i}]${items(body).length > 1 || 'items' in body ? `.items[${j}]` : ''}.id`,
      )
      if (tenantId === undefined) return
      const country = c.billingProfile?.defaultAddress?.country ?? c.companyProfile.address?.country
      const customer: Customer = {
        tenantId,
        companyName: c.companyProfile.companyName,
        domain: c.companyProfile.domain ?? null,
      }
      document.customers.push(customer)
      document.tenants.push({
        tenantId,
        kind: 'customer',
        owner: null,
        region: value(Region, country?.toUpperCase()) ?? region,
        internalUse: false,
      })
      if (c.relationshipToPartner === 'reseller') {
        const reseller = value(TenantId, c.associatedPartnerId)
        const delegated = c.allowDelegatedAccess ?? false
        if (reseller !== undefined && roles.includes('indirectProvider')) {
          document.relationships.push(relationshipOf(partner.tenantId, tenantId, 'indirectProvider', null, delegated))
          document.relationships.push(relationshipOf(reseller, tenantId, 'indirectReseller', partner.tenantId, true))
        } else document.relationships.push(relationshipOf(partner.tenantId, tenantId, ownChannel, null, delegated))
      }
    }),
  )

  ;(input.subscriptions ?? []).forEach(({ customerTenantId, body }, i) =>
    items<PcSubscription>(body).forEach((s, j) => {
      const id = guid(SubscriptionId, s.id, `subscriptions[${i}].body${'items' in body ? `.items[${j}]` : ''}.id`)
      if (id === undefined) return
      const kind = subscriptionKind(s)
      const subscription: Subscription = {
        id,
        customerTenantId,
        kind,
        parentId: kind === 'addOn' ? (value(SubscriptionId, s.parentSubscriptionId) ?? null) : null,
        offerId: s.offerId ?? '',
        seats: Math.max(0, Math.floor(s.quantity)),
        status: STATUS[s.status.toLowerCase()] ?? 'active',
        autoRenew: s.autoRenewEnabled ?? false,
        billedBy: partner.tenantId,
        partnerOfRecord: value(MpnId, s.partnerId ?? undefined) ?? null,
        supportContact: null,
        createdAt: instant(s.creationDate) ?? null,
      }
      document.subscriptions.push(subscription)
    }),
  )

  const addPartner = (p: Partner | undefined) => {
    if (
      p === undefined ||
      getPartner(base, p.tenantId) !== undefined ||
      document.partners.some((x) => x.tenantId === p.tenantId)
    )
      return
    document.partners.push(p)
    document.tenants.push(partnerTenant(p))
  }
  for (const r of input.indirectResellers?.items ?? []) {
    const other = value(TenantId, r.id)
    if (other === undefined) continue
    const providerSide = r.relationshipType.toLowerCase().replace(/_/g, '') === 'isindirectcloudsolutionproviderof'
    addPartner(partnerFromList(r, at, [providerSide ? 'indirectReseller' : 'indirectProvider'], region))
    const partnership: Partnership = {
      providerTenantId: providerSide ? partner.tenantId : other,
      resellerTenantId: providerSide ? other : partner.tenantId,
      status: r.state === undefined || r.state.toLowerCase() === 'active' ? 'active' : 'requested',
      requestedAt: null,
      acceptedAt: at,
    }
    document.partnerships.push(partnership)
  }
  for (const { customerTenantId, body } of input.customerRelationships ?? []) {
    for (const r of body.items) {
      const reseller = value(TenantId, r.id)
      if (reseller === undefined) continue
      addPartner(partnerFromList(r, at, ['indirectReseller'], region))
      document.relationships.push(
        relationshipOf(reseller, customerTenantId, 'indirectReseller', partner.tenantId, true),
      )
    }
  }
  const subscription = (id: SubscriptionId): { readonly at: number; readonly value: Subscription } | undefined => {
    const at = document.subscriptions.findIndex((s) => s.id === id)
    const known = at >= 0 ? document.subscriptions[at] : getSubscription(base, id)
    return known === undefined ? undefined : { at, value: known }
  }
  const replace = (found: { readonly at: number; readonly value: Subscription }, next: Subscription) => {
    if (found.at >= 0) document.subscriptions[found.at] = next
    else document.subscriptions.push(next)
  }
  ;(input.orders ?? []).forEach((order, i) => {
    const customerTenantId = guid(TenantId, order.referenceCustomerId, `orders[${i}].referenceCustomerId`)
    for (const item of order.lineItems) {
      const id = value(SubscriptionId, item.subscriptionId)
      if (customerTenantId === undefined || id === undefined) continue
      const partnerOfRecord = value(MpnId, item.partnerIdOnRecord) ?? null
      const found = subscription(id)
      if (found !== undefined) {
        if (partnerOfRecord !== null) replace(found, { ...found.value, partnerOfRecord })
        continue
      }
      const parentId = value(SubscriptionId, item.parentSubscriptionId) ?? null
      document.subscriptions.push({
        id,
        customerTenantId,
        kind: parentId === null ? 'licenseBased' : 'addOn',
        parentId,
        offerId: item.offerId,
        seats: Math.max(0, Math.floor(item.quantity)),
        status: 'active',
        autoRenew: false,
        billedBy: partner.tenantId,
        partnerOfRecord,
        supportContact: null,
        createdAt: instant(order.creationDate) ?? null,
      })
    }
  })
  ;(input.supportContacts ?? []).forEach(({ subscriptionId, body }, i) => {
    const supportContact = guid(TenantId, body.supportTenantId, `supportContacts[${i}].body.supportTenantId`)
    const found = subscription(subscriptionId)
    if (found === undefined) {
      issues.push({
        path: `supportContacts[${i}].subscriptionId`,
        expected: 'a subscription imported or already in the state',
        received: JSON.stringify(subscriptionId),
      })
      return
    }
    if (supportContact !== undefined) replace(found, { ...found.value, supportContact })
  })
  return issues.length > 0
    ? E.left({ _tag: 'DecodeError', codec: 'PartnerCenterImport', issues })
    : E.right({ document })
}

/**
 * Imports Partner Center response bodies into a state: into `base` if given (merge), else into the
 * empty state. Unknown fields are ignored; a body without a field the importer needs gives a
 * {@link DecodeError} naming it. Both IDs of an indirect reseller are kept: its tenant ID (from
 * `associatedPartnerId` and relationship `id`) and its MPN ID (from relationship `mpnId` and a
 * subscription's `partnerId`, which becomes the subscription's partner of record).
 *
 * Readings: a customer's region is the country of its billing or company address (the partner's
 * region when absent); `allowDelegatedAccess` is absent from list responses and then read as no
 * delegated admin; subscription status `pending` reads as active and `deleted`, `expired` and
 * `disabled` as cancelled; the MPA signature date is `at`; a creation date without an offset is read
 * as UTC, and one that cannot be read or lies outside years 0001 to 9999 is left empty.
 *
 * Never returns an inconsistent state: the merged state must pass `checkState`, or the result is a
 * {@link DecodeError} of codec `ProgramState` with one issue per problem (path in the state's
 * document lists, expected `MOD-n: …`), for example a subscription of a customer the payloads and
 * `base` do not hold.
 *
 * @category importers
 */
export const importPartnerCenter = (
  input: unknown,
  base: ProgramState = emptyState,
): E.Either<DecodeError, ProgramState> => {
  const decoded = decode(PartnerCenterImport, input)
  if (E.isLeft(decoded)) return decoded
  const built = build(decoded.right, base)
  if (E.isLeft(built)) return built
  const state = stateFromDocument(built.right.document, base)
  // the importer never returns an inconsistent state: what it built must pass the state check
  const document = documentOf(state)
  const problems = checkStateDocument(document)
  return problems.length === 0
    ? E.right(state)
    : E.left(toDecodeError('ProgramState', stateProblemErrors(document, problems)))
}
