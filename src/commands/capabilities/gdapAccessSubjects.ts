/**
 * The candidates of the GDAP-on-customers commands: each administrative task on each customer of a
 * partner in scope (through the first security group holding an access assignment for it, or none),
 * and Microsoft's transition and removal of each partner's DAP for each of its customers.
 *
 * @module
 */
import type { IsoDateTime, TenantId } from '../../kernel/ids.js'
import { AdminTask } from '../../model/adminTasks.js'
import { gdapIsActiveAt, type SecurityGroupId } from '../../model/gdap.js'
import { gdapRelationshipsOfCustomer } from '../../model/gdapQueries.js'
import type { ProgramState } from '../../model/state.js'
import type { CommandName } from '../table.js'
import { candidate, type Enumerator, type Fields } from './candidate.js'
import type { Scope } from './scope.js'

const TASKS = Object.keys(AdminTask.keys) as ReadonlyArray<AdminTask>

/** The first security group holding an active access assignment of an active relationship of `partner` with `customer`. */
const firstGroup = (
  state: ProgramState,
  partner: TenantId,
  customer: TenantId,
  at: IsoDateTime,
): SecurityGroupId | null =>
  gdapRelationshipsOfCustomer(state, customer)
    .filter((rel) => rel.partnerTenantId === partner && gdapIsActiveAt(rel, at))
    .flatMap((rel) => rel.accessAssignments.filter((a) => a.status === 'active'))[0]?.securityGroupId ?? null

/** One candidate per customer of each partner in scope, naming the customer. */
const perCustomer = <N extends CommandName>(
  fields: (partner: TenantId, customer: TenantId, scope: Scope) => Fields<N>,
): Enumerator<N> =>
  function* (scope) {
    for (const partner of scope.partners)
      for (const customer of scope.customersOf(partner))
        yield candidate<N>(scope, [customer], fields(partner, customer, scope))
  }

/** The candidates of the GDAP-on-customers commands, by command. @internal */
export const GDAP_ACCESS_ENUMERATORS = {
  performAdminTask: function* (scope) {
    for (const partnerTenantId of scope.partners)
      for (const customerTenantId of scope.customersOf(partnerTenantId)) {
        const securityGroupId = firstGroup(scope.state, partnerTenantId, customerTenantId, scope.at)
        for (const task of TASKS)
          yield candidate<'performAdminTask'>(scope, [customerTenantId], {
            partnerTenantId,
            customerTenantId,
            task,
            securityGroupId,
          })
      }
  } as Enumerator<'performAdminTask'>,
  transitionDapToGdap: perCustomer<'transitionDapToGdap'>((partnerTenantId, customerTenantId) => ({
    partnerTenantId,
    customerTenantId,
    adminAgentsGroupId: null,
    helpdeskAgentsGroupId: null,
  })),
  terminateInactiveDap: perCustomer<'terminateInactiveDap'>((partnerTenantId, customerTenantId) => ({
    partnerTenantId,
    customerTenantId,
    lastUsedAt: null,
  })),
} satisfies { readonly [N in CommandName]?: Enumerator<N> }
