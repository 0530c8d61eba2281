/**
 * Rule checks shared by several commands (who may act, MPA, restriction). Each builder
 * returns a named {@link RuleCheck}; commands list them as data.
 *
 * @internal
 */
import { PARTNER_USER_ROLES, type PartnerUserRole } from '../model/actor.js'
import { getPartner } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import type { TenantId } from '../model/ids.js'
import { isRestricted, mpaStandingAt, type Partner } from '../model/partner.js'
import type { Tenant } from '../model/tenant.js'
import { mpaDateUnknown } from './unknownFacts.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from './contract.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

/** The partner named by `pick` is known to the model (MOD-1, `UnknownPartner`). */
export const partnerKnown = <C extends Ctx>(
  pick: Picker<C, Partner | undefined>,
  id: Picker<C, TenantId>,
  what = 'partner',
): RuleCheck<C> => ({
  rule: 'MOD-1',
  name: `the ${what} is a known partner tenant`,
  check: (c) =>
    pick(c) === undefined
      ? fail('UnknownPartner', [id(c)], `No partner with tenant ID ${id(c)} is known; register or import it first.`)
      : pass,
})

/** The actor is a user of the partner tenant it acts for (ROL-2); optionally with one of `roles`. */
export const actsForOwnTenant = <C extends Ctx>(tenant: Picker<C, TenantId>): RuleCheck<C> => ({
  rule: 'ROL-2',
  who: PARTNER_USER_ROLES,
  name: 'the actor is a user of the partner tenant it acts for',
  check: (c) => {
    const { actor } = c.input
    if (actor.kind === 'partnerUser' && actor.tenantId === tenant(c)) return pass
    const who =
      actor.kind === 'microsoft'
        ? 'Microsoft'
        : `a ${actor.kind === 'partnerUser' ? 'user' : 'customer admin'} of tenant ${actor.tenantId}`
    return fail(
      'ActsForAnotherTenant',
      [tenant(c)],
      `The actor (${who}) cannot act for partner tenant ${tenant(c)}.`,
      900150,
    )
  },
})

/** The actor is Microsoft or a user of the partner tenant `tenant` picks (ROL-2, code 900150). */
export const operatorOrOwnUser = <C extends Ctx>(tenant: Picker<C, TenantId>, task: string): RuleCheck<C> => ({
  rule: 'ROL-2',
  who: ['microsoft', ...PARTNER_USER_ROLES],
  name: 'the actor is Microsoft or a user of the partner tenant',
  check: (c) => {
    const { actor } = c.input
    return actor.kind === 'microsoft' || (actor.kind === 'partnerUser' && actor.tenantId === tenant(c))
      ? pass
      : fail(
          'ActsForAnotherTenant',
          [tenant(c)],
          `Only Microsoft or a user of partner tenant ${tenant(c)} can ${task}; the actor is ${actor.kind === 'partnerUser' ? 'a user' : 'the admin'} of tenant ${actor.tenantId}.`,
          900150,
        )
  },
})

/** A partner user acting for its tenant has the global admin role (ROL-1, TRN-2, …). */
export const globalAdminOnly = <C extends Ctx>(rule: 'ROL-1' | 'DB-2' | 'TRN-2', task: string): RuleCheck<C> => ({
  rule,
  who: ['microsoft', 'customerAdmin', 'globalAdmin'],
  name: `${task} is done by the tenant's global admin`,
  check: (c) => {
    const { actor } = c.input
    return actor.kind === 'partnerUser' && actor.role !== 'globalAdmin'
      ? fail(
          'NotGlobalAdmin',
          [actor.tenantId],
          `Only the tenant's global admin can ${task}; the actor is ${actor.role}.`,
          900150,
        )
      : pass
  },
})

/** A partner user acting for its tenant has one of `roles` (PRT-1). */
export const roleAmong = <C extends Ctx>(
  rule: 'PRT-1' | 'ROL-1',
  roles: ReadonlyArray<PartnerUserRole>,
  task: string,
): RuleCheck<C> => ({
  rule,
  who: ['microsoft', 'customerAdmin', ...roles],
  name: `${task} is done by ${roles.join(', ')}`,
  check: (c) => {
    const { actor } = c.input
    return actor.kind === 'partnerUser' && !roles.includes(actor.role)
      ? fail(
          'RoleNotAllowed',
          [actor.tenantId],
          `The role ${actor.role} cannot ${task}; allowed: ${roles.join(', ')}.`,
          900150,
        )
      : pass
  },
})

