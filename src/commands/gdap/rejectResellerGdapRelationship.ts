/**
 * `rejectResellerGdapRelationship`: an indirect reseller rejects a relationship its indirect
 * provider created for it (GDAP-15).
 *
 * @module
 */
import type * as t from 'io-ts'
import { defineCommand } from '../contract.js'
import { loadGdap, type GdapContext } from './gdapChecks.js'
import { resellerConsentChecks, resellerConsentInput } from './resellerConsent.js'

/** Codec for {@link RejectResellerGdapRelationshipInput}. @category codecs @since 0.2.0 */
export const RejectResellerGdapRelationshipInput = resellerConsentInput('RejectResellerGdapRelationshipInput')
/** Input of {@link rejectResellerGdapRelationship}: the reseller tenant and the relationship. @category commands */
export interface RejectResellerGdapRelationshipInput extends t.TypeOf<typeof RejectResellerGdapRelationshipInput> {}

type Context = GdapContext<RejectResellerGdapRelationshipInput>

/**
 * The reseller's admin agent or global admin rejects a GDAP relationship its indirect provider
 * created for it (GDAP-15): the relationship is `rejected` and never becomes active.
 *
 * Violations: `GDAP-1` (before 2022-01-10), `MOD-1` (unknown partner or relationship), `ROL-2` (a
 * partner user of another tenant, `ActsForAnotherTenant`), `GDAP-16` (an actor that is not an admin
 * agent or global admin of a partner: Microsoft, a customer admin or another partner role,
 * `GdapNotAdminAgent`), `GDAP-15` (a partner other than the reseller, `GdapNotResellerAdmin`; no
 * consent pending, `GdapPartnerConsentNotPending`), `GDAP-5` (`GdapRequestExpired`).
 *
 * Emits `GdapResellerConsentRefused`.
 *
 * @example
 * ```ts
 * import { rejectResellerGdapRelationship } from 'csp-channel'
 * rejectResellerGdapRelationship(state, { actor, at, partnerTenantId: resellerTenantId, relationshipId: 'contoso-for-reseller' })
 * // Right: GdapResellerConsentRefused
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const rejectResellerGdapRelationship = defineCommand({
  name: 'rejectResellerGdapRelationship',
  input: RejectResellerGdapRelationshipInput,
  load: loadGdap,
  checks: resellerConsentChecks<Context>(),
  decide: ({ input }) => [{ _tag: 'GdapResellerConsentRefused', at: input.at, relationshipId: input.relationshipId }],
})
