/**
 * `whoMayRun`: the actors a command can accept, derived from the who-acts checks of its definition
 * (ROL-1, ROL-2, PRT-1, MOD-7). docs/roles.md is generated from it.
 *
 * @module
 */
import { ACTOR_CATEGORIES, type ActorCategory } from '../model/actor.js'
import { COMMANDS, type CommandName } from './table.js'

/**
 * The actor categories (Microsoft, a customer admin, a partner user by role) that the command
 * `name` can accept: every category that each of its who-acts checks lets through. Other checks
 * (the state, the partner's standing) still judge each command; this answers only "who may even
 * ask". Partner users act for their own tenant only (ROL-2).
 *
 * Source: the role checks of each command (the library's reading of ROL-1 and PRT-1, docs/roles.md).
 *
 * @example
 * ```ts
 * import { whoMayRun } from 'csp-channel'
 * whoMayRun('placeOrder') // ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent']
 * whoMayRun('restrictDirectBill') // ['microsoft']
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const whoMayRun = (name: CommandName): ReadonlyArray<ActorCategory> =>
  COMMANDS[name].definition.checks.reduce<ReadonlyArray<ActorCategory>>(
    (allowed, check) => (check.who === undefined ? allowed : allowed.filter((a) => check.who?.includes(a))),
    ACTOR_CATEGORIES,
  )
