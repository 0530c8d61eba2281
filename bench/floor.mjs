// The floor: the bench's six commands done by direct mutation of plain objects held in native Maps,
// with the same checks csp-channel runs for them under rule set 2020-10-27 (the one in force on the
// mix's date), written out by hand against the Maps. It bounds what an implementation of the same
// rules can cost. Each command returns [] when accepted (after mutating the state), or, when
// rejected, every failing check as { rule, tag, subjects } and changes nothing. `undo` puts the state
// back after a measured call of a mix command (timed with it; O(1)). bench/floor-check.mjs holds the
// floor's verdicts to csp-channel's.
//
// What the floor does NOT do that csp-channel does:
// - No events, no immutable state: it mutates the objects in its Maps, so no earlier state survives,
//   nothing is frozen, and no event log could rebuild or replay it.
// - No secondary indexes kept up to date on a change (csp-channel lists each subscription under its
//   customer, each relationship under its partner and its customer); the floor keeps only the MPN ID
//   index its partner-of-record check reads, built once (no command of the mix changes a partner).
// - No violation messages, Partner Center error codes or rule set stamp: a violation is { rule, tag,
//   subjects }.
// - No warnings: where csp-channel warns because the state does not know a fact (FactUnknown: an
//   unknown region, MPA date, delegated admin or customer agreement), the floor lets the check pass
//   and says nothing; the same holds for the advisory NCE-17 (update limit near).
// - No rule set selection by date: it judges by 2020-10-27 only, with the rules in force under it
//   written in (the rule set's window, customer agreements and whether an invitation grants delegated
//   admin are read from csp-channel's table).
//   A command dated outside that window throws a RangeError. It does not skip rules by rule set: it
//   simply does not have the checks of these commands that are not in force under 2020-10-27
//   (NCE-2, NCE-3, NCE-5, NCE-8, NCE-16, NCE-18, NCE-20, AUTH-3, AUTH-5, POR-2, POR-3, POR-4, TRN-9),
//   so it cannot judge what they judge.
// - The input is read in place, not snapshotted: getters, proxies and inherited fields are not
//   guarded against (csp-channel reads own enumerable fields once, as plain data, and keeps a
//   private decoded copy); it copies the input only to normalize a GUID or an instant, and the state
//   stores objects built from the input's values, as csp-channel does. Decode problems are reported
//   as csp-channel reports them (one MOD-8 or MOD-5 violation per failing path, up to its limit of
//   100 issues, which the floor does not apply).
// - New commerce terms on an existing subscription (imported): a seat change or a suspension does
//   not update them (seat batches, update count, scheduled changes, auto-renew on suspension), and
//   the NCE checks of changes are not in force under 2020-10-27. Nothing can be bought with new
//   commerce terms under this rule set (NCE-1), so the floor never builds them.
// Every check of the mix's commands under 2020-10-27 is reproduced (the list, in order, is what
// `explain` prints for the mix); none needs data the floor's state does not hold.

// csp-channel's data the floor reads (its market table and its rule sets), from the built library
// when there is one; floorState takes them as options otherwise.
const library = await import('../dist/index.js').catch(() => undefined)

// ---------------------------------------------------------------------------------------------
// The input check (MOD-8, MOD-5): each reader returns the decoded value (the value itself, or a
// normalized copy) or FAIL once it has pushed its violations, one per failing path, as csp-channel's
// codecs report them: a quantity, a date or a list length out of range is MOD-5 ValueOutOfRange, an
// unknown field MOD-8 UnknownField, any other wrong value MOD-8 InvalidInput.

const FAIL = Symbol('invalid input')
/** A violation, as the floor reports it. */
const found = (rule, tag, subjects) => ({ rule, tag, subjects })
/** The path of field `key` under `parent`, as csp-channel writes it (`lines[0].seats`). */
const where = (parent, key) =>
  parent === '' ? String(key) : typeof key === 'number' ? `${parent}[${key}]` : `${parent}.${key}`
const problem = (v, rule, tag, path) => {
  v.push(found(rule, tag, [path === '' ? '(root)' : path]))
  return FAIL
}
const invalid = (v, path) => problem(v, 'MOD-8', 'InvalidInput', path)
const outOfRange = (v, path) => problem(v, 'MOD-5', 'ValueOutOfRange', path)
const unknownField = (v, path) => problem(v, 'MOD-8', 'UnknownField', path)
const isRecord = (x) => typeof x === 'object' && x !== null && !Array.isArray(x)

/** A reader of values `accept` holds for; `report` says how a failure is counted. */
const when =
  (accept, report = invalid) =>
  (x, v, parent, key) =>
    accept(x) ? x : report(v, where(parent, key))
/** A reader of values `decode` turns into their canonical spelling (undefined: not accepted). */
const normalized =
  (decode, report = invalid) =>
  (x, v, parent, key) => {
    const d = decode(x)
    return d === undefined ? report(v, where(parent, key)) : d
  }
