import { readFileSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import type * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  getSubscription,
  IsoDate,
  IsoDateTime,
  isoDateTime,
  subscriptionId,
  tenantId,
  YearMonth,
} from '../src/index.js'
import { RANGE_CODECS } from '../src/internal/codec.js'
import { addBusinessDaysUtc, addDaysUtc } from '../src/kernel/dates.js'
import { importPartnerCenter } from '../src/partner-center/index.js'

type DateCodec = Pick<t.Type<string, string, unknown>, 'name' | 'is' | 'decode'>
const CODECS: ReadonlyArray<DateCodec> = [IsoDateTime, IsoDate, YearMonth]

/** Decodes without letting an exception escape unnoticed: a throw fails the test. */
const decoded = (codec: DateCodec, u: unknown): string | undefined => {
  const result = codec.decode(u)
  return E.isRight(result) ? result.right : undefined
}

/** Checks the two promises every date codec makes for `u`: no throw, and an accepted value re-decodes to itself. */
const stable = (codec: DateCodec, u: unknown) => {
  const value = decoded(codec, u)
  if (value === undefined) return
  expect(decoded(codec, value)).toBe(value)
  expect(codec.is(value)).toBe(true)
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Days in `month` (1–12) of `year`, from the calendar rules written out independently of the code. */
const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31

describe('IsoDateTime', () => {
  it.each([
    '2020-02-30T00:00:00Z',
    '2019-02-29T00:00:00Z',
    '2020-13-01T00:00:00Z',
    '2020-00-10T00:00:00Z',
    '2020-04-31T00:00:00Z',
    '2020-01-00T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '10000-01-01T00:00:00Z',
    '2020-01-01T24:00:00Z',
    '2020-01-01T23:60:00Z',
    '2020-01-01T23:59:60Z',
    '2020-01-01T00:00:00+01:00',
    '2020-01-01T00:00:00.1234567890Z',
    '2020-01-01T00:00:00',
    '2020-01-01',
    '',
    '２０２０-01-01T00:00:00Z',
  ])('rejects %j without throwing', (raw) => {
    expect(() => IsoDateTime.decode(raw)).not.toThrow()
    expect(E.isLeft(IsoDateTime.decode(raw))).toBe(true)
    expect(() => isoDateTime(raw)).toThrow(RangeError)
  })

  it.each([
    ['2020-02-29T00:00:00Z', '2020-02-29T00:00:00.000Z'],
    ['2000-02-29T12:30Z', '2000-02-29T12:30:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['0099-12-31T23:59:59-00:00', '0099-12-31T23:59:59.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['9999-12-31T23:59:59.999999999Z', '9999-12-31T23:59:59.999Z'],
    ['2019-11-04T09:00:00.5+00:00', '2019-11-04T09:00:00.500Z'],
    ['2019-01-01T00:00:00.1236Z', '2019-01-01T00:00:00.123Z'],
  ])('accepts %j as %j', (raw, normalized) => {
    expect(decoded(IsoDateTime, raw)).toBe(normalized)
    expect(decoded(IsoDateTime, normalized)).toBe(normalized)
  })

  it('fails non-strings normally', () => {
    for (const u of [undefined, null, 0, 1.5e12, {}, [], new Date(0), Symbol('x')])
      expect(E.isLeft(IsoDateTime.decode(u))).toBe(true)
  })

  it('accepts date-shaped strings exactly when they name a real instant, and normalizes them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_500 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.option(fc.integer({ min: 0, max: 61 })),
        fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 11 })),
        fc.constantFrom('Z', '+00:00', '-00:00', '+01:00', 'z', ''),
        (year, month, day, hour, minute, second, fraction, offset) => {
          const raw =
            `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}` +
            (second === null ? '' : `:${pad(second, 2)}${fraction === null ? '' : `.${fraction}`}`) +
            offset
          const valid =
            year >= 1 &&
            year <= 9999 &&
            month >= 1 &&
            month <= 12 &&
            day >= 1 &&
            day <= daysIn(year, month) &&
            hour <= 23 &&
            minute <= 59 &&
            (second ?? 0) <= 59 &&
            (second === null || fraction === null || fraction.length <= 9) &&
            ['Z', '+00:00', '-00:00'].includes(offset)
          const millis = second === null || fraction === null ? '000' : `${fraction}000`.slice(0, 3)
          expect(decoded(IsoDateTime, raw)).toBe(
            valid
              ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second ?? 0, 2)}.${millis}Z`
              : undefined,
          )
          stable(IsoDateTime, raw)
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('IsoDate', () => {
  it.each([
    '2020-02-30',
    '2019-02-29',
    '2020-13-01',
    '2020-00-10',
    '2020-06-31',
    '0000-01-01',
    '10000-01-01',
    '2020-1-01',
  ])('rejects %j without throwing', (raw) => {
    expect(() => IsoDate.decode(raw)).not.toThrow()
    expect(E.isLeft(IsoDate.decode(raw))).toBe(true)
  })

  it.each(['2020-02-29', '2000-02-29', '0001-01-01', '0004-02-29', '9999-12-31'])('accepts %j', (raw) => {
    expect(decoded(IsoDate, raw)).toBe(raw)
  })

  it('accepts date-shaped strings exactly when they are calendar dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_500 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const raw = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
          const valid = year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
          expect(decoded(IsoDate, raw)).toBe(valid ? raw : undefined)
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('YearMonth', () => {
  it('accepts years 0001 to 9999 and months 01 to 12 only', () => {
    for (const raw of ['0001-01', '2020-10', '9999-12']) expect(decoded(YearMonth, raw)).toBe(raw)
    for (const raw of ['0000-01', '10000-01', '2020-00', '2020-13', '2020-1', '2020-10-01'])
      expect(decoded(YearMonth, raw)).toBeUndefined()
  })
})

describe('the date codecs', () => {
  it('are range codecs (MOD-5)', () => {
    for (const codec of CODECS) expect(RANGE_CODECS.has(codec.name)).toBe(true)
  })

  it('never throw on any string, and every accepted value re-decodes to itself', () => {
    const strings = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789-:.TZ+ '), maxLength: 40 }),
      fc.string({ unit: 'binary', minLength: 1000, maxLength: 5000 }),
    )
    fc.assert(
      fc.property(strings, (s) => {
        for (const codec of CODECS) stable(codec, s)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('derived dates', () => {
  const decodes = (at: string) => expect(decoded(IsoDateTime, at)).toBe(at)

  it('add days in UTC', () => {
    expect(addDaysUtc(isoDateTime('2019-11-04T09:00:00Z'), 30)).toBe('2019-12-04T09:00:00.000Z')
    expect(addBusinessDaysUtc(isoDateTime('2019-11-08T09:00:00Z'), 1)).toBe('2019-11-11T09:00:00.000Z')
  })

  it('saturate at 9999-12-31T23:59:59.999Z, so a derived date always decodes', () => {
    const late = isoDateTime('9999-12-30T00:00:00.000Z')
    for (const at of [addDaysUtc(late, 30), addBusinessDaysUtc(late, 30), addDaysUtc(late, 1e12)]) {
      expect(at).toBe('9999-12-31T23:59:59.999Z')
      decodes(at)
    }
    expect(addDaysUtc(late, 1)).toBe('9999-12-31T00:00:00.000Z')
  })

  it('saturate at 0001-01-01T00:00:00.000Z going back', () => {
    const early = isoDateTime('0001-01-02T00:00:00Z')
    for (const at of [addDaysUtc(early, -30), addBusinessDaysUtc(early, -30)]) {
      expect(at).toBe('0001-01-01T00:00:00.000Z')
      decodes(at)
    }
  })
})

describe('the Partner Center importer', () => {
  const PROVIDER = tenantId('3b33e682-00c3-41ee-9dd2-a548adf56438')
  const SUBSCRIPTION = subscriptionId('42226ed6-070a-4e0f-b80c-4cdfb3e97aa7')
  const order = JSON.parse(
    readFileSync(
      new URL('./fixtures/partner-center/order-create-indirect-reseller-customer-response.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>

  /** The `createdAt` the importer gives a subscription ordered on `creationDate`, with the machine in New York. */
  const createdAt = (creationDate: string): string | null | undefined => {
    const zone = process.env.TZ
    process.env.TZ = 'America/New_York'
    try {
      expect(new Date(2019, 10, 1).getTimezoneOffset()).toBe(240)
      const result = importPartnerCenter({
        at: '2020-03-02T00:00:00Z',
        partner: { tenantId: PROVIDER, roles: ['indirectProvider'], region: 'US', mpnId: '4847383' },
        // the customer the order is for, so that the imported state holds what its subscriptions name
        customers: [
          {
            id: 'c501c3c4-d776-40ef-9ecf-9cefb59442c1',
            companyProfile: { companyName: 'Wingtip Toys', address: { country: 'US' } },
            relationshipToPartner: 'none',
          },
        ],
        orders: [{ ...order, creationDate }],
      })
      if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
      return getSubscription(result.right, SUBSCRIPTION)?.createdAt
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  }

  it('reads a date without an offset as UTC, whatever the time zone of the machine', () => {
    expect(createdAt('2019-11-01T10:00:00')).toBe('2019-11-01T10:00:00.000Z')
    expect(createdAt('2019-11-01')).toBe('2019-11-01T00:00:00.000Z')
  })

  it.each([
    ['2017-04-10T16:02:25.983-07:00', '2017-04-10T23:02:25.983Z'],
    ['2019-11-01T10:00:00+01:00', '2019-11-01T09:00:00.000Z'],
    ['2019-11-01T10:00:00-0800', '2019-11-01T18:00:00.000Z'],
    ['2019-11-01T10:00:00.1234567Z', '2019-11-01T10:00:00.123Z'],
    ['2015-11-25T06: 41: 12Z', '2015-11-25T06:41:12.000Z'],
  ])('converts %j to %j', (raw, utc) => {
    expect(createdAt(raw)).toBe(utc)
  })

  it.each([
    'yesterday',
    '2019-02-29T10:00:00Z',
    '2019-11-01T24:00:00Z',
    '2019-11-01T10:00:00+24:00',
    '0001-01-01T00:30:00+01:00',
    '9999-12-31T23:30:00-01:00',
    '10000-01-01T00:00:00Z',
  ])('leaves %j out', (raw) => {
    expect(createdAt(raw)).toBeNull()
  })
})
