/**
 * The subscriptions of a Partner Center import: one per `Subscription` body (its kind, status and
 * new commerce terms read from Partner Center's fields), the add-ons listed for a parent, and the
 * support contacts of subscriptions imported or already in the state.
 *
 * @module
 */
import { MpnId, SubscriptionId, TenantId } from '../kernel/ids.js'
import {
  MAX_SEATS,
  type NewCommerceTerms,
  type Subscription,
  type SubscriptionKind,
  type SubscriptionStatus,
} from '../model/subscription.js'
import type { PcSubscription, PcSubscriptionBody } from './commercePayloads.js'
import {
  count,
  guid,
  instant,
  itemPath,
  items,
  note,
  optional,
  orderOfferKey,
  value,
  type ImportContext,
} from './context.js'
import { ensureOwnCustomer, heldSubscription, heldTenant } from './entities.js'
import { subscriptionKindReading } from './kinds.js'
import type { BodyReader } from './newCommerce.js'
import { linkedOffer, statusReading, subscriptionTerms } from './terms.js'

/** The offer ID of a subscription whose body names none and links to none. */
export const UNKNOWN_OFFER = 'unknown offer'

/**
 * The kind of a subscription body, and how it was read: an add-on of `parent` when an add-on list
 * names one; the kind known when the body gives no product type and no parent (a list item or a
 * PATCH body: a guess from billing would replace what is known); else read from the body.
 */
const kindOf = (s: PcSubscription, known: Subscription | undefined, parent: SubscriptionId | undefined) => {
  if (parent !== undefined) return { kind: 'addOn' as const, reading: null, parentId: parent }
  const reading = subscriptionKindReading(s)
  if (known !== undefined && reading.reading !== null && s.productType === undefined && reading.kind !== 'addOn')
    return { kind: known.kind, reading: null, parentId: known.parentId }
  const parentId = reading.kind === 'addOn' ? (value(SubscriptionId, s.parentSubscriptionId) ?? null) : null
  return { ...reading, parentId }
}

/** The new commerce terms read from a body merged with those known: what the body does not say (`null`, absent) stays. */
const mergedTerms = (
  read: NewCommerceTerms | undefined,
  known: NewCommerceTerms | undefined,
): NewCommerceTerms | undefined => {
  if (read === undefined || known === undefined) return read ?? known
  return {
    termDuration: read.termDuration ?? known.termDuration,
    billingCycle: read.billingCycle ?? known.billingCycle,
    commitmentEndDate: read.commitmentEndDate ?? known.commitmentEndDate,
    refundableQuantity: read.refundableQuantity ?? known.refundableQuantity,
    cancellationAllowedUntil: read.cancellationAllowedUntil ?? known.cancellationAllowedUntil,
    ...optional('experience', read.experience ?? known.experience),
    ...optional('termStartedAt', read.termStartedAt ?? known.termStartedAt),
    ...optional('seatBatches', read.seatBatches ?? known.seatBatches),
    ...optional(
      'scheduledChanges',
      read.scheduledChanges !== undefined ? read.scheduledChanges : known.scheduledChanges,
    ),
    ...optional('trialEndsAt', read.trialEndsAt !== undefined ? read.trialEndsAt : known.trialEndsAt),
    ...optional('updateCount', known.updateCount),
  }
}

/** Adds a note of `kind` about the body being read, at `at` (the body's path when not given). */
type Say = BodyReader['say']

/** The path of a field of the body at `path` (`path.refundableQuantity.details[0]`), its keys as `key` writes them. */
const fieldPath = (path: string, key: (field: string) => string, fields: ReadonlyArray<string | number>): string =>
  fields.reduce<string>((p, f) => (typeof f === 'number' ? `${p}[${f}]` : `${p}.${key(f)}`), path)

/** The offer ID of a subscription body: the one it names, else the one its offer link names, else the one known. */
const offerOf = (s: PcSubscription, known: Subscription | undefined, say: Say): string => {
  const linked = s.offerId === undefined ? linkedOffer(s) : undefined
  if (linked !== undefined) say('inferred', `Offer ID ${linked} read from the body's offer link.`)
  const offerId = s.offerId ?? linked ?? known?.offerId ?? UNKNOWN_OFFER
  if (offerId === UNKNOWN_OFFER) say('inferred', `The body names no offer: offer "${UNKNOWN_OFFER}".`)
  return offerId
}

/**
 * The seats of a subscription body of `kind` and `status` (usage-based Azure has exactly 1, unless
 * cancelled with none), or `undefined` (with a note) for one not cancelled without seats.
 */
const seatsOf = (
  s: PcSubscription,
  kind: SubscriptionKind,
  status: SubscriptionStatus,
  say: Say,
): number | undefined => {
  const seats = Math.max(0, Math.floor(s.quantity))
  if (kind === 'azure' && seats !== 1 && !(status === 'cancelled' && seats === 0)) {
    say('inferred', `Usage-based Azure has exactly 1 seat; the body's quantity ${s.quantity} is not kept.`)
    return 1
  }
  if (seats < 1 && status !== 'cancelled') {
    say(
      'leftOut',
      `A ${status} subscription with quantity ${s.quantity}: only a cancelled one has no seats; not imported.`,
    )
    return undefined
  }
  return seats
}

/**
 * Reads one subscription body at `path` for `customerTenantId`; `parent` is the parent an add-on
 * list was for; `key` names a field as the body writes it (PascalCase for a PATCH body).
 */
