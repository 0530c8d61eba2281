/**
 * `updateGdapRelationship`: the partner edits a relationship (GDAP-2, GDAP-3, GDAP-7, GDAP-10).
 *
 * @module
 */
import * as t from 'io-ts'
import { exact, nullable } from '../../internal/codec.js'
import { TenantId } from '../../kernel/ids.js'
import { Text } from '../../kernel/text.js'
import { GdapRoles, gdapEndAt, gdapIsActiveAt } from '../../model/gdap.js'
import { ENTRA_ROLES, holdsGlobalAdministrator, type RoleDefinitionId } from '../../model/gdapRoles.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from '../contract.js'
import {
  customerTenantKnown,
  GdapAutoExtendInput,
  GdapDurationInput,
  gdapPartnerActs,
  loadGdap,
  relationshipIdField,
  stillCreated,
  type GdapContext,
} from './gdapChecks.js'
import { autoExtensionAllowed, nameAndDuration } from './gdapTermsChecks.js'

/** Codec for {@link GdapRelationshipChanges}. @category codecs @since 0.2.0 */
export const GdapRelationshipChanges = exact(
  'GdapRelationshipChanges',
  {},
  {
    displayName: Text,
    durationDays: GdapDurationInput,
    customerTenantId: nullable(TenantId),
    roles: GdapRoles,
    autoExtendDays: GdapAutoExtendInput,
  },
)
/**
 * The changes to a GDAP relationship, each optional: display name, duration in days, customer
 * tenant (`null`: any customer), roles (the whole new list) and auto-extension in days.
 *
 * @category models
 */
export interface GdapRelationshipChanges extends t.TypeOf<typeof GdapRelationshipChanges> {}

/** Codec for {@link UpdateGdapRelationshipInput}. @category codecs @since 0.2.0 */
export const UpdateGdapRelationshipInput = commandInput('UpdateGdapRelationshipInput', {
  partnerTenantId: TenantId,
  ...relationshipIdField,
  changes: GdapRelationshipChanges,
})
/**
 * Input of {@link updateGdapRelationship}: the acting partner tenant, the relationship and the changes.
 *
 * @category commands
 */
export interface UpdateGdapRelationshipInput extends t.TypeOf<typeof UpdateGdapRelationshipInput> {}

type Context = GdapContext<UpdateGdapRelationshipInput>

/** Whether `after` is `before` without the Global Administrator role, which it held (GDAP-10). */
const dropsGlobalAdministratorOnly = (
  before: ReadonlyArray<RoleDefinitionId>,
  after: ReadonlyArray<RoleDefinitionId>,
) =>
  holdsGlobalAdministrator(before) &&
  !holdsGlobalAdministrator(after) &&
  after.length === new Set(after).size &&
  after.length === before.length - 1 &&
  after.every((r) => before.includes(r))

const checks: ReadonlyArray<RuleCheck<Context>> = [
  ...gdapPartnerActs<Context>(),
  customerTenantKnown<Context>((c) => c.input.changes.customerTenantId),
  stillCreated<Context>(
    'change of name, duration or customer',
    ({ input: { changes: x } }) =>
      x.displayName !== undefined || x.durationDays !== undefined || x.customerTenantId !== undefined,
  ),
  nameAndDuration<Context>(({ relationship: rel, input }) =>
    rel === undefined
      ? undefined
      : {
          partner: rel.partnerTenantId,
          self: rel.id,
          ...(input.changes.displayName === undefined ? {} : { displayName: input.changes.displayName }),
          ...(input.changes.durationDays === undefined ? {} : { durationDays: input.changes.durationDays }),
        },
  ),
  // judged whenever the auto-extension or the roles change: new roles may hold Global Administrator
  autoExtensionAllowed<Context>(({ relationship: rel, input: { changes } }) =>
    rel === undefined || (changes.autoExtendDays === undefined && changes.roles === undefined)
      ? undefined
      : {
          days: changes.autoExtendDays ?? rel.autoExtendDays,
          roles: changes.roles ?? rel.roles,
          relationship: rel,
          kept: changes.autoExtendDays === undefined,
        },
  ),
  {
    rule: 'GDAP-10',
    name: 'past created, the only role change is removing Global Administrator while active',
    check: ({ relationship: rel, input }) => {
      const roles = input.changes.roles
      if (rel === undefined || roles === undefined || rel.status === 'created') return pass
      return gdapIsActiveAt(rel, input.at) && dropsGlobalAdministratorOnly(rel.roles, roles)
        ? pass
        : fail(
            'GdapRolesFixed',
            [rel.id],
            `GDAP relationship ${rel.id} is past created: its only role change is removing Global Administrator (${ENTRA_ROLES.globalAdministrator}) while it is active.`,
          )
    },
  },
]

