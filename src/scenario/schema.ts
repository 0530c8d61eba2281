/**
 * The JSON Schema (draft-07) of scenario files, generated from the codecs that decode them, so that
 * an editor completes and checks a scenario as `csp-channel check` reads it. The package ships it as
 * `schema/scenario.schema.json` (`npm run schema` writes it; a test compares the two).
 *
 * @module
 */
import * as t from 'io-ts'
import { ExactType, ListType } from '../internal/codec.js'
import { PartnerCenterImport } from '../partner-center/importInput.js'
import type { DescribesItself, JsonSchema } from './codecs.js'
import { Scenario } from './scenario.js'
import { LEAVES, REFINEMENTS } from './schemaLeaves.js'

/** Help an editor shows beside a field of a scenario file. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Scenario.$schema': 'The JSON Schema of scenario files, for editors; ignored by csp-channel check.',
  'Scenario.title': 'What the scenario shows; the first line of its timeline.',
  'Scenario.steps': 'The commands to run in order, each with what is expected of it; counted from 1.',
  'Scenario.start': 'The state before the first step; by default the empty state.',
  'ScenarioStart.state': 'A state document (the JSON form of ProgramState, as stateToJson writes it).',
  'ScenarioStart.stateFile': 'The path of a file holding a state document, relative to the scenario file.',
  'ScenarioStart.partnerCenter': 'Partner Center imports, applied in order over the state.',
  'ScenarioStep.command': 'The name of the command to run (see docs/commands.md).',
  'ScenarioStep.input': "The command's input, with actor and at, exactly as execute takes it.",
  'ScenarioStep.expect': '"accepted", { "accepted": true, … } or { "rejected": [rule IDs], … }.',
  'ScenarioStep.whatIf':
    'Judge the command under this rule set instead of the one in force at its date, as explain does; nothing is applied.',
  'Accepted.events': "Exactly the step's events, in order: a tag, or a tag with fields to compare.",
  'Accepted.warnings': "Exactly the set of the step's warning rule IDs ([] for none).",
  'Accepted.queries': 'Query results expected of the state after the step.',
  'Rejected.rejected': 'Exactly the set of rule IDs the violations name.',
  'Rejected.queries': 'Query results expected of the state after the step (which the rejection left as it was).',
}

const describes = (codec: t.Mixed): codec is t.Mixed & DescribesItself =>
  typeof (codec as Partial<DescribesItself>).toJsonSchema === 'function'

/** Whether a string-keyword schema accepts `value` (for the checks of the leaves). */
const stringAccepts = (schema: JsonSchema, value: unknown): boolean => {
  if (schema.type === undefined) return true
  if (schema.type !== 'string' || typeof value !== 'string')
    return schema.type === 'object' && typeof value === 'object'
  const { pattern, minLength, maxLength } = schema as { pattern?: string; minLength?: number; maxLength?: number }
  return (
    (pattern === undefined || new RegExp(pattern, 'u').test(value)) &&
    value.length >= (minLength ?? 0) &&
    value.length <= (maxLength ?? Infinity)
  )
}

/** The leaves' schemas, each checked against its codec; a disagreement is a programming error. */
const leafSchemas = (): ReadonlyMap<t.Mixed, JsonSchema> => {
  for (const { codec, schema, accepts, refuses } of LEAVES) {
    for (const v of accepts)
      if (!(codec.decode(v)._tag === 'Right' && stringAccepts(schema, v)))
        throw new Error(`the schema of ${codec.name} and the codec disagree on ${JSON.stringify(v)}`)
    for (const v of refuses)
      if (codec.decode(v)._tag === 'Right' || stringAccepts(schema, v))
        throw new Error(`the schema of ${codec.name} or the codec accepts ${JSON.stringify(v)}`)
  }
  // the description is what the codec's decode error says it expects
  const expected = (codec: t.Mixed) => {
    const result = codec.decode(undefined)
    return result._tag === 'Left' ? (result.left[0]?.message ?? codec.name).replace(/^expected /, '') : codec.name
  }
  return new Map(LEAVES.map(({ codec, schema }) => [codec, { ...schema, description: expected(codec) }]))
}

/** The bounds of an integer refinement, checked against its predicate. */
const refinementSchema = (codec: t.RefinementC<t.Mixed>): JsonSchema => {
  const bounds = REFINEMENTS[codec.name]
  if (bounds === undefined || !(codec.type instanceof t.NumberType))
    throw new Error(`no JSON Schema for the refinement ${codec.name}`)
  const { minimum = Number.MIN_SAFE_INTEGER, maximum = Number.MAX_SAFE_INTEGER } = bounds
  const p = codec.predicate as (n: number) => boolean
  if (!p(minimum) || !p(maximum) || p(minimum - 1) || p(maximum + 1) || p(Math.max(minimum, -1e6) + 0.5))
    throw new Error(`the bounds of ${codec.name} disagree with its predicate`)
  return { type: 'integer', ...bounds, description: codec.name }
}

