/**
 * "Did you mean" (issue 12, item 3): the closest known name by edit distance, in decode errors of
 * every exact codec (scenario files, command inputs, state documents).
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { NewCustomer, ProgramStateDocument, decode, emptyState, stateToJson } from '../src/index.js'
import { closest, didYouMean, editDistance } from '../src/internal/suggest.js'

describe('edit distance and the closest name', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, ignoring case', () => {
    expect(editDistance('seats', 'seats')).toBe(0)
    expect(editDistance('seat', 'seats')).toBe(1)
    expect(editDistance('partnerCentre', 'partnerCenter')).toBe(1)
    expect(editDistance('Expected', 'expect')).toBe(2)
    expect(editDistance('TENANTID', 'tenantId')).toBe(0)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('suggests the closest name within a third of its letters, the first of equally close ones', () => {
    expect(closest('createCustomr', ['createCustomer', 'createCustomerForReseller'])).toBe('createCustomer')
    expect(closest('tenantid', ['tenantId'])).toBe('tenantId')
    expect(closest('sets', ['seats', 'sent'])).toBe('seats')
    expect(closest('launchRocket', ['registerPartner', 'signMpa'])).toBeUndefined()
    expect(closest('x'.repeat(65), ['x'.repeat(64)])).toBeUndefined()
    expect(closest('', ['a'])).toBeUndefined()
    expect(didYouMean('rols', ['roles'])).toBe(' (did you mean "roles"?)')
    expect(didYouMean('zzz', ['roles'])).toBe('')
  })
})

describe('unknown fields of exact codecs', () => {
  it('name the closest field the object lacks', () => {
    const decoded = decode(NewCustomer, {
      tenantId: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
      companyNme: 'Fabrikam',
      domain: null,
      region: 'US',
    })
    expect(E.isLeft(decoded) && decoded.left.issues.map((i) => i.expected)).toContain(
      'no field "companyNme" in NewCustomer (unknown fields are rejected) (did you mean "companyName"?)',
    )
  })

  it('suggest among the fields a state document has', () => {
    const decoded = decode(ProgramStateDocument, { ...stateToJson(emptyState), subscription: [] })
    expect(E.isLeft(decoded) && decoded.left.issues.map((i) => i.expected).join('\n')).toContain(
      '(did you mean "subscriptions"?)',
    )
  })
})
