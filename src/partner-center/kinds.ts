/**
 * What was bought, read from Partner Center fields: the {@link SubscriptionKind} of a subscription
 * body (from its product type, billing type, unit type and offer) and of an order line (which has
 * no product type: from its product, term, friendly name and the order's billing cycle). Each
 * reading that is not the product type itself comes with the sentence the import report gives.
 *
 * @module
 */
import type { SubscriptionKind } from '../model/subscription.js'
import type { PcOrder, PcOrderLine, PcSubscription } from './commercePayloads.js'

/** A kind, and how it was read when not from a product type (`null`: read from `productType`). */
export interface KindReading {
  readonly kind: SubscriptionKind
  readonly reading: string | null
}

const read = (kind: SubscriptionKind, reading: string | null = null): KindReading => ({ kind, reading })

/** The software kind for a term: a software subscription for a term (`P1Y`, `P3Y`), perpetual software for none. */
const softwareKind = (term: string | undefined): SubscriptionKind =>
  term !== undefined && term.trim() !== '' ? 'softwareSubscription' : 'perpetualSoftware'

const RESERVATION_SUBTYPES = ['reservation', 'reservations', 'reservedinstances', 'virtualmachines', 'azurereservation']

/** The kind named by a product type (`productType.id`, else `displayName`), or `undefined` for none or one not known. */
const productKind = (s: PcSubscription): KindReading | undefined => {
  const product = (s.productType?.id ?? s.productType?.displayName)?.toLowerCase()
  const subType = s.productType?.subType?.id?.toLowerCase()
  switch (product) {
    case 'onlineservicesnce':
    case 'onlineservices':
      return read('licenseBased')
    case 'software':
      return read(softwareKind(s.termDuration))
    case 'azurereservation':
      return read('reservation')
    case 'azure':
      if (subType === 'savingsplan')
        return read(
          'reservation',
          'An Azure savings plan (productType Azure / SavingsPlan): a term commitment bought like a reservation; the model has no savings-plan kind.',
        )
      if (subType !== undefined && RESERVATION_SUBTYPES.includes(subType)) return read('reservation')
      return read('azure')
    default:
      return undefined
  }
}

/**
 * The kind of a Partner Center subscription and how it was read: an add-on when it names a parent;
 * else from its product type (`OnlineServicesNCE` license-based, `Software` a software subscription
 * for a term or perpetual software without one, `Azure` Azure or, with a savings-plan or
 * reservation subtype, a reservation, `AzureReservation` a reservation); without one, Azure for
 * usage billing (`billingType: "usage"`, `unitType: "Usage-based"`, an `MS-AZR-…` offer), a
 * reservation for benefit billing, else license-based.
 */
export const subscriptionKindReading = (s: PcSubscription): KindReading => {
  if (s.parentSubscriptionId !== undefined && s.parentSubscriptionId !== null && s.parentSubscriptionId !== '')
    return read('addOn')
  const product = productKind(s)
  if (product !== undefined) return product
  const billing = s.billingType?.toLowerCase()
  const unit = s.unitType?.toLowerCase()
  if (billing === 'usage' || unit === 'usage-based' || s.offerId?.toUpperCase().startsWith('MS-AZR') === true)
    return read(
      'azure',
      `Azure: usage billing (billingType ${s.billingType}, unitType ${s.unitType}, offer ${s.offerId}).`,
    )
  if (billing === 'benefit' || unit === 'benefit')
    return read('reservation', `A reservation: benefit billing (billingType ${s.billingType}, unitType ${s.unitType}).`)
  return read(
    'licenseBased',
    `License-based: no product type, and billing type ${JSON.stringify(s.billingType ?? null)} and unit type ${JSON.stringify(s.unitType ?? null)} name no usage or benefit billing.`,
  )
}

/**
 * The kind of a Partner Center subscription: add-on by parent; else by product type, then by
 * billing type, unit type and offer: `OnlineServicesNCE` license-based, `Software` by term, `Azure`
 * (a savings plan a reservation), usage billing Azure, benefit billing a reservation.
 *
 * @category importers
 * @since 0.1.0
 */
export const subscriptionKind = (s: PcSubscription): SubscriptionKind => subscriptionKindReading(s).kind

/** The product ID of an order line: the first part of a `PRODUCT:SKU:AVAILABILITY` offer, else from its SKU or product link. */
export const lineProduct = (line: PcOrderLine): string | undefined => {
  if (line.offerId.includes(':')) return line.offerId.split(':')[0]
  const uri = line.links?.sku?.uri ?? line.links?.product?.uri
  return uri === undefined ? undefined : /\/products\/([^/?]+)/i.exec(uri)?.[1]
}

/** Microsoft's software products in the new catalog (SQL Server, Windows Server CALs, …) have IDs starting so. */
const SOFTWARE_PRODUCT = 'DG7GMGF0'
/** The Azure plan product. */
const AZURE_PLAN = 'DZH318Z0BPS6'
/** Azure catalog products (reservations, savings plans, marketplace) have IDs starting so. */
const AZURE_CATALOG = 'DZH318Z0'
const RESERVATION_NAME = /reserv|savings.plan|(^|[^a-z])ri($|[^a-z])/i

/**
 * The kind of an order line, which names no product type, and how it was read: software (product
 * `DG7GMGF0…`) by term; a reservation for a savings-plan line (`purchaseCommitment`,
 * `provisioningContext`), a reservation-named line or a one-time Azure catalog line; Azure for an
 * `MS-AZR-…` offer or the Azure plan; else license-based.
 */
export const lineKindReading = (order: PcOrder, line: PcOrderLine): KindReading => {
  const product = lineProduct(line)?.toUpperCase()
  const name = line.friendlyName ?? ''
  const what = `offer ${line.offerId}${line.friendlyName === undefined ? '' : ` ("${line.friendlyName}")`}`
  if (product?.startsWith(SOFTWARE_PRODUCT) === true) {
    const kind = softwareKind(line.termDuration)
    return read(
      kind,
      `Software (product ${product}) ${kind === 'perpetualSoftware' ? 'without a term: perpetual software' : `for ${line.termDuration}: a software subscription`}, ${what}.`,
    )
  }
  if (line.purchaseCommitment === true || line.provisioningContext === true)
    return read('reservation', `A savings-plan line (purchase commitment), read as a reservation: ${what}.`)
  if (line.offerId.toUpperCase().startsWith('MS-AZR') || product === AZURE_PLAN) return read('azure', `Azure: ${what}.`)
  if (RESERVATION_NAME.test(name)) return read('reservation', `A reservation by its name: ${what}.`)
  if (order.billingCycle?.toLowerCase() === 'one_time' && product?.startsWith(AZURE_CATALOG) === true)
    return read('reservation', `A one-time purchase of an Azure catalog product, read as a reservation: ${what}.`)
  const cycle = order.billingCycle === undefined ? '' : ` (billing cycle ${order.billingCycle})`
  return read('licenseBased', `License-based: a line of a recurring order${cycle} for ${what}.`)
}
