/**
 * `terminateGdapRelationship`: the partner or the customer ends an active relationship (GDAP-9).
 *
 * @module
 */
import type * as t from 'io-ts'
import { gdapPartnerSide, type GdapRelationship } from '../../model/gdap.js'
import { getGdapRelationship } from '../../model/gdapQueries.js'
import type { ProgramState } from '../../model/state.js'
import { ADMIN_ROLES } from '../checks/actor.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from '../contract.js'
import { gdapAvailable, relationshipActive, relationshipIdField, relationshipKnown } from './gdapChecks.js'

/** Codec for {@link TerminateGdapRelationshipInput}. @category codecs @since 0.2.0 */
export const TerminateGdapRelationshipInput = commandInput('TerminateGdapRelationshipInput', relationshipIdField)
/** Input of {@link terminateGdapRelationship}: the relationship; the actor says which side ends it. @category commands */
export interface TerminateGdapRelationshipInput extends t.TypeOf<typeof TerminateGdapRelationshipInput> {}

type Loaded = { readonly relationship: GdapRelationship | undefined }
type Context = CheckContext<TerminateGdapRelationshipInput, Loaded>

/** Whether the actor is the partner's admin agent or global admin, or the customer's global admin. */
const isParty = ({ input: { actor }, relationship: rel }: Context): boolean =>
  rel === undefined ||
  (actor.kind === 'partnerUser' && ADMIN_ROLES.includes(actor.role) && gdapPartnerSide(rel).includes(actor.tenantId)) ||
  (actor.kind === 'customerAdmin' && actor.tenantId === rel.customerTenantId)

const checks: ReadonlyArray<RuleCheck<Context>> = [
  gdapAvailable<Context>(),
  relationshipKnown<Context>((c) => c.input.relationshipId),
  {
    rule: 'GDAP-9',
    who: ['customerAdmin', ...ADMIN_ROLES],
    name: "the partner's admin agent or the customer's global admin terminates",
    check: (c) =>
      isParty(c)
        ? pass
        : fail(
            'GdapTerminatorNotParty',
            [c.input.relationshipId],
            `Only an admin agent or global admin of the partner, or the customer's global admin, terminates GDAP relationship ${c.input.relationshipId}.`,
          ),
  },
  relationshipActive<Context>('GDAP-9', 'termination'),
]

/**
 * Terminates an active GDAP relationship (GDAP-9): the partner's admin agent or global admin does
 * it with a terminate request, the customer's global admin by removing the partner's roles. Access
 * through its assignments ends; the customer's subscriptions do not change.
 *
 * Violations: `GDAP-1` (before 2022-01-10), `MOD-1` (unknown relationship), `GDAP-9` (an actor of
 * neither side, `GdapTerminatorNotParty`; a relationship not active, expired included,
 * `GdapRelationshipNotActive`).
 *
 * Emits `GdapRelationshipTerminated`.
 *
 * @example
 * ```ts
 * import { customerAdmin, terminateGdapRelationship } from 'csp-channel'
 * terminateGdapRelationship(state, { actor: customerAdmin(customerTenantId), at, relationshipId: 'contoso-helpdesk' })
 * // Right: GdapRelationshipTerminated
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const terminateGdapRelationship = defineCommand({
  name: 'terminateGdapRelationship',
  input: TerminateGdapRelationshipInput,
  load: (state: ProgramState, input: TerminateGdapRelationshipInput): Loaded => ({
    relationship: getGdapRelationship(state, input.relationshipId),
  }),
  checks,
  decide: ({ input }) => [{ _tag: 'GdapRelationshipTerminated', at: input.at, relationshipId: input.relationshipId }],
})
