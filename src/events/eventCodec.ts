/**
 * How an event codec is written: an exact codec with its `_tag` and `at`, and for a partner's event
 * also `partnerTenantId`. Shared by the modules that define the members of `DomainEvent`.
 *
 * @internal
 */
import * as t from 'io-ts'
import { exact } from '../internal/codec.js'
import { IsoDateTime, TenantId } from '../kernel/ids.js'

/** An event codec: `_tag`, `at` (ISO-8601 UTC), the event's own fields and its optional ones. */
export const event = <T extends string, P extends t.Props, O extends t.Props = Record<never, never>>(
  tag: T,
  props: P,
  optional?: O,
) => exact(tag, { _tag: t.literal(tag), at: IsoDateTime, ...props }, optional)

/** An event codec about one partner: {@link event} with `partnerTenantId`. */
export const partnerEvent = <T extends string, P extends t.Props, O extends t.Props = Record<never, never>>(
  tag: T,
  props: P,
  optional?: O,
) => event(tag, { partnerTenantId: TenantId, ...props }, optional)
