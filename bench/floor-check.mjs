// Holds the floor (bench/floor.mjs) to csp-channel: the bench's mix and variants of it (wrong actor,
// role, unknown or suspended subscription, bad input, dates, invitations, resellers, partners of
// record, restricted or unsigned partners, regions, agreements, own use…) go through both, on the
// same world; both must accept the same commands, and for a rejected one the floor's failing rule IDs
// must equal csp-channel's (sorted, with duplicates). Tags and subjects are compared as well, and
// after an accepted command the entities it wrote. Prints a table; exits with 1 on any difference.
//
// node bench/floor-check.mjs [--size 1000] [--module path/to/index.js]
// node --expose-gc --max-old-space-size=8192 bench/floor-check.mjs --measure [--floor path] [--size 1000000] [--rounds 3]
//
// csp-channel is dist/index.js when it is built and newer than every file of src/; otherwise src/index.ts bundled
// with esbuild into a temporary directory (or --module). --measure times each floor command of the mix
// (with its undo, as bench/run.mjs does) on the 1e6 state: median and p95 of each round, and the median of the
// rounds' medians; --floor measures another floor module (an earlier version, say).
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import {
  DIRECT,
  INVITATION,
  INVITED,
  PROVIDER,
  customerId,
  document,
  invitation as invitationOf,
  mix,
  newSubscriptionId,
  resellerId,
  resellerMpn,
  subscriptionId,
} from './data.mjs'

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    module: { type: 'string' },
    measure: { type: 'boolean' },
    floor: { type: 'string' },
    rounds: { type: 'string' },
  },
})
const root = fileURLToPath(new URL('..', import.meta.url))

if (values.measure === true) {
  await measure()
  process.exit(0)
}

// ---------------------------------------------------------------------------------------------
// csp-channel, built or bundled from the sources

/** The newest modification time of the files under `dir`. */
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const path = join(dir, e.name)
    return Math.max(t, e.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }, 0)

const libraryPath = async () => {
  if (values.module !== undefined) return resolve(values.module)
  const dist = join(root, 'dist/index.js')
  let built = 0
  try {
    built = statSync(dist).mtimeMs
  } catch {
    // not built
  }
  if (built > 0 && built >= newest(join(root, 'src'))) return dist
  const { build } = await import('esbuild')
  const out = join(mkdtempSync(join(tmpdir(), 'csp-floor-check-')), 'index.mjs')
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  })
  console.error(`dist/ is ${built > 0 ? 'older than src/' : 'missing'}: csp-channel bundled from src/ into ${out}`)
  return out
}
const cspPath = await libraryPath()
const csp = await import(pathToFileURL(cspPath).href)
const {
  apply,
  execute,
  explain,
  stateFromDocument,
  getSubscription,
  getRelationship,
  getInvitation,
  getTenant,
  getCustomer,
} = csp
const { floor, floorState } = await import('./floor.mjs')

// ---------------------------------------------------------------------------------------------
// The world: the bench's document, and a few more entities for the variants (IDs no bench entity uses)

const extra = (n) => `b${n.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`
const LONELY = extra(1) // an indirect reseller without a partnership
const RESTRICTED = extra(2) // a restricted direct bill partner
const UNSIGNED = extra(3) // a direct bill partner that has not signed the MPA
const EU_DIRECT = extra(4) // a direct bill partner in France
const BR_CUSTOMER = extra(10)
const DE_CUSTOMER = extra(11)
const NO_AGREEMENT = extra(12) // agreements on record: none
const AGREED = extra(13) // agreements on record: the MCA
const NO_DAP = extra(14) // relationship without delegated admin
const UNKNOWN_DAP = extra(15) // relationship whose delegated admin is unknown
const INTERNAL = extra(16) // the direct bill partner's internal-use tenant
const AFFILIATE = extra(17) // a customer the direct bill partner recorded as affiliated
const SANDBOX = extra(18) // the direct bill partner's integration sandbox
const LONELY_CUSTOMER = extra(19)
const NEW_CUSTOMER = extra(20) // invited, not yet in the model
const at = '2021-03-01T09:00:00.000Z'

