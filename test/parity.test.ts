/**
 * One validation path (MOD-8, MOD-5): for every command and many values, the typed call and the
 * JSON call give the same verdict, and an input the codec refuses is a rejected command on both.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import {
  COMMANDS,
  COMMAND_NAMES,
  apply,
  execute,
  type CommandName,
  type CommandResult,
  type ProgramState,
} from '../src/index.js'
import { cases, matrixWorld } from './support/matrix.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The state a command's matrix case runs on. */
const stateFor = (name: CommandName): ProgramState =>
  (cases[name].setup ?? []).reduce((s, c) => apply(s, c).state, matrixWorld())

/** The matrix input of a command, as plain JSON data. */
const inputOf = (name: CommandName): { [key: string]: Json } =>
  JSON.parse(JSON.stringify(cases[name].command.input)) as { [key: string]: Json }

/** Every path to a value inside `value`, with the value found there. */
const leaves = (value: Json, path: ReadonlyArray<string | number> = []): Array<[Array<string | number>, Json]> => {
  const here: Array<[Array<string | number>, Json]> = path.length > 0 ? [[[...path], value]] : []
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => leaves(v, [...path, i]))]
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))]
  return here
}

/** A copy of `root` with `replacement` at `path`. */
const setAt = (root: Json, path: ReadonlyArray<string | number>, replacement: Json): Json => {
  const [head, ...rest] = path
  if (head === undefined) return replacement
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? setAt(v, rest, replacement) : v))
  const object = root as { [key: string]: Json }
  return { ...object, [head]: setAt(object[head] ?? null, rest, replacement) }
}

/** Odd values for a field of each JSON type; every field also gets a value of every other type. */
const ODD: ReadonlyArray<Json> = [
  -3.5,
  0,
  -1,
  2 ** 31,
  2 ** 53 + 2,
  1e300,
  '',
  ' ',
  'x\u202ey',
  '\u200b',
  'a\u0000b',
  '2020-02-30T00:00:00Z',
  '0000-01-01',
  true,
  null,
  [],
  {},
]

/** The variants of an input: itself, an unknown field at the top and in every object, and odd values at every path. */
const variants = (input: { [key: string]: Json }): ReadonlyArray<Json> => [
  input,
  { ...input, sneaky: true },
  { ...input, ruleSet: '2018-12-18' },
  ...leaves(input).flatMap(([path, value]): Json[] => [
    ...(value !== null && typeof value === 'object' && !Array.isArray(value)
      ? [setAt(input, path, { ...value, tenantId: '11111111-1111-4111-8111-111111111111' })]
      : []),
    ...ODD.map((odd) => setAt(input, path, odd)),
  ]),
]

/** What a verdict is made of: accepted or not, and every violation's rule, tag and subjects. */
const verdict = (result: CommandResult) =>
  E.isRight(result)
    ? { accepted: true, events: result.right.events.map((e) => e._tag) }
    : { accepted: false, violations: result.left.map((v) => [v.rule, v._tag, v.subjects]) }

describe('the typed call and the JSON call give the same verdict', () => {
  it.each(COMMAND_NAMES)('%s: for its input and hundreds of variants of it', (name) => {
    const state = stateFor(name)
    const all = variants(inputOf(name))
    expect(all.length).toBeGreaterThan(20)
    let rejected = 0
    for (const input of all) {
      const typed = COMMANDS[name](state, input as never)
      const json = execute(state, JSON.parse(JSON.stringify({ command: name, input })))
      expect(verdict(json)).toEqual(verdict(typed))
      if (E.isLeft(typed)) {
        rejected++
        expect(apply(state, { command: name, input }).state).toBe(state)
      }
    }
    // the unmodified input is accepted, and most variants are not
    expect(E.isRight(COMMANDS[name](state, inputOf(name) as never))).toBe(true)
    expect(rejected).toBeGreaterThan(all.length / 2)
  })
})

describe('inputs the codec refuses are rejected commands on the typed path too', () => {
  it('MOD-5: placeOrder with -3.5 seats from TypeScript is rejected, naming the field', () => {
    const state = stateFor('placeOrder')
    const input = inputOf('placeOrder')
    const bad = setAt(input, ['lines', 0, 'seats'], -3.5)
    const result = COMMANDS.placeOrder(state, bad as never)
    expect(E.isLeft(result) && result.left.map((v) => [v.rule, v._tag, v.subjects])).toEqual([
      ['MOD-5', 'ValueOutOfRange', ['lines[0].seats']],
    ])
  })

  it('MOD-5: an order with no lines and a registration with no roles are rejected', () => {
    const order = COMMANDS.placeOrder(stateFor('placeOrder'), { ...inputOf('placeOrder'), lines: [] } as never)
    expect(E.isLeft(order) && order.left.map((v) => [v.rule, v._tag, v.subjects])).toEqual([
      ['MOD-5', 'ValueOutOfRange', ['lines']],
    ])
    const input = inputOf('registerPartner')
    const roles = setAt(input, ['partner', 'roles'], [])
    const registered = COMMANDS.registerPartner(stateFor('registerPartner'), roles as never)
    expect(E.isLeft(registered) && registered.left.map((v) => [v.rule, v._tag, v.subjects])).toEqual([
      ['MOD-5', 'ValueOutOfRange', ['partner.roles']],
    ])
  })

  it('MOD-8: an unknown field is rejected, never stored', () => {
    const state = stateFor('updateProfile')
    const input = inputOf('updateProfile')
    const result = COMMANDS.updateProfile(state, setAt(input, ['changes', 'directBill'], null) as never)
    expect(E.isLeft(result) && result.left.map((v) => [v.rule, v._tag, v.subjects])).toEqual([
      ['MOD-8', 'UnknownField', ['changes.directBill']],
    ])
  })

  it('MOD-8: a __proto__ key read from JSON is an unknown field, and reaches no prototype', () => {
    const state = stateFor('updateProfile')
    const raw = JSON.parse(
      JSON.stringify({ command: 'updateProfile', input: inputOf('updateProfile') }).replace(
        '"changes":{',
        '"changes":{"__proto__":{"directBill":null},',
      ),
    ) as unknown
    const applied = apply(state, raw)
    expect(applied.state).toBe(state)
    expect(applied.violations.map((v) => [v.rule, v._tag, v.subjects])).toEqual([
      ['MOD-8', 'UnknownField', ['changes.__proto__']],
    ])
    expect(({} as { directBill?: unknown }).directBill).toBeUndefined()
  })

  it('MOD-8: a value that names no command, or has other fields, is rejected by execute', () => {
    const state = matrixWorld()
    for (const [value, tag] of [
      [null, 'InvalidInput'],
      [[], 'InvalidInput'],
      [{ command: 'enrolIndirect', input: {} }, 'UnknownCommand'],
      [{ command: 'signMpa', input: {}, extra: 1 }, 'UnknownField'],
    ] as const) {
      const result = execute(state, value)
      expect(E.isLeft(result) && result.left.map((v) => [v.rule, v._tag])).toEqual([['MOD-8', tag]])
    }
  })
})
