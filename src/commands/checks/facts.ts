/**
 * The warnings of checks that cannot judge because the state does not know a fact (imported data):
 * the command is judged without it and carries a `FactUnknown` warning naming what to import.
 *
 * @internal
 */
import type { Partner } from '../../model/partner.js'
import type { ResellerRelationship } from '../../model/relationship.js'
import { unknownFact } from '../building.js'

/** The warning for an MPA known to be signed, but not since when, on a command dated before the import; or not known to be signed at all. */
export const mpaDateUnknown = (partner: Partner) =>
  unknownFact(
    [partner.tenantId],
    partner.mpaSignedAt === null
      ? `Whether partner ${partner.name} has signed the Microsoft Partner Agreement is unknown (no agreement status was imported for it); import GET /v1/compliance/csp/agreementstatus for it to know.`
      : `Partner ${partner.name} has signed the Microsoft Partner Agreement, but the imported agreement status gives no date, so whether it was signed by this command's date is unknown; record the signature with signMpa to know.`,
  )

/** The warning for a reseller relationship whose delegated admin privileges are unknown (imported from a list body). */
export const delegatedAdminUnknown = (r: ResellerRelationship) =>
  unknownFact(
    [r.partnerTenantId, r.customerTenantId],
    `Whether partner ${r.partnerTenantId} holds delegated admin privileges for customer ${r.customerTenantId} is unknown (customer list bodies omit allowDelegatedAccess); import the customer itself (GET /v1/customers/{id}) to know.`,
  )
