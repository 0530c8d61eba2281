/**
 * `csp-channel can`: what an actor can do in a state document (or in the state a Partner Center
 * import manifest builds), command by command and subject by subject, as a table or as JSON
 * (`capabilities`). Exit code 0 with the answer; 2 when the state is unreadable or not a valid
 * state document, the import fails, or the command line is wrong. Never throws.
 *
 * @internal
 */
import { parseArgs } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import {
  Actor,
  capabilities,
  COMMAND_NAMES,
  decode,
  emptyState,
  IsoDateTime,
  ProgramStateCodec,
  type Capabilities,
  type Capability,
  type CommandName,
  type ProgramState,
} from 'csp-channel'
import { importPartnerCenterWithReport } from 'csp-channel/partner-center'
import { escapeControls } from '../internal/escape.js'
import type { Io } from './check.js'
import { bodyFileOf, manifestFile, readManifest } from './manifest.js'
import { readJsonFile } from './read.js'
import { decodeErrorText, thrownText } from './text.js'

/** The rows printed when `--limit` is not given. @internal */
export const DEFAULT_LIMIT = 1000

/** The usage of `csp-channel can`. @internal */
export const CAN_USAGE = `Usage: csp-channel can (--state STATE.json | --import MANIFEST|DIR) --actor ACTOR [OPTIONS]

Lists what ACTOR can do in a state: for every command, each subject it could
name (its customers, subscriptions, resellers, invitations, ...) and whether the
command would be accepted (✔) or not (✗, with the first violation: rule, tag,
Partner Center code, message). Each verdict is explain's on a representative
input (one license-based seat, a seat more, new IDs hashed from the subject).

Options:
  --state FILE        a state document, such as one csp-channel import writes
  --import PATH       an import.json manifest (or a folder holding one): its
                      Partner Center bodies are imported first
  --actor ACTOR       microsoft, customerAdmin:TENANT or partnerUser:TENANT:ROLE
                      (ROLE: globalAdmin, userAdmin, adminAgent, salesAgent,
                      helpdeskAgent, billingAdmin)
  --at ISO            when, e.g. 2021-03-01T09:00:00Z (default: now)
  --command NAME      only this command (repeatable)
  --subject ID        only rows naming this customer, subscription, partner,
                      reseller or invitation ID
  --limit N           at most N rows (default ${DEFAULT_LIMIT}); the output says when
                      more were left out
  --json              print { actor, at, rows, truncated } as JSON
  -h, --help          show this help

Exit codes:
  0  the answer was printed
  2  the state is unreadable or not a valid state document, the import fails,
     or a wrong command line (an unknown command or role, a bad instant)`

const OPTIONS = {
  state: { type: 'string' },
  import: { type: 'string' },
  actor: { type: 'string' },
  at: { type: 'string' },
  command: { type: 'string', multiple: true },
  subject: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The actor an `--actor` value names, or what is wrong with it. */
const actorOf = (text: string): E.Either<string, Actor> => {
  const [kind, tenantId, role, ...rest] = text.split(':')
  const value =
    kind === 'microsoft' && tenantId === undefined
      ? { kind }
      : kind === 'customerAdmin' && role === undefined
        ? { kind, tenantId }
        : kind === 'partnerUser' && rest.length === 0
          ? { kind, tenantId, role }
          : undefined
  const decoded = value === undefined ? undefined : decode(Actor, value)
  return decoded !== undefined && E.isRight(decoded)
    ? E.right(decoded.right)
    : E.left(
        `--actor ${escapeControls(JSON.stringify(text))} is not an actor: give microsoft, customerAdmin:TENANT ` +
          'or partnerUser:TENANT:ROLE, TENANT a tenant ID (GUID) and ROLE one of globalAdmin, userAdmin, ' +
          'adminAgent, salesAgent, helpdeskAgent, billingAdmin.',
      )
}

/** The state the options name: a state document, or the import of a manifest. */
const stateOf = (values: { readonly state?: string; readonly import?: string }): E.Either<string, ProgramState> => {
  if (values.state !== undefined) {
    const read = readJsonFile(values.state, 'state document')
    if (!read.ok) return E.left(read.error)
    const state = decode(ProgramStateCodec, read.json)
    return E.isRight(state)
      ? state
      : E.left(`${escapeControls(values.state)} is not a valid state document:\n${decodeErrorText(state.left)}`)
  }
  const file = manifestFile(values.import ?? '')
  const manifest = readManifest(file, {})
  if (!manifest.ok) return E.left(manifest.error)
  const imported = importPartnerCenterWithReport(manifest.value.input, emptyState)
  if (E.isRight(imported)) return E.right(imported.right.state)
  // issues of the state check name paths in the state document, the others a body file's
  const where = imported.left.codec === 'ProgramState' ? undefined : bodyFileOf(manifest.value.bodies)
  return E.left(`cannot import ${escapeControls(file)}:\n${decodeErrorText(imported.left, where)}`)
}

type Query = {
  readonly actor: Actor
  readonly at: IsoDateTime
  readonly commands?: ReadonlyArray<CommandName>
  readonly subject?: string
  readonly limit: number
}

/** The question the command line asks (the state aside), or what is wrong with it. */
const queryOf = (values: ReturnType<typeof parse>['values']): E.Either<string, Query> => {
  if ((values.state === undefined) === (values.import === undefined))
    return E.left('Give the state: --state FILE or --import MANIFEST (one of them).')
  if (values.actor === undefined)
    return E.left('Give the actor: --actor microsoft|customerAdmin:TENANT|partnerUser:TENANT:ROLE.')
  const actor = actorOf(values.actor)
  if (E.isLeft(actor)) return actor
  const at = decode(IsoDateTime, values.at ?? new Date().toISOString())
  if (E.isLeft(at))
    return E.left(`--at ${escapeControls(JSON.stringify(values.at))} is not an instant such as 2021-03-01T09:00:00Z.`)
  const unknown = (values.command ?? []).filter((c) => !(COMMAND_NAMES as ReadonlyArray<string>).includes(c))
  if (unknown.length > 0)
    return E.left(
      `Unknown command ${escapeControls(JSON.stringify(unknown[0]))}; the commands are ${COMMAND_NAMES.join(', ')}.`,
    )
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit)
  if (!/^\d+$/.test(values.limit ?? '0') || !Number.isSafeInteger(limit))
    return E.left(`--limit ${escapeControls(JSON.stringify(values.limit))} is not a number of rows (0, 1, 2, ...).`)
  const subject =
    values.subject !== undefined && GUID.test(values.subject) ? values.subject.toLowerCase() : values.subject
  return E.right({
    actor: actor.right,
    at: at.right,
    limit,
    ...(values.command === undefined ? {} : { commands: values.command as ReadonlyArray<CommandName> }),
    ...(subject === undefined ? {} : { subject }),
  })
}

