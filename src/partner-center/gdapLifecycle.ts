/**
 * Reading the status and dates of a Graph GDAP relationship into the model's stored status and
 * instants (GDAP-1): Graph's ten statuses onto the four a command reaches, the lock, activation,
 * end and termination instants from the body's dates, and what could not be read, in notes.
 *
 * @module
 */
import type { IsoDateTime } from '../kernel/ids.js'
import { gdapEndOfActivation, type GdapRelationship, type GdapStoredStatus } from '../model/gdap.js'
import { instant } from './context.js'
import type { GraphGdapRelationship } from './gdapPayloads.js'

/** Adds a note of `kind` about the relationship being read. */
export type Say = (kind: 'inferred' | 'unknown' | 'leftOut', text: string) => void

/** The lifecycle fields of a relationship, as read. */
export type Lifecycle = Pick<GdapRelationship, 'status' | 'lockedAt' | 'activatedAt' | 'endsAt' | 'terminatedAt'> & {
  /** The relationship has expired: it is held active with auto-extension off, so that it reads expired. */
  readonly expired: boolean
}

/** Graph's statuses, by their lower-case spelling, onto the stored status and a reading to report. */
const STATUSES: Readonly<Record<string, readonly [GdapStoredStatus | 'expired', string | null]>> = {
  created: ['created', null],
  approvalpending: ['approvalPending', null],
  approved: ['active', 'approved reads as active: approval activates a relationship at once (GDAP-4)'],
  activating: ['active', 'activating reads as active: approval activates a relationship at once (GDAP-4)'],
  active: ['active', null],
  expiring: ['active', 'expiring reads as active: the model reads expiring from the end date (GDAP-1)'],
  expired: ['expired', null],
  terminationrequested: ['terminated', 'terminationRequested reads as terminated: access ends (GDAP-9)'],
  terminating: ['terminated', 'terminating reads as terminated: access ends (GDAP-9)'],
  terminated: ['terminated', null],
}

/** The first readable instant of `raws`, with the field it came from. */
const firstInstant = (
  r: GraphGdapRelationship,
  fields: ReadonlyArray<'createdDateTime' | 'lastModifiedDateTime' | 'activatedDateTime' | 'endDateTime'>,
): { readonly at: IsoDateTime; readonly field: string } | undefined => {
  for (const field of fields) {
    const at = instant(r[field] ?? undefined)
    if (at !== undefined) return { at, field }
  }
  return undefined
}

/**
 * The instant the first readable field of `fields` gives; when it is not the first of them, a note
 * says the instant of `what` was inferred from that field. `fallback` when none is readable (noted).
 */
const readInstant = (
  r: GraphGdapRelationship,
  fields: ReadonlyArray<'createdDateTime' | 'lastModifiedDateTime' | 'activatedDateTime' | 'endDateTime'>,
  what: string,
  fallback: { readonly at: IsoDateTime; readonly from: string },
  say: Say,
): IsoDateTime => {
  const found = firstInstant(r, fields)
  if (found !== undefined && found.field === fields[0]) return found.at
  const [at, from] = found === undefined ? [fallback.at, fallback.from] : [found.at, found.field]
  say('inferred', `The ${what} is read from ${from} (${at}): the body gives no readable ${fields[0]}.`)
  return at
}

/**
 * The lifecycle of relationship `r` created at `createdAt`, lasting `durationDays`, read at the
 * import's `at`, or `undefined` (with a note) when the body's status is not one Graph gives, or an
 * expired relationship has no readable end at or before `at`:
 * - `created`: no further instants;
 * - `approvalPending`: locked at `lastModifiedDateTime` (a request locked for approval changes no
 *   more until approved), else at `createdDateTime`; a note says so (GDAP-5 counts from the lock);
 * - `approved`, `activating`, `active`, `expiring`: active; activated at `activatedDateTime`, else
 *   `lastModifiedDateTime`, else the creation; ends at `endDateTime`, else the activation plus the
 *   duration (GDAP-6);
 * - `expired`: active, with its end at `endDateTime` (which must not be after `at`) and no
 *   auto-extension, so that it reads expired from that end (the model reads expiry from the date);
 *   a request that expired unapproved (no activation) is left out: its lock date is not given;
 * - `terminationRequested`, `terminating`, `terminated`: terminated at `lastModifiedDateTime`, else
 *   `endDateTime`, else the import's `at`.
 */
export const readLifecycle = (
  r: GraphGdapRelationship,
  createdAt: IsoDateTime,
  durationDays: number,
  at: IsoDateTime,
  say: Say,
): Lifecycle | undefined => {
  const raw = r.status ?? ''
  const entry = Object.hasOwn(STATUSES, raw.toLowerCase()) ? STATUSES[raw.toLowerCase()] : undefined
  if (entry === undefined) {
    say(
      'leftOut',
      `Status ${JSON.stringify(r.status ?? null)} is not a GDAP relationship status Graph gives: not read.`,
    )
    return undefined
  }
  const [status, reading] = entry
  if (reading !== null) say('inferred', `Status ${raw}: ${reading}.`)
  const none = { lockedAt: null, activatedAt: null, endsAt: null, terminatedAt: null, expired: false }
  const created = { at: createdAt, from: 'its creation' }
  switch (status) {
    case 'created':
      return { status, ...none }
    case 'approvalPending': {
      // Graph gives no lock date: the lock is the last change a request awaiting approval had
      const found = firstInstant(r, ['lastModifiedDateTime']) ?? { at: createdAt, field: 'its creation' }
      say('inferred', `The lock for approval is read from ${found.field} (${found.at}): no body gives it.`)
      return { status, ...none, lockedAt: found.at }
    }
    case 'terminated': {
      const now = { at, from: "the import's date" }
      const terminatedAt = readInstant(r, ['lastModifiedDateTime', 'endDateTime'], 'termination', now, say)
      const activatedAt = firstInstant(r, ['activatedDateTime'])?.at ?? null
      return { status, ...none, activatedAt, endsAt: firstInstant(r, ['endDateTime'])?.at ?? null, terminatedAt }
    }
    case 'expired':
      return readExpired(r, at, say)
    default: {
      const fields = ['activatedDateTime', 'lastModifiedDateTime'] as const
      const activatedAt = readInstant(r, fields, 'activation', created, say)
      const end = firstInstant(r, ['endDateTime'])?.at
      if (end === undefined)
        say('inferred', `The end is read as the activation plus ${durationDays} days: the body gives no endDateTime.`)
      return { status, ...none, activatedAt, endsAt: end ?? gdapEndOfActivation(activatedAt, durationDays) }
    }
  }
}

/** The lifecycle of an expired relationship (see {@link readLifecycle}). */
const readExpired = (r: GraphGdapRelationship, at: IsoDateTime, say: Say): Lifecycle | undefined => {
  const activatedAt = firstInstant(r, ['activatedDateTime'])?.at
  const endsAt = firstInstant(r, ['endDateTime'])?.at
  if (activatedAt === undefined) {
    say(
      'leftOut',
      'An expired relationship never activated (a request not approved in time) is not read: the body gives no lock date.',
    )
    return undefined
  }
  if (endsAt === undefined || endsAt > at) {
    say(
      'leftOut',
      `An expired relationship whose end (${endsAt ?? 'none'}) is not at or before the import's date is not read.`,
    )
    return undefined
  }
  return { status: 'active', lockedAt: null, activatedAt, endsAt, terminatedAt: null, expired: true }
}
