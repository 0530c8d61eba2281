/**
 * The JSON Schema of scenario files (issue 12, item 3): generated from the codecs, shipped as
 * schema/scenario.schema.json and current, named in `$schema` by every bundled scenario, each of
 * which validates against it; the schema refuses what the codecs refuse (unknown keys, unknown
 * commands, a wrong input for the command).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { scenarioJsonSchema } from '../src/scenario/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundled = join(root, 'examples/scenarios')
const shipped = JSON.parse(readFileSync(join(root, 'schema/scenario.schema.json'), 'utf8')) as Record<string, unknown>
const scenarios = readdirSync(bundled)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, json: JSON.parse(readFileSync(join(bundled, f), 'utf8')) as Record<string, unknown> }))

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scenario as plain JSON, changed field by field
type Json = { [key: string]: any }

let compiled: ReturnType<Ajv['compile']> | undefined
/** The shipped schema compiled once (strict mode: an unknown keyword or a type-less keyword is an error). */
const validator = () => (compiled ??= new Ajv({ allErrors: true, strict: true }).compile(shipped))

describe('the scenario JSON Schema', () => {
  it('is the schema the codecs generate (run `npm run schema` after changing a codec)', () => {
    expect(JSON.parse(JSON.stringify(scenarioJsonSchema()))).toEqual(shipped)
  })

  it('is a draft-07 schema that Ajv compiles in strict mode', () => {
    expect(shipped.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(() => validator()).not.toThrow()
  })

  it('ships with the package: in "files" and in "exports"', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      files: string[]
      exports: Record<string, unknown>
      scripts: Record<string, string>
    }
    expect(pkg.files).toContain('schema')
    expect(pkg.exports['./scenario.schema.json']).toBe('./schema/scenario.schema.json')
    expect(pkg.scripts.schema).toContain('scripts/scenario-schema.mjs')
  })

  it.each(scenarios.map((s) => [s.name, s.json] as const))('%s names it in $schema and validates', (_, json) => {
    expect(json.$schema).toBe('../../schema/scenario.schema.json')
    const validate = validator()
    const valid = validate(json)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('at least one bundled scenario expects events, warnings and query results, and one step is what-if', () => {
    const steps = scenarios.flatMap((s) => s.json.steps as Array<Record<string, unknown>>)
    const expectations = steps.map((s) => s.expect).filter((e): e is Record<string, unknown> => typeof e === 'object')
    expect(expectations.some((e) => Array.isArray(e.events) && e.events.length > 0)).toBe(true)
    expect(expectations.some((e) => Array.isArray(e.warnings) && e.warnings.length > 0)).toBe(true)
    expect(expectations.some((e) => Array.isArray(e.queries) && e.queries.length > 0)).toBe(true)
    expect(steps.some((s) => typeof s.whatIf === 'string')).toBe(true)
  })

  describe('refuses what the codecs refuse', () => {
    const base = scenarios.find((s) => s.name === 'direct-bill-requirements.json')!.json
    const refused = (change: (s: Json) => void) => {
      const copy = structuredClone(base)
      change(copy)
      return validator()(copy)
    }

    it('accepts the scenario as it is', () => {
      expect(refused(() => {})).toBe(true)
    })

    it.each<[string, (s: Json) => void]>([
      ['an unknown top-level key', (s) => (s.notes = 'x')],
      ['an unknown key in start', (s) => (s.start.partnerCentre = [])],
      ['an unknown key in a step', (s) => (s.steps[0].expected = 'accepted')],
      ['an unknown key in an expectation', (s) => (s.steps[0].expect.because = 'x')],
      ['an unknown key in an expected event', (s) => (s.steps[0].expect.events[0].partner = 'x')],
      ['an unknown key in an expected query', (s) => (s.steps[0].expect.queries[0].expect.rols = [])],
      ['an unknown key in a command input', (s) => (s.steps[0].input.seat = 3)],
      ['an unknown key in the state document', (s) => (s.start.state.partners[0].status = 'x')],
      ['an unknown command', (s) => (s.steps[0].command = 'applyForDirectBil')],
      ['an input of another command', (s) => (s.steps[0].command = 'signMpa')],
      ['an unknown event tag', (s) => (s.steps[0].expect.events[0]._tag = 'Nope')],
      ['an unknown query', (s) => (s.steps[0].expect.queries[0].query = 'partnr')],
      ['an unknown rule ID', (s) => (s.steps[1].expect.rejected = ['DB-99'])],
      ['an empty rejection', (s) => (s.steps[1].expect.rejected = [])],
      ['a malformed date', (s) => (s.steps[0].input.at = 'last Tuesday')],
      ['a malformed tenant ID', (s) => (s.steps[0].input.partnerTenantId = 'adatum')],
      ['an unknown what-if rule set', (s) => (s.steps[0].whatIf = '2021-01-01')],
      ['no steps', (s) => (s.steps = [])],
    ])('%s', (_, change) => {
      expect(refused(change)).toBe(false)
    })
  })
})
