/**
 * The CSP regional markets and their countries, as data. The functions that read it are in
 * `markets.ts`; this module holds nothing but the table.
 *
 * Source: Microsoft Partner Center documentation, "Cloud Solution Provider program regional markets and
 * currencies where you can sell CSP offers", `partner-center/regional-authorization-overview.md`
 * (https://learn.microsoft.com/partner-center/regional-authorization-overview), version `ms.date:
 * 08/17/2023`, read on 2026-11-30 from the copy of the Partner Center docs source in GitHub repository
 * kvamseek/partner-center, file `regional-authorization-overview.md`, commit
 * 85eb3c40f4925934e4e7100d4a97d951aa679052 (2023-10-23).
 *
 * One entry per section "… region and market" of the page, in page order, each row of the section's
 * table mapped to its country code. Mapping notes:
 * - Codes follow Partner Center's own country list ("Partner Center supported languages and locales",
 *   `developer/partner-center-supported-languages-and-locales.md`, `ms.date: 6/29/2022`, same copy and
 *   commit), which is ISO 3166-1 alpha-2 plus four codes of its own: Kosovo `XK`, Saba `XS`, Sint
 *   Eustatius `XE` (ISO puts both in `BQ`, which Partner Center uses for Bonaire alone) and Jan Mayen
 *   `XJ` (ISO puts it in `SJ`, Svalbard). The page lists Bonaire, Saba and Sint Eustatius as three rows
 *   and "Svalbard and Jan Mayen" as one row, so `BQ`, `XS`, `XE` are all in one market and `SJ`, `XJ`
 *   in another, whether an address carries the ISO code or Partner Center's.
 * - "St Helena, Ascension, Tristan da Cunha" is one row and one code, `SH`.
 * - "UK" is `GB`; "Swaziland" is `SZ`; "Palestinian Authority" is `PS`; "Micronesia" is `FM`;
 *   "U.S. Outlying Islands" is `UM`; "Virgin Islands, U.S." is `VI`.
 * - The Brazil section has two currency tables (USD and BRL) for the one country: one entry here.
 * - Currencies are not kept: the library compares markets, it does not price.
 *
 * @internal
 * @module
 */
import { freezeDeep } from '../internal/immer.js'

/** One market of the page: a stable ID (upper case, valid region syntax), its display name, its section anchor and its rows. @internal */
export interface MarketRow {
  readonly id: string
  readonly name: string
  readonly section: string
  /** The country codes of the section's rows, in page order, separated by spaces. */
  readonly countries: string
}

/** The markets of the page, deeply frozen. @internal */
export const MARKET_ROWS: ReadonlyArray<MarketRow> = freezeDeep<ReadonlyArray<MarketRow>>([
  {
    id: 'AFRICA',
    name: 'Africa',
    section: 'africa-region-and-market',
    countries: [
      'AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ GQ ER ET PF GA GM GH GN GW KE',
      'LR MG MW ML MU YT NA NC NE NG RE RW ST SN SC SL SO SS SH TZ TG UG ZM',
    ].join(' '),
  },
  {
    id: 'ASIA-PACIFIC',
    name: 'Asia and Pacific',
    section: 'asia-and-pacific-region-and-market',
    countries: 'BD BT BN KH HK ID LA MO MY MV MM NP PH SG LK TH TL VN',
  },
  {
    id: 'AUSTRALIA',
    name: 'Australia',
    section: 'australia-region-and-market',
    countries: 'AU CX CC CK FJ TF HM KI MH FM NR NU NF PW PG PN SB TK TO TV WF',
  },
  { id: 'BRAZIL', name: 'Brazil', section: 'brazil-region-and-market', countries: 'BR' },
  {
    id: 'CANADA',
    name: 'Canada',
    section: 'canada-region-and-market',
    countries: 'CA PM',
  },
  { id: 'CHINA', name: 'China', section: 'china-region-and-market', countries: 'CN' },
  {
    id: 'EUROPE',
    name: 'Europe',
    section: 'europe-region-and-market',
    countries: [
      'AX AD AT BE BV BG HR CY CZ DK EE FO FI FR DE GI GR GL GG HU IS IE IM IT',
      'JE LV LI LT LU MT MC NL NO PL PT RO SM SK SI ES SJ XJ SE CH GB VA',
    ].join(' '),
  },
  { id: 'INDIA', name: 'India', section: 'india-region-and-market', countries: 'IN' },
  { id: 'JAPAN', name: 'Japan', section: 'japan-region-and-market', countries: 'JP' },
  {
    id: 'KOREA',
    name: 'Korea, Republic of',
    section: 'korea-republic-of-region-and-market',
    countries: 'KR',
  },
  {
    id: 'LATAM-CARIBBEAN',
    name: 'Latin America and the Caribbean',
    section: 'latin-america-and-the-caribbean-region-and-market',
    countries: [
      'AI AQ AG AR AW BS BB BZ BM BO BQ VG KY CL CO CR CW DM DO EC SV FK GF GD',
      'GP GT GY HT HN JM MQ MX MS NI PA PY PE PR XS BL KN LC MF VC XE SX GS SR',
      'TT TC UY VE VI',
    ].join(' '),
  },
  {
    id: 'MIDDLE-EAST-CEE',
    name: 'Middle East, Central Europe, and Eastern Europe',
    section: 'middle-east-central-europe-and-eastern-europe-region-and-market',
    countries: [
      'AF AL DZ AM AZ BH BA IO EG GE IQ IL JO KZ XK KW KG LB LS LY MR MD MN ME',
      'MA MZ MK OM PK PS QA SA RS ZA SZ TJ TN TR TM UA AE UZ YE ZW',
    ].join(' '),
  },
  {
    id: 'NEW-ZEALAND',
    name: 'New Zealand',
    section: 'new-zealand-region-and-market',
    countries: 'NZ WS VU',
  },
  { id: 'TAIWAN', name: 'Taiwan', section: 'taiwan-region-and-market', countries: 'TW' },
  {
    id: 'UNITED-STATES',
    name: 'United States',
    section: 'united-states-region-and-market',
    countries: 'AS GU MP US UM',
  },
])