const world = (size) => {
  const doc = document(size)
  const [direct] = doc.partners
  const partner = (tenantId, mpnId, change) => ({
    ...direct,
    tenantId,
    mpnId,
    name: `Partner ${mpnId}`,
    locationMpnIds: [mpnId],
    ...change,
  })
  doc.partners.push(
    partner(LONELY, '5000001', { directBill: null, indirectReseller: { status: 'active', since: at } }),
    partner(RESTRICTED, '5000002', { directBill: { status: 'restricted', since: at, unmetRequirements: [] } }),
    partner(UNSIGNED, '5000003', { mpaSignedAt: null }),
    partner(EU_DIRECT, '5000004', { region: 'FR' }),
  )
  doc.partners[0] = { ...direct, affiliatedTenants: [AFFILIATE] }
  const tenant = (tenantId, change = {}) => ({
    tenantId,
    kind: 'customer',
    owner: null,
    region: 'US',
    internalUse: false,
    ...change,
  })
  const customer = (tenantId, change = {}) => ({
    tenantId,
    companyName: `Customer ${tenantId.slice(0, 8)}`,
    domain: null,
    ...change,
  })
  const relationship = (partnerTenantId, customerTenantId, change = {}) => ({
    partnerTenantId,
    customerTenantId,
    channel: 'directBill',
    indirectProviderTenantId: null,
    delegatedAdmin: true,
    origin: 'customerCreation',
    since: at,
    ...change,
  })
  const customers = [
    [BR_CUSTOMER, { region: 'BR' }],
    [DE_CUSTOMER, { region: 'DE' }],
    [NO_AGREEMENT, {}, { agreements: [] }],
    [
      AGREED,
      {},
      {
        agreements: [
          {
            kind: 'microsoftCustomerAgreement',
            dateAgreed: '2020-01-01',
            acceptedBy: 'customer',
            attestedBy: null,
            contact: null,
          },
        ],
      },
    ],
    [NO_DAP, {}],
    [UNKNOWN_DAP, {}],
    [INTERNAL, { owner: DIRECT, internalUse: true }],
    [AFFILIATE, {}],
    [LONELY_CUSTOMER, {}],
  ]
  doc.tenants.push(
    ...[LONELY, RESTRICTED, UNSIGNED, EU_DIRECT].map((id) => tenant(id, { kind: 'partner' })),
    ...customers.map(([id, t]) => tenant(id, t)),
    tenant(SANDBOX, { kind: 'integrationSandbox', owner: DIRECT }),
  )
  doc.customers.push(...customers.map(([id, , c]) => customer(id, c)))
  doc.relationships.push(
    ...[BR_CUSTOMER, NO_AGREEMENT, AGREED, AFFILIATE].map((c) => relationship(DIRECT, c)),
    relationship(EU_DIRECT, DE_CUSTOMER),
    relationship(EU_DIRECT, BR_CUSTOMER),
    relationship(DIRECT, NO_DAP, { delegatedAdmin: false }),
    relationship(DIRECT, UNKNOWN_DAP, { delegatedAdmin: null }),
    relationship(RESTRICTED, customerId(0)),
    relationship(UNSIGNED, customerId(1)),
    relationship(PROVIDER, LONELY_CUSTOMER, { channel: 'indirectProvider' }),
    relationship(LONELY, LONELY_CUSTOMER, { channel: 'indirectReseller', indirectProviderTenantId: PROVIDER }),
  )
  const invitation = (id, change) => invitationOf(id, { partnerTenantId: resellerId(1), ...change })
  doc.invitations.push(
    invitation('direct-new', {
      kind: 'directReseller',
      partnerTenantId: DIRECT,
      indirectProviderTenantId: null,
      customerTenantId: NEW_CUSTOMER,
      newCustomer: { tenantId: NEW_CUSTOMER, companyName: 'Newcomer', domain: null, region: 'US' },
    }),
    invitation('lonely', { partnerTenantId: LONELY }),
    invitation('partner-tenant', { customerTenantId: resellerId(0) }),
    invitation('later', { issuedAt: '2021-04-01T00:00:00.000Z' }),
    invitation('restricted', {
      kind: 'directReseller',
      partnerTenantId: RESTRICTED,
      indirectProviderTenantId: null,
      customerTenantId: customerId(2),
    }),
  )
  return doc
}

