/**
 * What creating a customer grants its creators (GDAP-13, GDAP-14): delegated admin privileges on
 * the reseller relationship, or default GDAP, or neither, by rule set and the optional default-GDAP
 * flag of the input.
 *
 * @internal
 */
import type { DomainEvent } from '../../events/events.js'
import type { IsoDateTime, TenantId } from '../../kernel/ids.js'
import {
  accessOnCreation,
  defaultGdapRelationship,
  defaultGdapRelationshipId,
  type DefaultGdapPartnerType,
} from '../../model/defaultGdap.js'
import { getGdapRelationship } from '../../model/gdapQueries.js'
import type { RuleSet } from '../../rules/ruleSets.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

/** What a new customer grants: DAP on its reseller relationships, and the default GDAP events. */
export interface CreationGrants {
  readonly delegatedAdmin: boolean
  readonly events: ReadonlyArray<DomainEvent>
}

/**
 * What creating `customer` at `at` under `set` grants each creator (partner and its type): DAP on
 * the reseller relationships, or one `GdapRelationshipGranted` (default GDAP) per creator, or
 * neither (GDAP-13, GDAP-14).
 */
export const creationGrants = (
  set: RuleSet,
  flag: boolean | undefined,
  customer: TenantId,
  creators: ReadonlyArray<{ readonly partner: TenantId; readonly type: DefaultGdapPartnerType }>,
  at: IsoDateTime,
): CreationGrants => {
  const access = accessOnCreation(set, flag)
  return {
    delegatedAdmin: access.delegatedAdmin,
    events: access.defaultGdap
      ? creators.map(({ partner, type }): DomainEvent => ({
          _tag: 'GdapRelationshipGranted',
          at,
          relationship: defaultGdapRelationship(partner, customer, type, at),
          grant: 'defaultGdap',
        }))
      : [],
  }
}

/** The context of a command creating a customer, whose input may carry the default-GDAP flag. */
type CreationContext = CheckContext<CommandInputBase & { readonly enableGdapByDefault?: boolean | undefined }, object>

/**
 * When creating the customer grants default GDAP (GDAP-13), the IDs of the relationships it makes,
 * `default_<partner>_<customer>` for each creator `creation` names, are not in use: a relationship a
 * partner created under that ID is never replaced (MOD-2, `IdAlreadyUsed`; subjects: the ID).
 */
export const defaultGdapIdsFree = <C extends CreationContext>(
  creation: (c: C) => { readonly customer: TenantId; readonly partners: ReadonlyArray<TenantId> },
): RuleCheck<C> => ({
  rule: 'MOD-2',
  name: 'the IDs of the default GDAP relationships are not in use',
  check: (c) => {
    if (!accessOnCreation(c.ruleSet, c.input.enableGdapByDefault).defaultGdap) return pass
    const { customer, partners } = creation(c)
    return partners
      .map((partner) => defaultGdapRelationshipId(partner, customer))
      .filter((id) => getGdapRelationship(c.state, id) !== undefined)
      .flatMap((id) =>
        fail(
          'IdAlreadyUsed',
          [id],
          `A GDAP relationship with ID ${id}, the ID of the default GDAP relationship, already exists.`,
        ),
      )
  },
})
