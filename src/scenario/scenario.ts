/**
 * Scenario files: a starting point (a state document, Partner Center payloads to import, or both)
 * and steps, each a command with its input and the expected verdict. See `docs/scenarios.md`.
 *
 * @module
 */
import * as t from 'io-ts'
import { ProgramStateDocument } from '../codec/state.js'
import { ProgramCommand } from '../commands/registry.js'
import { RuleId } from '../rules/catalog.js'

const RuleIds = t.refinement(t.readonlyArray(RuleId), (ids) => ids.length > 0, 'NonEmptyRuleIds')

/** The expected verdict of a step: `"accepted"`, or `{ "rejected": ["RST-2", …] }` with every rule ID expected. @category codecs */
export const Expectation = t.union(
  [t.literal('accepted'), t.readonly(t.type({ rejected: RuleIds }), 'Rejected')],
  'Expectation',
)
/** @category models */
export type Expectation = t.TypeOf<typeof Expectation>

const StepFields = t.intersection([t.type({ expect: Expectation }), t.partial({ title: t.string })])

/** Codec for {@link ScenarioStep}. @category codecs */
export const ScenarioStep = new t.Type<ScenarioStep, unknown, unknown>(
  'ScenarioStep',
  (u): u is ScenarioStep => StepFields.is(u) && ProgramCommand.is(u),
  (u, c) => {
    const fields = StepFields.validate(u, c)
    const command = ProgramCommand.validate(u, c)
    if (fields._tag === 'Left' || command._tag === 'Left')
      return t.failures([
        ...(command._tag === 'Left' ? command.left : []),
        ...(fields._tag === 'Left' ? fields.left : []),
      ])
    return t.success({ ...fields.right, ...command.right } as ScenarioStep)
  },
  (step) => ({ ...StepFields.encode(step), ...(ProgramCommand.encode(step) as object) }),
)
/**
 * One step: a command (`command` and `input`, as for `execute`), an optional `title`, and the
 * verdict `expect`ed.
 *
 * @category models
 */
export type ScenarioStep = ProgramCommand & { readonly expect: Expectation; readonly title?: string }

/** Codec for {@link Scenario}. @category codecs */
export const Scenario = t.intersection(
  [
    t.type({ title: t.string, steps: t.readonlyArray(ScenarioStep) }),
    t.partial({
      description: t.string,
      start: t.partial({ state: ProgramStateDocument, partnerCenter: t.readonlyArray(t.unknown) }),
    }),
  ],
  'Scenario',
)
/**
 * A scenario: `title`, optional `description`, optional `start` (`state`: a state document;
 * `partnerCenter`: a list of Partner Center imports applied in order over it) and `steps`.
 *
 * @category models
 */
export type Scenario = t.TypeOf<typeof Scenario>
