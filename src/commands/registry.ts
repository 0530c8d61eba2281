/**
 * Commands as data: every command by name, the {@link ProgramCommand} codec (a tagged union so apps
 * and the CLI run commands from JSON), and {@link execute} / {@link explain}.
 *
 * @module
 */
import * as t from 'io-ts'
import type { ProgramState } from '../model/state.js'
import { acceptCustomerInvitation } from './acceptCustomerInvitation.js'
import { acceptIndirectResellerAgreement } from './acceptIndirectResellerAgreement.js'
import { acceptPartnership } from './acceptPartnership.js'
import { approveIndirectEnrollment } from './approveIndirectEnrollment.js'
import { cancelSubscription } from './cancelSubscription.js'
import { changeSeats } from './changeSeats.js'
import type { Command, CommandInputBase, CommandResult, Judgement } from './contract.js'
import { explainCommand } from './contract.js'
import { createCustomer } from './createCustomer.js'
import { createIntegrationSandbox } from './createIntegrationSandbox.js'
import { enrollIncentive } from './enrollIncentive.js'
import { enrollIndirect } from './enrollIndirect.js'
import { inviteCustomer } from './inviteCustomer.js'
import { purchaseSubscription } from './purchaseSubscription.js'
import { registerPartner } from './registerPartner.js'
import { requestPartnership } from './requestPartnership.js'
import { restrictDirectBill } from './restrictDirectBill.js'
import { setProgramFlags } from './setProgramFlags.js'
import { signMpa } from './signMpa.js'
import { suspendSubscription } from './suspendSubscription.js'
import { updateProfile } from './updateProfile.js'
import { withdrawIndirectEnrollment } from './withdrawIndirectEnrollment.js'

/**
 * Every command of the library, by name.
 *
 * @category commands
 */
export const COMMANDS = {
  registerPartner,
  signMpa,
  updateProfile,
  setProgramFlags,
  createCustomer,
  purchaseSubscription,
  changeSeats,
  suspendSubscription,
  cancelSubscription,
  createIntegrationSandbox,
  enrollIndirect,
  approveIndirectEnrollment,
  acceptIndirectResellerAgreement,
  withdrawIndirectEnrollment,
  enrollIncentive,
  restrictDirectBill,
  inviteCustomer,
  acceptCustomerInvitation,
  requestPartnership,
  acceptPartnership,
} as const

/** The name of a command. @category commands */
export type CommandName = keyof typeof COMMANDS

type InputOf<C> = C extends Command<string, infer I> ? I : never

/**
 * A command as data: `{ command: name, input }`, a union over every command.
 *
 * @category commands
 */
export type ProgramCommand = {
  [N in CommandName]: { readonly command: N; readonly input: InputOf<(typeof COMMANDS)[N]> }
}[CommandName]

/** Every command name, in registry order. @category commands */
export const COMMAND_NAMES = Object.keys(COMMANDS) as ReadonlyArray<CommandName>

/** The registry entry of `name`, with its input type erased. */
const erased = (name: CommandName) => COMMANDS[name] as unknown as Command<string, CommandInputBase>

const commandCodec = (name: CommandName) => {
  const c = erased(name)
  return t.readonly(t.type({ command: t.literal(name), input: c.definition.input }), name)
}

/**
 * Codec for {@link ProgramCommand}: decodes `{ "command": "enrollIndirect", "input": { … } }` from
 * JSON, checking the input against the named command's input codec.
 *
 * @category codecs
 */
export const ProgramCommand = t.union(
  COMMAND_NAMES.map(commandCodec) as unknown as [t.Mixed, t.Mixed, ...t.Mixed[]],
  'ProgramCommand',
) as unknown as t.Type<ProgramCommand, unknown, unknown>

/**
 * Runs a command given as data; same result as calling the command function.
 *
 * @category commands
 */
export const execute = (state: ProgramState, command: ProgramCommand): CommandResult =>
  erased(command.command)(state, command.input)

/**
 * Judges a command given as data without applying it: every rule check with its verdict (passed,
 * failed, not in force under the rule set) and the warnings an accepted command would carry.
 *
 * @category commands
 */
export const explain = (state: ProgramState, command: ProgramCommand): Judgement =>
  explainCommand(erased(command.command), state, command.input)
