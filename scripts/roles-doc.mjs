// Writes docs/roles.md from the command definitions of the built package (run `npm run docs:rules`).
import { writeFileSync } from 'node:fs'
import { COMMANDS, COMMAND_NAMES, PARTNER_USER_ROLES, whoMayRun } from '../dist/index.js'

// What the table cannot show: conditions the who-acts checks leave to other checks.
const NOTES = {
  registerPartner:
    'A tenant registering itself gets the indirect reseller role only, and no anniversary date (MOD-7 `RoleNotGranted`, `OperatorFactByPartner`).',
  signMpa: 'Signing takes someone who signs for the organization.',
  updateProfile: 'Only Microsoft records the anniversary date (MOD-7 `OperatorFactByPartner`).',
  createCustomer: 'Sales agents create customers and orders.',
  purchaseSubscription: 'The subscription is billed to the buying partner.',
  changeSeats: 'Users of the partner the subscription is billed to; allowed while restricted (RST-8).',
  suspendSubscription: 'Allowed while restricted (RST-8).',
  cancelSubscription: 'Allowed while restricted (RST-8).',
  reactivateSubscription: 'Only a suspended subscription; allowed while restricted (RST-8).',
  setAutoRenew:
    "The billing partner, or the customer's indirect reseller with delegated admin (TRN-13); allowed while restricted.",
  renewSubscription: 'At the end of a term, for restricted partners too (RST-7).',
  manageAzureResources:
    "The billing partner, or the reseller that owns the customer's Azure tenant (PRT-7); allowed while restricted (RST-8).",
  grantAzureTenantOwner: 'The reseller must be in active partnership with the provider and serve the customer (PRT-4).',
  declinePartnership: "Seed 001: the reseller's global admin answers the request; only a pending one (PRT-3).",
  withdrawPartnershipRequest: 'Only a pending request (PRT-3); an accepted partnership is removed instead.',
  requestDirectBillInformation: 'During the review of an application (DB-8).',
  createIntegrationSandbox: 'Account administration, not a sale.',
  enrollIndirect: 'Seed 000: enrolling takes the global admin.',
  acceptIndirectResellerAgreement: 'Seed 000: accepting the agreement takes the global admin.',
  withdrawIndirectEnrollment: 'Only while pending (TRN-7).',
  enrollIncentive: 'Incentive enrollment is a contract of the organization.',
  inviteCustomer: 'Sales agents do not send reseller relationship invitations.',
  acceptCustomerInvitation: "Only the invited tenant's customer admin (INV-3 `NotInvitedCustomer` for anyone else).",
  acceptPartnership: "Seed 001: the reseller's global admin accepts.",
  removePartnership: "Microsoft ends a partnership on a request to Microsoft support (seed 002).",
  placeOrder: 'The subscriptions are billed to the provider.',
  recordAffiliation: 'Affiliation is declared by someone who answers for the organization.',
  addLicenses: 'A seat change: allowed while restricted (RST-8).',
  applyForDirectBill: 'Seed 003: only someone who may sign contracts applies.',
}

const ROLES = new Set(PARTNER_USER_ROLES)
const PROVIDER_ROLES = ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent']
const who = (name) => {
  const all = whoMayRun(name)
  const roles = all.filter((a) => ROLES.has(a))
  const parts = []
  if (all.includes('microsoft')) parts.push('Microsoft')
  if (all.includes('customerAdmin')) parts.push('customer admin')
  if (roles.length === PROVIDER_ROLES.length && PROVIDER_ROLES.every((r) => roles.includes(r)))
    parts.push('provider roles')
  else if (roles.length > 0) parts.push(`partner ${roles.map((r) => `\`${r}\``).join(', ')}`)
  return parts.join('; ') || 'nobody'
}
const rules = (name) => [
  ...new Set(COMMANDS[name].definition.checks.filter((c) => c.who !== undefined).map((c) => c.rule)),
]

const lines = [
  '# Who may run each command',
  '',
  "This page is generated from the who-acts checks of every command (`whoMayRun` in code; run",
  '`npm run docs:rules`). It is the library\'s reading of the program pages (a decision in the',
  "catalog's sense, for ROL-1, PRT-1 and MOD-7), not a statement by Microsoft. Partner Center's own",
  'role definitions can differ in detail and change over time; the library fixes one reading so that',
  'the same command always gets the same verdict.',
  '',
  'Actors (see `Actor`): **Microsoft** as program operator; the **customer admin** of a customer',
  'tenant; a **partner user** of a partner tenant with one role: `globalAdmin`, `userAdmin`,',
  '`adminAgent`, `salesAgent`, `helpdeskAgent` or `billingAdmin`.',
  '',
  'General reading:',
  '',
  '- A partner user acts only for its own tenant (ROL-2, `ActsForAnotherTenant`, code 900150); a',
  "  customer admin, or Microsoft on a partner's own task, is rejected the same way.",
  '- Helpdesk agents and billing admins never transact: no command below lists them.',
  '- A role outside the list is rejected under ROL-1 (`NotGlobalAdmin` where only the global admin may',
  '  act, `RoleNotAllowed` otherwise, both code 900150) or, for indirect provider tasks, under PRT-1',
  '  (`RoleNotAllowed`, 900150).',
  '- Program facts (standing, approvals, credit checks, revenue, membership, flags, restriction, the',
  '  anniversary date) are recorded by Microsoft only (MOD-7 `NotProgramOperator`); a partner gains a',
  "  transactional role only through the program's steps.",
  '',
  '"Provider roles" are the indirect provider task roles of PRT-1: `globalAdmin`, `userAdmin`,',
  '`adminAgent`, `salesAgent`.',
  '',
  '| command | who may run it | rules rejecting others | note |',
  '| --- | --- | --- | --- |',
  ...COMMAND_NAMES.map((name) => `| \`${name}\` | ${who(name)} | ${rules(name).join(', ')} | ${NOTES[name] ?? ''} |`),
  '',
]
writeFileSync(new URL('../docs/roles.md', import.meta.url), lines.join('\n'))