const nullable = (read) => (x, v, parent, key) => (x === null ? null : read(x, v, parent, key))
const oneOf = (values) => {
  const allowed = new Set(values)
  return when((x) => typeof x === 'string' && allowed.has(x))
}

const ANY_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** The digits of a GUID in lower case, 0 to 9 and a to f, marked 1 by character code. */
const HEX = new Uint8Array(65536)
for (const c of '0123456789abcdef') HEX[c.charCodeAt(0)] = 1
/** Whether `s` is a GUID in lower case: 36 characters, dashes at 8, 13, 18 and 23, digits and a to f elsewhere. */
const isLowerGuid = (s) => {
  if (
    s.length !== 36 ||
    s.charCodeAt(8) !== 45 ||
    s.charCodeAt(13) !== 45 ||
    s.charCodeAt(18) !== 45 ||
    s.charCodeAt(23) !== 45
  )
    return false
  for (let i = 0; i < 36; i++)
    if (HEX[s.charCodeAt(i)] !== 1 && i !== 8 && i !== 13 && i !== 18 && i !== 23) return false
  return true
}
/** A tenant or subscription ID: any GUID spelling, kept in lower case. */
const guidOf = (x) =>
  typeof x !== 'string' ? undefined : isLowerGuid(x) ? x : ANY_GUID.test(x) ? x.toLowerCase() : undefined
const guid = normalized(guidOf)

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
/** Whether year-month-day is a date of the Gregorian calendar from year 1 to 9999. */
const isDay = (y, m, d) =>
  y >= 1 &&
  y <= 9999 &&
  m >= 1 &&
  m <= 12 &&
  d >= 1 &&
  d <= (m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1])
/** The number the decimal digits of `s` from `from` to `to` write. */
const digits = (s, from, to) => {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48
  return n
}
const CANONICAL_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const ANY_INSTANT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(?:Z|[+-]00:00)$/
/** An instant in UTC, in its `toISOString` spelling: `hh:mm` with optional seconds and 1 to 9 fraction digits, then Z or ±00:00. */
const instant = (s) => {
  if (typeof s !== 'string') return undefined
  if (CANONICAL_INSTANT.test(s))
    return isDay(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)) &&
      digits(s, 11, 13) < 24 &&
      digits(s, 14, 16) < 60 &&
      digits(s, 17, 19) < 60
      ? s
      : undefined
  const m = ANY_INSTANT.exec(s)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, sec = '00', fraction = ''] = m
  if (!isDay(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59)
    return undefined
  return `${y}-${mo}-${d}T${h}:${mi}:${sec}.${`${fraction}000`.slice(0, 3)}Z`
}
const CALENDAR_DAY = /^(\d{4})-(\d\d)-(\d\d)$/
/** A calendar date `YYYY-MM-DD`. */
const isCalendarDay = (x) => {
  const m = typeof x === 'string' ? CALENDAR_DAY.exec(x) : null
  return m !== null && isDay(Number(m[1]), Number(m[2]), Number(m[3]))
}
/** Control, format, private-use and lone surrogate characters, and line or paragraph separators: never accepted in text. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u
const MAX_SEATS = 2_147_483_647

const readInstant = normalized(instant, outOfRange)
const readDay = when(isCalendarDay, outOfRange)
const readSeats = when((x) => Number.isInteger(x) && x >= 1 && x <= MAX_SEATS, outOfRange)
const readBoolean = when((x) => typeof x === 'boolean')
const readText = when(
  (x) => typeof x === 'string' && x.length > 0 && x.length <= 256 && x.trim().length > 0 && !UNPRINTABLE.test(x),
)
const readInvitationId = when(
  (x) => typeof x === 'string' && x.length > 0 && x.length <= 128 && x.trim() === x && !UNPRINTABLE.test(x),
)
const readMpnId = when((x) => typeof x === 'string' && /^[1-9]\d{0,11}$/.test(x))

/** An object with exactly the `required` fields and any of the `optional` ones (absent or undefined: left out). */
const exact = (required, optional = {}) => {
  const keys = [...Object.keys(required), ...Object.keys(optional)]
  const reads = [...Object.values(required), ...Object.values(optional)]
  const mandatory = Object.keys(required).length
  const known = new Set(keys)
  return (x, v, parent, key) => {
    const here = where(parent, key)
    if (!isRecord(x)) return invalid(v, here)
    let failed = false
    let out
    const own = Object.keys(x)
    for (let i = 0; i < own.length; i++) if (!known.has(own[i])) failed = unknownField(v, where(here, own[i])) === FAIL
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]
      const value = x[k]
      if (value === undefined && i >= mandatory) continue
      const d = reads[i](value, v, here, k)
      if (d === FAIL) failed = true
      else if (d !== value) (out ??= { ...x })[k] = d
    }
    return failed ? FAIL : (out ?? x)
  }
}

/** A list of at least `min` items (its length is a range: MOD-5). */
const listOf = (read, min) => (x, v, parent, key) => {
  const here = where(parent, key)
  if (!Array.isArray(x) || x.length < min) return outOfRange(v, here)
  let failed = false
  let out
  for (let i = 0; i < x.length; i++) {
    const d = read(x[i], v, here, i)
    if (d === FAIL) failed = true
    else if (d !== x[i]) (out ??= [...x])[i] = d
  }
  return failed ? FAIL : (out ?? x)
}

