/**
 * CSP regional markets: which countries a partner may transact with (REG-1, REG-2).
 *
 * A partner's CSP authorization covers a regional market, not a country: a partner located in France
 * may sell to a customer whose tenant country is Germany, because both are in the Europe market, while
 * a partner in the United States may not sell to a customer in Brazil, a single-country market. A
 * {@link Region} holds a country code (ISO 3166-1 alpha-2, as the Partner Center importer reads it from
 * an address); {@link marketOf} maps it to its market and {@link sameMarket} compares two regions by
 * market.
 *
 * The country-to-market table is data shipped with the library, taken from Microsoft's regional
 * authorization page; {@link MARKET_SOURCE} says which version.
 *
 * @module
 */
import type { Region } from '../kernel/ids.js'
import { MARKET_ROWS } from './marketTable.js'

/**
 * Where the market table comes from: Microsoft's Partner Center page on CSP regional markets and
 * currencies (`regional-authorization-overview`), the version dated 2023-08-17 (`ms.date`), read on
 * 2026-11-30 from a copy of the Partner Center documentation source on GitHub.
 *
 * @example
 * ```ts
 * import { MARKET_SOURCE } from 'csp-channel'
 * MARKET_SOURCE.url // 'https://learn.microsoft.com/partner-center/regional-authorization-overview'
 * ```
 *
 * @category models
 * @since 0.2.0
 */
export const MARKET_SOURCE = Object.freeze({
  /** The page's address on Microsoft Learn. */
  url: 'https://learn.microsoft.com/partner-center/regional-authorization-overview',
  /** The page's source file in Microsoft's Partner Center documentation. */
  path: 'partner-center/regional-authorization-overview.md',
  /** The page's own date (`ms.date`) in the version read. */
  pageDate: '2023-08-17',
  /** The copy read: repository, file and commit. */
  copy: 'github.com/kvamseek/partner-center regional-authorization-overview.md @ 85eb3c40f4925934e4e7100d4a97d951aa679052',
  /** When the copy was read. */
  read: '2026-11-30',
} as const)

/**
 * A CSP regional market: the countries and territories in which a partner authorized for the market
 * may sell (REG-1) and find partners (REG-2).
 *
 * A market from the table has an upper-case {@link Market.id | id} that is itself valid
 * {@link Region} syntax (such as `'EUROPE'`), the page's {@link Market.section | section}, and its
 * country codes. A value that is not in the table makes a market of its own (see {@link marketOf}):
 * its `id` and `name` are the value, its `countries` the value alone, and its `section` is `null`.
 *
 * @example
 * ```ts
 * import { marketOf, region } from 'csp-channel'
 * const europe = marketOf(region('FR'))
 * europe.id // 'EUROPE'
 * europe.name // 'Europe'
 * europe.countries.includes(region('DE')) // true
 * ```
 *
 * @category models
 * @since 0.2.0
 */
export interface Market {
  /** Stable ID, upper case (`'EUROPE'`, `'UNITED-STATES'`); for a market of its own, the region itself. */
  readonly id: Region
  /** Display name for messages (`'Europe'`); for a market of its own, the region itself. */
  readonly name: string
  /** Anchor of the market's section on the source page ({@link MARKET_SOURCE}), or `null` for a market of its own. */
  readonly section: string | null
  /** Codes of the countries and territories in the market, in the page's order: ISO 3166-1 alpha-2, plus Partner Center's own `XK` (Kosovo), `XS` (Saba), `XE` (Sint Eustatius) and `XJ` (Jan Mayen). */
  readonly countries: ReadonlyArray<Region>
}

/**
 * The CSP regional markets, from Microsoft's regional authorization page ({@link MARKET_SOURCE}), in
 * the page's order: fifteen markets, six of a single country (Brazil, China, India, Japan, Korea,
 * Taiwan) and nine that group several countries or territories. Deeply frozen. A country appears in
 * at most one market.
 *
 * @example
 * ```ts
 * import { MARKETS } from 'csp-channel'
 * MARKETS.map((m) => m.id) // ['AFRICA', 'ASIA-PACIFIC', 'AUSTRALIA', 'BRAZIL', …]
 * ```
 *
 * @category models
 * @since 0.2.0
 */
export const MARKETS: ReadonlyArray<Market> = Object.freeze(
  MARKET_ROWS.map((row): Market =>
    Object.freeze({
      id: row.id as Region,
      name: row.name,
      section: row.section,
      countries: Object.freeze(row.countries.split(' ').map((code) => code as Region)),
    }),
  ),
)

/** Country code or market ID → market. A market ID resolves to its market (market IDs are never two letters). */
const BY_CODE: ReadonlyMap<string, Market> = new Map(
  MARKETS.flatMap((market): Array<readonly [string, Market]> => [
    [market.id, market],
    ...market.countries.map((country) => [country, market] as const),
  ]),
)

/**
 * The CSP market of a region.
 *
 * - A country code in the table (`'FR'`) gives its market (`EUROPE`).
 * - A market ID from the table (`'EUROPE'`) gives that market, so a caller may record a market
 *   instead of a country as a partner's region.
 * - Any other value gives a market of its own, made of that value alone: a country the page does not
 *   list (such as `'RU'`, which the 2023 page no longer lists), treated as a single-country market, or
 *   a market name the caller chose (`'EMEA'`), which then matches only the same name. Two such values
 *   are in the same market only when they are equal, as regions were compared before markets existed.
 *
 * Pure and total: never throws.
 *
 * @example
 * ```ts
 * import { marketOf, region } from 'csp-channel'
 * marketOf(region('DE')).id // 'EUROPE'
 * marketOf(region('BR')).id // 'BRAZIL'
 * marketOf(region('EUROPE')).name // 'Europe'
 * marketOf(region('EMEA')) // { id: 'EMEA', name: 'EMEA', section: null, countries: ['EMEA'] }
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const marketOf = (region: Region): Market =>
  BY_CODE.get(region) ?? Object.freeze({ id: region, name: region, section: null, countries: Object.freeze([region]) })

/**
 * Whether two regions are in the same CSP market ({@link marketOf}): the test behind REG-1 (a partner
 * sells only to customers of its market) and REG-2 (partners of one market only). Symmetric; a region
 * is always in its own market.
 *
 * @example
 * ```ts
 * import { region, sameMarket } from 'csp-channel'
 * sameMarket(region('FR'), region('DE')) // true: both in Europe
 * sameMarket(region('US'), region('BR')) // false: United States and Brazil are separate markets
 * sameMarket(region('US'), region('CA')) // false
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const sameMarket = (a: Region, b: Region): boolean => a === b || marketOf(a).id === marketOf(b).id

/**
 * A region with its market, for messages: `"FR (market Europe)"`. A region that is its own market
 * reads `"RU (market RU)"`.
 *
 * @example
 * ```ts
 * import { describeRegion, region } from 'csp-channel'
 * describeRegion(region('FR')) // 'FR (market Europe)'
 * describeRegion(region('PR')) // 'PR (market Latin America and the Caribbean)'
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const describeRegion = (region: Region): string => `${region} (market ${marketOf(region).name})`
