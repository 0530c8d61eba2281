import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Region, region } from '../src/kernel/ids.js'
import { describeRegion, MARKETS, MARKET_SOURCE, marketOf, sameMarket } from '../src/model/markets.js'

// Facts below are checked against Microsoft's page "Cloud Solution Provider program regional markets and
// currencies where you can sell CSP offers" (partner-center/regional-authorization-overview.md, ms.date
// 2023-08-17); the comment on each names the page section it comes from.

const r = (code: string) => region(code)
const idOf = (code: string) => marketOf(r(code)).id

describe('the market table', () => {
  it('cites its source page and version', () => {
    expect(MARKET_SOURCE.url).toBe('https://learn.microsoft.com/partner-center/regional-authorization-overview')
    expect(MARKET_SOURCE.pageDate).toBe('2023-08-17')
  })

  it('lists the fifteen markets of the page, in page order', () => {
    expect(MARKETS.map((m) => m.id)).toEqual([
      'AFRICA',
      'ASIA-PACIFIC',
      'AUSTRALIA',
      'BRAZIL',
      'CANADA',
      'CHINA',
      'EUROPE',
      'INDIA',
      'JAPAN',
      'KOREA',
      'LATAM-CARIBBEAN',
      'MIDDLE-EAST-CEE',
      'NEW-ZEALAND',
      'TAIWAN',
      'UNITED-STATES',
    ])
  })

  it('puts every country in at most one market', () => {
    const seen = new Map<string, string>()
    for (const market of MARKETS)
      for (const country of market.countries) {
        expect(seen.get(country), `${country} in ${market.id} and ${seen.get(country)}`).toBeUndefined()
        seen.set(country, market.id)
      }
    expect(seen.size).toBe(245)
  })

  it('uses valid region syntax for every market ID and country code, and two letters exactly for countries', () => {
    for (const market of MARKETS) {
      expect(Region.is(market.id), market.id).toBe(true)
      expect(market.id).not.toMatch(/^[A-Z]{2}$/)
      expect(market.countries.length).toBeGreaterThan(0)
      for (const country of market.countries) {
        expect(Region.is(country), country).toBe(true)
        expect(country).toMatch(/^[A-Z]{2}$/)
      }
    }
  })

  it('names each market and the page section it comes from', () => {
    for (const market of MARKETS) {
      expect(market.name.length).toBeGreaterThan(0)
      expect(market.section).toMatch(/^[a-z-]+-region-and-market$/)
    }
    expect(new Set(MARKETS.map((m) => m.section)).size).toBe(MARKETS.length)
  })

  it('is deeply frozen', () => {
    expect(Object.isFrozen(MARKETS)).toBe(true)
    for (const market of MARKETS) {
      expect(Object.isFrozen(market)).toBe(true)
      expect(Object.isFrozen(market.countries)).toBe(true)
    }
    expect(() => (MARKETS[0]!.countries as Region[]).push(r('ZZ'))).toThrow(TypeError)
  })

  it('has as many countries in each market as the page has rows', () => {
    const sizes = Object.fromEntries(MARKETS.map((m) => [m.id, m.countries.length]))
    expect(sizes).toEqual({
      AFRICA: 47, // "Africa region and market": 47 rows
      'ASIA-PACIFIC': 18, // "Asia and Pacific region and market"
      AUSTRALIA: 21, // "Australia region and market"
      BRAZIL: 1, // "Brazil region and market" (two currency tables, one country)
      CANADA: 2, // "Canada region and market"
      CHINA: 1, // "China region and market"
      EUROPE: 46, // "Europe region and market": 45 rows, Svalbard and Jan Mayen as SJ and XJ
      INDIA: 1,
      JAPAN: 1,
      KOREA: 1,
      'LATAM-CARIBBEAN': 53, // "Latin America and the Caribbean region and market": 53 rows
      'MIDDLE-EAST-CEE': 44, // "Middle East, Central Europe, and Eastern Europe region and market"
      'NEW-ZEALAND': 3, // "New Zealand region and market"
      TAIWAN: 1,
      'UNITED-STATES': 5, // "United States region and market"
    })
  })
})