const readSubscription = (
  c: ImportContext,
  s: PcSubscription,
  customerTenantId: TenantId,
  path: string,
  key: (field: string) => string,
  parent?: SubscriptionId,
): void => {
  const id = guid(c, SubscriptionId, s.id, `${path}.${key('id')}`)
  if (id === undefined) return
  const say: Say = (kind, text, at = path) => note(c, kind, at, id, text)
  const known = heldSubscription(c, id)
  const kind = kindOf(s, known, parent)
  if (kind.reading !== null) say('inferred', kind.reading)
  if (!Number.isFinite(s.quantity) || Math.floor(s.quantity) > MAX_SEATS)
    return say(
      'leftOut',
      `Quantity ${s.quantity} is out of range (at most ${MAX_SEATS} seats): not imported.`,
      `${path}.${key('quantity')}`,
    )
  const status = statusReading(s.status)
  if (status.reading !== null) say('inferred', status.reading)
  const offerId = offerOf(s, known, say)
  const seats = seatsOf(s, kind.kind, status.status, say)
  if (seats === undefined) return
  if (!ensureOwnCustomer(c, customerTenantId, path, `its subscription ${id} is billed to ${c.partner.tenantId}`)) return
  const createdAt = instant(s.creationDate) ?? null
  if (createdAt === null && s.creationDate !== undefined && known?.createdAt == null)
    say('unknown', `The creation date ${JSON.stringify(s.creationDate)} cannot be read: purchase date unknown.`)
  if (s.autoRenewEnabled === undefined && known === undefined) say('inferred', 'No autoRenewEnabled: read as false.')
  const reader: BodyReader = { say, at: (...fields) => fieldPath(path, key, fields) }
  const read = subscriptionTerms(s, kind.kind, reader)
  if (read?.seatBatches !== undefined) count(c, 'seatBatches', read.seatBatches.length)
  if (read?.scheduledChanges != null) count(c, 'scheduledChanges')
  const terms = mergedTerms(read, known?.newCommerce)
  const subscription: Subscription = {
    id,
    customerTenantId,
    kind: kind.kind,
    parentId: kind.kind === 'addOn' ? kind.parentId : null,
    offerId,
    seats,
    status: status.status,
    autoRenew: s.autoRenewEnabled ?? known?.autoRenew ?? false,
    billedBy: c.partner.tenantId,
    partnerOfRecord: value(MpnId, s.partnerId) ?? known?.partnerOfRecord ?? null,
    supportContact: known?.supportContact ?? null,
    createdAt: createdAt ?? known?.createdAt ?? null,
    ...(terms === undefined ? {} : { newCommerce: terms }),
    // a term end renewed in the model (RST-7) stays: no body gives it outside new commerce terms
    ...(known?.termEnd === undefined ? {} : { termEnd: known.termEnd }),
  }
  c.entities.subscriptions.set(id, subscription)
  c.entities.subscriptionPaths.set(id, path)
  if (s.orderId !== undefined) c.entities.subscriptionsByOrder.set(orderOfferKey(s.orderId, offerId), id)
}

/** Reads one body of subscriptions (a subscription or a list envelope) at `path`. */
const readBody = (
  c: ImportContext,
  resource: string,
  body: PcSubscriptionBody,
  customerTenantId: TenantId,
  path: string,
  parent?: SubscriptionId,
): void => {
  if (body.pascalCase === true)
    note(
      c,
      'inferred',
      path,
      'id' in body ? (value(SubscriptionId, body.id) ?? body.id) : customerTenantId,
      'A PascalCase PATCH body, read with camelCase keys (it may echo the request).',
    )
  const key = (field: string) => (body.pascalCase === true ? field.charAt(0).toUpperCase() + field.slice(1) : field)
  items<PcSubscription>(body).forEach((s, j) => {
    count(c, resource)
    readSubscription(c, s, customerTenantId, itemPath(path, body, j), key, parent)
  })
}

/** The subscriptions of `input.subscriptions`, billed to the importing partner. */
export const importSubscriptions = (c: ImportContext): void => {
  ;(c.input.subscriptions ?? []).forEach(({ customerTenantId, body }, i) =>
    readBody(c, 'subscriptions', body, customerTenantId, `subscriptions[${i}].body`),
  )
}

/**
 * The add-ons of `input.addOns`: each entry names the parent subscription of the request path
 * (`…/subscriptions/{id}/addons`), which the listed items do not.
 */
export const importAddOns = (c: ImportContext): void => {
  ;(c.input.addOns ?? []).forEach(({ customerTenantId, parentSubscriptionId, body }, i) =>
    readBody(c, 'addOns', body, customerTenantId, `addOns[${i}].body`, parentSubscriptionId),
  )
}

/**
 * The support contacts of `input.supportContacts`, each on a subscription imported or already in
 * `base`; one for a subscription or a support tenant the state does not hold is left out.
 */
export const importSupportContacts = (c: ImportContext): void => {
  ;(c.input.supportContacts ?? []).forEach(({ subscriptionId, body }, i) => {
    const path = `supportContacts[${i}]`
    count(c, 'supportContacts')
    const supportContact = guid(c, TenantId, body.supportTenantId, `${path}.body.supportTenantId`)
    const found = heldSubscription(c, subscriptionId)
    if (supportContact === undefined) return
    if (found === undefined)
      note(c, 'leftOut', path, subscriptionId, `No subscription ${subscriptionId} is imported or held: not read.`)
    else if (heldTenant(c, supportContact) === undefined)
      note(
        c,
        'leftOut',
        path,
        subscriptionId,
        `The support contact ${body.name ?? supportContact} (tenant ${supportContact}) is not held as a tenant: not read; import the partner lists that name it.`,
      )
    else c.entities.subscriptions.set(subscriptionId, { ...found, supportContact })
  })
}
