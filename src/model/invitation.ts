/**
 * Customer invitations: a partner's request to a customer to establish a reseller relationship
 * (INV-1, seeds 000 and 001).
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, literals, nullable } from '../internal/codec.js'
import { InvitationId, IsoDateTime, TenantId } from '../kernel/ids.js'
import { NewCustomer } from './tenant.js'

/**
 * `directReseller`: the partner asks for a reseller relationship for itself. `indirectReseller`:
 * an indirect reseller asks for relationships with itself and its indirect provider at once.
 *
 * @category models
 * @since 0.1.0
 */
export const InvitationKind = literals(['directReseller', 'indirectReseller'], 'InvitationKind')
/** @category models */
export type InvitationKind = t.TypeOf<typeof InvitationKind>

/** Codec for {@link Invitation}. @category codecs @since 0.1.0 */
export const Invitation = exact('Invitation', {
  id: InvitationId,
  kind: InvitationKind,
  partnerTenantId: TenantId,
  indirectProviderTenantId: nullable(TenantId),
  customerTenantId: TenantId,
  delegatedAdmin: t.boolean,
  newCustomer: nullable(NewCustomer),
  issuedAt: IsoDateTime,
  acceptedAt: nullable(IsoDateTime),
})
/**
 * An invitation, personal to the invited customer tenant (INV-1, INV-3): who issued it, for which
 * indirect provider (indirect reseller invitations), whether it includes delegated admin
 * privileges, the customer's details if its tenant was new to the model, when it was issued and
 * when it was accepted (`null` while open).
 *
 * @category models
 */
export interface Invitation extends t.TypeOf<typeof Invitation> {}