// ---------------------------------------------------------------------------------------------
// The variants

const size = Number(values.size ?? 1000)
const doc = world(size)
const m = mix(doc)
const { customers, direct, resellers } = doc.meta
const resellerCustomer = direct + Math.floor((customers - direct) / 2)
const reseller = resellerCustomer % resellers
const directSub = Math.floor(direct / 2)
const providerSub = direct // subscription `direct` belongs to the first customer served through the provider
const user = (tenantId, role = 'globalAdmin') => ({ kind: 'partnerUser', tenantId, role })
const FRESH = newSubscriptionId(999)

/** A mix command with its input changed by `change` (a function of the input, or fields to merge). */
const vary = (name, change) => {
  const c = m[name]
  return {
    command: c.command,
    input: typeof change === 'function' ? change(structuredClone(c.input)) : { ...c.input, ...change },
  }
}
const buying = (fields, input = {}) =>
  vary('buy', (i) => ({ ...i, ...input, subscription: { ...i.subscription, ...fields } }))
const buyFor = (partner, customer, fields = {}) =>
  buying({ customerTenantId: customer, ...fields }, { actor: user(partner), partnerTenantId: partner })
const ordering = (fields, input = {}) =>
  vary('order', (i) => ({ ...i, ...input, lines: i.lines.map((l) => ({ ...l, ...fields })) }))
const accepting = (invitationId, input = {}) => vary('acceptInvitation', { invitationId, ...input })
const without = (object, key) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key))

