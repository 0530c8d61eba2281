/**
 * The model-based command generator: given the current state, a seeded generator and the world's
 * clock, it builds the next command over every command. Most commands are realistic: IDs drawn
 * from the state (partners, customers, subscriptions, invitations, partnerships, through the query
 * functions of the library), actors among Microsoft, the users of each partner tenant and customer
 * admins, dates that mostly move forward across 2018 to mid-2026. About 15% are adversarial: an extra
 * field (own `__proto__` / `constructor` keys included), a missing field, a hostile value in a
 * field (huge or non-whole numbers, NaN, hostile strings, 10,000-deep nesting, wrong types), a rule
 * set that is not in force, a whole input that is not an object, or a command object that is not
 * one (unknown names, extra fields).
 */
import {
  COMMAND_NAMES,
  RULE_SETS,
  authorizationOf,
  isDeauthorized,
  isSuspended,
  customersOfPartner,
  customersOfProviderByReseller,
  partnershipsOfProvider,
  partnershipsOfReseller,
  subscriptionsOfCustomer,
  entitiesOf,
  type CommandName,
  type Customer,
  type GdapRelationship,
  type Invitation,
  type Partner,
  type Partnership,
  type ProgramState,
  type Subscription,
  type Tenant,
} from '../../../src/index.js'
import type { Rng } from './prng.js'
import { HOSTILE_DATES, HOSTILE_NUMBERS, HOSTILE_STRINGS, deepValue, setOwn, type HostileValue } from './values.js'

/** One generated step: the value given to `execute` / `apply` / `explain`, and how it was made. */
export interface Generated {
  readonly value: unknown
  readonly note: string
}

/** The entities of a state as lists, computed once per state (states are immutable). */
interface Pools {
  readonly partners: ReadonlyArray<Partner>
  readonly customers: ReadonlyArray<Customer>
  readonly tenants: ReadonlyArray<Tenant>
  readonly subscriptions: ReadonlyArray<Subscription>
  readonly invitations: ReadonlyArray<Invitation>
  readonly partnerships: ReadonlyArray<Partnership>
  readonly gdapRelationships: ReadonlyArray<GdapRelationship>
}

const pools = new WeakMap<ProgramState, Pools>()
const poolsOf = (state: ProgramState): Pools => {
  let p = pools.get(state)
  if (p === undefined) {
    p = {
      partners: entitiesOf(state, 'partners'),
      customers: entitiesOf(state, 'customers'),
      tenants: entitiesOf(state, 'tenants'),
      subscriptions: entitiesOf(state, 'subscriptions'),
      invitations: entitiesOf(state, 'invitations'),
      partnerships: entitiesOf(state, 'partnerships'),
      gdapRelationships: entitiesOf(state, 'gdapRelationships'),
    }
    pools.set(state, p)
  }
  return p
}

const DAY = 86_400_000
/**
 * The fuzzer's calendar: commands are dated from 2018-01-01 to 2026-06-30, so that a reseller
 * deauthorized under the revenue floor (from 2024-04-01) can be reauthorized a year later (AUTH-3).
 */
export const CLOCK_MIN = Date.parse('2018-01-01T00:00:00Z')
export const CLOCK_MAX = Date.parse('2026-06-30T23:59:59Z')

/** A world's clock: mostly forward, by hours to weeks; sometimes backward. */
export class Clock {
  constructor(public ms: number) {}

  advance(rng: Rng): void {
    const step = rng.weighted<number>([
      [55, rng.int(3 * DAY)],
      [30, rng.int(30 * DAY)],
      [8, rng.int(200 * DAY)],
      [7, -rng.int(60 * DAY)],
    ])
    this.ms = Math.min(CLOCK_MAX, Math.max(CLOCK_MIN, this.ms + step))
    // whole seconds, like most real timestamps
    this.ms -= this.ms % 1000
  }
}

type Input = Record<string, unknown>

const ROLES = ['globalAdmin', 'userAdmin', 'adminAgent', 'salesAgent', 'helpdeskAgent', 'billingAdmin'] as const
const KINDS = ['azure', 'licenseBased', 'addOn', 'softwareSubscription', 'perpetualSoftware', 'reservation'] as const
const REGIONS = ['US', 'US', 'US', 'US', 'BR', 'GB'] as const
const NAMES = ['Contoso', 'Fabrikam', 'Wingtip Toys', 'Tailspin', 'Northwind', 'Adventure Works', 'Litware']
const OFFERS = ['O365-E3', 'O365-E5', 'AZURE-PLAN', 'M365-BP', 'offer-1']
/** When new commerce becomes generally available (NCE-1). */
const NEW_COMMERCE = '2022-01-10T17:00:00.000Z'
const DB_RULES = ['DB-1', 'DB-2', 'DB-3', 'DB-4', 'DB-5', 'DB-6', 'DB-7'] as const
const REVENUE = ['cloudServices', 'azure', 'softwareSubscriptions', 'reservations', 'perpetualSoftware'] as const

/** What every command builder sees: the state, its entities, the generator and the command date. */
class Gen {
  readonly p: Pools
  constructor(
    readonly rng: Rng,
    readonly state: ProgramState,
    readonly at: string,
    readonly ms: number,
  ) {
    this.p = poolsOf(state)
  }

  /** A realistic choice most of the time, something else otherwise. */
  usually(p = 0.85): boolean {
    return this.rng.chance(p)
  }

  pickFrom<A>(items: ReadonlyArray<A>, pred?: (a: A) => boolean): A | undefined {
    if (pred !== undefined && this.usually()) {
      const fit = items.filter(pred)
      if (fit.length > 0) return this.rng.pick(fit)
    }
    return items.length > 0 ? this.rng.pick(items) : undefined
  }

  partner(pred?: (p: Partner) => boolean): Partner | undefined {
    return this.pickFrom(this.p.partners, pred)
  }

  /** A partner tenant ID: an existing partner (preferably one matching `pred`), rarely an unknown or customer tenant. */
  partnerId(pred?: (p: Partner) => boolean): string {
    if (this.rng.chance(0.04)) return this.customerId()
    return this.partner(pred)?.tenantId ?? this.freshTenant()
  }

  customerId(): string {
    if (this.rng.chance(0.03)) return this.freshTenant()
    return this.pickFrom(this.p.customers)?.tenantId ?? this.freshTenant()
  }

  /** A customer of `partner` (reseller relationship), else any customer. */
  customerOf(partner: string): string {
    const own = customersOfPartner(this.state, partner as never)
    return own.length > 0 && this.usually(0.8) ? this.rng.pick(own).tenantId : this.customerId()
  }

