/**
 * The partners of a Partner Center import: the importing partner, from its profile bodies (merged
 * with what the state already holds), partners named by relationship lists, and the MPA status
 * bodies of other partners.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { DecodeError } from '../codec/decodeError.js'
import { Email, MpnId, Region, TenantId } from '../kernel/ids.js'
import { newPartner, partnerRoles, type Partner, type PartnerRole } from '../model/partner.js'
import { getPartner } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import { count, note, value, type ImportContext, type NoteKind } from './context.js'
import { heldPartner, heldPartnerByMpnId, putPartner } from './entities.js'
import type { PartnerCenterImport } from './importInput.js'
import { agreementSigned, type PcPartnerRelationship } from './payloads.js'
import type { ImportNote } from './report.js'

/** A partner whose MPA standing is unknown: no agreement status was read for it. */
const mpaUnknown = (p: Partner): Partner => ({ ...p, mpaSignedAt: null, mpaDateUnknown: true })

/** A partner whose MPA is signed (by `at`, the date unknown, unless it already holds a date) or not. */
const withMpa = (p: Partner, signed: boolean, at: Partner['mpaSignedAt'] & string): Partner => {
  const { mpaDateUnknown: _unknown, ...rest } = p
  if (!signed) return { ...rest, mpaSignedAt: null }
  return p.mpaSignedAt !== null ? p : { ...rest, mpaSignedAt: at, mpaDateUnknown: true }
}

/**
 * A partner from an entry of a relationship list at `path`, or `undefined` (with a note) when its
 * tenant ID or MPN ID does not read. Its region is the entry's `location`, else the importing
 * partner's (partners work together only within one region, REG-2); its MPA standing is unknown.
 */
export const partnerFromList = (
  c: ImportContext,
  r: PcPartnerRelationship,
  roles: ReadonlyArray<PartnerRole>,
  path: string,
): Partner | undefined => {
  const tenantId = value(TenantId, r.id)
  const mpnId = value(MpnId, r.mpnId)
  if (tenantId === undefined || mpnId === undefined) {
    note(c, 'leftOut', path, r.id, `Partner ${r.name}: its tenant ID or MPN ID is not one (${r.id}, ${r.mpnId}).`)
    return undefined
  }
  const location = value(Region, r.location?.toUpperCase())
  if (location === undefined && heldPartner(c, tenantId) === undefined)
    note(
      c,
      'inferred',
      path,
      tenantId,
      `Partner ${r.name} has no location: read as region ${c.region}, the importing partner's (REG-2: partners work together only within one region).`,
    )
  const region = location ?? c.region
  return mpaUnknown(newPartner({ tenantId, mpnId, name: r.name, region, roles, at: c.input.at }))
}

/** Adds a partner named by a list at `path`, unless the import or `base` already holds it. */
export const addPartner = (c: ImportContext, p: Partner | undefined, path: string): void => {
  if (p === undefined || heldPartner(c, p.tenantId) !== undefined) return
  putPartner(c, p)
  note(c, 'unknown', path, p.tenantId, `Whether partner ${p.name} has signed the MPA is unknown (no agreement status).`)
}

/** The importing partner, its roles and region, and the notes of reading them. */
export interface ImportingPartner {
  readonly partner: Partner
  readonly roles: ReadonlyArray<PartnerRole>
  readonly region: Region
  readonly notes: ReadonlyArray<readonly [NoteKind, ImportNote]>
}

/** The {@link DecodeError} of an import whose importing partner has no roles, region or MPN ID to be found. */
const missingFacts = (found: {
  readonly roles: unknown
  readonly region: unknown
  readonly mpnId: unknown
}): DecodeError => {
  const missing = [
    ...(found.roles === undefined
      ? [{ path: 'partner.roles', expected: 'the roles of a partner the state does not hold' }]
      : []),
    ...(found.region === undefined
      ? [
          {
            path: 'partner.region',
            expected: 'a region, or an organization or legal business profile with an address country',
          },
        ]
      : []),
    ...(found.mpnId === undefined ? [{ path: 'partner.mpnId', expected: 'an MPN ID, or an MPN profile' }] : []),
  ]
  return {
    _tag: 'DecodeError',
    codec: 'PartnerCenterImport',
    issues: missing.map((m) => ({ ...m, received: 'nothing' })),
  }
}

