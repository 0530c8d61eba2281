import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { run as customCommand } from '../examples/custom-command.js'
import { run as explainTransition } from '../examples/explain-transition.js'
import { run as importPartnerCenter } from '../examples/import-partner-center.js'
import { run as quickStart } from '../examples/quick-start.js'

describe('examples', () => {
  it('quick-start: a restricted partner is refused a purchase, and a cross-region customer for two reasons at once', () => {
    const lines = quickStart()
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['RST-2', 'RST-4', 'REG-1'])
  })

  it('explain-transition: every check passes under the 2019 rules and the partner ends up with both roles', () => {
    const result = explainTransition()
    expect(result.ruleSet).toBe('2019-10-04')
    expect(result.explanation.filter((l) => l.startsWith('failed'))).toEqual([])
    // enrolling is not new business: the MPA (PGM-3) is not among its checks
    expect(result.explanation.some((l) => l.includes('PGM-3'))).toBe(false)
    expect(result.dueBy).toBe('2019-11-11T09:00:00.000Z')
    expect(result.roles).toEqual(['directBillPartner', 'indirectReseller'])
  })

  it('import-partner-center: reads the saved bodies', () => {
    const result = importPartnerCenter(fileURLToPath(new URL('./fixtures/partner-center/', import.meta.url)))
    expect(result.partner).toBe('Lucerne Publishing')
    expect(result.customers).toHaveLength(3)
    expect(result.subscriptions).toEqual(['83ef9d05-4169-4ef9-9657-0e86b1eab1de licenseBased x1'])
  })

  it('custom-command: a user-defined command suspends the subscriptions, rejects with every rule, and explains', () => {
    const result = customCommand()
    expect(result.suspended).toEqual(['SubscriptionSuspended', 'SubscriptionSuspended'])
    expect(result.rules).toEqual([
      'ROL-2 ActsForAnotherTenant',
      'MOD-1 UnknownCustomer',
      'MOD-3 SubscriptionNotChangeable',
    ])
    expect(result.explanation.map((l) => l.split(':')[0])).toEqual([
      'passed MOD-8',
      'passed ROL-2',
      'passed MOD-1',
      'passed ROL-2',
      'passed MOD-3',
    ])
  })
})
