/**
 * `approveResellerGdapRelationship`: an indirect reseller approves a relationship its indirect
 * provider created for it (GDAP-15).
 *
 * @module
 */
import type * as t from 'io-ts'
import { defineCommand } from '../contract.js'
import { loadGdap, type GdapContext } from './gdapChecks.js'
import { resellerConsentChecks, resellerConsentInput } from './resellerConsent.js'

/** Codec for {@link ApproveResellerGdapRelationshipInput}. @category codecs @since 0.2.0 */
export const ApproveResellerGdapRelationshipInput = resellerConsentInput('ApproveResellerGdapRelationshipInput')
/** Input of {@link approveResellerGdapRelationship}: the reseller tenant and the relationship. @category commands */
export interface ApproveResellerGdapRelationshipInput extends t.TypeOf<typeof ApproveResellerGdapRelationshipInput> {}

type Context = GdapContext<ApproveResellerGdapRelationshipInput>

/**
 * The reseller's admin agent or global admin approves a GDAP relationship its indirect provider
 * created for it (GDAP-15): its consent is no longer pending, and the relationship, still approval
 * pending, awaits the customer's approval ({@link approveGdapRelationship}) within the 90 days from
 * its creation (GDAP-5).
 *
 * Violations: `GDAP-1` (before 2022-01-10), `MOD-1` (unknown partner or relationship), `ROL-2` (a
 * partner user of another tenant, `ActsForAnotherTenant`), `GDAP-16` (an actor that is not an admin
 * agent or global admin of a partner: Microsoft, a customer admin or another partner role,
 * `GdapNotAdminAgent`), `GDAP-15` (a partner other than the reseller, `GdapNotResellerAdmin`; no
 * consent pending, `GdapPartnerConsentNotPending`), `GDAP-5` (`GdapRequestExpired`).
 *
 * Emits `GdapResellerConsentGiven`.
 *
 * @example
 * ```ts
 * import { approveResellerGdapRelationship } from 'csp-channel'
 * approveResellerGdapRelationship(state, { actor, at, partnerTenantId: resellerTenantId, relationshipId: 'contoso-for-reseller' })
 * // Right: GdapResellerConsentGiven
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const approveResellerGdapRelationship = defineCommand({
  name: 'approveResellerGdapRelationship',
  input: ApproveResellerGdapRelationshipInput,
  load: loadGdap,
  checks: resellerConsentChecks<Context>(),
  decide: ({ input }) => [{ _tag: 'GdapResellerConsentGiven', at: input.at, relationshipId: input.relationshipId }],
})
