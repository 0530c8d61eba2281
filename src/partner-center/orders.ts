/**
 * The orders of a Partner Center import (single orders, list envelopes, cart checkout results):
 * each line's `partnerIdOnRecord` becomes the partner of record of its subscription, and a line
 * whose subscription neither the payloads nor the state hold becomes one: a one-time purchase
 * (reservation, software) under a subscription ID derived from the order ID and line number when
 * the line names none.
 *
 * @module
 */
import { MpnId, SubscriptionId, TenantId } from '../kernel/ids.js'
import { MAX_SEATS, type Subscription, type SubscriptionStatus } from '../model/subscription.js'
import type { PcOrder, PcOrderLine, PcOrders } from './commercePayloads.js'
import { count, guid, instant, note, orderOfferKey, value, type ImportContext } from './context.js'
import { ensureOwnCustomer, heldSubscription } from './entities.js'
import { lineKindReading } from './kinds.js'
import { lineSubscriptionId } from './lineIds.js'
import { lineTerms } from './terms.js'

/** One order line to import: its order, where both are in the input, its number and subscription ID. */
interface LineEntry {
  readonly order: PcOrder
  readonly orderPath: string
  readonly line: PcOrderLine
  readonly path: string
  readonly number: number
  readonly id: SubscriptionId | undefined
}

/** The orders of an order body, with their paths. */
const ordersOf = (body: PcOrders, path: string): ReadonlyArray<{ order: PcOrder; path: string }> =>
  'items' in body
    ? body.items.map((order, j) => ({ order, path: `${path}.items[${j}]` }))
    : 'orders' in body
      ? body.orders.map((order, j) => ({ order, path: `${path}.orders[${j}]` }))
      : [{ order: body, path }]

/** The status of the subscriptions of an order's lines, how it was read, or `undefined` for an order that bought nothing. */
const orderStatus = (raw: string | undefined): { status: SubscriptionStatus; reading: string | null } | undefined => {
  const key = raw?.toLowerCase()
  if (key === 'error' || key === 'po review rejected') return undefined
  if (key === 'cancelled') return { status: 'cancelled', reading: null }
  if (key === 'suspended') return { status: 'suspended', reading: null }
  if (key === 'completed') return { status: 'active', reading: null }
  const said = raw === undefined ? 'The order gives no status' : `Order status ${JSON.stringify(raw)}`
  return { status: 'active', reading: `${said}: its lines read as active purchases.` }
}

/** Adds a note of `kind` about the line being read. */
type Say = (kind: 'inferred' | 'unknown' | 'leftOut', text: string) => void

/** What {@link readLine} found of a line whose subscription is new: its ID, customer, partner of record and status. */
interface NewLine {
  readonly id: SubscriptionId
  readonly customer: TenantId
  readonly partnerOfRecord: MpnId | null
  readonly status: { status: SubscriptionStatus; reading: string | null }
}

/** The subscription a line whose subscription neither the payloads nor the state hold becomes: a one-time purchase. */
const putLineSubscription = (c: ImportContext, entry: LineEntry, found: NewLine, say: Say): void => {
  const { order, line, path, number } = entry
  const { id, status } = found
  if (entry.id === undefined)
    say('inferred', `The line names no subscription ID: ID ${id} derived from order ${order.id} line ${number}.`)
  const parentId = value(SubscriptionId, line.parentSubscriptionId) ?? null
  const kind = parentId !== null ? { kind: 'addOn' as const, reading: null } : lineKindReading(order, line)
  if (kind.reading !== null) say('inferred', kind.reading)
  if (status.reading !== null) say('inferred', status.reading)
  let seats = Math.max(0, Math.floor(line.quantity))
  let lineStatus = status.status
  if (seats === 0 && lineStatus !== 'cancelled') {
    say('inferred', 'Quantity 0: a cancelled line.')
    lineStatus = 'cancelled'
  }
  if (kind.kind === 'azure' && seats !== 0) seats = 1
  const createdAt = instant(order.creationDate) ?? null
  if (createdAt === null)
    say(
      'unknown',
      `The order's creation date ${JSON.stringify(order.creationDate ?? null)} cannot be read: purchase date unknown.`,
    )
  if (['licenseBased', 'addOn', 'softwareSubscription'].includes(kind.kind))
    say('inferred', 'Order lines do not say whether the subscription renews: auto-renew read as false.')
  const terms = lineTerms(order, line, kind.kind)
  const subscription: Subscription = {
    id,
    customerTenantId: found.customer,
    kind: kind.kind,
    parentId,
    offerId: line.offerId,
    seats,
    status: lineStatus,
    autoRenew: false,
    billedBy: c.partner.tenantId,
    partnerOfRecord: found.partnerOfRecord,
    supportContact: null,
    createdAt,
    ...(terms === undefined ? {} : { newCommerce: terms }),
  }
  c.entities.subscriptions.set(id, subscription)
  c.entities.subscriptionPaths.set(id, path)
}