/** [name, command, commands run before it (on both), what the row shows] */
const variants = [
  ...Object.keys(m).map((name) => [`mix: ${name}`, m[name]]),
  // changeSeats
  ['seats: actor of another tenant', vary('changeSeats', { actor: user(PROVIDER) })],
  ['seats: helpdesk agent', vary('changeSeats', { actor: user(DIRECT, 'helpdeskAgent') })],
  ['seats: customer admin', vary('changeSeats', { actor: { kind: 'customerAdmin', tenantId: customerId(0) } })],
  ['seats: Microsoft', vary('changeSeats', { actor: { kind: 'microsoft' } })],
  ['seats: unknown subscription', vary('changeSeats', { subscriptionId: FRESH })],
  ['seats: suspended subscription', vary('changeSeats', {}), [m.suspend]],
  ["seats: the provider's subscription", vary('changeSeats', { subscriptionId: subscriptionId(providerSub) })],
  ['seats: unknown partner', vary('changeSeats', { actor: user(extra(99)), partnerTenantId: extra(99) })],
  ['seats: before the purchase', vary('changeSeats', { at: '2021-02-01T00:00:00.000Z' })],
  ['seats: unknown field', vary('changeSeats', { note: 'x' })],
  ['seats: 0', vary('changeSeats', { seats: 0 })],
  ['seats: 2.5', vary('changeSeats', { seats: 2.5 })],
  ['seats: "12"', vary('changeSeats', { seats: '12' })],
  ['seats: missing', vary('changeSeats', (i) => without(i, 'seats'))],
  ['seats: bad GUID', vary('changeSeats', { subscriptionId: 'not-a-guid' })],
  [
    'seats: GUID with a dash out of place',
    vary('changeSeats', { subscriptionId: 'e0000-f4-0000-4000-8000-000000000000' }),
  ],
  ['seats: GUID with a g', vary('changeSeats', { partnerTenantId: '11111111-1111-4111-8111-11111111111g' })],
  [
    'seats: upper-case GUIDs',
    vary('changeSeats', (i) => ({
      ...i,
      subscriptionId: i.subscriptionId.toUpperCase(),
      actor: { ...i.actor, tenantId: DIRECT.toUpperCase() },
    })),
  ],
  ['seats: date without seconds', vary('changeSeats', { at: '2021-03-15T09:00Z' })],
  ['seats: date +00:00, 9 digits', vary('changeSeats', { at: '2021-03-15T09:00:00.123456789+00:00' })],
  ['seats: date +01:00', vary('changeSeats', { at: '2021-03-15T09:00:00+01:00' })],
  ['seats: date only', vary('changeSeats', { at: '2021-03-15' })],
  ['seats: 30 February', vary('changeSeats', { at: '2021-02-30T09:00:00.000Z' })],
  ['seats: ruleSet in force', vary('changeSeats', { ruleSet: '2020-10-27' })],
  ['seats: ruleSet not in force', vary('changeSeats', { ruleSet: '2022-01-10' })],
  ['seats: unknown ruleSet', vary('changeSeats', { ruleSet: '2021-01-01' })],
  ['seats: ruleSet undefined', vary('changeSeats', { ruleSet: undefined })],
  ['seats: not an object', { command: 'changeSeats', input: 'seats' }],
  ['seats: role missing', vary('changeSeats', { actor: { kind: 'partnerUser', tenantId: DIRECT } })],
  ['seats: actor with extra field', vary('changeSeats', { actor: { ...user(DIRECT), name: 'x' } })],
  ['seats: actor as text', vary('changeSeats', { actor: 'admin' })],
  ['seats: unknown actor kind', vary('changeSeats', { actor: { kind: 'robot' } })],
  // suspendSubscription
  ['suspend: twice', m.suspend, [m.suspend]],
  ['suspend: sales agent', vary('suspend', { actor: user(DIRECT, 'salesAgent') })],
  ['suspend: billing admin of another tenant', vary('suspend', { actor: user(PROVIDER, 'billingAdmin') })],
  ['suspend: extra field', vary('suspend', { seats: 3 })],
  // purchaseSubscription
  ['buy: ID in use', buying({ id: subscriptionId(0) })],
  ['buy: unknown customer', buying({ customerTenantId: extra(98) })],
  ["buy: the reseller's customer", buying({ customerTenantId: customerId(resellerCustomer) })],
  ['buy: add-on', buying({ kind: 'addOn', parentId: subscriptionId(directSub) })],
  ['buy: add-on without parent', buying({ kind: 'addOn' })],
  ['buy: parent on a license', buying({ parentId: subscriptionId(directSub) })],
  ['buy: add-on to a suspended parent', buying({ kind: 'addOn', parentId: subscriptionId(directSub) }), [m.suspend]],
  ["buy: add-on to another customer's", buying({ kind: 'addOn', parentId: subscriptionId(directSub + 1) })],
  ['buy: azure', buying({ kind: 'azure', offerId: 'azure', seats: 3 })],
  ['buy: new commerce terms', buying({ newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' } })],
  [
    'buy: custom term end',
    buying({ newCommerce: { termDuration: 'P1Y', billingCycle: 'annual', customTermEndDate: '2021-12-31' } }),
  ],
  [
    'buy: bad custom term end',
    buying({ newCommerce: { termDuration: 'P1Y', billingCycle: 'annual', customTermEndDate: '2021-13-01' } }),
  ],
  ['buy: segment and legacy years', buying({ segment: 'government', legacyTermYears: 5 })],
  ['buy: legacy years 4', buying({ legacyTermYears: 4 })],
  ['buy: seats 1.5, kind bogus, empty offer', buying({ seats: 1.5, kind: 'bogus', offerId: '' })],
  ['buy: offer of spaces', buying({ offerId: '   ' })],
  ['buy: zero-width offer', buying({ offerId: 'CFQ7\u200bTTC0' })],
  ['buy: extra field in subscription', buying({ status: 'active' })],
  ['buy: subscription missing', vary('buy', (i) => without(i, 'subscription'))],
  ['buy: subscription null', vary('buy', { subscription: null })],
  ['buy: null input', { command: 'purchaseSubscription', input: null }],
  ['buy: on the partner tenant', buying({ customerTenantId: DIRECT })],
  ['buy: restricted partner', buyFor(RESTRICTED, customerId(0))],
  ['buy: MPA not signed', buyFor(UNSIGNED, customerId(1))],
  ['buy: customer in Brazil', buying({ customerTenantId: BR_CUSTOMER })],
  ['buy: France to Germany', buyFor(EU_DIRECT, DE_CUSTOMER)],
  ['buy: France to Brazil', buyFor(EU_DIRECT, BR_CUSTOMER)],
  ['buy: no agreement on record', buying({ customerTenantId: NO_AGREEMENT })],
  ['buy: agreement on record', buying({ customerTenantId: AGREED })],
  ['buy: no delegated admin', buying({ customerTenantId: NO_DAP })],
  ['buy: delegated admin unknown', buying({ customerTenantId: UNKNOWN_DAP })],
  ['buy: own internal-use tenant', buying({ customerTenantId: INTERNAL })],
  ['buy: Azure for own use', buying({ customerTenantId: INTERNAL, kind: 'azure', offerId: 'azure' })],
  ['buy: affiliate', buying({ customerTenantId: AFFILIATE })],
  ['buy: sandbox tenant', buying({ customerTenantId: SANDBOX })],
  ['buy: provider buys for a reseller tenant', buyFor(PROVIDER, resellerId(0))],
  ["buy: provider buys for the reseller's customer", buyFor(PROVIDER, customerId(resellerCustomer))],
  ['buy: provider without relationship', buyFor(PROVIDER, customerId(0))],
  ['buy: twice', m.buy, [m.buy]],
  // placeOrder
  ['order: partner of record null', ordering({ partnerOfRecord: null })],
  ["order: another reseller's MPN ID", ordering({ partnerOfRecord: resellerMpn((reseller + 1) % resellers) })],
  ["order: the provider's MPN ID", ordering({ partnerOfRecord: '2000002' })],
  ['order: unknown MPN ID', ordering({ partnerOfRecord: '7777777' })],
  ['order: MPN ID 0123', ordering({ partnerOfRecord: '0123' })],
  ['order: no reseller named', ordering({}, { resellerTenantId: null })],
  [
    'order: reseller without partnership',
    ordering({ partnerOfRecord: '5000001' }, { resellerTenantId: LONELY, customerTenantId: LONELY_CUSTOMER }),
  ],
  ['order: unknown reseller', ordering({}, { resellerTenantId: extra(97) })],
  ['order: not the reseller customer', ordering({}, { customerTenantId: customerId(resellerCustomer + 1) })],
  ['order: direct customer of another partner', ordering({}, { customerTenantId: customerId(0) })],
  ['order: by the direct bill partner', ordering({}, { actor: user(DIRECT), providerTenantId: DIRECT })],
  ['order: by a reseller', ordering({}, { actor: user(resellerId(reseller)), providerTenantId: resellerId(reseller) })],
  ['order: helpdesk agent', ordering({}, { actor: user(PROVIDER, 'helpdeskAgent') })],
  ['order: user admin', ordering({}, { actor: user(PROVIDER, 'userAdmin') })],
  ['order: no lines', vary('order', { lines: [] })],
  ['order: lines not a list', vary('order', { lines: {} })],
  ['order: two lines, one ID', vary('order', (i) => ({ ...i, lines: [i.lines[0], i.lines[0]] }))],
  ['order: line ID in use', ordering({ id: subscriptionId(0) })],
  [
    'order: add-on on an earlier line',
    vary('order', (i) => ({
      ...i,
      lines: [i.lines[0], { ...i.lines[0], id: FRESH, kind: 'addOn', parentId: i.lines[0].id }],
    })),
  ],
  [
    'order: add-on on a later line',
    vary('order', (i) => ({
      ...i,
      lines: [{ ...i.lines[0], id: FRESH, kind: 'addOn', parentId: i.lines[0].id }, i.lines[0]],
    })),
  ],
  [
    "order: add-on to the customer's subscription",
    ordering({ kind: 'addOn', parentId: subscriptionId(resellerCustomer) }),
  ],
  ['order: bad line fields', ordering({ seats: 0, autoRenew: 'yes', partnerOfRecord: 42, extra: true })],
  ['order: line not an object', vary('order', { lines: [7] })],
  [
    'order: new commerce line',
    ordering({ newCommerce: { termDuration: 'P1M', billingCycle: 'monthly', trial: true } }),
  ],
  ['order: partner tenant as customer', ordering({}, { customerTenantId: resellerId((reseller + 1) % resellers) })],
  ['order: before the partnership', ordering({}, { at: '2021-02-01T00:00:00.000Z' })],
  // acceptCustomerInvitation
  ['accept: unknown invitation', accepting('nope')],
  ['accept: second acceptance', m.acceptInvitation, [m.acceptInvitation]],
  [
    'accept: another customer admin',
    accepting(INVITATION, { actor: { kind: 'customerAdmin', tenantId: customerId(0) } }),
  ],
  ['accept: a partner user', accepting(INVITATION, { actor: user(INVITED) })],
  ['accept: before it was issued', accepting('later', { at: '2021-03-31T00:00:00.000Z' })],
  ['accept: issued later, dated after', accepting('later', { at: '2021-04-02T00:00:00.000Z' })],
  ['accept: issuer without partnership', accepting('lonely')],
  [
    'accept: a partner tenant',
    accepting('partner-tenant', { actor: { kind: 'customerAdmin', tenantId: resellerId(0) } }),
  ],
  [
    'accept: direct, new customer',
    accepting('direct-new', { actor: { kind: 'customerAdmin', tenantId: NEW_CUSTOMER } }),
  ],
  ['accept: restricted issuer', accepting('restricted', { actor: { kind: 'customerAdmin', tenantId: customerId(2) } })],
  ['accept: empty ID', accepting('')],
  ['accept: ID with a tab', accepting('bench\tinvitation')],
  ['accept: ID with spaces around', accepting(' bench-invitation')],
]

// ---------------------------------------------------------------------------------------------
// Running both

const cspBase = stateFromDocument(doc)
const { markets, ruleSets } = { markets: csp.MARKETS, ruleSets: csp.RULE_SETS }
const key = (f) => `${f.rule} ${f.tag} ${JSON.stringify(f.subjects)}`
const sorted = (xs) => [...xs].sort()

/** What an accepted command wrote, read from csp-channel's state and from the floor's Maps. */
const written = (command, input, read) => {
  if (command === 'changeSeats' || command === 'suspendSubscription')
    return [read.subscription(input.subscriptionId.toLowerCase())]
  if (command === 'purchaseSubscription') return [read.subscription(input.subscription.id)]
  if (command === 'placeOrder') return input.lines.map((l) => read.subscription(l.id))
  const invitation = read.invitation(input.invitationId)
  const customer = invitation.customerTenantId
  return [
    invitation,
    read.tenant(customer),
    read.customer(customer),
    read.relationship(invitation.partnerTenantId, customer),
    invitation.indirectProviderTenantId === null
      ? undefined
      : read.relationship(invitation.indirectProviderTenantId, customer),
  ]
}
const cspReader = (state) => ({
  subscription: (id) => getSubscription(state, id),
  invitation: (id) => getInvitation(state, id),
  tenant: (id) => getTenant(state, id),
  customer: (id) => getCustomer(state, id),
  relationship: (p, c) => getRelationship(state, p, c),
})
const floorReader = (state) => ({
  subscription: (id) => state.subscriptions.get(id),
  invitation: (id) => state.invitations.get(id),
  tenant: (id) => state.tenants.get(id),
  customer: (id) => state.customers.get(id),
  relationship: (p, c) => state.relationships.get(`${p}/${c}`),
})

const rows = []
let failures = 0
for (const [name, command, before = []] of variants) {
  let cspState = cspBase
  const floorBase = floorState(doc, { markets, ruleSets })
  for (const b of before) {
    const applied = apply(cspState, b)
    const floorBefore = floor[b.command](floorBase, b.input)
    if (!applied.accepted || floorBefore.length > 0) throw new Error(`${name}: a command before it was rejected`)
    cspState = applied.state
  }
  const result = execute(cspState, command)
  const judged = explain(cspState, command).ruleSet
  const cspFindings =
    result._tag === 'Left' ? result.left.map((v) => ({ rule: v.rule, tag: v._tag, subjects: v.subjects })) : []
  let floorFindings
  try {
    floorFindings = floor[command.command](floorBase, command.input)
  } catch (error) {
    floorFindings = [{ rule: 'THROWN', tag: String(error), subjects: [] }]
  }
  const sameVerdict = (result._tag === 'Right') === (floorFindings.length === 0)
  const sameRules = isDeepStrictEqual(sorted(cspFindings.map((f) => f.rule)), sorted(floorFindings.map((f) => f.rule)))
  const sameTags = isDeepStrictEqual(
    sorted(cspFindings.map((f) => `${f.rule} ${f.tag}`)),
    sorted(floorFindings.map((f) => `${f.rule} ${f.tag}`)),
  )
  const sameSubjects = isDeepStrictEqual(sorted(cspFindings.map(key)), sorted(floorFindings.map(key)))
  const sameWrites =
    result._tag === 'Left' ||
    floorFindings.length > 0 ||
    isDeepStrictEqual(
      written(command.command, command.input, cspReader(result.right.state)),
      written(command.command, command.input, floorReader(floorBase)),
    )
  // an input whose date cannot be read is judged (its entry only) by the latest rule set
  const entryOnly = cspFindings.length > 0 && cspFindings.every((f) => f.rule === 'MOD-8' || f.rule === 'MOD-5')
  const judgedOk = judged === '2020-10-27' || entryOnly
  const ok = sameVerdict && sameRules && sameTags && sameSubjects && sameWrites && judgedOk
  if (!ok) failures++
  rows.push({
    name,
    ok,
    judged,
    judgedOk,
    cspFindings,
    floorFindings,
    sameVerdict,
    sameRules,
    sameTags,
    sameSubjects,
    sameWrites,
  })
}

const rules = (fs) => (fs.length === 0 ? 'accepted' : sorted(fs.map((f) => f.rule)).join(' '))
const width = Math.max(...rows.map((r) => r.name.length))
console.log(`${'variant'.padEnd(width)} | ok | csp-channel (rules, sorted)           | floor`)
for (const r of rows) {
  const same = rules(r.cspFindings) === rules(r.floorFindings)
  const notes = [
    !r.sameTags && 'tags differ',
    !r.sameSubjects && 'subjects differ',
    !r.sameWrites && 'writes differ',
    !r.judgedOk && `judged by ${r.judged}`,
  ].filter(Boolean)
  console.log(
    `${r.name.padEnd(width)} | ${r.ok ? 'ok' : '!!'} | ${rules(r.cspFindings).padEnd(37)} | ${same ? 'same' : rules(r.floorFindings)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`,
  )
  if (!r.ok) {
    console.log(`    csp-channel: ${r.cspFindings.map(key).join('; ')}`)
    console.log(`    floor:       ${r.floorFindings.map(key).join('; ')}`)
  }
}
const accepted = rows.filter((r) => r.cspFindings.length === 0).length
console.log(
  `\n${rows.length} commands (${accepted} accepted, ${rows.length - accepted} rejected) on ${size} subscriptions, csp-channel from ${cspPath}: ${failures === 0 ? 'the floor agrees on every one (verdict, rule IDs, tags, subjects, entities written)' : `${failures} differ`}`,
)
process.exitCode = failures === 0 ? 0 : 1

// ---------------------------------------------------------------------------------------------
// Measuring the floor

async function measure() {
  const { Bench } = await import('tinybench')
  const path =
    values.floor === undefined
      ? new URL('./floor.mjs', import.meta.url).href
      : pathToFileURL(resolve(values.floor)).href
  const module = await import(path)
  const measuredSize = Number(values.size ?? 1_000_000)
  const rounds = Number(values.rounds ?? 3)
  const worldDoc = document(measuredSize)
  const state = module.floorState(worldDoc)
  const commands = mix(worldDoc)
  const names = Object.keys(commands)
  const runs = Object.fromEntries(names.map((n) => [n, []]))
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time: 300, warmupTime: 100, retainSamples: true })
    for (const n of names) {
      const c = commands[n]
      bench.add(n, () => {
        module.floor[c.command](state, c.input)
        module.undo(state, c)
      })
    }
    await bench.run()
    for (const t of bench.tasks) {
      const samples = [...t.result.latency.samples].sort((a, b) => a - b)
      const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] * 1000
      runs[t.name].push({ p50: q(0.5), p95: q(0.95) })
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(`floor ${path} on ${measuredSize} subscriptions, ${rounds} rounds of 300 ms per command (µs)`)
  for (const n of names) {
    const r = runs[n]
    const p50 = median(r.map((x) => x.p50))
    const p95 = median(r.map((x) => x.p95))
    console.log(
      `${n.padEnd(17)} p50 ${p50.toFixed(3).padStart(7)}  p95 ${p95.toFixed(3).padStart(7)}  (round medians ${r.map((x) => x.p50.toFixed(3)).join(', ')})`,
    )
  }
}
