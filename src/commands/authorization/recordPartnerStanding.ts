/**
 * `recordPartnerStanding`: Microsoft suspends a partner's Partner Center account or reinstates it.
 *
 * @module
 */
import * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { TenantId } from '../../kernel/ids.js'
import { gdapIsActiveAt } from '../../model/gdap.js'
import { gdapRelationshipsOfPartner } from '../../model/gdapQueries.js'
import { hasRole } from '../../model/partner.js'
import { isSuspended } from '../../model/standing.js'
import type { ProgramState } from '../../model/state.js'
import { inForceUnder } from '../../rules/ruleSets.js'
import { operatorOnly } from '../checks/actor.js'
import { actingPartnerKnown, loadPartner, type PartnerContext } from '../checks/partner.js'
import { structural } from '../building.js'
import { commandInput, defineCommand, fail, pass } from '../contract.js'

/** Codec for {@link RecordPartnerStandingInput}. @category codecs @since 0.2.0 */
export const RecordPartnerStandingInput = commandInput('RecordPartnerStandingInput', {
  partnerTenantId: TenantId,
  accountSuspended: t.boolean,
})
/**
 * Input of {@link recordPartnerStanding}: the partner tenant, and `accountSuspended`: `true` to
 * suspend its Partner Center account, `false` to reinstate it in good standing.
 *
 * @category commands
 */
export interface RecordPartnerStandingInput extends t.TypeOf<typeof RecordPartnerStandingInput> {}

type Context = PartnerContext<RecordPartnerStandingInput>

/**
 * The GDAP relationships a suspended reseller's access runs through at `at` (active or expiring),
 * each terminated (AUTH-6). Requests never approved (created, awaiting approval, deleted, rejected)
 * grant no access and are left as they are, as are those already terminated or expired.
 */
const revokedGdap = ({ state, input, partner, ruleSet }: Context): ReadonlyArray<DomainEvent> =>
  partner !== undefined && hasRole(partner, 'indirectReseller') && inForceUnder(ruleSet, 'AUTH-6')
    ? gdapRelationshipsOfPartner(state, partner.tenantId)
        .filter((r) => gdapIsActiveAt(r, input.at))
        .map((r) => ({ _tag: 'GdapRelationshipTerminated', at: input.at, relationshipId: r.id }))
    : []

/**
 * Records a partner's account standing (AUTH-5): Microsoft suspends its Partner Center account, or
 * reinstates it. A suspended partner keeps managing its customers and subscriptions, but resells no
 * new licenses: `purchaseSubscription`, `placeOrder` and `createCustomerForReseller` with lines are
 * refused, and so are seat increases (`changeSeats` to more seats, `addLicenses`) billed to it; as
 * partner of record it fails the validation (POR-2, POR-3). Reinstating it lifts those refusals; it
 * restores no GDAP relationship.
 *
 * From 2025-06-02, suspending an indirect reseller revokes its GDAP access with every customer
 * (AUTH-6): each relationship granting it access at `at` (active or expiring, those an indirect
 * provider created for it included) is terminated at `at`. Relationships that grant no access then
 * are left unchanged: requests never approved (created, awaiting approval, deleted, rejected) and
 * relationships already terminated or expired. Suspending a partner that is not an indirect
 * reseller, or any partner before 2025-06-02, terminates nothing.
 *
 * Violations: `MOD-7` (actor is not Microsoft, `NotProgramOperator`), `MOD-1` (unknown partner,
 * `UnknownPartner`), `AUTH-5` (the account already has that standing, `StandingUnchanged`).
 *
 * Emits `PartnerAccountSuspended` then, for an indirect reseller from 2025-06-02, one
 * `GdapRelationshipTerminated` per relationship active at `at`, by relationship ID; or
 * `PartnerAccountReinstated`.
 *
 * @example
 * ```ts
 * import { microsoft, recordPartnerStanding } from 'csp-channel'
 * recordPartnerStanding(state, { actor: microsoft, at, partnerTenantId, accountSuspended: true })
 * // Right: PartnerAccountSuspended (and, for a reseller from 2025-06-02, its active GDAP relationships terminated)
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const recordPartnerStanding = defineCommand({
  name: 'recordPartnerStanding',
  input: RecordPartnerStandingInput,
  load: (state: ProgramState, input: RecordPartnerStandingInput) => loadPartner(state, input),
  checks: [
    operatorOnly<Context>("record a partner's account standing"),
    actingPartnerKnown<Context>(),
    structural<Context>({
      rule: 'AUTH-5',
      name: 'the account standing changes',
      check: ({ partner, input }) =>
        partner === undefined || isSuspended(partner) !== input.accountSuspended
          ? pass
          : fail(
              'StandingUnchanged',
              [partner.tenantId],
              `The Partner Center account of ${partner.name} is already ${input.accountSuspended ? 'suspended' : 'in good standing'}.`,
            ),
    }),
  ],
  decide: (c) =>
    c.input.accountSuspended
      ? [
          { _tag: 'PartnerAccountSuspended', at: c.input.at, partnerTenantId: c.input.partnerTenantId },
          ...revokedGdap(c),
        ]
      : [{ _tag: 'PartnerAccountReinstated', at: c.input.at, partnerTenantId: c.input.partnerTenantId }],
})