const PARTNER_ROLES = ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent', 'helpdeskAgent', 'billingAdmin']
const ROLE = new Set(PARTNER_ROLES)
const ACTOR_FIELDS = new Map([
  ['partnerUser', ['kind', 'tenantId', 'role']],
  ['customerAdmin', ['kind', 'tenantId']],
  ['microsoft', ['kind']],
])
/**
 * The actor: a partner user (tenant, role), a customer admin (tenant) or Microsoft, with exactly its
 * fields. csp-channel decodes it as a union of three exact objects and, when none matches, reports
 * what every branch found: `kind`, `tenantId` and `role` (an unknown field in some branch when
 * present, a wrong or missing value otherwise), and any other field.
 */
const readActor = (x, v, parent, key) => {
  const here = where(parent, key)
  if (!isRecord(x)) return invalid(v, here)
  const fields = typeof x.kind === 'string' ? ACTOR_FIELDS.get(x.kind) : undefined
  const own = Object.keys(x)
  if (fields !== undefined && own.length === fields.length) {
    // exactly the fields of its kind: a tenant ID for a user or an admin, a role for a user
    const tenantId = fields.length > 1 && Object.hasOwn(x, 'tenantId') ? guidOf(x.tenantId) : undefined
    const fits =
      (fields.length < 2 || tenantId !== undefined) &&
      (fields.length < 3 || (Object.hasOwn(x, 'role') && typeof x.role === 'string' && ROLE.has(x.role)))
    if (fits) return tenantId === x.tenantId ? x : { ...x, tenantId }
  }
  invalid(v, where(here, 'kind'))
  problem(v, 'MOD-8', Object.hasOwn(x, 'tenantId') ? 'UnknownField' : 'InvalidInput', where(here, 'tenantId'))
  problem(v, 'MOD-8', Object.hasOwn(x, 'role') ? 'UnknownField' : 'InvalidInput', where(here, 'role'))
  for (const k of own) if (k !== 'kind' && k !== 'tenantId' && k !== 'role') unknownField(v, where(here, k))
  return FAIL
}

const SUBSCRIPTION_KINDS = [
  'azure',
  'licenseBased',
  'addOn',
  'softwareSubscription',
  'perpetualSoftware',
  'reservation',
]
/** The fields of a subscription to buy, in a purchase and in an order line, and their optional new commerce fields. */
const purchaseFields = {
  id: guid,
  kind: oneOf(SUBSCRIPTION_KINDS),
  parentId: nullable(guid),
  offerId: readText,
  seats: readSeats,
  autoRenew: readBoolean,
}
const purchaseOptions = {
  newCommerce: exact(
    { termDuration: readText, billingCycle: readText },
    { trial: readBoolean, customTermEndDate: readDay },
  ),
  segment: oneOf(['commercial', 'education', 'government', 'nonprofit']),
  legacyTermYears: when((x) => x === 5 || x === 6),
}

/** The input readers of the five commands; `ruleSetIds` are the rule set IDs the optional `ruleSet` field may name. */
const inputReaders = (ruleSetIds) => {
  const input = (fields) => exact({ actor: readActor, at: readInstant, ...fields }, { ruleSet: oneOf(ruleSetIds) })
  const change = { partnerTenantId: guid, subscriptionId: guid }
  return {
    changeSeats: input({ ...change, seats: readSeats }),
    suspendSubscription: input(change),
    purchaseSubscription: input({
      partnerTenantId: guid,
      subscription: exact({ ...purchaseFields, customerTenantId: guid }, purchaseOptions),
    }),
    placeOrder: input({
      providerTenantId: guid,
      customerTenantId: guid,
      resellerTenantId: nullable(guid),
      lines: listOf(exact({ ...purchaseFields, partnerOfRecord: nullable(readMpnId) }, purchaseOptions), 1),
    }),
    acceptCustomerInvitation: input({ invitationId: readInvitationId }),
  }
}

// ---------------------------------------------------------------------------------------------
// The state

const RULE_SET = '2020-10-27'
const byKey = (list, key) => new Map(list.map((x) => [key(x), { ...x }]))
const pair = (a, b) => `${a}/${b}`

/**
 * The floor's state from a state document: one Map per table, the partners by MPN ID, the market of
 * each region, the input readers, and rule set 2020-10-27 (its window, the customer agreements it
 * accepts, whether invitations grant delegated admin).
 * `markets` and `ruleSets` are csp-channel's MARKETS and RULE_SETS (read from dist/ by default).
 */