/**
 * Imports one order line: its subscription ID (named, else that of a subscription body naming its
 * order and offer, else derived from the order ID and line number) gets the line's partner of
 * record when held; else the line becomes a subscription ({@link putLineSubscription}).
 */
const readLine = (c: ImportContext, entry: LineEntry): void => {
  const { order, orderPath, line, path, id: named } = entry
  const customer = guid(c, TenantId, order.referenceCustomerId, `${orderPath}.referenceCustomerId`)
  if (customer === undefined) return
  const byOrder =
    order.id === undefined ? undefined : c.entities.subscriptionsByOrder.get(orderOfferKey(order.id, line.offerId))
  const id = named ?? byOrder ?? (order.id === undefined ? undefined : lineSubscriptionId(order.id, entry.number))
  const subject = id ?? order.id ?? ''
  const say: Say = (kind, text) => note(c, kind, path, subject, text)
  if (id === undefined) return say('leftOut', 'The line names no subscription ID and its order no ID: not imported.')
  if (named === undefined && byOrder !== undefined)
    say(
      'inferred',
      `The line names no subscription ID: it is subscription ${byOrder}, whose body names this order and offer.`,
    )
  const partnerOfRecord = value(MpnId, line.partnerIdOnRecord) ?? null
  const others = (line.additionalPartnerIdsOnRecord ?? []).filter((x) => x !== line.partnerIdOnRecord)
  if (others.length > 0)
    say(
      'leftOut',
      `Additional partners of record ${others.join(', ')} are not kept: the model holds one partner of record.`,
    )
  const held = heldSubscription(c, id)
  if (held !== undefined) {
    if (partnerOfRecord !== null) c.entities.subscriptions.set(id, { ...held, partnerOfRecord })
    return
  }
  if (!Number.isFinite(line.quantity) || Math.floor(line.quantity) > MAX_SEATS)
    return note(c, 'leftOut', `${path}.quantity`, subject, `Quantity ${line.quantity} is out of range: not imported.`)
  const status = orderStatus(order.status)
  if (status === undefined) return say('leftOut', `Order status ${JSON.stringify(order.status)}: nothing was bought.`)
  const billedTo = `order ${order.id ?? ''} is billed to ${c.partner.tenantId}`
  if (!ensureOwnCustomer(c, customer, `${orderPath}.referenceCustomerId`, billedTo)) return
  putLineSubscription(c, entry, { id, customer, partnerOfRecord, status }, say)
}

/**
 * The partners of record, and the subscriptions not otherwise imported, of `input.orders`. A line
 * read in several bodies (the same order ID and line number) is imported once, under the
 * subscription ID any of them names.
 */
export const importOrders = (c: ImportContext): void => {
  const lines = new Map<string, LineEntry>()
  ;(c.input.orders ?? []).forEach((body, i) =>
    ordersOf(body, `orders[${i}]`).forEach(({ order, path: orderPath }) => {
      count(c, 'orders')
      order.lineItems.forEach((line, k) => {
        count(c, 'orderLines')
        const path = `${orderPath}.lineItems[${k}]`
        const number = line.lineItemNumber ?? k
        const key = order.id === undefined ? `${path}` : `${order.id}/${number}`
        const id = value(SubscriptionId, line.subscriptionId)
        if (id === undefined && typeof line.subscriptionId === 'string' && line.subscriptionId !== '') {
          note(
            c,
            'leftOut',
            path,
            line.subscriptionId,
            `subscriptionId ${JSON.stringify(line.subscriptionId)} is not a GUID: line not read.`,
          )
          return
        }
        const earlier = lines.get(key)
        const entry = { order, orderPath, line, path, number, id }
        if (earlier !== undefined && earlier.order === order) {
          // two lines of one order with the same number: distinct lines when they name distinct subscriptions
          if (id !== undefined && earlier.id !== undefined && id !== earlier.id) lines.set(path, entry)
          else
            note(
              c,
              'leftOut',
              path,
              id ?? order.id ?? '',
              `Line number ${number} appears twice in its order: not read.`,
            )
          return
        }
        if (earlier?.id !== undefined && id === undefined) return
        lines.set(key, entry)
      })
    }),
  )
  for (const entry of lines.values()) readLine(c, entry)
}
