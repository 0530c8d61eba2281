/**
 * The GDAP relationships of a Partner Center import (GDAP-1 … GDAP-11, GDAP-15): each Microsoft
 * Graph `delegatedAdminRelationship` body (one relationship, or a list `{ value }`) becomes a
 * {@link GdapRelationship} of the importing partner; a `resellerDelegatedAdminRelationship` one of
 * the importing partner as reseller, created by the indirect provider it names. What a body gives
 * in a form the model cannot hold is reported, never thrown.
 *
 * @module
 */
import { TenantId, type IsoDateTime } from '../kernel/ids.js'
import { Text } from '../kernel/text.js'
import { getGdapRelationship } from '../model/gdapQueries.js'
import { GDAP_AUTO_EXTEND_DAYS, GDAP_MAX_DURATION_DAYS, type GdapRelationship } from '../model/gdap.js'
import { RoleDefinitionId } from '../model/gdapRoles.js'
import { count, instant, note, value, type ImportContext } from './context.js'
import { durationDays } from './gdapDurations.js'
import { readLifecycle, type Say } from './gdapLifecycle.js'
import { graphItemPath, graphItems, type GraphGdapRelationship } from './gdapPayloads.js'
import { ensureCustomer, heldCustomer, heldPartner, putCustomer } from './entities.js'

/** The relationship `id`, as imported so far, else as `base` holds it. */
export const heldGdapRelationship = (c: ImportContext, id: string): GdapRelationship | undefined =>
  c.entities.gdapRelationships.get(id) ?? getGdapRelationship(c.base, id)

/**
 * The roles of `accessDetails.unifiedRoles[].roleDefinitionId`, each a GUID (lower case); an entry
 * that is not one is left out with a note. `undefined` when the body gives no roles.
 */
export const readRoles = (
  details: { readonly unifiedRoles?: ReadonlyArray<{ readonly roleDefinitionId?: string | null }> } | null | undefined,
  say: Say,
): ReadonlyArray<RoleDefinitionId> | undefined => {
  if (details === null || details === undefined || details.unifiedRoles === undefined) return undefined
  return details.unifiedRoles.flatMap((role) => {
    const id = value(RoleDefinitionId, role.roleDefinitionId)
    if (id === undefined)
      say('leftOut', `Role ${JSON.stringify(role.roleDefinitionId ?? null)} is not a role definition ID: not read.`)
    return id === undefined ? [] : [id]
  })
}

/** The duration in days (1 to 730, GDAP-3), or `undefined` (noted) when the body's cannot be held. */
const readDuration = (r: GraphGdapRelationship, held: GdapRelationship | undefined, say: Say): number | undefined => {
  const read = durationDays(r.duration)
  if (read !== undefined && read.days >= 1 && read.days <= GDAP_MAX_DURATION_DAYS) {
    if (read.years) say('inferred', `Duration ${r.duration} read as ${read.days} days (a year is 365 days).`)
    return read.days
  }
  const why = `Duration ${JSON.stringify(r.duration ?? null)} is not 1 to ${GDAP_MAX_DURATION_DAYS} days (GDAP-3)`
  if (held !== undefined) say('leftOut', `${why}: the duration held (${held.durationDays} days) is kept.`)
  else say('leftOut', `${why}: the relationship is not read.`)
  return held?.durationDays
}

/** The auto-extension (0 or 180 days, GDAP-7): absent reads as the default, none; another value is noted. */
const readAutoExtend = (
  r: GraphGdapRelationship,
  held: GdapRelationship | undefined,
  say: Say,
): GdapRelationship['autoExtendDays'] => {
  const fallback = held?.autoExtendDays ?? 0
  if (r.autoExtendDuration === undefined || r.autoExtendDuration === null) return fallback
  const days = durationDays(r.autoExtendDuration)?.days
  if (days === 0 || days === GDAP_AUTO_EXTEND_DAYS) return days
  say(
    'leftOut',
    `Auto-extension ${JSON.stringify(r.autoExtendDuration)} is none of PT0S, P0D and P180D (GDAP-7): ${fallback} days kept.`,
  )
  return fallback
}

/** The partner side: the importing partner, and for a reseller relationship the provider that created it (GDAP-15). */
const readPartnerSide = (
  c: ImportContext,
  r: GraphGdapRelationship,
  say: Say,
): { readonly indirectProviderTenantId: TenantId | null; readonly partnerConsentPending: boolean } | undefined => {
  const reseller = r.indirectProviderTenantId !== undefined && r.indirectProviderTenantId !== null
  if (!reseller) return { indirectProviderTenantId: null, partnerConsentPending: false }
  const provider = value(TenantId, r.indirectProviderTenantId)
  if (provider === undefined || provider === c.partner.tenantId || heldPartner(c, provider) === undefined) {
    say(
      'leftOut',
      provider === c.partner.tenantId
        ? 'A relationship the importing partner created for a reseller does not name the reseller: not read.'
        : `Its indirect provider ${r.indirectProviderTenantId} is not a partner the state holds: not read.`,
    )
    return undefined
  }
  return { indirectProviderTenantId: provider, partnerConsentPending: r.isPartnerConsentPending === true }
}

