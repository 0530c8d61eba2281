/**
 * Scenario files: a starting point (a state document, inline or in a file, Partner Center payloads
 * to import, or both) and steps, each a command with its input and the expected verdict. See `docs/scenarios.md`.
 *
 * @module
 */
import * as t from 'io-ts'
import { ProgramStateDocument } from '../codec/state.js'
import { ProgramCommand } from '../commands/programCommand.js'
import { exact, list, nonEmptyList, own } from '../internal/codec.js'
import { RuleId } from '../rules/catalog.js'

const RuleIds = nonEmptyList(RuleId, 'NonEmptyRuleIds')

/** The expected verdict of a step: `"accepted"`, or `{ "rejected": ["RST-2", …] }` with every rule ID expected. @category codecs @since 0.1.0 */
export const Expectation = t.union([t.literal('accepted'), exact('Rejected', { rejected: RuleIds })], 'Expectation')
/** @category models */
export type Expectation = t.TypeOf<typeof Expectation>

/** The fields of a step; `command` and `input` are checked by {@link ProgramCommand} afterwards. */
const StepFields = exact(
  'ScenarioStep',
  { command: t.unknown, input: t.unknown, expect: Expectation },
  { title: t.string },
)

/** The command part of a step, as its own object: `ProgramCommand` never sees `expect` or `title`. */
const commandPart = (u: unknown): unknown =>
  typeof u === 'object' && u !== null && !Array.isArray(u)
    ? Object.fromEntries(
        ['command', 'input'].filter((k) => own(u, k)).map((k) => [k, (u as Record<string, unknown>)[k]]),
      )
    : u

/**
 * Codec for {@link ScenarioStep}: exactly `command`, `input`, `expect` and an optional `title`; any
 * other field is a decode failure.
 *
 * @category codecs
 * @since 0.1.0
 */
export const ScenarioStep = new t.Type<ScenarioStep, unknown, unknown>(
  'ScenarioStep',
  (u): u is ScenarioStep => StepFields.is(u) && ProgramCommand.is(commandPart(u)),
  (u, c) => {
    const fields = StepFields.validate(u, c)
    const command = ProgramCommand.validate(commandPart(u), c)
    if (fields._tag === 'Left' || command._tag === 'Left')
      return t.failures([
        ...(command._tag === 'Left' ? command.left : []),
        ...(fields._tag === 'Left' ? fields.left : []),
      ])
    const { expect, title } = fields.right
    return t.success({ ...command.right, expect, ...(title === undefined ? {} : { title }) } as ScenarioStep)
  },
  (step) => ({
    ...(ProgramCommand.encode({ command: step.command, input: step.input } as ProgramCommand) as object),
    expect: Expectation.encode(step.expect),
    ...(step.title === undefined ? {} : { title: step.title }),
  }),
)
/**
 * One step: a command (`command` and `input`, as for `execute`), an optional `title`, and the
 * verdict `expect`ed.
 *
 * @category models
 */
export type ScenarioStep = ProgramCommand & { readonly expect: Expectation; readonly title?: string }

/** The `start` of a scenario; unknown fields are rejected. */
const ScenarioStart = exact(
  'ScenarioStart',
  {},
  { state: ProgramStateDocument, stateFile: t.string, partnerCenter: list(t.unknown) },
)

/**
 * Codec for {@link Scenario}: exact (an unknown field at the top level, in `start` or in a step is a
 * decode failure) and with at least one step.
 *
 * @category codecs
 * @since 0.1.0
 */
export const Scenario = exact(
  'Scenario',
  { title: t.string, steps: nonEmptyList(ScenarioStep, 'NonEmptyScenarioSteps') },
  { description: t.string, start: ScenarioStart },
)
/**
 * A scenario: `title`, optional `description`, optional `start` and `steps`. `start` holds
 * `state`, a state document, or `stateFile`, the path of a file holding one (relative to the
 * scenario file; read by `csp-channel check`, or by the caller of `runScenario`), not both; and
 * `partnerCenter`, a list of Partner Center imports applied in order over that state.
 *
 * @category models
 */
export type Scenario = t.TypeOf<typeof Scenario>
