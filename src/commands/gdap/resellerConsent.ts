/**
 * The checks of a reseller's answer to a relationship its indirect provider created for it (GDAP-15),
 * shared by `approveResellerGdapRelationship` and `rejectResellerGdapRelationship`.
 *
 * @internal
 */
import { TenantId } from '../../kernel/ids.js'
import { commandInput, fail, pass, type RuleCheck } from '../contract.js'
import { gdapPartnerActs, relationshipIdField, requestNotExpired, type GdapContext } from './gdapChecks.js'

/** The input of a reseller's answer: the reseller tenant and the relationship. */
export const resellerConsentInput = (name: string) =>
  commandInput(name, { partnerTenantId: TenantId, ...relationshipIdField })

/** The checks of a reseller's answer (GDAP-1, MOD-1, ROL-2, GDAP-16, GDAP-15, GDAP-5). */
export const resellerConsentChecks = <C extends GdapContext>(): ReadonlyArray<RuleCheck<C>> => [
  ...gdapPartnerActs<C>(),
  {
    rule: 'GDAP-15',
    name: 'only the reseller answers, while its consent is pending',
    check: ({ relationship: rel, input }) => {
      if (rel === undefined) return pass
      if (rel.indirectProviderTenantId !== null && rel.partnerTenantId !== input.partnerTenantId)
        return fail(
          'GdapNotResellerAdmin',
          [rel.id, input.partnerTenantId],
          `Only reseller ${rel.partnerTenantId} approves or rejects GDAP relationship ${rel.id}.`,
        )
      return rel.partnerConsentPending && rel.status === 'approvalPending'
        ? pass
        : fail('GdapPartnerConsentNotPending', [rel.id], `GDAP relationship ${rel.id} awaits no reseller consent.`)
    },
  },
  requestNotExpired<C>(),
]
