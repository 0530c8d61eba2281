/**
 * The partners of a Partner Center import: the importing partner, from its profile bodies (merged
 * with what the state already holds), and partners named by relationship lists.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { DecodeError } from '../codec/decodeError.js'
import { Email, MpnId, Region, TenantId, type IsoDateTime } from '../model/ids.js'
import { newPartner, type Partner, type PartnerRole } from '../model/partner.js'
import { getPartner } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import type { Tenant } from '../model/tenant.js'
import { value } from './context.js'
import type { PartnerCenterImport } from './importInput.js'
import type { PcPartnerRelationship as PcRelationship } from './payloads.js'

/** A partner from an entry of a relationship list, or `undefined` when its tenant ID or MPN ID does not read. */
export const partnerFromList = (
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

/** The partner tenant of a partner. */
export const partnerTenant = (p: Partner): Tenant => ({
  tenantId: p.tenantId,
  kind: 'partner',
  owner: null,
  region: p.region,
  internalUse: false,
})

/**
 * The importing partner and its region, from `input.partner` and the profile bodies: a partner
 * already in `base` keeps its program standing (enrollments, restriction) and gets the profile
 * values. Without a region or an MPN ID to be found, a {@link DecodeError} naming what is missing.
 */
export const importedPartner = (
  input: PartnerCenterImport,
  base: ProgramState,
): E.Either<DecodeError, { readonly partner: Partner; readonly region: Region }> => {
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
    `Partner ${mpnId}`
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
  return E.right({ partner, region })
}
