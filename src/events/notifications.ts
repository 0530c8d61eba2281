/**
 * Notifications the program sends, as events.
 *
 * @internal
 */
import type { DomainEvent, NotificationSubject } from './events.js'
import type { Email, IsoDateTime } from '../kernel/ids.js'
import type { Partner } from '../model/partner.js'

/**
 * A `PrimaryContactNotified` event for `partner` at `email` (by default its profile's primary
 * contact email), or none when there is no partner or no email to write to.
 */
export const notifyPrimaryContact = (
  partner: Partner | undefined,
  at: IsoDateTime,
  subject: NotificationSubject,
  email: Email | null = partner?.primaryContactEmail ?? null,
): ReadonlyArray<DomainEvent> =>
  partner === undefined || email === null
    ? []
    : [{ _tag: 'PrimaryContactNotified', at, partnerTenantId: partner.tenantId, email, subject }]

/**
 * Where the notices of a pending indirect reseller enrollment go (TRN-4): the primary contact email
 * given in the enrollment form, else (an enrollment recorded without one) the profile's.
 */
export const enrollmentContact = (partner: Partner | undefined): Email | null =>
  (partner?.indirectReseller.status === 'pending' ? partner.indirectReseller.primaryContactEmail : undefined) ??
  partner?.primaryContactEmail ??
  null