  subscription(pred?: (s: Subscription) => boolean): Subscription | undefined {
    return this.pickFrom(this.p.subscriptions, pred)
  }

  freshTenant(): string {
    const id = `${this.rng.hex(8)}-${this.rng.hex(4)}-4${this.rng.hex(3)}-8${this.rng.hex(3)}-${this.rng.hex(12)}`
    // any GUID spelling is accepted and kept in lower case
    return this.rng.chance(0.05) ? id.toUpperCase() : id
  }

  freshSubscription(): string {
    return this.freshTenant()
  }

  freshMpn(): string {
    if (this.rng.chance(0.05)) {
      const p = this.partner()
      if (p !== undefined) return p.mpnId
    }
    return String(this.rng.between(1_000_000, 9_999_999))
  }

  freshInvitation(): string {
    if (this.rng.chance(0.05)) {
      const i = this.pickFrom(this.p.invitations)
      if (i !== undefined) return i.id
    }
    return `inv-${this.rng.hex(6)}`
  }

  name(): string {
    return `${this.rng.pick(NAMES)} ${this.rng.int(1000)}`
  }

  region(near?: Partner): string {
    return near !== undefined && this.usually(0.9) ? near.region : this.rng.pick(REGIONS)
  }

  email(): string | null {
    return this.rng.chance(0.3)
      ? null
      : `ops${this.rng.int(100)}@${this.rng.pick(NAMES).toLowerCase().replace(/ /g, '')}.example`
  }

  day(): string {
    return new Date(this.ms - this.rng.int(900) * DAY).toISOString().slice(0, 10)
  }

  month(): string {
    return new Date(this.ms - (this.usually(0.7) ? this.rng.int(180) : this.rng.int(800)) * DAY)
      .toISOString()
      .slice(0, 7)
  }

  seats(): number {
    return this.rng.weighted<number>([
      [90, this.rng.between(1, 50)],
      [5, this.rng.between(51, 100_000)],
      [5, 2_147_483_647],
    ])
  }

  bool(): boolean {
    return this.rng.chance(0.5)
  }

  /** A user of `tenant`: usually its global admin, sometimes another role, another tenant, Microsoft or a customer admin. */
  actorFor(tenant: string): Input {
    return this.rng.weighted<() => Input>([
      [75, () => ({ kind: 'partnerUser', tenantId: tenant, role: 'globalAdmin' })],
      [10, () => ({ kind: 'partnerUser', tenantId: tenant, role: this.rng.pick(ROLES) })],
      [6, () => ({ kind: 'partnerUser', tenantId: this.partnerId(), role: this.rng.pick(ROLES) })],
      [5, () => ({ kind: 'microsoft' })],
      [4, () => ({ kind: 'customerAdmin', tenantId: this.customerId() })],
    ])()
  }

  /** The program operator: Microsoft, sometimes a partner user. */
  operator(): Input {
    return this.usually(0.9) ? { kind: 'microsoft' } : this.actorFor(this.partnerId())
  }

  line(customer: string, reseller: Partner | undefined, earlier: ReadonlyArray<Input>): Input {
    const kind = this.rng.pick(KINDS)
    let parentId: string | null = null
    if (kind === 'addOn') {
      const licensed = subscriptionsOfCustomer(this.state, customer as never).filter((s) => s.kind === 'licenseBased')
      const earlierLicense = earlier.filter((l) => l.kind === 'licenseBased')
      parentId =
        earlierLicense.length > 0 && this.bool()
          ? (this.rng.pick(earlierLicense).id as string)
          : licensed.length > 0
            ? this.rng.pick(licensed).id
            : this.freshSubscription()
    }
    return {
      id: this.usually(0.95) ? this.freshSubscription() : (this.subscription()?.id ?? this.freshSubscription()),
      kind,
      parentId,
      offerId: this.rng.pick(OFFERS),
      seats: this.seats(),
      autoRenew: this.bool(),
      partnerOfRecord:
        reseller === undefined || this.rng.chance(0.1)
          ? this.rng.chance(0.5)
            ? null
            : this.freshMpn()
          : this.usually(0.9)
            ? reseller.mpnId
            : (reseller.locationMpnIds[this.rng.int(reseller.locationMpnIds.length)] ?? reseller.mpnId),
    }
  }

  lines(customer: string, reseller: Partner | undefined, min: number): ReadonlyArray<Input> {
    const out: Input[] = []
    const n = this.rng.weighted<number>([
      [85, this.rng.between(min, 3)],
      [15, this.rng.between(min, 8)],
    ])
    for (let i = 0; i < n; i++) out.push(this.line(customer, reseller, out))
    return out
  }

  newCustomer(near?: Partner): Input {
    return {
      tenantId: this.freshTenant(),
      companyName: this.name(),
      domain: this.rng.chance(0.5) ? null : `${this.rng.hex(6)}.example`,
      region: this.region(near),
    }
  }
}

const isDirect = (p: Partner) => p.directBill !== null
const isProvider = (p: Partner) => p.indirectProvider
const isReseller = (p: Partner) => p.indirectReseller.status === 'active'

/** A command performed by a partner user for the partner's own tenant. */
const partnerCommand =
  (pred: ((p: Partner) => boolean) | undefined, extra: (g: Gen, partner: string) => Input = () => ({})) =>
  (g: Gen): Input => {
    const partner = g.partnerId(pred)
    return { actor: g.actorFor(partner), at: g.at, partnerTenantId: partner, ...extra(g, partner) }
  }

/** A command performed by Microsoft about a partner. */
const operatorCommand =
  (pred: ((p: Partner) => boolean) | undefined, extra: (g: Gen, partner: string) => Input = () => ({})) =>
  (g: Gen): Input => {
    const partner = g.partnerId(pred)
    return { actor: g.operator(), at: g.at, partnerTenantId: partner, ...extra(g, partner) }
  }

/** A subscription command by the partner billed for the subscription. */
const subscriptionCommand =
  (pred: (s: Subscription) => boolean, extra: (g: Gen) => Input = () => ({})) =>
  (g: Gen): Input => {
    const s = g.subscription(pred)
    const partner = s !== undefined && g.usually(0.9) ? s.billedBy : g.partnerId()
    return {
      actor: g.actorFor(partner),
      at: g.at,
      partnerTenantId: partner,
      subscriptionId: s?.id ?? g.freshSubscription(),
      ...extra(g),
    }
  }

