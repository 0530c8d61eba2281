/**
 * The JSON Schema of the codecs whose shape cannot be read from the codec itself: branded strings
 * (identifiers, dates, text), whose test is a function, and number refinements, whose bounds are.
 * Each entry is checked against the codec when the schema is built (see `scenarioJsonSchema`).
 *
 * @module
 */
import type * as t from 'io-ts'
import {
  Email,
  InvitationId,
  IsoDate,
  IsoDateTime,
  MpnId,
  Region,
  SubscriptionId,
  TenantId,
  YearMonth,
} from '../kernel/ids.js'
import { UsdAmount, UsdDecimal } from '../kernel/money.js'
import { Text } from '../kernel/text.js'
import { SecurityGroupId } from '../model/gdap.js'
import { RoleDefinitionId } from '../model/gdapRoles.js'
import { MAX_SEATS } from '../model/subscription.js'
import { PcSubscriptionBody } from '../partner-center/commercePayloads.js'
import { Present } from '../partner-center/payloads.js'
import type { JsonSchema } from './codecs.js'

const GUID = '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'
const USD = '^-?[0-9]{1,13}(\\.[0-9]{1,2})?$'

/**
 * A codec with its schema, and values the codec accepts and refuses: building the schema checks
 * that the schema agrees with the codec on each, so the two cannot drift apart unnoticed.
 */
interface Leaf {
  readonly codec: t.Mixed
  readonly schema: JsonSchema
  readonly accepts: ReadonlyArray<unknown>
  readonly refuses: ReadonlyArray<unknown>
}

/** The branded and opaque codecs. @internal */
export const LEAVES: ReadonlyArray<Leaf> = [
  {
    codec: TenantId,
    schema: { type: 'string', pattern: GUID },
    accepts: ['484E548C-f5f3-4528-93a9-c16c6373cb59'],
    refuses: ['484e548c'],
  },
  { codec: SubscriptionId, schema: { type: 'string', pattern: GUID }, accepts: [], refuses: ['x'] },
  { codec: RoleDefinitionId, schema: { type: 'string', pattern: GUID }, accepts: [], refuses: ['x'] },
  { codec: SecurityGroupId, schema: { type: 'string', pattern: GUID }, accepts: [], refuses: ['x'] },
  {
    codec: MpnId,
    schema: { type: 'string', pattern: '^[1-9][0-9]{0,11}$' },
    accepts: ['4847383'],
    refuses: ['0123'],
  },
  {
    codec: InvitationId,
    schema: { type: 'string', minLength: 1, maxLength: 128, pattern: '^\\S(.*\\S)?$' },
    accepts: ['invitation-1', 'a'],
    refuses: ['', ' a'],
  },
  {
    codec: IsoDateTime,
    schema: {
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-]00:00)$',
    },
    accepts: ['2019-11-01T09:00:00Z', '2019-11-01T09:00Z', '2019-11-01T09:00:00.123456+00:00'],
    refuses: ['2019-11-01', '2019-11-01T09:00:00+01:00'],
  },
  {
    codec: IsoDate,
    schema: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    accepts: ['2019-11-15'],
    refuses: ['2019-11'],
  },
  {
    codec: YearMonth,
    schema: { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' },
    accepts: ['2020-10'],
    refuses: ['2020-13'],
  },
  { codec: Region, schema: { type: 'string', pattern: '^[A-Z][A-Z0-9-]{1,15}$' }, accepts: ['US'], refuses: ['us'] },
  {
    codec: Email,
    schema: { type: 'string', maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' },
    accepts: ['csp@contoso.example'],
    refuses: ['csp'],
  },
  {
    codec: Text,
    schema: { type: 'string', minLength: 1, maxLength: 256, pattern: '\\S' },
    accepts: ['Contoso'],
    refuses: ['', '   '],
  },
  { codec: UsdAmount, schema: { type: 'string', pattern: USD }, accepts: ['212480.00'], refuses: ['1.234'] },
  { codec: UsdDecimal, schema: { type: 'string', pattern: USD }, accepts: ['-15.25'], refuses: ['$5'] },
  // a Partner Center body: any value (Present), a subscription body in camelCase or PascalCase
  { codec: Present, schema: {}, accepts: [], refuses: [] },
  { codec: PcSubscriptionBody, schema: { type: 'object' }, accepts: [], refuses: [] },
]

/** The whole numbers from `minimum` to `maximum`, or any safe integer. */
interface Bounds {
  readonly minimum?: number
  readonly maximum?: number
}

/** The number refinements, by codec name, with their bounds. @internal */
export const REFINEMENTS: Readonly<Record<string, Bounds>> = {
  Seats: { minimum: 1, maximum: MAX_SEATS },
  SeatCount: { minimum: 0, maximum: MAX_SEATS },
  RefundableQuantity: { minimum: 0, maximum: MAX_SEATS },
  SeatBatchQuantity: { minimum: 1, maximum: MAX_SEATS },
  ScheduledSeats: { minimum: 1, maximum: MAX_SEATS },
  UpdateCount: { minimum: 0, maximum: MAX_SEATS },
  GdapDurationDays: { minimum: 1, maximum: 730 },
  GdapDurationInput: { minimum: 1, maximum: 36_500 },
  GdapAutoExtendInput: { minimum: 0, maximum: 36_500 },
  UsdCents: {},
}
