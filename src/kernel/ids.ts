/**
 * Identifiers and scalar values of the CSP program, as branded strings with io-ts codecs.
 *
 * A partner has two identifiers that must never be mixed up: its {@link TenantId} (the
 * Microsoft Entra tenant GUID that is its CSP account) and its {@link MpnId} (the numeric
 * PartnerID / MPN ID used as partner of record). Partner Center uses the tenant ID in
 * `associatedPartnerId` and the MPN ID in a subscription's `partnerId`.
 *
 * @module
 */
import * as t from 'io-ts'
import { RANGE_CODECS } from '../internal/codec.js'
import { calendarDate, calendarMonth, canonicalInstant, codecInstant } from './dates.js'
import { printable } from './text.js'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** A GUID already in its canonical spelling, lower case: what `GUID` accepts and lower case leaves alone. */
const LOWER_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Builds a branded string codec. `normalize` maps every accepted spelling to one canonical
 * spelling, so that equal identifiers compare equal as strings; `canonical` tells, cheaply, whether
 * a string is already accepted and canonical (the fast path of `is` and of decoding).
 */
function brandedString<B>(
  name: string,
  expected: string,
  accept: (s: string) => boolean,
  normalize: (s: string) => string = (s) => s,
  canonical: (s: string) => boolean = (s) => accept(s) && normalize(s) === s,
): t.Type<string & B, string, unknown> {
  const is = (u: unknown): u is string & B => typeof u === 'string' && canonical(u)
  return new t.Type<string & B, string, unknown>(
    name,
    is,
    (u, c) => {
      if (is(u)) return t.success(u)
      return typeof u === 'string' && accept(u)
        ? t.success(normalize(u) as string & B)
        : t.failure(u, c, `expected ${expected}`)
    },
    (a) => a,
  )
}

/** Makes a constructor that validates a raw string, throwing a `RangeError` that explains the expected form. */
function constructorOf<A extends string>(codec: t.Type<A, string, unknown>, expected: string) {
  return (raw: string): A => {
    const result = codec.decode(raw)
    if (result._tag === 'Left') throw new RangeError(`${codec.name}: ${JSON.stringify(raw)} is not ${expected}`)
    return result.right
  }
}

/** @category models @since 0.1.0 */
export interface TenantIdBrand {
  readonly TenantId: unique symbol
}
/**
 * A Microsoft Entra tenant ID: a GUID, kept in lower case. Identifies partner tenants, customer
 * tenants and integration sandbox tenants.
 *
 * @category models
 * @since 0.1.0
 */
export type TenantId = string & TenantIdBrand
const tenantIdExpected = 'a tenant ID (GUID such as "484e548c-f5f3-4528-93a9-c16c6373cb59")'
/**
 * Codec for {@link TenantId}: accepts any GUID spelling and decodes it to lower case.
 *
 * @category codecs
 */
export const TenantId = brandedString<TenantIdBrand>(
  'TenantId',
  tenantIdExpected,
  (s) => GUID.test(s),
  (s) => s.toLowerCase(),
  (s) => LOWER_GUID.test(s),
)
/**
 * Validates a raw string as a {@link TenantId}. Throws a `RangeError` for anything that is not a GUID
 * (a programmer error; use the {@link TenantId} codec to validate untrusted input).
 *
 * @category constructors
 * @since 0.1.0
 */
export const tenantId = constructorOf(TenantId, tenantIdExpected)

/** @category models @since 0.1.0 */
export interface MpnIdBrand {
  readonly MpnId: unique symbol
}
/**
 * An MPN ID (PartnerID): the numeric identifier of a partner's Partner Program account, such as
 * `"4847383"`. Used as partner of record on subscriptions and orders.
 *
 * @category models
 * @since 0.1.0
 */
export type MpnId = string & MpnIdBrand
const mpnExpected = 'an MPN ID (PartnerID: 1 to 12 digits without a leading zero, such as "4847383")'
/** Codec for {@link MpnId}. @category codecs */
export const MpnId = brandedString<MpnIdBrand>('MpnId', mpnExpected, (s) => /^[1-9]\d{0,11}$/.test(s))
/** Validates a raw string as an {@link MpnId}; throws a `RangeError` otherwise. @category constructors @since 0.1.0 */
export const mpnId = constructorOf(MpnId, mpnExpected)

/** @category models @since 0.1.0 */
export interface SubscriptionIdBrand {
  readonly SubscriptionId: unique symbol
}
/** A subscription ID (GUID, kept in lower case). @category models @since 0.1.0 */
export type SubscriptionId = string & SubscriptionIdBrand
const subscriptionExpected = 'a subscription ID (GUID)'
/** Codec for {@link SubscriptionId}: any GUID spelling, decoded to lower case. @category codecs */
export const SubscriptionId = brandedString<SubscriptionIdBrand>(
  'SubscriptionId',
  subscriptionExpected,
  (s) => GUID.test(s),
  (s) => s.toLowerCase(),
  (s) => LOWER_GUID.test(s),
)
/** Validates a raw string as a {@link SubscriptionId}; throws a `RangeError` otherwise. @category constructors @since 0.1.0 */
export const subscriptionId = constructorOf(SubscriptionId, subscriptionExpected)

/** @category models @since 0.1.0 */
export interface InvitationIdBrand {
  readonly InvitationId: unique symbol
}
/**
 * The ID of an invitation (customer invitation or partnership request). Chosen by the caller, so
 * that commands stay pure: any non-empty string without surrounding spaces or control characters.
 *
 * @category models
 * @since 0.1.0
 */
