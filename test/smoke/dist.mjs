// Loads the built package the way users do, through its exports map (ESM import and CJS require),
// and runs one command with each. Run after `npm run build`.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const esm = await import('csp-channel')
const cjs = require('csp-channel')
const esmPc = await import('csp-channel/partner-center')
const cjsPc = require('csp-channel/partner-center')

for (const [name, lib, pc] of [
  ['esm', esm, esmPc],
  ['cjs', cjs, cjsPc],
]) {
  const state = lib.emptyState
  const result = lib.enrollIndirect(state, {
    actor: { kind: 'microsoft' },
    at: lib.isoDateTime('2019-11-04T09:00:00Z'),
    partnerTenantId: lib.tenantId('3b33e682-00c3-41ee-9dd2-a548adf56438'),
    confirmsAuthorization: true,
  })
  assert.equal(result._tag, 'Left', `${name}: an unknown partner cannot enroll`)
  assert.ok(
    result.left.every((v) => lib.RULE_IDS.includes(v.rule)),
    `${name}: violations name catalog rules`,
  )
  assert.equal(typeof pc.importPartnerCenter, 'function', `${name}: partner-center entry`)
  console.log(`${name}: ok (${result.left.map((v) => v.rule).join(', ')})`)
}
