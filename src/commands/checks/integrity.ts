/**
 * Model-integrity checks shared by several commands (the library's own rules, see the catalog's
 * MOD-1 … MOD-8): time runs forward (MOD-6), MPN IDs are held once (MOD-2), program facts come from
 * Microsoft (MOD-7).
 *
 *
 * @internal
 */
import type { IsoDateTime, MpnId, TenantId } from '../../kernel/ids.js'
import { getPartnersByMpnId } from '../../model/queries.js'
import type { Partnership } from '../../model/relationship.js'
import type { ProgramState } from '../../model/state.js'
import type { Tenant } from '../../model/tenant.js'
import { fail, pass, type CheckContext, type CommandInputBase, type Finding, type RuleCheck } from '../contract.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

/**
 * A dated fact a command acts on: the IDs it is known by (the violation's subjects) and when it
 * happened (`null`: the date is not known, as for imported subscriptions). Judged by
 * {@link notBefore} under MOD-6; a fact itself is no violation.
 */
export interface DatedFact {
  readonly subjects: ReadonlyArray<string>
  readonly at: IsoDateTime | null
}

/** The finding of a command dated `at` that acts on `fact` happened later (MOD-6), if any. */
export const datedBefore = (
  at: IsoDateTime,
  fact: DatedFact | undefined,
  what: string,
): ReadonlyArray<Finding<'DatedBeforeFact'>> =>
  fact === undefined || fact.at === null || at >= fact.at
    ? pass
    : fail(
        'DatedBeforeFact',
        fact.subjects,
        `The command is dated ${at}, before ${what} (${fact.at}); a command is never dated before the facts it acts on.`,
      )

/**
 * The command is not dated before the fact `fact` picks (MOD-6, `DatedBeforeFact`, subjects: the
 * fact's IDs). Passes when there is no such fact or its date is unknown: the check that needs the
 * fact reports its absence.
 */
export const notBefore = <C extends Ctx>(
  rule: 'MOD-6',
  fact: Picker<C, DatedFact | undefined>,
  what: string,
): RuleCheck<C> => ({
  rule,
  name: `the command is not dated before ${what}`,
  check: (c) => datedBefore(c.input.at, fact(c), what),
})

/**
 * MOD-6: the command is not dated before the acceptance of the (active) partnership it goes through.
 */
export const notBeforePartnership = <C extends Ctx>(pick: Picker<C, Partnership | undefined>): RuleCheck<C> =>
  notBefore(
    'MOD-6',
    (c) => {
      const p = pick(c)
      return p?.status === 'active'
        ? { subjects: [p.providerTenantId, p.resellerTenantId], at: p.acceptedAt }
        : undefined
    },
    'the partnership between the reseller and its provider was accepted',
  )

/**
 * The findings for MPN IDs that a partner other than `owner` already holds, as its MPN ID or as a
 * location MPN ID (MOD-2, `MpnIdInUse`; subjects: the MPN ID, then the tenant IDs holding it).
 */
export const mpnIdsInUse = (
  state: ProgramState,
  owner: TenantId,
  mpnIds: ReadonlyArray<MpnId>,
): ReadonlyArray<Finding<'MpnIdInUse'>> =>
  [...new Set(mpnIds)].flatMap((id) => {
    const holders = getPartnersByMpnId(state, id).filter((p) => p.tenantId !== owner)
    return holders.length === 0
      ? pass
      : fail(
          'MpnIdInUse',
          [id, ...holders.map((p) => p.tenantId)],
          `MPN ID ${id} is already held by ${holders.map((p) => `${p.name} (${p.tenantId})`).join(', ')}; an MPN ID belongs to one partner.`,
        )
  })

/** The MPN IDs `pick` returns are held by no partner but `owner` (MOD-2). */
export const mpnIdsFree = <C extends Ctx>(
  owner: Picker<C, TenantId>,
  pick: Picker<C, ReadonlyArray<MpnId>>,
): RuleCheck<C> => ({
  rule: 'MOD-2',
  name: 'the MPN IDs are not held by another partner',
  check: (c) => mpnIdsInUse(c.state, owner(c), pick(c)),
})

/**
 * A program fact (such as the anniversary date) is set only by Microsoft: a partner user or a
 * customer admin who sets it gets MOD-7 `OperatorFactByPartner` (subjects: the partner tenant).
 */
export const operatorFact = <C extends Ctx>(
  fact: string,
  sets: Picker<C, boolean>,
  partner: Picker<C, TenantId>,
): RuleCheck<C> => ({
  rule: 'MOD-7',
  name: `only Microsoft records the ${fact}`,
  check: (c) =>
    c.input.actor.kind !== 'microsoft' && sets(c)
      ? fail(
          'OperatorFactByPartner',
          [partner(c)],
          `The ${fact} is a program fact that Microsoft records; a partner user cannot set it.`,
        )
      : pass,
})

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
