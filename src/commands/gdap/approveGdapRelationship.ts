/**
 * `approveGdapRelationship`: the customer's global admin approves a relationship locked for
 * approval, which activates it (GDAP-4, GDAP-5, GDAP-15).
 *
 * @module
 */
import type * as t from 'io-ts'
import { TenantId } from '../../kernel/ids.js'
import { gdapEndOfActivation, gdapStatusAt, type GdapRelationship } from '../../model/gdap.js'
import { getGdapRelationship } from '../../model/gdapQueries.js'
import { getTenant } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import { gdapAvailable, relationshipIdField, relationshipKnown, requestNotExpired } from './gdapChecks.js'

/** Codec for {@link ApproveGdapRelationshipInput}. @category codecs @since 0.2.0 */
export const ApproveGdapRelationshipInput = commandInput('ApproveGdapRelationshipInput', {
  customerTenantId: TenantId,
  ...relationshipIdField,
})
/** Input of {@link approveGdapRelationship}: the approving customer tenant and the relationship. @category commands */
export interface ApproveGdapRelationshipInput extends t.TypeOf<typeof ApproveGdapRelationshipInput> {}

type Loaded = { readonly relationship: GdapRelationship | undefined }
type Context = CheckContext<ApproveGdapRelationshipInput, Loaded>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  gdapAvailable<Context>(),
  {
    rule: 'GDAP-4',
    who: ['customerAdmin'],
    name: "the customer's global admin approves",
    check: ({ input: { actor, customerTenantId } }) =>
      actor.kind === 'customerAdmin' && actor.tenantId === customerTenantId
        ? pass
        : fail(
            'GdapApproverNotCustomerAdmin',
            [customerTenantId],
            `Only a global admin of customer ${customerTenantId} approves a GDAP relationship for it.`,
          ),
  },
  {
    rule: 'MOD-1',
    name: 'the customer tenant is known',
    check: ({ state, input: { customerTenantId: id } }) =>
      getTenant(state, id) === undefined ? fail('UnknownTenant', [id], `No tenant ${id} is known.`) : pass,
  },
  relationshipKnown<Context>((c) => c.input.relationshipId),
  {
    rule: 'GDAP-4',
    name: 'the relationship is locked for approval, for this customer or any',
    check: ({ relationship: rel, input }) => {
      if (rel === undefined) return pass
      if (rel.status !== 'approvalPending')
        return fail(
          'GdapRelationshipNotAwaitingApproval',
          [rel.id],
          `GDAP relationship ${rel.id} is ${gdapStatusAt(rel, input.at)}, not locked for approval.`,
        )
      return rel.customerTenantId === null || rel.customerTenantId === input.customerTenantId
        ? pass
        : fail(
            'GdapApproverNotNamedCustomer',
            [rel.id, input.customerTenantId],
            `GDAP relationship ${rel.id} names customer ${rel.customerTenantId}; only that customer approves it.`,
          )
    },
  },
  requestNotExpired<Context>(),
  {
    rule: 'GDAP-15',
    name: "a relationship created for a reseller waits for the reseller's consent",
    check: ({ relationship: rel }) =>
      rel !== undefined && rel.partnerConsentPending
        ? fail(
            'GdapPartnerConsentPending',
            [rel.id, rel.partnerTenantId],
            `Reseller ${rel.partnerTenantId} has not yet approved GDAP relationship ${rel.id}.`,
          )
        : pass,
  },
]

/**
 * The customer's global admin approves a GDAP relationship locked for approval (GDAP-4): the
 * relationship is active from `at` and ends its duration later (`endsAt`, GDAP-6). A relationship
 * naming a customer is approved by that customer only; one naming none takes the approving
 * customer as its own. A request locked 90 days or more before `at` has expired (GDAP-5); a
 * relationship an indirect provider created for a reseller first needs the reseller's consent
 * (GDAP-15).
 *
 * Violations: `GDAP-1` (before 2022-01-10), `GDAP-4` (an actor other than the customer's global
 * admin, `GdapApproverNotCustomerAdmin`; not locked for approval,
 * `GdapRelationshipNotAwaitingApproval`; another customer named, `GdapApproverNotNamedCustomer`),
 * `MOD-1` (unknown customer tenant or relationship), `GDAP-5` (`GdapRequestExpired`), `GDAP-15`
 * (`GdapPartnerConsentPending`).
 *
 * Emits `GdapRelationshipApproved`.
 *
 * @example
 * ```ts
 * import { approveGdapRelationship, customerAdmin } from 'csp-channel'
 * approveGdapRelationship(state, {
 *   actor: customerAdmin(customerTenantId), at, customerTenantId, relationshipId: 'contoso-helpdesk',
 * })
 * // Right: GdapRelationshipApproved (active until at + duration)
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const approveGdapRelationship = defineCommand({
  name: 'approveGdapRelationship',
  input: ApproveGdapRelationshipInput,
  load: (state: ProgramState, input: ApproveGdapRelationshipInput): Loaded => ({
    relationship: getGdapRelationship(state, input.relationshipId),
  }),
  checks,
  decide: ({ input, relationship }) => [
    {
      _tag: 'GdapRelationshipApproved',
      at: input.at,
      relationshipId: input.relationshipId,
      customerTenantId: input.customerTenantId,
      endsAt: gdapEndOfActivation(input.at, relationship?.durationDays ?? 0),
    },
  ],
})