const actorText = (actor: Actor): string =>
  actor.kind === 'microsoft'
    ? 'microsoft'
    : actor.kind === 'customerAdmin'
      ? `customerAdmin:${actor.tenantId}`
      : `partnerUser:${actor.tenantId}:${actor.role}`

/** The reason a row gives: its first violation, with its Partner Center code. */
const reason = (row: Capability): string => {
  const v = row.violations[0]
  if (v === undefined) return ''
  const more = row.violations.length > 1 ? ` (+${row.violations.length - 1} more)` : ''
  const code = v.partnerCenterCode === null ? '' : ` [${v.partnerCenterCode}]`
  return escapeControls(`${v.rule} ${v._tag}${code}: ${v.message}${more}`)
}

/**
 * The answer as a table, a row per line: the verdict (✔ accepted, ✗ rejected), the command, its
 * subjects and the first violation; then a count.
 */
const table = (query: Query, result: Capabilities): string => {
  const rows = result.rows.map((r) => [
    r.accepted ? '✔' : '✗',
    r.command,
    escapeControls(r.subjects.join(', ')),
    reason(r),
  ])
  const head = [' ', 'COMMAND', 'SUBJECTS', 'FIRST VIOLATION']
  const width = (i: number) => Math.max(head[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0))
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((c, i) => (i < cells.length - 1 ? c.padEnd(width(i)) : c))
      .join('  ')
      .trimEnd()
  const accepted = result.rows.filter((r) => r.accepted).length
  const summary = `${result.rows.length} rows: ${accepted} accepted, ${result.rows.length - accepted} rejected`
  const truncated = result.truncated
    ? `\nMore rows follow: the first ${query.limit} are shown (narrow with --command or --subject, or raise --limit).`
    : ''
  return [
    `What ${actorText(query.actor)} can do at ${query.at}:`,
    ...(rows.length === 0 ? [] : [line(head), ...rows.map(line)]),
    `${summary}${truncated}`,
  ].join('\n')
}

const parse = (argv: ReadonlyArray<string>) => parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS })

/** Runs `csp-channel can …` (`argv` without `node` and the script); returns the exit code. */
export const canCommand = (argv: ReadonlyArray<string>, io: Io): number => {
  let parsed
  try {
    parsed = parse(argv)
  } catch (cause) {
    io.err(`${thrownText(cause)}\n\n${CAN_USAGE}`)
    return 2
  }
  if (parsed.values.help === true) {
    io.out(CAN_USAGE)
    return 0
  }
  if (parsed.positionals.length > 1) {
    io.err(`Unexpected argument ${escapeControls(JSON.stringify(parsed.positionals[1]))}.\n\n${CAN_USAGE}`)
    return 2
  }
  const query = queryOf(parsed.values)
  if (E.isLeft(query)) {
    io.err(`${query.left}\n\n${CAN_USAGE}`)
    return 2
  }
  const { actor, at, limit, commands, subject } = query.right
  let result: Capabilities
  try {
    const state = stateOf(parsed.values)
    if (E.isLeft(state)) {
      io.err(`✘ ${state.left}`)
      return 2
    }
    result = capabilities(state.right, actor, at, {
      limit,
      ...(commands === undefined ? {} : { commands }),
      ...(subject === undefined ? {} : { subject }),
    })
  } catch (cause) {
    io.err(`csp-channel can: internal error: ${thrownText(cause)}`)
    return 2
  }
  io.out(parsed.values.json === true ? JSON.stringify({ actor, at, ...result }, null, 2) : table(query.right, result))
  return 0
}