/**
 * The customer a relationship names (`customer.tenantId`), `null` for none (any customer may
 * approve, GDAP-4), or `undefined` (noted) when it cannot be a customer. A customer tenant the state
 * does not hold is created, named by `customer.displayName` when the body gives one.
 */
const readCustomer = (
  c: ImportContext,
  r: GraphGdapRelationship,
  path: string,
  say: Say,
): TenantId | null | undefined => {
  const raw = r.customer?.tenantId
  if (raw === undefined || raw === null || raw === '') return null
  const id = value(TenantId, raw)
  if (id === undefined || !ensureCustomer(c, id, path, 'a GDAP relationship names it')) {
    say('leftOut', `Customer ${raw} is not a customer tenant: the relationship is not read.`)
    return undefined
  }
  const name = value(Text, r.customer?.displayName)
  const held = heldCustomer(c, id)
  if (name !== undefined && name !== '' && held !== undefined && held.companyName === `Customer ${id}`) {
    putCustomer(c, { tenantId: id, companyName: name, domain: held.domain }, false)
    note(c, 'inferred', path, id, `Customer ${id} named "${name}" from the GDAP relationship's customer.`)
  }
  return id
}

/** A relationship as the model holds it, from body `r`, or `undefined` (noted) when it cannot be held. */
const readRelationship = (
  c: ImportContext,
  r: GraphGdapRelationship,
  path: string,
  say: Say,
): GdapRelationship | undefined => {
  const id = value(Text, r.id)
  if (id === undefined || id === '') return void say('leftOut', 'The relationship ID is not printable text: not read.')
  const held = heldGdapRelationship(c, id)
  const durationDays = readDuration(r, held, say)
  const roles = readRoles(r.accessDetails, say) ?? held?.roles ?? []
  if (roles.length === 0) return void say('leftOut', 'The relationship gives no role (GDAP-11): not read.')
  const [first, ...others] = roles as [RoleDefinitionId, ...RoleDefinitionId[]]
  const side = readPartnerSide(c, r, say)
  const createdAt = readCreated(c, r, held, say)
  if (durationDays === undefined || side === undefined) return undefined
  const lifecycle = readLifecycle(r, createdAt, durationDays, c.input.at, say)
  if (lifecycle === undefined) return undefined
  const customerTenantId = readCustomer(c, r, path, say)
  if (customerTenantId === undefined) return undefined
  const named = value(Text, r.displayName)
  const displayName = named !== undefined && named !== '' ? named : held?.displayName
  if (displayName === undefined) say('inferred', 'No printable displayName: the relationship is named by its ID.')
  const requested = readAutoExtend(r, held, say)
  if (lifecycle.expired && requested !== 0)
    say('inferred', 'The relationship expired: it did not auto-extend, so its auto-extension is read as none.')
  return {
    id,
    displayName: displayName ?? id,
    partnerTenantId: c.partner.tenantId,
    customerTenantId,
    indirectProviderTenantId: side.indirectProviderTenantId,
    partnerConsentPending: side.partnerConsentPending,
    durationDays,
    autoExtendDays: lifecycle.expired ? 0 : requested,
    roles: [first, ...others],
    status: lifecycle.status,
    createdAt,
    // an instant a command recorded is kept over one inferred from the body's last change
    lockedAt:
      lifecycle.status === 'approvalPending' ? (held?.lockedAt ?? lifecycle.lockedAt) : (held?.lockedAt ?? null),
    activatedAt: lifecycle.activatedAt,
    endsAt: lifecycle.endsAt,
    terminatedAt: lifecycle.status === 'terminated' ? (held?.terminatedAt ?? lifecycle.terminatedAt) : null,
    accessAssignments: held?.accessAssignments ?? [],
  }
}

/** The creation instant: `createdDateTime`, else the one held, else the import's `at` (noted). */
const readCreated = (
  c: ImportContext,
  r: GraphGdapRelationship,
  held: GdapRelationship | undefined,
  say: Say,
): IsoDateTime => {
  const read = instant(r.createdDateTime ?? undefined)
  if (read !== undefined) return read
  if (held !== undefined) return held.createdAt
  say('unknown', `No readable createdDateTime: the creation is read as the import's date (${c.input.at}).`)
  return c.input.at
}

/**
 * Reads `input.gdapRelationships`: each relationship of each body, into the relationship of the
 * same ID (the access assignments held stay: only an assignment body gives them).
 */
export const importGdapRelationships = (c: ImportContext): void => {
  ;(c.input.gdapRelationships ?? []).forEach((body, i) => {
    const entries = graphItems(body)
    count(c, 'gdapRelationships', entries.length)
    entries.forEach((r, j) => {
      const path = graphItemPath(`gdapRelationships[${i}]`, body, j)
      const say: Say = (kind, text) => note(c, kind, path, r.id, text)
      const rel = readRelationship(c, r, path, say)
      if (rel !== undefined) c.entities.gdapRelationships.set(rel.id, rel)
    })
  })
}