/**
 * The importing partner, from `input.partner` and the profile bodies: a partner already in `base`
 * keeps its program standing (enrollments, restriction) and gets the profile values. Without roles,
 * a region or an MPN ID to be found (in the input, the profiles or `base`), a {@link DecodeError}
 * naming what is missing.
 */
export const importedPartner = (
  input: PartnerCenterImport,
  base: ProgramState,
): E.Either<DecodeError, ImportingPartner> => {
  const { at } = input
  const tenantId = input.partner.tenantId
  const existing = getPartner(base, tenantId)
  const notes: Array<readonly [NoteKind, ImportNote]> = []
  const say = (kind: NoteKind, path: string, text: string) =>
    notes.push([kind, { path, subject: tenantId, note: text }])
  const address = input.organizationProfile?.defaultAddress?.country ?? input.legalBusinessProfile?.address?.country
  const region = input.partner.region ?? value(Region, address?.toUpperCase()) ?? existing?.region
  const profileMpnId = value(MpnId, input.mpnProfile?.mpnId)
  if (input.mpnProfile !== undefined && profileMpnId === undefined)
    say(
      'leftOut',
      'mpnProfile.mpnId',
      `The MPN profile's mpnId ${JSON.stringify(input.mpnProfile.mpnId)} is not an MPN ID: not read.`,
    )
  const mpnId = input.partner.mpnId ?? profileMpnId ?? existing?.mpnId
  const roles = input.partner.roles ?? (existing === undefined ? undefined : partnerRoles(existing))
  if (roles === undefined || region === undefined || mpnId === undefined)
    return E.left(missingFacts({ roles, region, mpnId }))
  const profileName = input.legalBusinessProfile?.companyName ?? input.organizationProfile?.companyName
  const name = profileName ?? input.mpnProfile?.partnerName ?? existing?.name ?? `Partner ${mpnId}`
  if (profileName === undefined && input.mpnProfile?.partnerName === undefined && existing === undefined)
    say('inferred', 'partner', `No profile names the partner: named "${name}".`)
  const email = value(Email, input.legalBusinessProfile?.primaryContact?.email ?? input.organizationProfile?.email)
  const known = existing ?? mpaUnknown(newPartner({ tenantId, mpnId, name, region, roles, at }))
  const status = input.mpaAgreementStatus
  const signed = status === undefined ? undefined : agreementSigned(status)
  const partner = {
    ...(signed === undefined ? known : withMpa(known, signed, at)),
    mpnId,
    locationMpnIds: known.locationMpnIds.includes(mpnId) ? known.locationMpnIds : [...known.locationMpnIds, mpnId],
    name,
    region,
    primaryContactEmail: email ?? existing?.primaryContactEmail ?? null,
  }
  if (partner.mpaDateUnknown === true && (status !== undefined || existing === undefined))
    say(
      'unknown',
      status === undefined ? 'partner' : 'mpaAgreementStatus',
      partner.mpaSignedAt === null
        ? 'Whether the partner has signed the MPA is unknown: no agreement status was imported.'
        : `The MPA is signed, but the agreement status gives no date: recorded as signed by ${partner.mpaSignedAt}.`,
    )
  return E.right({ partner, roles, region, notes })
}

/** The MPA standing of other partners, from `input.resellerMpaStatuses`. */
export const importMpaStatuses = (c: ImportContext): void => {
  ;(c.input.resellerMpaStatuses ?? []).forEach(({ mpnId, tenantId, body }, i) => {
    const path = `resellerMpaStatuses[${i}]`
    count(c, 'resellerMpaStatuses')
    if (mpnId === undefined && tenantId === undefined) {
      c.issues.push({
        path,
        expected: 'an mpnId or a tenantId naming the partner (the query of the request)',
        received: 'neither',
      })
      return
    }
    const p =
      tenantId !== undefined ? heldPartner(c, tenantId) : heldPartnerByMpnId(c, mpnId as NonNullable<typeof mpnId>)
    const who = tenantId ?? mpnId ?? ''
    if (p === undefined) {
      note(c, 'leftOut', path, who, `No partner ${who} is held: import the list that names it first; not read.`)
      return
    }
    const next = withMpa(p, agreementSigned(body), c.input.at)
    putPartner(c, next)
    if (next.mpaDateUnknown === true && next.mpaSignedAt === c.input.at)
      note(
        c,
        'unknown',
        path,
        p.tenantId,
        `Partner ${p.name} has signed the MPA; the status gives no date: recorded as signed by ${c.input.at}.`,
      )
  })
}