/** Only Microsoft, as program operator, does this (MOD-7, `NotProgramOperator`). */
export const operatorOnly = <C extends Ctx>(task: string): RuleCheck<C> => ({
  rule: 'MOD-7',
  who: ['microsoft'],
  name: `${task} is done by Microsoft`,
  check: (c) =>
    c.input.actor.kind === 'microsoft'
      ? pass
      : fail('NotProgramOperator', [], `Only Microsoft, as program operator, can ${task}.`),
})

/** The acting partner has signed the MPA (PGM-3; in force from 2020-02-01). */
export const mpaSigned = <C extends Ctx>(pick: Picker<C, Partner | undefined>): RuleCheck<C> => ({
  rule: 'PGM-3',
  name: 'the partner has signed the Microsoft Partner Agreement',
  check: (c) => {
    const partner = pick(c)
    const standing = partner === undefined ? 'signed' : mpaStandingAt(partner, c.input.at)
    if (standing === 'unknown' && partner !== undefined) return mpaDateUnknown(partner)
    return partner !== undefined && standing === 'notSigned'
      ? fail(
          'MpaNotSigned',
          [partner.tenantId],
          `Partner ${partner.name} (${partner.tenantId}) has not signed the Microsoft Partner Agreement.`,
          900124,
        )
      : pass
  },
})

/** The partner is not a restricted direct bill partner (RST-2..RST-6). */
export const notRestricted = <C extends Ctx>(
  rule: 'RST-2' | 'RST-3' | 'RST-4' | 'RST-5' | 'RST-6',
  pick: Picker<C, Partner | undefined>,
  blocked: string,
): RuleCheck<C> => ({
  rule,
  name: `a restricted direct bill partner cannot ${blocked}`,
  check: (c) => {
    const partner = pick(c)
    return partner !== undefined && isRestricted(partner)
      ? fail(
          'PartnerRestricted',
          [partner.tenantId],
          `Partner ${partner.name} is a restricted direct bill partner and cannot ${blocked}.`,
        )
      : pass
  },
})

/** Input of a command a partner performs for its own tenant. */
export type PartnerInput = CommandInputBase & { readonly partnerTenantId: TenantId }
/** What such a command loads: the acting partner. */
export type PartnerLoaded = { readonly partner: Partner | undefined }
/** Check context of such a command. */
export type PartnerContext<I extends PartnerInput = PartnerInput, L extends object = object> = CheckContext<
  I,
  PartnerLoaded & L
>

/** Looks up the acting partner. */
export const loadPartner = (state: ProgramState, input: PartnerInput): PartnerLoaded => ({
  partner: getPartner(state, input.partnerTenantId),
})

/** The two checks every partner command starts with: the partner is known (MOD-1) and the actor is one of its users (ROL-2). */
export const partnerActs = <C extends PartnerContext>(): ReadonlyArray<RuleCheck<C>> => [
  actingPartnerKnown(),
  actsForOwnTenant((c) => c.input.partnerTenantId),
]

/** The partner named by `partnerTenantId` is known (MOD-1). */
export const actingPartnerKnown = <C extends PartnerContext>(): RuleCheck<C> =>
  partnerKnown(
    (c) => c.partner,
    (c) => c.input.partnerTenantId,
  )

/** A new entity's ID is not already in use (MOD-2, `IdAlreadyUsed`). */
export const idUnused = <C extends Ctx>(
  what: string,
  taken: Picker<C, boolean>,
  id: Picker<C, string>,
): RuleCheck<C> => ({
  rule: 'MOD-2',
  name: `the new ${what} ID is not in use`,
  check: (c) => (taken(c) ? fail('IdAlreadyUsed', [id(c)], `The ${what} ID ${id(c)} is already in use.`) : pass),
})

/** The customer tenant to create is new to the model (MOD-2, `CustomerTenantExists`): an existing one is invited instead (INV-1). */
export const tenantIsNew = <C extends Ctx>(
  existing: Picker<C, Tenant | undefined>,
  id: Picker<C, TenantId>,
): RuleCheck<C> => ({
  rule: 'MOD-2',
  name: 'the customer tenant is new',
  check: (c) => {
    const tenant = existing(c)
    return tenant === undefined
      ? pass
      : fail(
          'CustomerTenantExists',
          [id(c)],
          tenant.kind === 'customer'
            ? `Tenant ${id(c)} already exists as a customer tenant; it is invited with an invitation instead of created.`
            : `Tenant ${id(c)} already exists as a ${tenant.kind} tenant; it cannot be created as a customer tenant.`,
        )
  },
})
