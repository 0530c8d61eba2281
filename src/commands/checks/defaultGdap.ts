/**
 * What creating a customer grants its creators (GDAP-13, GDAP-14): delegated admin privileges on
 * the reseller relationship, or default GDAP, or neither, by rule set and the optional default-GDAP
 * flag of the input.
 *
 * @internal
 */
import * as t from 'io-ts'
import type { DomainEvent } from '../../events/events.js'
import { exact, type ExactType } from '../../internal/codec.js'
import type { IsoDateTime, TenantId } from '../../kernel/ids.js'
import { accessOnCreation, defaultGdapRelationship, type DefaultGdapPartnerType } from '../../model/defaultGdap.js'
import type { RuleSet } from '../../rules/ruleSets.js'

/**
 * The input codec `base` with the optional `enableGdapByDefault` field (Partner Center's
 * `enableGDAPByDefault`, GDAP-13).
 */
export const withDefaultGdapFlag = <P extends t.Props, O extends t.Props>(base: ExactType<P, O>) =>
  exact(base.name, base.required, { ...base.optional, enableGdapByDefault: t.boolean })

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