export type InvitationId = string & InvitationIdBrand
const invitationExpected =
  'an invitation ID of 1 to 128 printable characters without surrounding spaces (no control, zero-width or bidi characters)'
/** Codec for {@link InvitationId}. @category codecs */
export const InvitationId = brandedString<InvitationIdBrand>(
  'InvitationId',
  invitationExpected,
  (s) => s.length > 0 && s.length <= 128 && s.trim() === s && printable(s),
)
/** Validates a raw string as an {@link InvitationId}; throws a `RangeError` otherwise. @category constructors @since 0.1.0 */
export const invitationId = constructorOf(InvitationId, invitationExpected)

/** @category models @since 0.1.0 */
export interface IsoDateTimeBrand {
  readonly IsoDateTime: unique symbol
}
/**
 * An instant as an ISO-8601 UTC string in the `Date.prototype.toISOString` form
 * (`2019-11-04T09:00:00.000Z`), from `0001-01-01T00:00:00.000Z` to `9999-12-31T23:59:59.999Z`, so
 * two instants compare correctly as strings.
 *
 * @category models
 * @since 0.1.0
 */
export type IsoDateTime = string & IsoDateTimeBrand
const instantExpected = 'an ISO-8601 UTC instant such as "2019-11-04T09:00:00Z"'
/**
 * Codec for {@link IsoDateTime}. Accepts `YYYY-MM-DDThh:mm`, optionally with `:ss` and then a
 * fraction of 1 to 9 digits, followed by `Z`, `+00:00` or `-00:00`: a real calendar date (leap years
 * included) of years 0001 to 9999, hour 00–23, minute and second 00–59. Decodes to the `toISOString`
 * form, the fraction truncated to milliseconds. Anything else fails, never throws. @category codecs
 */
export const IsoDateTime = brandedString<IsoDateTimeBrand>(
  'IsoDateTime',
  instantExpected,
  (s) => codecInstant(s) !== undefined,
  (s) => codecInstant(s) ?? s,
  canonicalInstant,
)
/** Validates and normalizes a raw string as an {@link IsoDateTime}; throws a `RangeError` otherwise. @category constructors @since 0.1.0 */
export const isoDateTime = constructorOf(IsoDateTime, instantExpected)

/** @category models @since 0.1.0 */
export interface IsoDateBrand {
  readonly IsoDate: unique symbol
}
/** A calendar date as an ISO-8601 string `YYYY-MM-DD` (for example a partner's anniversary date). @category models @since 0.1.0 */
export type IsoDate = string & IsoDateBrand
const dateExpected = 'an ISO-8601 calendar date from year 0001 to 9999 such as "2019-11-15"'
/**
 * Codec for {@link IsoDate}: exactly `YYYY-MM-DD`, a real date of the Gregorian calendar (29 February
 * only in leap years) from `0001-01-01` to `9999-12-31`. Anything else fails, never throws. @category codecs
 */
export const IsoDate = brandedString<IsoDateBrand>('IsoDate', dateExpected, calendarDate)
/** Validates a raw string as an {@link IsoDate}; throws a `RangeError` otherwise. @category constructors @since 0.1.0 */
export const isoDate = constructorOf(IsoDate, dateExpected)

/** @category models @since 0.1.0 */
export interface RegionBrand {
  readonly Region: unique symbol
}
/**
 * A CSP region or market code, compared for equality only (REG-1, REG-2). The Partner Center
 * importer uses the two-letter country code of an address (`"US"`, `"BR"`). Upper-case letters,
 * digits and dashes.
 *
 * @category models
 * @since 0.1.0
 */
export type Region = string & RegionBrand
const regionExpected = 'a region code in upper case such as "US"'
/** Codec for {@link Region}. @category codecs */
export const Region = brandedString<RegionBrand>('Region', regionExpected, (s) => /^[A-Z][A-Z0-9-]{1,15}$/.test(s))
/** Validates a raw string as a {@link Region}; throws a `RangeError` otherwise. @category constructors @since 0.1.0 */
export const region = constructorOf(Region, regionExpected)

/** @category models @since 0.1.0 */
export interface EmailBrand {
  readonly Email: unique symbol
}
/** An email address (checked for the shape `local@domain` only). @category models @since 0.1.0 */
export type Email = string & EmailBrand
const emailExpected = 'an email address local@domain of at most 254 printable characters'
/** Codec for {@link Email}. @category codecs */
export const Email = brandedString<EmailBrand>(
  'Email',
  emailExpected,
  (s) => s.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(s) && printable(s),
)
/** Validates a raw string as an {@link Email}; throws a `RangeError` otherwise. @category constructors @since 0.1.0 */
export const email = constructorOf(Email, emailExpected)

/** @category models @since 0.1.0 */
export interface YearMonthBrand {
  readonly YearMonth: unique symbol
}
/** A calendar month as `YYYY-MM` (revenue is recorded by month, DB-5). @category models @since 0.1.0 */
export type YearMonth = string & YearMonthBrand
const monthExpected = 'a month from 0001-01 to 9999-12 such as "2020-10"'
/** Codec for {@link YearMonth}: exactly `YYYY-MM`, year 0001 to 9999, month 01 to 12; never throws. @category codecs */
export const YearMonth = brandedString<YearMonthBrand>('YearMonth', monthExpected, calendarMonth)
/** The date codecs are range codecs (MOD-5): a date that is not on the calendar is an out-of-range value. */
for (const codec of [IsoDateTime, IsoDate, YearMonth]) RANGE_CODECS.add(codec.name)
/** Validates a raw string as a {@link YearMonth}; throws a `RangeError` otherwise. @category constructors @since 0.1.0 */
export const yearMonth = constructorOf(YearMonth, monthExpected)
