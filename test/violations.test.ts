/**
 * Violations as data (issue 10, item 5): the VIOLATIONS table pairs every tag with the rules it may
 * be reported under, model-integrity tags go only with MOD rules, every check's rule can report a
 * tag, and the compiler refuses a check that pairs a tag with an unrelated rule.
 */
import { describe, expect, it } from 'vitest'
import { COMMANDS, RULES, RULE_IDS, VIOLATIONS, VIOLATION_TAGS, ViolationTag, mayReport } from '../src/index.js'
import { fail, pass, type RuleCheck } from '../src/commands/contract.js'

const isModel = (rule: string) => rule.startsWith('MOD-')

describe('the VIOLATIONS table', () => {
  it('lists exactly the tags of the ViolationTag codec', () => {
    expect([...VIOLATION_TAGS].sort()).toEqual(Object.keys(ViolationTag.keys).sort())
  })

  it('pairs every tag with catalog rules, and model-integrity tags only with MOD rules', () => {
    for (const tag of VIOLATION_TAGS) {
      const rules: ReadonlyArray<string> = VIOLATIONS[tag].rules
      for (const rule of rules) expect(RULE_IDS, tag).toContain(rule)
      // one kind per tag: all MOD or none
      expect(new Set(rules.map(isModel)).size, `${tag}: ${rules.join(', ')}`).toBe(1)
    }
  })

  it('reports unknown entities under MOD-1 and reused IDs under MOD-2, never under a program rule', () => {
    for (const tag of [
      'UnknownPartner',
      'UnknownCustomer',
      'UnknownSubscription',
      'UnknownInvitation',
      'UnknownPartnership',
    ] as const)
      expect(VIOLATIONS[tag].rules).toEqual(['MOD-1'])
    for (const tag of ['IdAlreadyUsed', 'DuplicateLine', 'MpnIdInUse', 'PartnerAlreadyRegistered'] as const)
      expect(VIOLATIONS[tag].rules).toEqual(['MOD-2'])
    expect(VIOLATIONS.SubscriptionNotChangeable.rules).toEqual(['MOD-3'])
    expect(VIOLATIONS.InvalidAddOnParent.rules).toEqual(['MOD-4'])
    expect(VIOLATIONS.NotProgramOperator.rules).toEqual(['MOD-7'])
    expect(mayReport('ROL-2', 'UnknownCustomer')).toBe(false)
    expect(mayReport('RST-8', 'SubscriptionNotChangeable')).toBe(false)
    expect(mayReport('RST-2', 'InvalidAddOnParent')).toBe(false)
    expect(mayReport('DB-5', 'NotProgramOperator')).toBe(false)
  })

  it('gives every must rule of the catalog at least one tag (RST-8 only allows), and every tag a sentence', () => {
    for (const id of RULE_IDS)
      if (RULES[id].kind === 'must' && id !== 'RST-8')
        expect(
          VIOLATION_TAGS.some((t) => mayReport(id, t)),
          id,
        ).toBe(true)
    for (const tag of VIOLATION_TAGS) expect(VIOLATIONS[tag].means, tag).toMatch(/^[A-Z].*\.$/)
  })

  it('leaves no check of any command with a rule that cannot report a tag', () => {
    for (const [name, command] of Object.entries(COMMANDS))
      for (const check of command.definition.checks)
        expect(
          VIOLATION_TAGS.some((t) => mayReport(check.rule, t)),
          `${name}: ${check.rule} ${check.name}`,
        ).toBe(true)
  })

  it('does not compile a check that reports a tag under an unrelated rule', () => {
    const wellPaired: RuleCheck<unknown> = {
      rule: 'MOD-1',
      name: 'the customer is known',
      check: () => fail('UnknownCustomer', ['c'], 'No customer c is known.'),
    }
    // @ts-expect-error UnknownCustomer is a MOD-1 tag, not a ROL-2 one
    const illPaired: RuleCheck<unknown> = {
      rule: 'ROL-2',
      name: 'the customer is known',
      check: () => fail('UnknownCustomer', ['c'], 'No customer c is known.'),
    }
    expect(wellPaired.check(undefined)).toHaveLength(1)
    expect(illPaired.rule).toBe('ROL-2')
    expect(pass).toEqual([])
  })
})