export const floorState = (doc, { markets = library?.MARKETS, ruleSets = library?.RULE_SETS } = {}) => {
  if (markets === undefined || ruleSets === undefined)
    throw new Error("floorState needs csp-channel's MARKETS and RULE_SETS: build dist/ or pass them")
  const partners = byKey(doc.partners, (p) => p.tenantId)
  const mpnHolders = new Map()
  for (const p of partners.values())
    for (const id of new Set([p.mpnId, ...p.locationMpnIds])) mpnHolders.set(id, [...(mpnHolders.get(id) ?? []), p])
  const at = ruleSets.findIndex((s) => s.id === RULE_SET)
  const set = ruleSets[at]
  return {
    partners,
    tenants: byKey(doc.tenants, (t) => t.tenantId),
    customers: byKey(doc.customers, (c) => c.tenantId),
    relationships: byKey(doc.relationships, (r) => pair(r.partnerTenantId, r.customerTenantId)),
    partnerships: byKey(doc.partnerships, (p) => pair(p.providerTenantId, p.resellerTenantId)),
    invitations: byKey(doc.invitations, (i) => i.id),
    subscriptions: byKey(doc.subscriptions, (s) => s.id),
    mpnHolders,
    markets: new Map(markets.flatMap((m) => [[m.id, m.id], ...m.countries.map((c) => [c, m.id])])),
    inputs: inputReaders(ruleSets.map((s) => s.id)),
    ruleSet: {
      from: set.inForceAt,
      until: ruleSets[at + 1].inForceAt,
      agreements: set.customerAgreements,
      dapWithInvitations: set.dapWithInvitations,
    },
  }
}

/** The decoded input, or undefined once the violations of the entry are in `v` (MOD-8, MOD-5). */
const enter = (state, read, raw, v) => {
  const input = read(raw, v, '', '')
  if (input === FAIL) return undefined
  const { from, until } = state.ruleSet
  if (input.at < from || input.at >= until)
    throw new RangeError(`the floor judges by rule set ${RULE_SET} only (${from} to ${until}); ${input.at} is outside`)
  if (input.ruleSet === undefined || input.ruleSet === RULE_SET) return input
  v.push(found('MOD-8', 'RuleSetNotInForce', [input.ruleSet]))
  return undefined
}

// ---------------------------------------------------------------------------------------------
// The rule checks, written against the Maps

const SALES_ROLES = ['globalAdmin', 'adminAgent', 'salesAgent']
const PROVIDER_ROLES = ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent']
const billsWithMicrosoft = (p) => p.directBill !== null || p.indirectProvider
const isRestricted = (p) => p.directBill?.status === 'restricted'
const mpaNotSigned = (p, at) =>
  p.mpaSignedAt === null ? p.mpaDateUnknown !== true : p.mpaSignedAt > at && p.mpaDateUnknown !== true
const marketOf = (state, region) => state.markets.get(region) ?? region
/** REG-1 / REG-2 for two located parties (an unknown region passes: csp-channel warns). */
const regionCheck = (state, v, rule, a, aRegion, b, bRegion) => {
  if (aRegion === null || bRegion === null || aRegion === bRegion) return
  if (marketOf(state, aRegion) !== marketOf(state, bRegion)) v.push(found(rule, 'RegionMismatch', [a, b]))
}
/** MOD-6: the command is not dated before a fact dated `factAt` (null: unknown, passes). */
const datedBefore = (v, at, factAt, subjects) => {
  if (factAt !== null && at < factAt) v.push(found('MOD-6', 'DatedBeforeFact', subjects))
}
/** MOD-1 and ROL-2 on the acting partner `id`, then the role (`rule`: ROL-1 or PRT-1). */
const partnerActs = (v, partner, actor, id, rule, roles) => {
  if (partner === undefined) v.push(found('MOD-1', 'UnknownPartner', [id]))
  if (actor.kind !== 'partnerUser' || actor.tenantId !== id) v.push(found('ROL-2', 'ActsForAnotherTenant', [id]))
  if (actor.kind === 'partnerUser' && !roles.includes(actor.role))
    v.push(found(rule, 'RoleNotAllowed', [actor.tenantId]))
}
/** PGM-3: the partner has signed the MPA (an unknown date passes: csp-channel warns). */
const mpaSigned = (v, partner, at) => {
  if (partner !== undefined && mpaNotSigned(partner, at)) v.push(found('PGM-3', 'MpaNotSigned', [partner.tenantId]))
}
/** OWN-3: `customer` is not the partner tenant of a reseller in active partnership with `seller`. */
const partneredReseller = (state, seller, customer) =>
  state.partnerships.get(pair(seller, customer))?.status === 'active'