/** A command of an indirect provider on a subscription it is billed for. */
const providerSubscriptionCommand =
  (extra: (g: Gen, s: Subscription | undefined, provider: string) => Input) =>
  (g: Gen): Input => {
    const s = g.subscription((x) => g.p.partners.some((p) => p.tenantId === x.billedBy && p.indirectProvider))
    const provider = s !== undefined && g.usually(0.9) ? s.billedBy : g.partnerId(isProvider)
    return {
      actor: g.actorFor(provider),
      at: g.at,
      providerTenantId: provider,
      subscriptionId: s?.id ?? g.freshSubscription(),
      ...extra(g, s, provider),
    }
  }

/** A reseller of the provider with an active partnership, else any reseller. */
const resellerOf = (g: Gen, provider: string): Partner | undefined => {
  const active = partnershipsOfProvider(g.state, provider as never).filter((x) => x.status === 'active')
  if (active.length > 0 && g.usually()) {
    const id = g.rng.pick(active).resellerTenantId
    return g.p.partners.find((p) => p.tenantId === id)
  }
  return g.partner(isReseller)
}

/** A partnership matching `pred` (or two partners if none). */
const partnershipPair = (g: Gen, pred: (x: Partnership) => boolean): { provider: string; reseller: string } => {
  const x = g.pickFrom(g.p.partnerships, pred)
  if (x !== undefined && g.usually(0.9)) return { provider: x.providerTenantId, reseller: x.resellerTenantId }
  return { provider: g.partnerId(isProvider), reseller: g.partnerId(isReseller) }
}

/** An attestation of a customer's acceptance (MCA-2 … MCA-4): a past day, rarely a future one, and a contact of a small pool (so that MCA-4 repeats occur). */
const attestation = (g: Gen): Input => ({
  dateAgreed: g.usually(0.95) ? g.day() : '2099-01-01',
  contact: {
    firstName: g.rng.pick(['Tania', 'Ravi', 'Mei']),
    lastName: 'Carr',
    email: `contact${g.rng.int(3)}@customer.example`,
    phoneNumber: '1234567890',
  },
})

/** Usually an attestation made while creating a customer, so that later purchases for it may pass MCA-1. */
const withAttestation = (g: Gen): Input => (g.usually(0.8) ? { customerAgreement: attestation(g) } : {})

/** Some Entra role definition IDs for GDAP relationships, Global Administrator among them (GDAP-7, GDAP-10). */
const GDAP_ROLES = [
  '62e90394-69f5-4237-9190-012177145e10',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  'fe930be7-5e62-47db-91af-98c3a49a38b1',
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
]
const gdapRoles = (g: Gen): ReadonlyArray<string> => GDAP_ROLES.filter(() => g.rng.chance(0.4)).concat(GDAP_ROLES[1]!)

/** The administrative tasks of performAdminTask (GDAP-17, GDAP-18). */
const ADMIN_TASKS = [
  'viewUsers',
  'assignLicense',
  'createUser',
  'resetPassword',
  'resetPrivilegedPassword',
  'submitSupportTicket',
]

/** A GDAP relationship of the state (preferably one matching `pred`), if any. */
const gdapRelationship = (g: Gen, pred?: (r: GdapRelationship) => boolean): GdapRelationship | undefined =>
  g.pickFrom(g.p.gdapRelationships, pred)

/** A partner command on a GDAP relationship (GDAP-2 … GDAP-16): usually one the state holds, acted on by its partner. */
const gdapCommand =
  (pred: (r: GdapRelationship) => boolean, extra: (g: Gen, r: GdapRelationship | undefined) => Input = () => ({})) =>
  (g: Gen): Input => {
    const r = gdapRelationship(g, pred)
    const partner = r !== undefined && g.usually() ? r.partnerTenantId : g.partnerId()
    return {
      actor: g.actorFor(partner),
      at: g.at,
      partnerTenantId: partner,
      relationshipId: r !== undefined && g.usually(0.95) ? r.id : `gdap-${g.rng.hex(4)}`,
      ...extra(g, r),
    }
  }

/** An indirect reseller that is active and not deauthorized: one the revenue floor measures (AUTH-1, AUTH-2). */
const isAuthorizedReseller = (p: Partner) => isReseller(p) && !isDeauthorized(p)

/** The month of the year a reseller was authorized in (`MM`), if known. */
const anniversaryOf = (p: Partner | undefined): string | undefined =>
  p === undefined ? undefined : authorizationOf(p).authorizedSince?.slice(5, 7)

/** The reseller's anniversary month on or after the month of the command (the command's month when unknown). */
const nextAnniversaryMonth = (g: Gen, reseller: string): string => {
  const month = g.at.slice(5, 7)
  const anniversary = anniversaryOf(g.p.partners.find((p) => p.tenantId === reseller)) ?? month
  const year = Number(g.at.slice(0, 4)) + (anniversary < month ? 1 : 0)
  return `${year}-${anniversary}`
}

/** When the reseller revenue floor comes into force (AUTH-1). */
const FLOOR = '2024-04-01'

/** Whether `at` falls in an anniversary month of the reseller (AUTH-1). */
const inAnniversaryMonth = (p: Partner, at: string): boolean => anniversaryOf(p) === at.slice(5, 7)

/** Whether a deauthorized reseller was deauthorized a year or more before `at` (AUTH-3). */
const mayBeReauthorized = (p: Partner, at: string): boolean => {
  const on = p.authorization?.status === 'deauthorized' ? p.authorization.deauthorizedOn : null
  return on != null && `${Number(on.slice(0, 4)) + 1}${on.slice(4)}` <= at.slice(0, 10)
}

/** A trailing-twelve-month revenue in USD cents around the USD 1,000 floor (AUTH-1, AUTH-2). */
const revenueCents = (g: Gen, belowFloor: number): number =>
  g.rng.chance(belowFloor)
    ? g.rng.int(100_000)
    : g.rng.weighted<number>([
        [60, 100_000 + g.rng.int(5_000_000)],
        [35, 100_000],
        [5, g.rng.pick([-1, 2 ** 31, Number.MAX_SAFE_INTEGER])],
      ])

/** A command Microsoft runs about an indirect reseller (AUTH-1 … AUTH-4): usually one matching `pred`. */
const resellerStandingCommand =
  (pred: (g: Gen) => (p: Partner) => boolean, extra: (g: Gen, reseller: string) => Input) =>
  (g: Gen): Input => {
    const reseller = g.partnerId(pred(g))
    return { actor: g.operator(), at: g.at, resellerTenantId: reseller, ...extra(g, reseller) }
  }

/** Which of the FY26 authorization facts Microsoft records (AUTH-7): some of them, each met or not. */
const AUTHORIZATION_FACTS = [
  'transactingResellerYear',
  'businessVetting',
  'solutionsPartnerDesignation',
  'securityScore',
  'automatedAssessment',
] as const