/**
 * Edits a GDAP relationship. While it is `created`, its display name, duration, customer and roles
 * change freely (GDAP-2, within GDAP-3: 1 to 730 days, a unique name of at most 50 characters).
 * Past created, the only role change is removing the Global Administrator role while the
 * relationship is active (GDAP-10). Auto-extension changes while the relationship is created or
 * active: 0 or, from 2023-10-30, 180 days, never with Global Administrator (GDAP-7, judged too when
 * only the roles change, against the auto-extension kept). Changing the
 * auto-extension of an active relationship keeps the end in effect at `at` (an end auto-extension
 * already moved stays moved, GDAP-8). Run by an admin agent or global admin of the partner (GDAP-16).
 *
 * Violations: `GDAP-1` (before 2022-01-10), `MOD-1` (unknown partner or relationship; a new
 * customer tenant that is unknown or a partner tenant, `UnknownCustomer`), `ROL-2` (a partner user
 * of another tenant, `ActsForAnotherTenant`), `GDAP-16` (an actor that is not an admin agent or
 * global admin of a partner: Microsoft, a customer admin or another partner role,
 * `GdapNotAdminAgent`), `GDAP-2` (name, duration or customer of a relationship no longer created,
 * `GdapRelationshipNotEditable`), `GDAP-3` (`GdapDurationOutOfRange`, `GdapDisplayNameTooLong`,
 * `GdapDisplayNameTaken`), `GDAP-7` (`GdapAutoExtendNotAllowed`, `GdapAutoExtendWithGlobalAdmin`,
 * `GdapAutoExtendNotChangeable`), `GDAP-10` (another role change past created, `GdapRolesFixed`).
 *
 * Emits `GdapRelationshipUpdated`.
 *
 * @example
 * ```ts
 * import { updateGdapRelationship } from 'csp-channel'
 * updateGdapRelationship(state, { actor, at, partnerTenantId, relationshipId: 'contoso-helpdesk', changes: { autoExtendDays: 0 } })
 * // Right: GdapRelationshipUpdated
 * ```
 *
 * @function
 * @category commands
 * @since 0.2.0
 */
export const updateGdapRelationship = defineCommand({
  name: 'updateGdapRelationship',
  input: UpdateGdapRelationshipInput,
  load: loadGdap,
  checks,
  decide: ({ input, relationship }) => {
    const x = input.changes
    const active = relationship !== undefined && relationship.status === 'active'
    return [
      {
        _tag: 'GdapRelationshipUpdated',
        at: input.at,
        relationshipId: input.relationshipId,
        ...(x.displayName === undefined ? {} : { displayName: x.displayName }),
        ...(x.durationDays === undefined ? {} : { durationDays: x.durationDays }),
        ...(x.customerTenantId === undefined ? {} : { customerTenantId: x.customerTenantId }),
        ...(x.roles === undefined ? {} : { roles: x.roles }),
        ...(x.autoExtendDays === undefined ? {} : { autoExtendDays: x.autoExtendDays === 0 ? 0 : 180 }),
        ...(active ? { endsAt: gdapEndAt(relationship, input.at) } : {}),
      },
    ]
  },
})