/** OWN-2: the customer is not one of the sellers' affiliates (nor owned by one). */
const notAffiliated = (v, sellers, customer, tenant) => {
  const owner = tenant?.owner ?? null
  const seller = sellers.find(
    (p) =>
      p !== undefined &&
      (p.affiliatedTenants.includes(customer) || (owner !== null && p.affiliatedTenants.includes(owner))),
  )
  if (seller !== undefined) v.push(found('OWN-2', 'AffiliatedCustomer', [seller.tenantId, customer]))
}
/** OWN-2: the seller does not sell to its own internal-use tenant (but Azure for its own use, when `ownUseAzure`). */
const notOwnInternalUse = (v, seller, tenant, ownUseAzure) => {
  if (tenant?.kind === 'customer' && tenant.internalUse && tenant.owner === seller && !ownUseAzure)
    v.push(found('OWN-2', 'OwnInternalUseTenant', [seller, tenant.tenantId]))
}
/** MCA-1: the customer has accepted an agreement of the rule set by the command's day (unknown agreements pass: csp-channel warns). */
const agreementOnRecord = (state, v, customerId, at) => {
  const customer = state.customers.get(customerId)
  if (customer === undefined || customer.agreements === undefined) return
  const day = at.slice(0, 10)
  const kinds = state.ruleSet.agreements
  if (!customer.agreements.some((a) => kinds.includes(a.kind) && a.dateAgreed <= day))
    v.push(found('MCA-1', 'CustomerAgreementNotAccepted', [customerId]))
}
/** Whether a relationship holds delegated admin at `at`: true, false, or null when unknown (GDAP-19's end date included). */
const delegatedAdminAt = (r, at) =>
  r.delegatedAdmin === true && r.delegatedAdminUntil !== undefined && r.delegatedAdminUntil <= at
    ? false
    : r.delegatedAdmin
/** NCE-1 and NCE-21 on what is bought: before 2022-01-10 no new commerce terms, and no custom term end date. */
const newCommerceRefused = (v, line) => {
  if (line.newCommerce === undefined) return
  v.push(found('NCE-1', 'NewCommerceNotAvailable', [line.id]))
  if (line.newCommerce.customTermEndDate !== undefined) v.push(found('NCE-21', 'InvalidCustomTermEnd', [line.id]))
}
const isValidParent = (parent, customer) =>
  parent !== undefined &&
  parent.kind === 'licenseBased' &&
  parent.status === 'active' &&
  parent.customerTenantId === customer

/**
 * The checks of a change of an existing subscription (changeSeats, suspendSubscription): the partner
 * acts for itself (MOD-1, ROL-2, ROL-1), the subscription is known (MOD-1) and billed to it (ROL-2),
 * its kind (`kinds`, or any) and status allow the change (MOD-3: active; NCE-8 is not in force), and
 * the command is not dated before its purchase (MOD-6). Returns the subscription.
 */
const subscriptionChange = (state, v, input, kinds) => {
  const { actor, at, partnerTenantId: id, subscriptionId } = input
  const s = state.subscriptions.get(subscriptionId)
  partnerActs(v, state.partners.get(id), actor, id, 'ROL-1', SALES_ROLES)
  if (s === undefined) {
    v.push(found('MOD-1', 'UnknownSubscription', [subscriptionId]))
    return s
  }
  if (s.billedBy !== id) v.push(found('ROL-2', 'NoResellerRelationship', [subscriptionId, id]))
  if ((kinds !== undefined && !kinds.includes(s.kind)) || s.status !== 'active')
    v.push(found('MOD-3', 'SubscriptionNotChangeable', [s.id]))
  datedBefore(v, at, s.createdAt, [s.id])
  return s
}

/** The partner-of-record finding of one order line (PRT-5), or undefined. */
const partnerOfRecord = (state, provider, reseller, por, line) => {
  if (por === null) return undefined
  const bad = (tag) => found('PRT-5', tag, [line, por])
  if (provider !== undefined && (provider.mpnId === por || provider.locationMpnIds.includes(por)))
    return bad('ProviderAsPartnerOfRecord')
  const holders = state.mpnHolders.get(por)
  if (holders === undefined) return bad('UnknownMpnId')
  if (reseller === undefined || !holders.some((p) => p.tenantId === reseller.tenantId) || por !== reseller.mpnId)
    return bad('PartnerOfRecordNotValid')
  return undefined
}

/**
 * Sets the reseller relationship `partner` holds with `customer` once an invitation is accepted: a
 * new one, or its existing one moved to `channel` (as ResellerRelationshipEstablished writes it).
 */
const establish = (state, partner, customer, channel, provider, delegatedAdmin, at) => {
  const key = pair(partner, customer)
  const existing = state.relationships.get(key)
  const r = {
    partnerTenantId: partner,
    customerTenantId: customer,
    channel,
    indirectProviderTenantId: provider,
    delegatedAdmin: existing === undefined || delegatedAdmin ? delegatedAdmin : existing.delegatedAdmin,
    origin: existing === undefined ? 'invitation' : existing.origin,
    since: existing === undefined ? at : existing.since,
  }
  // a reseller made tenant owner on the customer's Azure stays so
  if (existing?.azureTenantOwner === true) r.azureTenantOwner = true
  state.relationships.set(key, r)
}

// ---------------------------------------------------------------------------------------------
// The commands

/** The subscription a purchase or an order line creates, built field by field as csp-channel's event does. */
const bought = (line, customer, { billedBy, partnerOfRecord, supportContact }, at) => ({
  id: line.id,
  customerTenantId: customer,
  kind: line.kind,
  parentId: line.parentId,
  offerId: line.offerId,
  seats: line.kind === 'azure' ? 1 : line.seats,
  status: 'active',
  autoRenew: line.autoRenew,
  billedBy,
  partnerOfRecord,
  supportContact,
  createdAt: at,
})