const BUILDERS: Record<CommandName, (g: Gen) => Input> = {
  registerPartner: (g) => {
    const tenant = g.usually(0.92) ? g.freshTenant() : g.rng.chance(0.5) ? g.partnerId() : g.customerId()
    const roles = (['directBillPartner', 'indirectReseller', 'indirectProvider'] as const).filter(() =>
      g.rng.chance(0.45),
    )
    const partner: Input = {
      tenantId: tenant,
      mpnId: g.freshMpn(),
      name: g.name(),
      region: g.rng.pick(REGIONS),
      roles: roles.length > 0 || g.rng.chance(0.1) ? roles : ['indirectReseller'],
      primaryContactEmail: g.email(),
      anniversaryDate: g.rng.chance(0.3) ? null : g.day(),
    }
    if (g.rng.chance(0.3)) partner.locationMpnIds = [partner.mpnId, g.freshMpn()]
    const actor = g.usually(0.8)
      ? { kind: 'microsoft' }
      : { kind: 'partnerUser', tenantId: g.usually() ? tenant : g.partnerId(), role: g.rng.pick(ROLES) }
    return { actor, at: g.at, partner }
  },
  signMpa: partnerCommand((p) => p.mpaSignedAt === null),
  updateProfile: partnerCommand(undefined, (g) => {
    const changes: Input = {}
    if (g.rng.chance(0.3)) changes.name = g.name()
    if (g.rng.chance(0.2)) changes.mpnId = g.freshMpn()
    if (g.rng.chance(0.3)) changes.primaryContactEmail = g.email() ?? 'contact@example.com'
    if (g.rng.chance(0.4)) changes.profileCurrent = g.bool()
    if (g.rng.chance(0.3)) changes.anniversaryDate = g.day()
    return { changes }
  }),
  setProgramFlags: operatorCommand(isDirect, (g) => ({
    identifiedForOffboarding: g.bool(),
    transitionEnabled: g.usually(0.7),
  })),
  createCustomer: partnerCommand(
    (p) => p.directBill !== null || p.indirectProvider,
    (g, partner) => ({
      customer: g.newCustomer(g.p.partners.find((p) => p.tenantId === partner)),
      internalUse: g.rng.chance(0.15),
      ...withAttestation(g),
    }),
  ),
  purchaseSubscription: partnerCommand(isDirect, (g, partner) => {
    const customer = g.customerOf(partner)
    const kind = g.rng.pick(KINDS)
    const licensed = subscriptionsOfCustomer(g.state, customer as never).filter((s) => s.kind === 'licenseBased')
    const parentId =
      kind === 'addOn' || g.rng.chance(0.03)
        ? licensed.length > 0 && g.usually()
          ? g.rng.pick(licensed).id
          : (g.subscription()?.id ?? g.freshSubscription())
        : null
    return {
      subscription: {
        id: g.usually(0.95) ? g.freshSubscription() : (g.subscription()?.id ?? g.freshSubscription()),
        customerTenantId: customer,
        kind,
        parentId,
        offerId: g.rng.pick(OFFERS),
        seats: kind === 'azure' ? 1 : g.seats(),
        autoRenew: g.bool(),
        // once new commerce exists, seat-based purchases are mostly new commerce (NCE-1, NCE-3)
        ...((kind === 'licenseBased' || kind === 'addOn') && g.at >= NEW_COMMERCE && g.usually(0.85)
          ? { newCommerce: { termDuration: g.rng.pick(['P1M', 'P1Y', 'P3Y']), billingCycle: 'monthly' } }
          : {}),
      },
    }
  }),
  changeSeats: subscriptionCommand(
    (s) => s.status === 'active',
    (g) => ({ seats: g.seats() }),
  ),
  suspendSubscription: subscriptionCommand((s) => s.status === 'active'),
  cancelSubscription: subscriptionCommand((s) => s.status !== 'cancelled'),
  reactivateSubscription: subscriptionCommand((s) => s.status === 'suspended'),
  setAutoRenew: subscriptionCommand(
    (s) => s.status === 'active' || s.status === 'suspended',
    (g) => ({ autoRenew: g.usually(0.5) }),
  ),
  scheduleNextTermChanges: subscriptionCommand(
    (s) => s.status === 'active',
    (g) => ({
      changes: g.usually(0.5)
        ? {
            offerId: 'offer-1',
            seats: g.seats(),
            termDuration: g.rng.pick(['P1M', 'P1Y', 'P3Y']),
            billingCycle: g.rng.pick(['monthly', 'annual']),
            customTermEndDate: null,
          }
        : null,
    }),
  ),
  changeTerm: subscriptionCommand(
    (s) => s.status === 'active',
    (g) => ({ termDuration: g.rng.pick(['P1M', 'P1Y', 'P3Y']), billingCycle: g.rng.pick(['monthly', 'annual']) }),
  ),
  manageAzureResources: subscriptionCommand(
    (s) => s.kind === 'azure' && s.status === 'active',
    (g) => ({ action: g.rng.pick(['deploy', 'manage']) }),
  ),
  renewSubscription: (g) => {
    const s = g.subscription((x) => x.status === 'active' && x.autoRenew)
    return { actor: g.operator(), at: g.at, subscriptionId: s?.id ?? g.freshSubscription() }
  },
  createIntegrationSandbox: partnerCommand(
    (p) => p.directBill !== null && p.sandboxTenantId === null,
    (g) => ({ sandboxTenantId: g.usually(0.95) ? g.freshTenant() : g.customerId() }),
  ),
  enrollIndirect: partnerCommand(
    (p) => p.directBill !== null && p.indirectReseller.status === 'none',
    (g) => ({ confirmsAuthorization: g.usually(0.95) }),
  ),
  approveIndirectEnrollment: operatorCommand((p) => p.indirectReseller.status === 'pending'),
  acceptIndirectResellerAgreement: partnerCommand((p) => p.indirectReseller.status === 'approved'),
  withdrawIndirectEnrollment: partnerCommand(
    (p) => p.indirectReseller.status === 'pending' || p.indirectReseller.status === 'approved',
  ),
  enrollIncentive: partnerCommand(undefined, (g) => ({ program: g.rng.pick(['indirectReseller', 'directBill']) })),
  restrictDirectBill: operatorCommand(
    (p) => p.directBill?.status === 'active',
    (g) => ({ unmetRequirements: DB_RULES.filter(() => g.rng.chance(0.25)) }),
  ),
  inviteCustomer: (g) => {
    const issuer = g.partner((p) => p.directBill !== null || isReseller(p))
    const partner = issuer?.tenantId ?? g.partnerId()
    const indirect = issuer !== undefined && isReseller(issuer) && (issuer.directBill === null || g.bool())
    const providers = partnershipsOfReseller(g.state, partner as never).filter((x) => x.status === 'active')
    const existing = g.rng.chance(0.6)
    const customer = existing ? g.customerId() : g.freshTenant()
    return {
      actor: g.actorFor(partner),
      at: g.at,
      partnerTenantId: partner,
      invitationId: g.freshInvitation(),
      kind: indirect ? 'indirectReseller' : 'directReseller',
      indirectProviderTenantId: indirect
        ? providers.length > 0 && g.usually()
          ? g.rng.pick(providers).providerTenantId
          : g.partnerId((x) => isProvider(x) && x.region === issuer?.region)
        : g.rng.chance(0.05)
          ? g.partnerId(isProvider)
          : null,
      customerTenantId: customer,
      newCustomer: existing && g.usually() ? null : { companyName: g.name(), domain: null, region: g.region(issuer) },
      delegatedAdmin: g.usually(0.7),
    }
  },
  acceptCustomerInvitation: (g) => {
    const invitation = g.pickFrom(g.p.invitations, (i) => i.acceptedAt === null)
    const customer = invitation !== undefined && g.usually(0.9) ? invitation.customerTenantId : g.customerId()
    return {
      actor: g.usually(0.9)
        ? { kind: 'customerAdmin', tenantId: customer }
        : g.actorFor(invitation?.partnerTenantId ?? g.partnerId()),
      at: g.at,
      invitationId: invitation?.id ?? g.freshInvitation(),
    }
  },
  requestPartnership: (g) => {
    const provider = g.partnerId(isProvider)
    const region = g.p.partners.find((x) => x.tenantId === provider)?.region
    const reseller = g.partnerId((x) => isReseller(x) && x.region === region)
    return { actor: g.actorFor(provider), at: g.at, providerTenantId: provider, resellerTenantId: reseller }
  },
  acceptPartnership: (g) => {
    const { provider, reseller } = partnershipPair(g, (x) => x.status === 'requested')
    return { actor: g.actorFor(reseller), at: g.at, providerTenantId: provider, resellerTenantId: reseller }
  },
  declinePartnership: (g) => {
    const { provider, reseller } = partnershipPair(g, (x) => x.status === 'requested')
    return { actor: g.actorFor(reseller), at: g.at, providerTenantId: provider, resellerTenantId: reseller }
  },
  withdrawPartnershipRequest: (g) => {
    const { provider, reseller } = partnershipPair(g, (x) => x.status === 'requested')
    return { actor: g.actorFor(provider), at: g.at, providerTenantId: provider, resellerTenantId: reseller }
  },
  grantAzureTenantOwner: (g) => {
    const provider = g.partnerId(
      (x) => isProvider(x) && partnershipsOfProvider(g.state, x.tenantId).some((y) => y.status === 'active'),
    )
    const reseller = resellerOf(g, provider)
    const served =
      reseller === undefined ? [] : customersOfProviderByReseller(g.state, provider as never, reseller.tenantId)
    return {
      actor: g.actorFor(provider),
      at: g.at,
      providerTenantId: provider,
      customerTenantId: served.length > 0 && g.usually() ? g.rng.pick(served).tenantId : g.customerOf(provider),
      resellerTenantId: reseller?.tenantId ?? g.partnerId(),
    }
  },
  placeOrder: (g) => {
    const provider = g.partnerId(
      (x) => isProvider(x) && partnershipsOfProvider(g.state, x.tenantId).some((y) => y.status === 'active'),
    )
    const forReseller = g.usually(0.75)
    const reseller = forReseller ? resellerOf(g, provider) : undefined
    const served =
      reseller === undefined ? [] : customersOfProviderByReseller(g.state, provider as never, reseller.tenantId)
    const customer = served.length > 0 && g.usually() ? g.rng.pick(served).tenantId : g.customerOf(provider)
    return {
      actor: g.actorFor(provider),
      at: g.at,
      providerTenantId: provider,
      customerTenantId: customer,
      resellerTenantId: forReseller ? (reseller?.tenantId ?? g.partnerId()) : null,
      lines: g.lines(customer, reseller, 1),
    }
  },
  createCustomerForReseller: (g) => {
    const provider = g.partnerId(
      (x) => isProvider(x) && partnershipsOfProvider(g.state, x.tenantId).some((y) => y.status === 'active'),
    )
    const reseller = resellerOf(g, provider)
    const customer = g.newCustomer(g.p.partners.find((p) => p.tenantId === provider))
    return {
      actor: g.actorFor(provider),
      at: g.at,
      providerTenantId: provider,
      resellerTenantId: reseller?.tenantId ?? g.partnerId(),
      customer,
      adminCredentials: { userName: `admin@${g.rng.hex(6)}.example`, password: `Temp-${g.rng.hex(8)}` },
      lines: g.lines(customer.tenantId as string, reseller, 0),
      ...withAttestation(g),
    }
  },
  removePartnership: (g) => {
    const { provider, reseller } = partnershipPair(g, (x) => x.status !== 'removed')
    return {
      actor: g.actorFor(provider),
      at: g.at,
      providerTenantId: provider,
      resellerTenantId: reseller,
      acknowledgeTerms: g.usually(0.9),
    }
  },
  recordAffiliation: partnerCommand(undefined, (g) => ({
    affiliatedTenantId: g.rng.chance(0.7) ? g.customerId() : g.partnerId(),
  })),
  addLicenses: providerSubscriptionCommand((g) => ({ additionalSeats: g.seats() })),
  upgradeSubscription: providerSubscriptionCommand((g) => ({ offerId: g.rng.pick(OFFERS) })),
  associateResellerWithSubscription: providerSubscriptionCommand((g, _s, provider) => ({
    resellerTenantId: resellerOf(g, provider)?.tenantId ?? g.partnerId(),
  })),
  designateSupportContact: providerSubscriptionCommand((g, _s, provider) => ({
    resellerTenantId: resellerOf(g, provider)?.tenantId ?? g.partnerId(),
  })),
  recordMpnMembership: operatorCommand(undefined, (g) => ({ active: g.usually(0.8) })),
  recordRevenue: operatorCommand(
    (p) => p.directBillApplication !== null,
    (g) => ({
      month: g.month(),
      category: g.rng.pick(REVENUE),
      amountUsd: g.rng.weighted<string>([
        [80, `${g.rng.int(400_000)}.${String(g.rng.int(100)).padStart(2, '0')}`],
        [10, String(g.rng.int(10_000))],
        [5, `-${g.rng.int(1000)}.5`],
        [5, '9999999999999.99'],
      ]),
    }),
  ),
  applyForDirectBill: partnerCommand(
    (p) => p.directBillApplication === null,
    (g) => ({
      declarations: {
        firstLevelSupport: g.usually(0.9),
        customerAccountingInfrastructure: g.usually(0.9),
        managedServices: g.usually(0.9),
      },
    }),
  ),
  recordCreditCheck: operatorCommand(
    (p) => p.directBillApplication?.status === 'pending',
    (g) => ({ passed: g.usually(0.8) }),
  ),
  requestDirectBillInformation: operatorCommand(
    (p) => p.directBillApplication?.status === 'pending' || p.directBillApplication?.status === 'creditCheckPassed',
    (g) => ({ information: g.rng.pick(['Invoices of the largest customers', 'Revenue by month']) }),
  ),
  buySupportPlan: partnerCommand(
    (p) => p.supportPlan === null && p.directBillApplication !== null,
    (g) => ({ plan: g.rng.pick(['advancedSupportForPartners', 'premierSupportForPartners']) }),
  ),
  completeDirectBillReview: operatorCommand((p) => p.directBillApplication?.status === 'creditCheckPassed'),
  attestCustomerAgreement: partnerCommand(undefined, (g, partner) => ({
    customerTenantId: g.customerOf(partner),
    agreement: attestation(g),
  })),
  recordCustomerAcceptance: (g) => {
    const customer = g.customerId()
    return {
      actor: g.usually(0.85) ? { kind: 'customerAdmin', tenantId: customer } : g.actorFor(g.partnerId()),
      at: g.at,
      customerTenantId: customer,
    }
  },
  createGdapRelationship: (g) => {
    const reseller = g.rng.chance(0.3) ? partnershipPair(g, (x) => x.status === 'active') : undefined
    const partner = reseller?.provider ?? g.partnerId()
    return {
      actor: g.actorFor(partner),
      at: g.at,
      partnerTenantId: partner,
      relationshipId: `gdap-${g.rng.hex(4)}`,
      displayName: g.usually(0.95) ? g.name() : 'x'.repeat(51),
      customerTenantId: g.rng.chance(0.2) ? null : g.customerOf(partner),
      durationDays: g.rng.pick([1, 90, 365, 730, 731, 0]),
      autoExtendDays: g.rng.pick([0, 0, 180, 90]),
      roles: gdapRoles(g),
      forResellerTenantId: reseller === undefined ? null : reseller.reseller,
    }
  },
  updateGdapRelationship: gdapCommand(
    (r) => r.status === 'created' || r.status === 'active',
    (g, r) => ({
      changes: g.rng.pick([
        { displayName: g.name() },
        { durationDays: g.rng.pick([30, 730, 800]) },
        { autoExtendDays: g.rng.pick([0, 180]) },
        { roles: (r?.roles ?? GDAP_ROLES).filter((x) => x !== GDAP_ROLES[0]) },
        { customerTenantId: g.customerId() },
      ]),
    }),
  ),
  deleteGdapRelationship: gdapCommand((r) => r.status === 'created'),
  lockGdapRelationshipForApproval: gdapCommand((r) => r.status === 'created'),
  approveGdapRelationship: (g) => {
    const r = gdapRelationship(g, (x) => x.status === 'approvalPending')
    const customer = r?.customerTenantId ?? g.customerId()
    return {
      actor: g.usually() ? { kind: 'customerAdmin', tenantId: customer } : g.actorFor(g.partnerId()),
      at: g.at,
      customerTenantId: customer,
      relationshipId: r?.id ?? `gdap-${g.rng.hex(4)}`,
    }
  },
  terminateGdapRelationship: (g) => {
    const r = gdapRelationship(g, (x) => x.status === 'active')
    const customer = r?.customerTenantId ?? g.customerId()
    return {
      actor: g.bool() ? { kind: 'customerAdmin', tenantId: customer } : g.actorFor(r?.partnerTenantId ?? g.partnerId()),
      at: g.at,
      relationshipId: r?.id ?? `gdap-${g.rng.hex(4)}`,
    }
  },
  createGdapAccessAssignment: gdapCommand(
    (r) => r.status === 'active',
    (g) => ({ assignmentId: `group-${g.rng.int(4)}`, securityGroupId: g.freshTenant(), roles: gdapRoles(g) }),
  ),
  deleteGdapAccessAssignment: gdapCommand(
    (r) => r.accessAssignments.length > 0,
    (g, r) => ({ assignmentId: r?.accessAssignments[0]?.id ?? `group-${g.rng.int(4)}` }),
  ),
  approveResellerGdapRelationship: gdapCommand((r) => r.partnerConsentPending),
  rejectResellerGdapRelationship: gdapCommand((r) => r.partnerConsentPending),
  performAdminTask: partnerCommand(undefined, (g, partner) => {
    const customer = g.customerOf(partner)
    // usually a security group holding an assignment of one of the partner's relationships with the customer
    const groups = entitiesOf(g.state, 'gdapRelationships')
      .filter((r) => r.partnerTenantId === partner && r.customerTenantId === customer)
      .flatMap((r) => r.accessAssignments.map((a) => a.securityGroupId))
    return {
      customerTenantId: customer,
      task: g.rng.pick(ADMIN_TASKS),
      securityGroupId:
        groups.length > 0 && g.usually(0.7) ? g.rng.pick(groups) : g.rng.chance(0.5) ? null : g.freshTenant(),
    }
  }),
  transitionDapToGdap: operatorCommand(undefined, (g, partner) => ({
    customerTenantId: g.customerOf(partner),
    adminAgentsGroupId: g.rng.chance(0.6) ? g.freshTenant() : null,
    helpdeskAgentsGroupId: g.rng.chance(0.4) ? g.freshTenant() : null,
  })),
  terminateInactiveDap: operatorCommand(undefined, (g, partner) => ({
    customerTenantId: g.customerOf(partner),
    lastUsedAt: g.rng.chance(0.3) ? null : `${g.day()}T00:00:00.000Z`,
  })),
  // usually the standing switched: a suspended account reinstated, or one in good standing suspended
  recordPartnerStanding: operatorCommand(undefined, (g, partner) => {
    const p = g.p.partners.find((x) => x.tenantId === partner)
    return { accountSuspended: g.usually(0.9) ? p === undefined || !isSuspended(p) : g.bool() }
  }),
  // usually a reseller in its anniversary month
  assessResellerRevenue: resellerStandingCommand(
    (g) => (p) => isAuthorizedReseller(p) && inAnniversaryMonth(p, g.at),
    (g) => ({
      anniversaryMonth: g.usually(0.9) ? g.at.slice(0, 7) : g.month(),
      trailingTwelveMonthRevenueCents: revenueCents(g, 0.5),
    }),
  ),
  // the notice due for the reseller's next anniversary month: usually below the floor
  noticeResellerRevenueFloor: resellerStandingCommand(
    () => isAuthorizedReseller,
    (g, reseller) => {
      const anniversaryMonth = g.usually(0.9) ? nextAnniversaryMonth(g, reseller) : g.month()
      return {
        anniversaryMonth,
        trailingTwelveMonthRevenueCents: revenueCents(g, 0.85),
        notice:
          anniversaryMonth === g.at.slice(0, 7)
            ? g.usually()
              ? 'enforcement'
              : 'warning'
            : g.usually()
              ? 'warning'
              : 'enforcement',
      }
    },
  ),
  // usually a reseller deauthorized a year ago or more
  reauthorizeReseller: resellerStandingCommand(
    (g) => (p) => mayBeReauthorized(p, g.at),
    () => ({}),
  ),
  recordAuthorizationFacts: operatorCommand(undefined, (g) => ({
    facts: Object.fromEntries(AUTHORIZATION_FACTS.filter(() => g.bool()).map((f) => [f, g.usually(0.7)])),
  })),
  assessDistributorAuthorization: (g) => ({ actor: g.operator(), at: g.at, providerTenantId: g.partnerId(isProvider) }),
}

