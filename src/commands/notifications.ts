/**
 * Notifications the program sends, as events.
 *
 * @internal
 */
import type { DomainEvent, NotificationSubject } from '../events/events.js'
import type { IsoDateTime } from '../model/ids.js'
import type { Partner } from '../model/partner.js'

/** A `PrimaryContactNotified` event for `partner`, or none when it has no primary contact email. */
export const notifyPrimaryContact = (
  partner: Partner | undefined,
  at: IsoDateTime,
  subject: NotificationSubject,
): ReadonlyArray<DomainEvent> =>
  partner?.primaryContactEmail == null
    ? []
    : [
        {
          _tag: 'PrimaryContactNotified',
          at,
          partnerTenantId: partner.tenantId,
          email: partner.primaryContactEmail,
          subject,
        },
      ]
