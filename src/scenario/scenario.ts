/**
 * Scenario files: a starting point (a state document, inline or in a file, Partner Center payloads
 * to import, or both) and steps, each a command with its input and what is expected of it. See
 * `docs/scenarios.md`.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { decode, type DecodeError } from '../codec/decodeError.js'
import { ProgramStateDocument } from '../codec/state.js'
import { ProgramCommand } from '../commands/programCommand.js'
import { COMMAND_NAMES, erased } from '../commands/table.js'
import { exact, list, nonEmptyList, own } from '../internal/codec.js'
import { PartnerCenterImport } from '../partner-center/importInput.js'
import { RuleSetId } from '../rules/ruleSets.js'
import { NameType, type JsonSchema } from './codecs.js'
import { Expectation } from './expectations.js'

const CommandName = new NameType('CommandName', COMMAND_NAMES, 'the name of a command (see docs/commands.md)')

/** The fields of a step; `command` and `input` are checked by {@link ProgramCommand} afterwards. */
const StepFields = exact(
  'ScenarioStep',
  { command: CommandName, input: t.unknown, expect: Expectation },
  { title: t.string, whatIf: RuleSetId },
)

/** The command part of a step, as its own object: `ProgramCommand` never sees the other fields. */
const commandPart = (u: unknown): unknown =>
  typeof u === 'object' && u !== null && !Array.isArray(u)
    ? Object.fromEntries(
        ['command', 'input'].filter((k) => own(u, k)).map((k) => [k, (u as Record<string, unknown>)[k]]),
      )
    : u

/** A step that judges without applying expects no events: there are none. */
const whatIfEvents = (c: t.Context, fields: t.TypeOf<typeof StepFields>): t.Errors => {
  const { expect } = fields
  if (fields.whatIf === undefined || typeof expect !== 'object' || !('events' in expect)) return []
  const events = { key: 'events', type: t.unknown, actual: expect.events }
  const at = [...c, { key: 'expect', type: Expectation, actual: expect }, events]
  return [{ value: expect.events, context: at, message: 'no "events": a "whatIf" step is judged, never applied' }]
}

/** The JSON Schema of a step: its fields, and the input of each command (`if` command is … `then`). */
const stepSchema = (walk: (codec: t.Mixed) => JsonSchema): JsonSchema => ({
  allOf: [
    walk(StepFields),
    ...COMMAND_NAMES.map((name) => ({
      if: { type: 'object', properties: { command: { const: name } }, required: ['command'] },
      then: { type: 'object', properties: { input: walk(erased(name).definition.input as t.Mixed) } },
    })),
  ],
})

/**
 * Codec for {@link ScenarioStep}: exactly `command`, `input`, `expect`, and optionally `title` and
 * `whatIf`; any other field is a decode failure. An unknown command name fails with the closest one
 * suggested.
 *
 * @category codecs
 * @since 0.1.0
 */
export const ScenarioStep: t.Type<ScenarioStep, unknown, unknown> = Object.assign(
  new t.Type<ScenarioStep, unknown, unknown>(
    'ScenarioStep',
    (u): u is ScenarioStep => StepFields.is(u) && ProgramCommand.is(commandPart(u)),
    (u, c) => {
      const fields = StepFields.validate(u, c)
      // with an unknown command name, the input cannot be checked: the name's error is enough
      const named = typeof u === 'object' && u !== null && CommandName.is((u as { command?: unknown }).command)
      const command = named ? ProgramCommand.validate(commandPart(u), c) : undefined
      const errors = [
        ...(command?._tag === 'Left' ? command.left : []),
        ...(fields._tag === 'Left' ? fields.left : whatIfEvents(c, fields.right)),
      ]
      if (errors.length > 0 || fields._tag === 'Left' || command?._tag !== 'Right') return t.failures(errors)
      const { expect, title, whatIf } = fields.right
      return t.success({
        ...command.right,
        expect,
        ...(title === undefined ? {} : { title }),
        ...(whatIf === undefined ? {} : { whatIf }),
      })
    },
    (step) => ({
      ...(ProgramCommand.encode({ command: step.command, input: step.input } as ProgramCommand) as object),
      expect: Expectation.encode(step.expect),
      ...(step.title === undefined ? {} : { title: step.title }),
      ...(step.whatIf === undefined ? {} : { whatIf: step.whatIf }),
    }),
  ),
  { toJsonSchema: stepSchema },
)
/**
 * One step: a command (`command` and `input`, as for `execute`), an optional `title`, what is
 * `expect`ed of it, and optionally `whatIf`, a rule set to judge the command under instead of the
 * one in force at its date: the step is then judged as `explain` judges it and applies nothing.
 *
 * @category models
 */
export type ScenarioStep = ProgramCommand & {
  readonly expect: Expectation
  readonly title?: string
  readonly whatIf?: RuleSetId
}

/** A Partner Center import, decoded when it is imported (see `scenarioStart`); described as one. */
const Payload: t.Type<unknown> = Object.assign(
  new t.Type<unknown>('PartnerCenterPayload', t.unknown.is, t.success, t.identity),
  {
    toJsonSchema: (walk: (codec: t.Mixed) => JsonSchema) => walk(PartnerCenterImport),
  },
)

/** The `start` of a scenario; unknown fields are rejected. */
const ScenarioStart = exact(
  'ScenarioStart',
  {},
  { state: ProgramStateDocument, stateFile: t.string, partnerCenter: list(Payload, 'PartnerCenterImports') },
)

/**
 * Codec for {@link Scenario}: exact at every level (an unknown field at the top level, in `start`,
 * in a step, in an expectation, an expected event or query, or a command's input is a decode
 * failure naming the closest known field) and with at least one step.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Scenario = exact(
  'Scenario',
  { title: t.string, steps: nonEmptyList(ScenarioStep, 'NonEmptyScenarioSteps') },
  { $schema: t.string, description: t.string, start: ScenarioStart },
)
/**
 * A scenario: `title`, optional `description`, optional `start` and `steps`. `start` holds
 * `state`, a state document, or `stateFile`, the path of a file holding one (relative to the
 * scenario file; read by `csp-channel check`, or by the caller of `runScenario`), not both; and
 * `partnerCenter`, a list of Partner Center imports applied in order over that state. `$schema`,
 * the JSON Schema an editor checks the file with, is ignored.
 *
 * @category models
 */
export type Scenario = t.TypeOf<typeof Scenario>

/** `steps[3].input.at` → `step 4, input.at`: steps are counted from 1, as the timeline counts them. */
const stepPath = (path: string): string =>
  path.replace(/^steps\[(\d+)\]\.?(.*)$/, (_, i: string, rest: string) =>
    rest === '' ? `step ${Number(i) + 1}` : `step ${Number(i) + 1}, ${rest}`,
  )

/**
 * Decodes a scenario: `decode(Scenario, value)`, with the paths of the problems inside a step
 * written `step 4, input.at`, the step counted from 1 as the timeline counts it.
 *
 * @example
 * ```ts
 * import { decodeScenario } from 'csp-channel/scenario'
 * decodeScenario({ title: 't', steps: [{ command: 'signMap', input: {}, expect: 'accepted' }] })
 * // Left: at step 1, command: expected the name of a command … (did you mean "signMpa"?)
 * ```
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodeScenario = (value: unknown): E.Either<DecodeError, Scenario> =>
  E.mapLeft((e: DecodeError) => ({ ...e, issues: e.issues.map((i) => ({ ...i, path: stepPath(i.path) })) }))(
    decode(Scenario, value),
  )
