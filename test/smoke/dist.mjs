// Loads the built package the way users do, through its exports map (ESM import and CJS require),
// and runs one command with each, and a scenario through `csp-channel/scenario`. Run after `npm run build`.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const esm = await import('csp-channel')
const cjs = require('csp-channel')
const esmPc = await import('csp-channel/partner-center')
const cjsPc = require('csp-channel/partner-center')
const esmScenario = await import('csp-channel/scenario')
const cjsScenario = require('csp-channel/scenario')

for (const [name, lib, pc, scenario] of [
  ['esm', esm, esmPc, esmScenario],
  ['cjs', cjs, cjsPc, cjsScenario],
]) {
  const state = lib.emptyState
  const input = {
    actor: { kind: 'microsoft' },
    at: lib.isoDateTime('2019-11-04T09:00:00Z'),
    partnerTenantId: lib.tenantId('3b33e682-00c3-41ee-9dd2-a548adf56438'),
    confirmsAuthorization: true,
  }
  const result = lib.enrollIndirect(state, input)
  assert.equal(result._tag, 'Left', `${name}: an unknown partner cannot enroll`)
  assert.ok(
    result.left.every((v) => lib.RULE_IDS.includes(v.rule)),
    `${name}: violations name catalog rules`,
  )
  assert.equal(typeof pc.importPartnerCenter, 'function', `${name}: partner-center entry`)
  const expect = { rejected: [...new Set(result.left.map((v) => v.rule))] }
  const report = scenario.runScenario({ title: 'smoke', steps: [{ command: 'enrollIndirect', input, expect }] })
  assert.equal(report._tag, 'Right', `${name}: scenario entry runs a scenario`)
  assert.equal(report.right.ok, true, `${name}: the step is rejected as expected`)
  assert.match(scenario.formatReport(report.right), /1\/1 expectations held/, `${name}: scenario report`)
  assert.equal(lib.runScenario, undefined, `${name}: the scenario runner is not in the main entry`)
  console.log(`${name}: ok (${result.left.map((v) => v.rule).join(', ')})`)
}