/** How often each command is drawn: the ones that grow a world more often while it is small, the next step of a process more often when some entity awaits it. */
const weightsFor = (p: Pools, at: string): ReadonlyArray<readonly [number, CommandName]> => {
  const awaits = (yes: boolean, high: number) => (yes ? high : 0.3)
  const partner = (f: (x: Partner) => boolean) => p.partners.some(f)
  const gdap = (f: (x: GdapRelationship) => boolean) => p.gdapRelationships.some(f)
  return COMMAND_NAMES.map((name): readonly [number, CommandName] => {
    switch (name) {
      case 'registerPartner':
        return [p.partners.length < 3 ? 40 : p.partners.length < 8 ? 3 : 0.5, name]
      case 'signMpa':
        return [
          awaits(
            partner((x) => x.mpaSignedAt === null),
            4,
          ),
          name,
        ]
      case 'createCustomer':
        return [p.customers.length < 4 ? 8 : 2, name]
      case 'purchaseSubscription':
      case 'placeOrder':
        return [5, name]
      case 'attestCustomerAgreement':
        return [3, name]
      case 'createCustomerForReseller':
      case 'requestPartnership':
      case 'inviteCustomer':
        return [3, name]
      case 'acceptPartnership':
        return [
          awaits(
            p.partnerships.some((x) => x.status === 'requested'),
            4,
          ),
          name,
        ]
      case 'acceptCustomerInvitation':
        return [
          awaits(
            p.invitations.some((x) => x.acceptedAt === null),
            4,
          ),
          name,
        ]
      case 'approveIndirectEnrollment':
        return [
          awaits(
            partner((x) => x.indirectReseller.status === 'pending'),
            3,
          ),
          name,
        ]
      case 'acceptIndirectResellerAgreement':
        return [
          awaits(
            partner((x) => x.indirectReseller.status === 'approved'),
            3,
          ),
          name,
        ]
      case 'recordCreditCheck':
        return [
          awaits(
            partner((x) => x.directBillApplication?.status === 'pending'),
            3,
          ),
          name,
        ]
      case 'completeDirectBillReview':
        return [
          awaits(
            partner((x) => x.directBillApplication?.status === 'creditCheckPassed'),
            3,
          ),
          name,
        ]
      case 'buySupportPlan':
        return [
          awaits(
            partner((x) => x.directBillApplication !== null && x.supportPlan === null),
            2,
          ),
          name,
        ]
      case 'createGdapRelationship':
        return [3, name]
      case 'lockGdapRelationshipForApproval':
      case 'updateGdapRelationship':
        return [
          awaits(
            gdap((r) => r.status === 'created'),
            3,
          ),
          name,
        ]
      case 'approveGdapRelationship':
        return [
          awaits(
            gdap((r) => r.status === 'approvalPending' && !r.partnerConsentPending),
            4,
          ),
          name,
        ]
      case 'approveResellerGdapRelationship':
      case 'rejectResellerGdapRelationship':
        return [
          awaits(
            gdap((r) => r.partnerConsentPending && r.status === 'approvalPending'),
            4,
          ),
          name,
        ]
      case 'createGdapAccessAssignment':
      case 'terminateGdapRelationship':
        return [
          awaits(
            gdap((r) => r.status === 'active'),
            3,
          ),
          name,
        ]
      case 'recordRevenue':
        return [2, name]
      // the revenue floor measures from 2024-04-01, in the anniversary month of a reseller
      case 'assessResellerRevenue':
        return [awaits(at >= FLOOR && partner((x) => isAuthorizedReseller(x) && inAnniversaryMonth(x, at)), 8), name]
      case 'reauthorizeReseller':
        return [
          awaits(
            partner((x) => mayBeReauthorized(x, at)),
            8,
          ),
          name,
        ]
      case 'recordPartnerStanding':
        return [0.6, name]
      case 'restrictDirectBill':
        return [0.4, name]
      case 'withdrawIndirectEnrollment':
        return [0.8, name]
      default:
        return [1.5, name]
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Adversarial changes

const UNKNOWN_NAMES: ReadonlyArray<unknown> = [
  'registerpartner',
  'RegisterPartner',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  'x'.repeat(10_000),
  'signMpa\u0000',
  '\u202EsignMpa',
  42,
  null,
  ['signMpa'],
  { name: 'signMpa' },
]

const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'ruleSets']

const hostilePool = (): ReadonlyArray<HostileValue> => [
  ...HOSTILE_NUMBERS,
  ...HOSTILE_STRINGS,
  ...HOSTILE_DATES,
  { name: '10,000-deep array', value: deepValue('array'), json: true },
  { name: '10,000-deep object', value: deepValue('object'), json: true },
  { name: 'own __proto__ key', value: JSON.parse('{"__proto__":{"polluted":true}}'), json: true },
  { name: 'own constructor key', value: JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'), json: true },
  { name: 'null', value: null, json: true },
  { name: 'undefined', value: undefined, json: false },
  { name: 'empty array', value: [], json: true },
  { name: 'empty object', value: {}, json: true },
  { name: 'boolean', value: true, json: true },
  { name: 'wide list', value: Array.from({ length: 10_000 }, (_, i) => i), json: true },
]
let HOSTILE: ReadonlyArray<HostileValue> | undefined

/** A random container (object or array) of the input tree, with the path to it. */
const containers = (root: unknown): Array<{ node: Input | unknown[]; path: string }> => {
  const out: Array<{ node: Input | unknown[]; path: string }> = []
  const walk = (v: unknown, path: string, depth: number) => {
    if (typeof v !== 'object' || v === null || depth > 4) return
    out.push({ node: v as Input, path })
    for (const key of Object.keys(v)) walk((v as Input)[key], `${path}.${key}`, depth + 1)
  }
  walk(root, 'input', 0)
  return out
}

/** Applies one adversarial change to a freshly built (not yet frozen) input; returns the new input and a note. */
const corrupt = (g: Gen, input: Input): { input: unknown; note: string } => {
  const rng = g.rng
  HOSTILE ??= hostilePool()
  const hostile = rng.pick(HOSTILE)
  const kind = rng.weighted<string>([
    [30, 'replaceLeaf'],
    [15, 'extraField'],
    [15, 'dropField'],
    [10, 'ruleSet'],
    [10, 'hostileAt'],
    [8, 'negativeSeats'],
    [7, 'hostileId'],
    [5, 'wholeInput'],
  ])
  const targets = containers(input)
  const target = rng.pick(targets)
  const keys = Object.keys(target.node)
  switch (kind) {
    case 'replaceLeaf': {
      if (keys.length === 0) break
      const key = rng.pick(keys)
      setOwn(target.node, key, hostile.value)
      return { input, note: `${target.path}.${key} = ${hostile.name}` }
    }
    case 'extraField': {
      const key = rng.pick(EXTRA_KEYS)
      if (Array.isArray(target.node)) {
        target.node.push(hostile.value)
        return { input, note: `${target.path} gets an extra item ${hostile.name}` }
      }
      setOwn(target.node, key, rng.chance(0.5) ? hostile.value : 'x')
      return { input, note: `${target.path} gets an extra field ${JSON.stringify(key)}` }
    }
    case 'dropField': {
      if (keys.length === 0 || Array.isArray(target.node)) break
      const key = rng.pick(keys)
      delete (target.node as Input)[key]
      return { input, note: `${target.path}.${key} dropped` }
    }
    case 'ruleSet': {
      const id = rng.chance(0.85) ? rng.pick(RULE_SETS).id : rng.pick(['2021-01-01', '', '2018-12-18 ', 'latest'])
      setOwn(input, 'ruleSet', id)
      return { input, note: `input.ruleSet = ${JSON.stringify(id)}` }
    }
    case 'hostileAt': {
      const date = rng.pick(HOSTILE_DATES)
      setOwn(input, 'at', date.value)
      return { input, note: `input.at = ${date.name}` }
    }
    case 'negativeSeats': {
      for (const c of targets)
        for (const key of ['seats', 'additionalSeats'])
          if (Object.prototype.hasOwnProperty.call(c.node, key)) {
            const n = rng.pick([-1, -3.5, 0, -(2 ** 31), 2 ** 31, 1.5, 2 ** 53 + 1])
            setOwn(c.node, key, n)
            return { input, note: `${c.path}.${key} = ${n}` }
          }
      break
    }
    case 'hostileId': {
      const idKeys = keys.filter((k) => /TenantId$|^invitationId$|^subscriptionId$|^id$|Email$|^email$/.test(k))
      if (idKeys.length === 0) break
      const key = rng.pick(idKeys)
      const value = target.node as Input
      const original = String(value[key])
      const s = rng.pick([
        `${original}\u0000`,
        `\u202E${original}`,
        `${original.slice(0, 3)}\u200B${original.slice(3)}`,
        `${original}\uD800`,
        ` ${original}`,
        original.toUpperCase(),
        `${original}\u001b[0m`,
      ])
      setOwn(value, key, s)
      return { input, note: `${target.path}.${key} made hostile` }
    }
    case 'wholeInput':
      return { input: hostile.value, note: `input = ${hostile.name}` }
  }
  const key = rng.pick(EXTRA_KEYS)
  setOwn(input, key, hostile.value)
  return { input, note: `input gets an extra field ${JSON.stringify(key)} = ${hostile.name}` }
}

/** A command object that is not a well-formed command: an unknown name, extra fields, no input, not an object. */
const badEnvelope = (g: Gen, name: CommandName, input: unknown): Generated => {
  const rng = g.rng
  switch (rng.int(5)) {
    case 0: {
      const command = rng.pick(UNKNOWN_NAMES)
      return { value: { command, input }, note: 'unknown command name' }
    }
    case 1: {
      const value: Input = { command: name, input }
      const key = rng.pick(EXTRA_KEYS)
      setOwn(value, key, 1)
      return { value, note: `command object gets an extra field ${JSON.stringify(key)}` }
    }
    case 2:
      return { value: { command: name }, note: 'command object without input' }
    case 3:
      return { value: rng.pick([null, [], 'signMpa', 7, [name, input]]), note: 'command is not an object' }
    default:
      return {
        value: JSON.parse(`{"__proto__":{"command":"${name}"},"input":{}}`),
        note: 'command name only in __proto__',
      }
  }
}

/** The share of adversarial commands. */
export const ADVERSARIAL_RATE = 0.15

/** Builds the next command for `state` at the clock's date. */
export const generate = (rng: Rng, state: ProgramState, clock: Clock): Generated => {
  clock.advance(rng)
  const date = new Date(clock.ms).toISOString()
  // other spellings of the same instant are accepted and normalized
  const at = rng.weighted<string>([
    [88, date],
    [4, date.replace('.000Z', 'Z')],
    [3, date.replace('.000Z', '+00:00')],
    [2, date.replace('.000Z', '-00:00')],
    [3, date.replace('.000Z', '.000000000Z')],
  ])
  const g = new Gen(rng, state, at, clock.ms)
  const name = rng.weighted(weightsFor(g.p, at))
  const input = BUILDERS[name](g)
  if (rng.chance(0.01)) return badEnvelope(g, name, input)
  if (rng.chance(ADVERSARIAL_RATE)) {
    const bad = corrupt(g, input)
    return { value: { command: name, input: bad.input }, note: `adversarial: ${bad.note}` }
  }
  return { value: { command: name, input }, note: 'realistic' }
}