describe('marketOf and sameMarket', () => {
  it('puts France and Germany in one market (Europe region and market)', () => {
    expect(idOf('FR')).toBe('EUROPE')
    expect(sameMarket(r('FR'), r('DE'))).toBe(true)
    expect(sameMarket(r('GB'), r('IT'))).toBe(true)
    expect(sameMarket(r('CH'), r('NO'))).toBe(true)
  })

  it('keeps the United States and Brazil apart (page introduction; United States and Brazil sections)', () => {
    expect(idOf('US')).toBe('UNITED-STATES')
    expect(idOf('BR')).toBe('BRAZIL')
    expect(sameMarket(r('US'), r('BR'))).toBe(false)
    expect(sameMarket(r('US'), r('CA'))).toBe(false)
    expect(sameMarket(r('BR'), r('AR'))).toBe(false)
  })

  it('sells from the United States to its outlying islands (United States region and market)', () => {
    for (const code of ['UM', 'GU', 'AS', 'MP']) expect(sameMarket(r('US'), r(code)), code).toBe(true)
  })

  it('follows the page where geography would guess otherwise', () => {
    // Latin America and the Caribbean region and market: Puerto Rico and the U.S. Virgin Islands
    expect(idOf('PR')).toBe('LATAM-CARIBBEAN')
    expect(idOf('VI')).toBe('LATAM-CARIBBEAN')
    expect(sameMarket(r('PR'), r('US'))).toBe(false)
    // Middle East, Central Europe, and Eastern Europe region and market: South Africa, Morocco, Türkiye
    expect(idOf('ZA')).toBe('MIDDLE-EAST-CEE')
    expect(sameMarket(r('ZA'), r('KE'))).toBe(false)
    expect(sameMarket(r('TR'), r('MA'))).toBe(true)
    // Africa region and market: French Polynesia and New Caledonia are listed there
    expect(idOf('PF')).toBe('AFRICA')
    expect(idOf('NC')).toBe('AFRICA')
    // Canada region and market: Saint Pierre and Miquelon
    expect(sameMarket(r('CA'), r('PM'))).toBe(true)
    // New Zealand region and market: Samoa and Vanuatu, not Australia
    expect(sameMarket(r('NZ'), r('WS'))).toBe(true)
    expect(sameMarket(r('NZ'), r('AU'))).toBe(false)
    // Asia and Pacific region and market: Singapore and Hong Kong, not China, not Japan
    expect(sameMarket(r('SG'), r('HK'))).toBe(true)
    expect(sameMarket(r('HK'), r('CN'))).toBe(false)
    expect(sameMarket(r('SG'), r('JP'))).toBe(false)
  })

  it("maps Partner Center's own codes with their ISO neighbours (Latin America; Europe)", () => {
    expect(sameMarket(r('BQ'), r('XS'))).toBe(true)
    expect(sameMarket(r('XE'), r('MX'))).toBe(true)
    expect(sameMarket(r('SJ'), r('XJ'))).toBe(true)
    expect(idOf('XJ')).toBe('EUROPE')
    expect(idOf('XK')).toBe('MIDDLE-EAST-CEE')
  })

  it('makes a value outside the table a market of its own', () => {
    for (const code of ['RU', 'BY', 'ZZ', 'EMEA', 'EU']) {
      const market = marketOf(r(code))
      expect(market).toEqual({ id: code, name: code, section: null, countries: [code] })
      expect(Object.isFrozen(market)).toBe(true)
      expect(sameMarket(r(code), r(code))).toBe(true)
      expect(sameMarket(r(code), r('FR'))).toBe(false)
      expect(sameMarket(r('US'), r(code))).toBe(false)
    }
    expect(sameMarket(r('RU'), r('BY'))).toBe(false)
  })

  it('resolves a market ID to its market', () => {
    for (const market of MARKETS) expect(marketOf(market.id)).toBe(market)
    expect(sameMarket(r('EUROPE'), r('FR'))).toBe(true)
    expect(sameMarket(r('EUROPE'), r('US'))).toBe(false)
  })

  it('is reflexive and symmetric, and agrees with equal markets', () => {
    const codes = MARKETS.flatMap((m) => m.countries)
    const anyRegion = fc.oneof(
      fc.constantFrom(...codes, ...MARKETS.map((m) => m.id)),
      fc.stringMatching(/^[A-Z][A-Z0-9-]{1,15}$/).map((s) => r(s)),
    )
    fc.assert(
      fc.property(anyRegion, anyRegion, (a, b) => {
        expect(sameMarket(a, a)).toBe(true)
        expect(sameMarket(a, b)).toBe(sameMarket(b, a))
        expect(sameMarket(a, b)).toBe(marketOf(a).id === marketOf(b).id)
        expect(marketOf(marketOf(a).id).id).toBe(marketOf(a).id)
      }),
    )
  })
})

describe('describeRegion', () => {
  it('names the region and its market for messages', () => {
    expect(describeRegion(r('FR'))).toBe('FR (market Europe)')
    expect(describeRegion(r('PR'))).toBe('PR (market Latin America and the Caribbean)')
    expect(describeRegion(r('BR'))).toBe('BR (market Brazil)')
    expect(describeRegion(r('RU'))).toBe('RU (market RU)')
  })
})
