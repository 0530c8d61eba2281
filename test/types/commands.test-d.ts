/**
 * Type tests (issue 11, item 6): what the compiler accepts and refuses at the public API. Run by
 * vitest's typecheck (vitest.config.ts) and by `tsc --noEmit`: an expectation that does not hold,
 * or a `@ts-expect-error` line that compiles, fails both.
 */
import type { Either } from 'fp-ts/lib/Either.js'
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js'
import { describe, expectTypeOf, it } from 'vitest'
import {
  execute,
  placeOrder,
  type CheckContext,
  type CommandInput,
  type CommandResult,
  type Outcome,
  type PlaceOrderInput,
  type ProgramState,
  type RuleCheck,
  type RuleViolation,
  type SignMpaInput,
  type TagsOf,
  type ViolationTag,
} from '../../src/index.js'

declare const state: ProgramState
declare const input: PlaceOrderInput

describe('a command input rejects wrong shapes', () => {
  it('accepts a well-formed input', () => {
    expectTypeOf(placeOrder).parameters.toEqualTypeOf<[ProgramState, PlaceOrderInput]>()
    expectTypeOf(placeOrder(state, input)).toEqualTypeOf<CommandResult>()
  })

  it('refuses an input missing a field', () => {
    const { lines: _lines, ...withoutLines } = input
    // @ts-expect-error `lines` is required
    placeOrder(state, withoutLines)
    const { actor: _actor, ...withoutActor } = input
    // @ts-expect-error every command input names its actor
    placeOrder(state, withoutActor)
  })

  it('refuses an unknown field', () => {
    // @ts-expect-error `discount` is not a field of PlaceOrderInput
    placeOrder(state, { ...input, discount: 10 })
  })

  it('refuses a wrong literal', () => {
    // @ts-expect-error 'reseller' is not a kind of actor
    placeOrder(state, { ...input, actor: { kind: 'reseller' } })
    // @ts-expect-error 'owner' is not a partner user role
    placeOrder(state, { ...input, actor: { kind: 'partnerUser', tenantId: input.providerTenantId, role: 'owner' } })
    // @ts-expect-error '2099-01-01' is not a rule set
    placeOrder(state, { ...input, ruleSet: '2099-01-01' })
  })

  it('refuses an unbranded ID where a TenantId is expected', () => {
    // @ts-expect-error a plain string is not a TenantId: IDs are made by the constructors or codecs
    placeOrder(state, { ...input, customerTenantId: '00000000-0000-0000-0000-000000000001' })
  })
})

describe('CommandInput names the input type of a command', () => {
  it("CommandInput<'placeOrder'> is PlaceOrderInput", () => {
    // deeply equal, field by field (`branded`): CommandInput is the type the codec infers, of which the
    // PlaceOrderInput interface is a named copy, so the two are not the very same type to the compiler
    expectTypeOf<CommandInput<'placeOrder'>>().branded.toEqualTypeOf<PlaceOrderInput>()
    expectTypeOf<CommandInput<'placeOrder'>>().toExtend<PlaceOrderInput>()
    expectTypeOf<PlaceOrderInput>().toExtend<CommandInput<'placeOrder'>>()
    expectTypeOf<CommandInput<'signMpa'>>().branded.toEqualTypeOf<SignMpaInput>()
  })

  it('tells one command input from another', () => {
    expectTypeOf<CommandInput<'placeOrder'>>().not.toEqualTypeOf<CommandInput<'addLicenses'>>()
    expectTypeOf<CommandInput<'signMpa'>>().not.toExtend<PlaceOrderInput>()
  })

  it('refuses a name that is no command', () => {
    // @ts-expect-error there is no command named orderPizza
    expectTypeOf<CommandInput<'orderPizza'>>().toBeNever()
  })
})

describe('execute takes any value', () => {
  it('accepts unknown as the command and returns a CommandResult', () => {
    expectTypeOf(execute).parameter(1).toEqualTypeOf<unknown>()
    expectTypeOf(execute).toBeCallableWith(state, JSON.parse('{}') as unknown)
    expectTypeOf(execute).returns.toEqualTypeOf<CommandResult>()
  })
})

