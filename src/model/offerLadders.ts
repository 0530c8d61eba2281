/**
 * The order of new commerce offers an upgrade follows (NCE-13: downgrades are not offered). The
 * library holds no offer catalog: it ranks only the products of the ladders below, by the product
 * part of the catalog item ID (product:SKU:availability, NCE-1). Offers outside the ladders are not
 * ranked, and an upgrade between them is not judged as a downgrade.
 *
 * @module
 */

/**
 * The product ladders, lowest first: Microsoft 365 Business Basic, Business Standard and Business
 * Premium; and the two products of Partner Center's documented transition example
 * (`CFQ7TTC0LF8Q` to `CFQ7TTC0LF8R`).
 *
 * @category models
 * @since 0.2.0
 */
export const OFFER_LADDERS: ReadonlyArray<ReadonlyArray<string>> = [
  ['CFQ7TTC0LH18', 'CFQ7TTC0LDPB', 'CFQ7TTC0LCHC'],
  ['CFQ7TTC0LF8Q', 'CFQ7TTC0LF8R'],
]

/**
 * Where an upgrade from offer `from` to offer `to` goes on the ladders: `up`, `down`, `same` (the
 * same product) or `unranked` (products the ladders do not place on one ladder).
 *
 * @example
 * ```ts
 * import { upgradeDirection } from 'csp-channel'
 * upgradeDirection('CFQ7TTC0LCHC:0002:CFQ7TTC0LCHB', 'CFQ7TTC0LH18:0001:CFQ7TTC0K971') // 'down'
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const upgradeDirection = (from: string, to: string): 'up' | 'down' | 'same' | 'unranked' => {
  const a = from.split(':')[0] ?? from
  const b = to.split(':')[0] ?? to
  if (a === b) return 'same'
  const ladder = OFFER_LADDERS.find((l) => l.includes(a) && l.includes(b))
  if (ladder === undefined) return 'unranked'
  return ladder.indexOf(b) > ladder.indexOf(a) ? 'up' : 'down'
}
