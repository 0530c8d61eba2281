/**
 * Reading a command given as data: the envelope `{ command, input }` read once, its name checked
 * against the command table (MOD-8). Shared by `execute`, `explain` and `applyAll`.
 *
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import { LATEST_RULE_SET } from '../rules/ruleSets.js'
import type { RuleViolation } from '../rules/violation.js'
import { entryViolation } from './entry.js'
import { COMMAND_NAMES, CommandNameCodec, type CommandName } from './table.js'

/** The command a value names, or the violation that says why it names none (MOD-8). */
export const named = (raw: unknown): E.Either<RuleViolation, { name: CommandName; input: unknown }> => {
  // read the envelope's own enumerable fields once (the input itself is read by the command's entry);
  // a getter or a revoked proxy that throws is a rejected command, never a thrown error
  let envelope: { readonly keys: ReadonlyArray<string>; readonly name: unknown; readonly input: unknown }
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return E.left(
        entryViolation('InvalidInput', 'MOD-8', LATEST_RULE_SET, [], 'A command is an object { command, input }.'),
      )
    const keys = Object.keys(raw)
    const field = (key: string) => (keys.includes(key) ? (raw as Record<string, unknown>)[key] : undefined)
    envelope = { keys, name: field('command'), input: field('input') }
  } catch {
    return E.left(entryViolation('InvalidInput', 'MOD-8', LATEST_RULE_SET, [], 'The command cannot be read.'))
  }
  const name = envelope.name
  if (!CommandNameCodec.is(name))
    return E.left(
      entryViolation(
        'UnknownCommand',
        'MOD-8',
        LATEST_RULE_SET,
        typeof name === 'string' ? [name.slice(0, 64)] : [],
        `${typeof name === 'string' ? `There is no command named ${JSON.stringify(name.slice(0, 64))}` : 'The command name is missing'}; the commands are ${COMMAND_NAMES.join(', ')}.`,
      ),
    )
  const extra = envelope.keys.filter((k) => k !== 'command' && k !== 'input')
  if (extra.length > 0)
    return E.left(
      entryViolation(
        'UnknownField',
        'MOD-8',
        LATEST_RULE_SET,
        extra.slice(0, 8),
        `A command has the fields command and input only; unknown: ${extra.slice(0, 8).join(', ')}.`,
      ),
    )
  return E.right({ name, input: envelope.input })
}