/** A name fit to key a definition: `Partner`, `Partial<Partner>` → `Partial_Partner`; else undefined. */
const definitionKey = (codec: t.Mixed): string | undefined => {
  const list = codec instanceof ListType || codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType
  if (list || codec instanceof t.LiteralType || describes(codec)) return undefined
  if (!/^[A-Za-z_]\w*(<\w+>)?$/.test(codec.name) || codec.name === codec.name.toLowerCase()) return undefined
  return codec.name.replace(/<(\w+)>$/, '_$1')
}

/** A walker over codecs: the schema of each, named codecs as `$ref`s to `definitions`. */
const walker = () => {
  const leaves = leafSchemas()
  const definitions: Record<string, JsonSchema> = {}
  const keys = new Map<t.Mixed, string>()
  let lenient = 0

  const object = (props: t.Props, required: ReadonlyArray<string>, exact: boolean, owner: string): JsonSchema => ({
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(props).map(([k, v]) => {
        const description = DESCRIPTIONS[`${owner}.${k}`]
        const schema = walk(v as t.Mixed)
        return [k, description === undefined ? schema : { ...schema, description }]
      }),
    ),
    ...(required.length > 0 ? { required } : {}),
    ...(exact ? { additionalProperties: false } : {}),
  })

  const build = (codec: t.Mixed): JsonSchema => {
    const leaf = leaves.get(codec)
    if (leaf !== undefined) return leaf
    if (describes(codec)) return codec.toJsonSchema(walk)
    if (codec instanceof ExactType) {
      const { required, optional } = codec as ExactType<t.Props, t.Props>
      return object({ ...required, ...optional }, Object.keys(required), true, codec.name)
    }
    if (codec instanceof ListType) {
      const { item, min, max } = codec as ListType<t.Mixed>
      const sizes = {
        ...(min > 0 ? { minItems: min } : {}),
        ...(max < Number.MAX_SAFE_INTEGER ? { maxItems: max } : {}),
      }
      return { type: 'array', items: walk(item), ...sizes }
    }
    if (codec instanceof t.UnionType) {
      const types = codec.types as ReadonlyArray<t.Mixed>
      if (types.every((m) => m instanceof t.LiteralType))
        return { enum: types.map((m) => (m as t.LiteralC<string>).value) }
      return { anyOf: types.map(walk) }
    }
    if (codec instanceof t.IntersectionType) return { allOf: (codec.types as ReadonlyArray<t.Mixed>).map(walk) }
    if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
      const props = codec.props as t.Props
      return object(props, codec instanceof t.InterfaceType ? Object.keys(props) : [], false, codec.name)
    }
    if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType)
      return { type: 'array', items: walk(codec.type as t.Mixed) }
    if (codec instanceof t.ReadonlyType) return walk(codec.type as t.Mixed)
    if (codec instanceof t.LiteralType) return { const: codec.value }
    if (codec instanceof t.KeyofType) return { type: 'string', enum: Object.keys(codec.keys as object) }
    if (codec instanceof t.RefinementType) return refinementSchema(codec as t.RefinementC<t.Mixed>)
    if (codec instanceof t.StringType) return { type: 'string' }
    if (codec instanceof t.NumberType) return { type: 'number' }
    if (codec instanceof t.BooleanType) return { type: 'boolean' }
    if (codec instanceof t.NullType) return { type: 'null' }
    if (codec instanceof t.UnknownType) return {}
    // inside a Partner Center import, a body codec of its own kind accepts what the importer reads
    if (lenient > 0) return { description: `${codec.name} (a Partner Center body, see docs/scenarios.md)` }
    throw new Error(`no JSON Schema for the codec ${codec.name}`)
  }

  const walk = (codec: t.Mixed): JsonSchema => {
    const name = definitionKey(codec)
    if (name === undefined) return enter(codec)
    let key = keys.get(codec)
    if (key === undefined) {
      key = name
      for (let n = 2; key in definitions; n++) key = `${name}_${n}`
      keys.set(codec, key)
      definitions[key] = {} // a placeholder while it is built: a codec that refers to itself ends
      definitions[key] = enter(codec)
    }
    return { $ref: `#/definitions/${key}` }
  }

  const enter = (codec: t.Mixed): JsonSchema => {
    if (codec !== PartnerCenterImport) return build(codec)
    lenient++
    try {
      return build(codec)
    } finally {
      lenient--
    }
  }

  return { build: enter, definitions }
}

/**
 * The JSON Schema (draft-07) of scenario files, generated from the {@link Scenario} codec: every
 * object exact (`additionalProperties: false`), each step's `input` described for its `command`,
 * identifiers and dates with their patterns. Named codecs are `definitions`. The package ships it as
 * `csp-channel/scenario.schema.json` (`schema/scenario.schema.json`); a scenario names it in
 * `$schema` so that editors complete and check it.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * import { scenarioJsonSchema } from 'csp-channel/scenario'
 * writeFileSync('scenario.schema.json', JSON.stringify(scenarioJsonSchema(), null, 2))
 * ```
 *
 * @category codecs
 * @since 0.2.0
 */
export const scenarioJsonSchema = (): Readonly<Record<string, unknown>> => {
  const { build, definitions } = walker()
  const root = build(Scenario)
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'csp-channel scenario',
    description:
      'A CSP program scenario: a starting state and steps, each a command with what is expected of it (see docs/scenarios.md).',
    ...root,
    definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))),
  }
}
