/** Date arithmetic on ISO-8601 UTC strings, through date-fns in the UTC time zone. @internal */
import { UTCDate } from '@date-fns/utc'
import { addBusinessDays, addDays } from 'date-fns'
import type { IsoDateTime } from '../model/ids.js'

const iso = (d: Date) => d.toISOString() as IsoDateTime

/** `at` plus `days` business days (Monday to Friday), in UTC. @internal */
export const addBusinessDaysUtc = (at: IsoDateTime, days: number): IsoDateTime =>
  iso(addBusinessDays(new UTCDate(at), days))

/** `at` plus `days` calendar days, in UTC. @internal */
export const addDaysUtc = (at: IsoDateTime, days: number): IsoDateTime => iso(addDays(new UTCDate(at), days))
