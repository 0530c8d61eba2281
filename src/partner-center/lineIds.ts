/**
 * Subscription IDs for order lines that name none (reservations, software, savings plans before
 * they are provisioned): a GUID derived from the order ID and the line number, the same on every
 * import of the same line.
 *
 * @module
 */
import type { SubscriptionId } from '../kernel/ids.js'

const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn
const FNV_PRIME = 0x1000000000000000000013bn
const MASK = (1n << 128n) - 1n

/** The 128-bit FNV-1a hash of the UTF-8 bytes of `text`. */
const fnv1a128 = (text: string): bigint => {
  let hash = FNV_OFFSET
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK
  return hash
}

/**
 * The subscription ID of line `lineItemNumber` of order `orderId` when Partner Center names none: the
 * 128-bit FNV-1a hash of the UTF-8 text `${orderId}/${lineItemNumber}`, written as a version 8
 * (custom) UUID: its version nibble set to 8 and its variant bits to `10`, in lower case. For
 * example, line 0 of order `Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1` always gets the same ID.
 *
 * @category importers
 * @since 0.2.0
 */
export const lineSubscriptionId = (orderId: string, lineItemNumber: number): SubscriptionId => {
  let hash = fnv1a128(`${orderId}/${lineItemNumber}`)
  hash = (hash & ~(0xfn << 76n)) | (0x8n << 76n)
  hash = (hash & ~(0x3n << 62n)) | (0x2n << 62n)
  const hex = hash.toString(16).padStart(32, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` as SubscriptionId
}
