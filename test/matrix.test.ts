/**
 * The cross-tenant matrix (ROL-2, PRT-1, ROL-1): every command is accepted for the actor who may
 * perform it and rejected, with a catalog rule ID, for an actor from an unrelated tenant.
 */
import { describe, expect, it } from 'vitest'
import {
  COMMAND_NAMES,
  RULE_IDS,
  apply,
  customerAdmin,
  partnerUser,
  type Actor,
  type ProgramCommand,
} from '../src/index.js'
import { ids, pairedAsTable } from './support/index.js'
import { cases, matrixWorld } from './support/matrix.js'

/** An actor from an unrelated tenant, of the same kind as the legitimate one where that makes sense. */
const outsider = (actor: Actor): Actor =>
  actor.kind === 'customerAdmin'
    ? customerAdmin(ids.customer)
    : partnerUser(ids.stranger, actor.kind === 'partnerUser' ? actor.role : 'globalAdmin')

/** The violations that refuse an actor for who it is, as `rule tag`. */
const ACTOR_VIOLATIONS = [
  'ROL-2 ActsForAnotherTenant',
  'ROL-1 NotGlobalAdmin',
  'ROL-1 RoleNotAllowed',
  'PRT-1 RoleNotAllowed',
  'INV-3 NotInvitedCustomer',
  'MCA-1 NotCustomerAdmin',
  'MOD-7 NotProgramOperator',
  'GDAP-4 GdapApproverNotCustomerAdmin',
  'GDAP-9 GdapTerminatorNotParty',
]

const withActor = (command: ProgramCommand, actor: Actor) =>
  ({ ...command, input: { ...command.input, actor } }) as ProgramCommand

describe('the cross-tenant matrix', () => {
  it('covers every command', () => {
    expect(Object.keys(cases).sort()).toEqual([...COMMAND_NAMES].sort())
  })

  it.each(COMMAND_NAMES)(
    '%s: accepted for its actor, rejected with a rule ID for an actor of an unrelated tenant',
    (name) => {
      const { setup = [], command } = cases[name]
      const state = setup.reduce((s, c) => {
        const applied = apply(s, c)
        expect(applied.violations).toEqual([])
        return applied.state
      }, matrixWorld())
      const allowed = apply(state, command)
      expect(allowed.violations).toEqual([])
      const denied = apply(state, withActor(command, outsider(command.input.actor)))
      expect(denied.accepted).toBe(false)
      expect(denied.state).toBe(state)
      for (const v of denied.violations) expect(RULE_IDS).toContain(v.rule)
      pairedAsTable(denied.violations)
      // the outsider is refused for who it is: another tenant's user (ROL-2), a role that may not
      // do the task (ROL-1, PRT-1), not the invited customer (INV-3), or not Microsoft (MOD-7)
      expect(denied.violations.map((v) => `${v.rule} ${v._tag}`)).toEqual(
        expect.arrayContaining([expect.toBeOneOf(ACTOR_VIOLATIONS)]),
      )
    },
  )
})