export const floor = {
  changeSeats(state, raw) {
    const v = []
    const input = enter(state, state.inputs.changeSeats, raw, v)
    if (input === undefined) return v
    const s = subscriptionChange(state, v, input, ['licenseBased', 'addOn'])
    if (v.length === 0) s.seats = input.seats
    return v
  },

  suspendSubscription(state, raw) {
    const v = []
    const input = enter(state, state.inputs.suspendSubscription, raw, v)
    if (input === undefined) return v
    const s = subscriptionChange(state, v, input, undefined)
    if (v.length === 0) s.status = 'suspended'
    return v
  },

  purchaseSubscription(state, raw) {
    const v = []
    const input = enter(state, state.inputs.purchaseSubscription, raw, v)
    if (input === undefined) return v
    const { actor, at, partnerTenantId: id, subscription: sub } = input
    const customer = sub.customerTenantId
    const partner = state.partners.get(id)
    const tenant = state.tenants.get(customer)
    const rel = state.relationships.get(pair(id, customer))
    const parent = sub.parentId === null ? undefined : state.subscriptions.get(sub.parentId)
    const ownUseAzure = sub.kind === 'azure' && tenant?.internalUse === true && tenant.owner === id
    const ownTenant = customer === id || (tenant?.kind === 'customer' && tenant.internalUse && tenant.owner === id)
    const judgesRelationship = tenant?.kind === 'customer' && !ownTenant
    const partnered = partneredReseller(state, id, customer)
    partnerActs(v, partner, actor, id, 'ROL-1', SALES_ROLES)
    if (state.subscriptions.get(sub.id) !== undefined) v.push(found('MOD-2', 'IdAlreadyUsed', [sub.id]))
    if (tenant === undefined && customer !== id) v.push(found('MOD-1', 'UnknownCustomer', [customer]))
    if (partner !== undefined && !billsWithMicrosoft(partner))
      v.push(found('PGM-2', 'NoBillingRelationship', [partner.tenantId]))
    // ROL-2: a reseller relationship with delegated admin (commerce asks for it before GDAP-17)
    if (judgesRelationship && rel === undefined) v.push(found('ROL-2', 'NoResellerRelationship', [id, customer]))
    if (judgesRelationship && rel !== undefined && delegatedAdminAt(rel, at) === false)
      v.push(found('ROL-2', 'NoDelegatedAdmin', [rel.partnerTenantId, rel.customerTenantId]))
    if (partner?.indirectProvider === true && tenant !== undefined && judgesRelationship && rel === undefined)
      v.push(found('TRN-12', 'NoResellerRelationship', [partner.tenantId, tenant.tenantId]))
    if (rel?.channel === 'indirectReseller' && partner !== undefined)
      v.push(found('TRN-11', 'IndirectResellerCustomer', [partner.tenantId, rel.customerTenantId]))
    if (partner !== undefined && isRestricted(partner) && !ownUseAzure)
      v.push(found('RST-2', 'PartnerRestricted', [partner.tenantId]))
    if (partner !== undefined && isRestricted(partner) && ownUseAzure)
      v.push(found('RST-3', 'PartnerRestricted', [partner.tenantId]))
    if (sub.kind !== 'addOn' ? sub.parentId !== null : !isValidParent(parent, customer))
      v.push(
        found(
          'MOD-4',
          'InvalidAddOnParent',
          sub.kind !== 'addOn' || sub.parentId === null ? [sub.id] : [sub.id, sub.parentId],
        ),
      )
    if (parent !== undefined) datedBefore(v, at, parent.createdAt, [parent.id])
    if (tenant !== undefined && tenant.kind !== 'customer' && customer !== id && !partnered)
      v.push(found('OWN-2', 'NotCustomerTenant', [customer]))
    notOwnInternalUse(v, id, tenant, ownUseAzure)
    if (partnered) v.push(found('OWN-3', 'ResellerAsEndCustomer', [id, customer]))
    if (rel !== undefined) datedBefore(v, at, rel.since, [rel.partnerTenantId, rel.customerTenantId])
    if (customer === id) v.push(found('OWN-1', 'OwnPartnerTenant', [id]))
    notAffiliated(v, [partner], customer, tenant)
    mpaSigned(v, partner, at)
    newCommerceRefused(v, sub)
    if (partner !== undefined && tenant !== undefined)
      regionCheck(state, v, 'REG-1', partner.tenantId, partner.region, tenant.tenantId, tenant.region)
    agreementOnRecord(state, v, customer, at)
    if (v.length > 0) return v
    state.subscriptions.set(sub.id, bought(sub, customer, { billedBy: id, partnerOfRecord: null, supportContact: null }, at))
    return v
  },

  placeOrder(state, raw) {
    const v = []
    const input = enter(state, state.inputs.placeOrder, raw, v)
    if (input === undefined) return v
    const { actor, at, providerTenantId: id, customerTenantId: customer, resellerTenantId, lines } = input
    const provider = state.partners.get(id)
    const reseller = resellerTenantId === null ? undefined : state.partners.get(resellerTenantId)
    const partnership = resellerTenantId === null ? undefined : state.partnerships.get(pair(id, resellerTenantId))
    const tenant = state.tenants.get(customer)
    const rel = state.relationships.get(pair(id, customer))
    const partnered = partneredReseller(state, id, customer)
    // the provider acts (MOD-1, ROL-2, PRT-1, PGM-2, PGM-3) and is not restricted (RST-2)
    partnerActs(v, provider, actor, id, 'PRT-1', PROVIDER_ROLES)
    if (provider !== undefined && !provider.indirectProvider && provider.directBill !== null)
      v.push(found('PRT-1', 'NotIndirectProvider', [provider.tenantId]))
    if (provider !== undefined && !billsWithMicrosoft(provider)) v.push(found('PGM-2', 'NoBillingRelationship', [id]))
    mpaSigned(v, provider, at)
    if (provider !== undefined && isRestricted(provider))
      v.push(found('RST-2', 'PartnerRestricted', [provider.tenantId]))
    // the named reseller (MOD-1, PRT-2, PGM-4, REG-2, MOD-6, PRT-4)
    if (resellerTenantId !== null && reseller === undefined)
      v.push(found('MOD-1', 'UnknownPartner', [resellerTenantId]))
    if (reseller !== undefined && reseller.indirectReseller.status !== 'active')
      v.push(found('PRT-2', 'NotIndirectReseller', [reseller.tenantId, reseller.mpnId]))
    if (reseller !== undefined && mpaNotSigned(reseller, at))
      v.push(found('PGM-4', 'ResellerMpaNotSigned', [reseller.tenantId, reseller.mpnId]))
    if (provider !== undefined && reseller !== undefined)
      regionCheck(state, v, 'REG-2', provider.tenantId, provider.region, reseller.tenantId, reseller.region)
    if (partnership?.status === 'active')
      datedBefore(v, at, partnership.acceptedAt, [partnership.providerTenantId, partnership.resellerTenantId])
    if (reseller !== undefined && provider !== undefined && partnership?.status !== 'active')
      v.push(found('PRT-4', 'PartnershipNotActive', [provider.tenantId, reseller.tenantId]))
    // the customer (OWN-3, OWN-2 ×3, MOD-1, REG-1, MOD-6, TRN-12, ROL-2, PRT-4)
    if (partnered) v.push(found('OWN-3', 'ResellerAsEndCustomer', [id, customer]))
    if (tenant !== undefined && tenant.kind !== 'customer' && !partnered)
      v.push(found('OWN-2', 'NotCustomerTenant', [customer]))
    notOwnInternalUse(v, id, tenant, false)
    notAffiliated(v, [provider, reseller], customer, tenant)
    if (tenant === undefined) v.push(found('MOD-1', 'UnknownCustomer', [customer]))
    if (provider !== undefined && tenant?.kind === 'customer')
      regionCheck(state, v, 'REG-1', provider.tenantId, provider.region, tenant.tenantId, tenant.region)
    if (rel !== undefined) datedBefore(v, at, rel.since, [rel.partnerTenantId, rel.customerTenantId])
    if (tenant?.kind === 'customer' && rel === undefined)
      v.push(found('TRN-12', 'NoResellerRelationship', [id, customer]))
    // ROL-2 (delegated admin) is not asked of an order: placeOrder judges the customer without it
    if (
      reseller !== undefined &&
      tenant?.kind === 'customer' &&
      state.relationships.get(pair(reseller.tenantId, customer)) === undefined
    )
      v.push(found('PRT-4', 'NotResellersCustomer', [reseller.tenantId, customer]))
    // the lines (NCE-1, NCE-21, MOD-2, MOD-4, MOD-6, PRT-5), each check over every line as csp-channel runs them
    for (const line of lines) newCommerceRefused(v, line)
    lines.forEach((line, i) => {
      if (state.subscriptions.get(line.id) !== undefined) v.push(found('MOD-2', 'IdAlreadyUsed', [line.id]))
      else if (lines.findIndex((l) => l.id === line.id) !== i) v.push(found('MOD-2', 'DuplicateLine', [line.id]))
    })
    lines.forEach((line, i) => {
      const first = line.parentId === null ? -1 : lines.findIndex((l) => l.id === line.parentId)
      const existing = line.parentId === null ? undefined : state.subscriptions.get(line.parentId)
      const ok = (first >= 0 && first < i && lines[first].kind === 'licenseBased') || isValidParent(existing, customer)
      if (line.kind !== 'addOn' ? line.parentId !== null : !ok)
        v.push(
          found(
            'MOD-4',
            'InvalidAddOnParent',
            line.kind !== 'addOn' || line.parentId === null ? [line.id] : [line.id, line.parentId],
          ),
        )
    })
    for (const line of lines) {
      const parent = line.parentId === null ? undefined : state.subscriptions.get(line.parentId)
      if (parent !== undefined) datedBefore(v, at, parent.createdAt, [parent.id])
    }
    for (const line of lines) {
      const f = partnerOfRecord(state, provider, reseller, line.partnerOfRecord, line.id)
      if (f !== undefined) v.push(f)
    }
    agreementOnRecord(state, v, customer, at)
    if (v.length > 0) return v
    for (const line of lines)
      state.subscriptions.set(line.id, bought(line, customer, { billedBy: id, partnerOfRecord: line.partnerOfRecord, supportContact: id }, at))
    return v
  },

  acceptCustomerInvitation(state, raw) {
    const v = []
    const input = enter(state, state.inputs.acceptCustomerInvitation, raw, v)
    if (input === undefined) return v
    const { actor, at, invitationId } = input
    const i = state.invitations.get(invitationId)
    if (i === undefined) {
      // every other check passes without an invitation
      v.push(found('MOD-1', 'UnknownInvitation', [invitationId]))
      return v
    }
    const customer = i.customerTenantId
    const providerId = i.indirectProviderTenantId
    const issuer = state.partners.get(i.partnerTenantId)
    const provider = providerId === null ? undefined : state.partners.get(providerId)
    const partnership = providerId === null ? undefined : state.partnerships.get(pair(providerId, i.partnerTenantId))
    const tenant = state.tenants.get(customer)
    const seller = i.kind === 'directReseller' ? i.partnerTenantId : providerId
    const partnered = seller !== null && partneredReseller(state, seller, customer)
    if (actor.kind !== 'customerAdmin' || actor.tenantId !== customer)
      v.push(found('INV-3', 'NotInvitedCustomer', [i.id, customer]))
    if (i.acceptedAt != null) v.push(found('INV-3', 'InvitationAlreadyAccepted', [i.id]))
    const lostRight =
      issuer === undefined ||
      (i.kind === 'directReseller'
        ? isRestricted(issuer)
        : issuer.indirectReseller.status !== 'active' || partnership?.status !== 'active')
    if (lostRight) v.push(found('INV-3', 'IssuerLostRight', [i.id, i.partnerTenantId]))
    datedBefore(v, at, i.issuedAt, [i.id])
    if (partnership?.status === 'active')
      datedBefore(v, at, partnership.acceptedAt, [partnership.providerTenantId, partnership.resellerTenantId])
    if (partnered) v.push(found('OWN-3', 'ResellerAsEndCustomer', [seller, customer]))
    if (tenant !== undefined && tenant.kind !== 'customer' && !partnered)
      v.push(found('OWN-2', 'PartnerTenantAsCustomer', [customer, i.id]))
    const region = tenant?.region ?? i.newCustomer?.region
    for (const p of [issuer, provider])
      if (p !== undefined && region) regionCheck(state, v, 'REG-1', p.tenantId, p.region, customer, region)
    if (v.length > 0 || issuer === undefined) return v
    // CustomerJoined (a tenant new to the model), CustomerInvitationAccepted, ResellerRelationshipEstablished
    if (tenant === undefined && i.newCustomer !== null) {
      const { companyName, domain, region: newRegion } = i.newCustomer
      state.tenants.set(customer, {
        tenantId: customer,
        kind: 'customer',
        owner: null,
        region: newRegion,
        internalUse: false,
      })
      state.customers.set(customer, { tenantId: customer, companyName, domain })
    }
    i.acceptedAt = at
    // an invitation grants delegated admin under 2020-10-27 (until GDAP-13)
    const grantsDap = state.ruleSet.dapWithInvitations
    const requested = grantsDap && i.delegatedAdmin
    // each relationship is read before either is written: their keys differ
    if (i.kind === 'directReseller' || providerId === null)
      establish(
        state,
        issuer.tenantId,
        customer,
        issuer.directBill !== null ? 'directBill' : 'indirectProvider',
        null,
        requested,
        at,
      )
    else {
      establish(state, issuer.tenantId, customer, 'indirectReseller', providerId, grantsDap, at)
      establish(state, providerId, customer, 'indirectProvider', null, requested, at)
    }
    return v
  },
}

/**
 * Undoes what one of the mix's commands did to the floor's state, so that every measured call does
 * the same work (the mix's commands only: an entry the command added is blanked, a field it changed
 * set back). Blanked rather than deleted: deleting and re-adding one key makes V8 rehash large Maps.
 */
export const undo = (state, { command, input }) => {
  if (command === 'suspendSubscription') state.subscriptions.get(input.subscriptionId).status = 'active'
  if (command === 'purchaseSubscription') state.subscriptions.set(input.subscription.id, undefined)
  if (command === 'placeOrder') for (const l of input.lines) state.subscriptions.set(l.id, undefined)
  if (command === 'acceptCustomerInvitation') {
    const i = state.invitations.get(input.invitationId)
    i.acceptedAt = null
    state.relationships.set(pair(i.partnerTenantId, i.customerTenantId), undefined)
    state.relationships.set(pair(i.indirectProviderTenantId, i.customerTenantId), undefined)
  }
}
