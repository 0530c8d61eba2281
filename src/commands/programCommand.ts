/**
 * A command as data: the {@link ProgramCommand} type, a tagged union over every command of the
 * registry, and its codec, so apps and the CLI run commands from JSON.
 *
 * @module
 */
import * as t from 'io-ts'
import { exact } from '../internal/codec.js'
import { COMMAND_NAMES, CommandNameCodec, erased, type CommandInput, type CommandName } from './table.js'

/**
 * A command as data: `{ command: name, input }`, a union over every command.
 *
 * @category commands
 * @since 0.1.0
 */
export type ProgramCommand = {
  [N in CommandName]: { readonly command: N; readonly input: CommandInput<N> }
}[CommandName]

const commandCodec = (name: CommandName) => {
  const c = erased(name)
  return exact(name, { command: t.literal(name), input: c.definition.input })
}

const commandCodecs = new Map(COMMAND_NAMES.map((name) => [name, commandCodec(name)]))

/**
 * Codec for {@link ProgramCommand}: decodes `{ "command": "enrollIndirect", "input": { … } }` from
 * JSON. The `command` field is checked first; the input is then checked against that command's
 * input codec only, so a decode error points at the field that is wrong.
 *
 * @category codecs
 */
export const ProgramCommand = new t.Type<ProgramCommand, unknown, unknown>(
  'ProgramCommand',
  (u): u is ProgramCommand =>
    typeof u === 'object' &&
    u !== null &&
    CommandNameCodec.is((u as { command?: unknown }).command) &&
    (commandCodecs.get((u as { command: CommandName }).command) as t.Mixed).is(u),
  (u, c) => {
    if (typeof u !== 'object' || u === null) return t.failure(u, c, 'expected an object { command, input }')
    const name = (u as { command?: unknown }).command
    const checked = CommandNameCodec.validate(name, t.appendContext(c, 'command', CommandNameCodec, name))
    if (checked._tag === 'Left') return checked
    return (commandCodecs.get(checked.right) as t.Mixed).validate(u, c) as t.Validation<ProgramCommand>
  },
  (command) => (commandCodecs.get(command.command) as t.Mixed).encode(command),
)
