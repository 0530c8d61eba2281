/**
 * Explain a command before running it: every rule the transition checks, passed or failed, under
 * the rule set in force (here the 2019 rules), then run the transition end to end.
 */
import * as E from 'fp-ts/lib/Either.js'
import {
  acceptIndirectResellerAgreement,
  approveIndirectEnrollment,
  emptyState,
  enrollIndirect,
  explain,
  getPartner,
  isoDate,
  isoDateTime,
  mpnId,
  partnerRoles,
  partnerUser,
  region,
  registerPartner,
  tenantId,
  type CommandResult,
  type ProgramState,
} from 'csp-channel'

const lucerne = tenantId('3b33e682-00c3-41ee-9dd2-a548adf56438')
const admin = partnerUser(lucerne, 'globalAdmin')
const at = (day: string) => isoDateTime(`${day}T09:00:00Z`)

const next = (result: CommandResult): ProgramState => {
  if (E.isLeft(result)) throw new Error(result.left.map((v) => v.message).join('; '))
  return result.right.state
}

/** Returns the explanation lines, the due-by date of the enrollment and the roles held at the end. */
export function run() {
  let state = next(
    registerPartner(emptyState, {
      actor: { kind: 'microsoft' },
      at: at('2019-10-28'),
      partner: {
        tenantId: lucerne,
        mpnId: mpnId('4391507'),
        name: 'Lucerne Publishing',
        region: region('US'),
        roles: ['directBillPartner'],
        primaryContactEmail: null,
        anniversaryDate: isoDate('2016-10-15'),
      },
    }),
  )
  const judged = explain(state, {
    command: 'enrollIndirect',
    input: { actor: admin, at: at('2019-11-04'), partnerTenantId: lucerne, confirmsAuthorization: true },
  })
  const explanation = judged.checks.map((c) => `${c.verdict.padEnd(10)} ${c.rule.padEnd(6)} ${c.name}`)

  state = next(
    enrollIndirect(state, {
      actor: admin,
      at: at('2019-11-04'),
      partnerTenantId: lucerne,
      confirmsAuthorization: true,
    }),
  )
  const enrollment = getPartner(state, lucerne)?.indirectReseller
  const dueBy = enrollment?.status === 'pending' ? enrollment.dueBy : null
  state = next(
    approveIndirectEnrollment(state, { actor: { kind: 'microsoft' }, at: at('2019-11-06'), partnerTenantId: lucerne }),
  )
  state = next(acceptIndirectResellerAgreement(state, { actor: admin, at: at('2019-11-07'), partnerTenantId: lucerne }))
  const partner = getPartner(state, lucerne)
  return { ruleSet: judged.ruleSet, explanation, dueBy, roles: partner === undefined ? [] : partnerRoles(partner) }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(run())