describe("a command's Either narrows on _tag", () => {
  it('Left carries a non-empty list of violations, Right the outcome', () => {
    expectTypeOf<CommandResult>().toEqualTypeOf<Either<ReadonlyNonEmptyArray<RuleViolation>, Outcome>>()
    const result = placeOrder(state, input)
    if (result._tag === 'Left') {
      expectTypeOf(result.left).toEqualTypeOf<ReadonlyNonEmptyArray<RuleViolation>>()
      expectTypeOf(result.left[0]).toEqualTypeOf<RuleViolation>()
      // @ts-expect-error a Left has no right
      void result.right
    } else {
      expectTypeOf(result).toHaveProperty('right')
      expectTypeOf(result.right).toEqualTypeOf<Outcome>()
      expectTypeOf(result.right.state).toEqualTypeOf<ProgramState>()
      // @ts-expect-error a Right has no left
      void result.left
    }
  })
})

describe("a violation's tag narrows its rule", () => {
  it("TagsOf<'MOD-1'> is exactly the MOD-1 tags", () => {
    expectTypeOf<TagsOf<'MOD-1'>>().toEqualTypeOf<
      | 'UnknownPartner'
      | 'UnknownCustomer'
      | 'UnknownSubscription'
      | 'UnknownInvitation'
      | 'UnknownPartnership'
      | 'UnknownTenant'
      | 'UnknownGdapRelationship'
      | 'UnknownGdapAccessAssignment'
    >()
  })

  it("TagsOf<'ROL-2'> holds its own tags, shares NoResellerRelationship with TRN-12, and no MOD-1 tag", () => {
    expectTypeOf<'NoDelegatedAdmin'>().toExtend<TagsOf<'ROL-2'>>()
    expectTypeOf<'ActsForAnotherTenant'>().toExtend<TagsOf<'ROL-2'>>()
    expectTypeOf<'NoResellerRelationship'>().toExtend<TagsOf<'ROL-2'> & TagsOf<'TRN-12'>>()
    expectTypeOf<TagsOf<'ROL-2'> & TagsOf<'MOD-1'>>().toBeNever()
    expectTypeOf<TagsOf<'ROL-2'>>().toExtend<ViolationTag>()
  })

  it('refuses a rule that is not in the catalog', () => {
    // @ts-expect-error XYZ-1 is no rule ID
    expectTypeOf<TagsOf<'XYZ-1'>>().toBeNever()
  })

  type Context = CheckContext<PlaceOrderInput, object>

  it('a RuleCheck may report the tags of its rule', () => {
    const check: RuleCheck<Context> = {
      rule: 'ROL-2',
      name: 'delegated admin',
      check: () => [{ tag: 'NoDelegatedAdmin', subjects: [], message: 'no delegated admin' }],
    }
    expectTypeOf(check.rule).toEqualTypeOf<'ROL-2'>()
  })

  it('a RuleCheck pairing ROL-2 with UnknownCustomer does not compile', () => {
    // the check above with one change, the tag: UnknownCustomer is a MOD-1 tag, ROL-2 may not report it
    // @ts-expect-error the findings' tag is not one of TagsOf<'ROL-2'>
    const check: RuleCheck<Context> = {
      rule: 'ROL-2',
      name: 'customer',
      check: () => [{ tag: 'UnknownCustomer', subjects: [], message: 'unknown customer' }],
    }
    void check
  })

  it('narrowing a RuleCheck on its rule narrows the tags its findings carry', () => {
    const narrow = (check: RuleCheck<Context>, context: Context) => {
      if (check.rule === 'MOD-1') {
        const findings = check.check(context)
        for (const finding of findings)
          if (finding.advisory !== true) expectTypeOf(finding.tag).toEqualTypeOf<TagsOf<'MOD-1'>>()
      }
    }
    void narrow
  })
})
