/**
 * fast-check arbitraries: random runs of commands over a small world, mixing commands that are
 * accepted and commands that break rules.
 */
import fc from 'fast-check'
import { addDays } from 'date-fns'
import {
  invitationId,
  isoDateTime,
  type Actor,
  type ProgramCommand,
  type SubscriptionKind,
  type TenantId,
} from '../../src/index.js'
import { ids, subs } from './index.js'

const partners = [ids.direct, ids.provider, ids.reseller, ids.providerBr] as const
const customers = [ids.customer, ids.customer2, ids.customerBr, ids.internal] as const
const subscriptionIds = [subs.license, subs.azure, subs.addOn, subs.next] as const
const invitations = [invitationId('inv-a'), invitationId('inv-b')] as const
const kinds: ReadonlyArray<SubscriptionKind> = [
  'azure',
  'licenseBased',
  'addOn',
  'softwareSubscription',
  'perpetualSoftware',
  'reservation',
]

const partner = fc.constantFrom(...partners)
const customer = fc.constantFrom(...customers)

const actorFor = (tenant: TenantId): fc.Arbitrary<Actor> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant<Actor>({ kind: 'partnerUser', tenantId: tenant, role: 'globalAdmin' }) },
    { weight: 1, arbitrary: fc.constant<Actor>({ kind: 'partnerUser', tenantId: tenant, role: 'helpdeskAgent' }) },
    { weight: 1, arbitrary: partner.map<Actor>((p) => ({ kind: 'partnerUser', tenantId: p, role: 'globalAdmin' })) },
  )

type Template = (at: ReturnType<typeof isoDateTime>) => fc.Arbitrary<ProgramCommand>

const partnerCommand =
  <N extends ProgramCommand['command']>(
    command: N,
    extra: fc.Arbitrary<Record<string, unknown>> = fc.constant({}),
  ): Template =>
  (at) =>
    fc
      .tuple(partner, extra)
      .chain(([p, x]) =>
        actorFor(p).map(
          (actor) => ({ command, input: { actor, at, partnerTenantId: p, ...x } }) as unknown as ProgramCommand,
        ),
      )

const operatorCommand =
  <N extends ProgramCommand['command']>(
    command: N,
    extra: fc.Arbitrary<Record<string, unknown>> = fc.constant({}),
  ): Template =>
  (at) =>
    fc.tuple(partner, extra).map(
      ([p, x]) =>
        ({
          command,
          input: { actor: { kind: 'microsoft' }, at, partnerTenantId: p, ...x },
        }) as unknown as ProgramCommand,
    )

/** A partnership command between two random partners, by a user of the provider or of the reseller. */
const partnershipCommand =
  (command: 'requestPartnership' | 'acceptPartnership', by: 'provider' | 'reseller'): Template =>
  (at) =>
    fc
      .tuple(partner, partner)
      .chain(([p, r]) =>
        actorFor(by === 'provider' ? p : r).map(
          (actor) => ({ command, input: { actor, at, providerTenantId: p, resellerTenantId: r } }) as ProgramCommand,
        ),
      )

const templates: ReadonlyArray<Template> = [
  partnerCommand('signMpa'),
  partnerCommand(
    'createCustomer',
    fc.record({
      customer: customer.map((c) => ({
        tenantId: c,
        companyName: 'C',
        domain: null,
        region: c === ids.customerBr ? 'BR' : 'US',
      })),
      internalUse: fc.boolean(),
    }),
  ),
  partnerCommand(
    'purchaseSubscription',
    fc.record({
      subscription: fc.record({
        id: fc.constantFrom(...subscriptionIds),
        customerTenantId: customer,
        kind: fc.constantFrom(...kinds),
        parentId: fc.option(fc.constantFrom(...subscriptionIds), { nil: null }),
        offerId: fc.constant('offer'),
        seats: fc.integer({ min: 1, max: 50 }),
        autoRenew: fc.boolean(),
      }),
    }),
  ),
  partnerCommand(
    'purchaseSubscription',
    fc.record({
      subscription: fc.record({
        id: fc.constantFrom(...subscriptionIds),
        customerTenantId: customer,
        kind: fc.constant('licenseBased'),
        parentId: fc.constant(null),
        offerId: fc.constant('offer'),
        seats: fc.integer({ min: 1, max: 50 }),
        autoRenew: fc.constant(true),
      }),
    }),
  ),
  partnerCommand(
    'changeSeats',
    fc.record({ subscriptionId: fc.constantFrom(...subscriptionIds), seats: fc.integer({ min: 1, max: 50 }) }),
  ),
  partnerCommand('suspendSubscription', fc.record({ subscriptionId: fc.constantFrom(...subscriptionIds) })),
  partnerCommand('cancelSubscription', fc.record({ subscriptionId: fc.constantFrom(...subscriptionIds) })),
  partnerCommand(
    'createIntegrationSandbox',
    fc.record({ sandboxTenantId: fc.constantFrom(ids.sandbox, ids.stranger) }),
  ),
  partnerCommand('enrollIndirect', fc.record({ confirmsAuthorization: fc.boolean() })),
  operatorCommand('approveIndirectEnrollment'),
  partnerCommand('acceptIndirectResellerAgreement'),
  partnerCommand('withdrawIndirectEnrollment'),
  operatorCommand(
    'setProgramFlags',
    fc.record({ identifiedForOffboarding: fc.boolean(), transitionEnabled: fc.boolean() }),
  ),
  partnerCommand('enrollIncentive', fc.record({ program: fc.constantFrom('indirectReseller', 'directBill') })),
  operatorCommand('restrictDirectBill', fc.record({ unmetRequirements: fc.subarray(['DB-3', 'DB-5'] as const) })),
  partnerCommand(
    'updateProfile',
    fc.record({ changes: fc.record({ profileCurrent: fc.boolean() }, { requiredKeys: [] }) }),
  ),
  partnerCommand(
    'inviteCustomer',
    fc.record({
      invitationId: fc.constantFrom(...invitations),
      kind: fc.constantFrom('directReseller', 'indirectReseller'),
      indirectProviderTenantId: fc.option(fc.constantFrom(ids.provider, ids.providerBr), { nil: null }),
      customerTenantId: customer,
      newCustomer: fc.constant({ companyName: 'New', domain: null, region: 'US' }),
      delegatedAdmin: fc.boolean(),
    }),
  ),
  // the transition path of the direct bill partner, by its global admin, so that runs reach it often
  (at) =>
    fc.constant({
      command: 'enrollIndirect',
      input: {
        actor: { kind: 'partnerUser', tenantId: ids.direct, role: 'globalAdmin' },
        at,
        partnerTenantId: ids.direct,
        confirmsAuthorization: true,
      },
    } as ProgramCommand),
  (at) =>
    fc.constant({
      command: 'approveIndirectEnrollment',
      input: { actor: { kind: 'microsoft' }, at, partnerTenantId: ids.direct },
    } as ProgramCommand),
  (at) =>
    fc.constant({
      command: 'acceptIndirectResellerAgreement',
      input: {
        actor: { kind: 'partnerUser', tenantId: ids.direct, role: 'globalAdmin' },
        at,
        partnerTenantId: ids.direct,
      },
    } as ProgramCommand),
  (at) =>
    fc.tuple(customer, fc.constantFrom(...invitations)).map(
      ([c, i]) =>
        ({
          command: 'acceptCustomerInvitation',
          input: { actor: { kind: 'customerAdmin', tenantId: c }, at, invitationId: i },
        }) as ProgramCommand,
    ),
  partnershipCommand('requestPartnership', 'provider'),
  partnershipCommand('acceptPartnership', 'reseller'),
]

/** A run of 1 to `max` commands with dates that move forward from December 2018 over about three years. */
export const commandRun = (max = 40, min = 1): fc.Arbitrary<ReadonlyArray<ProgramCommand>> =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: templates.length - 1 }), fc.integer({ min: 0, max: 40 })), {
      minLength: min,
      maxLength: max,
    })
    .chain((plan) => {
      let day = new Date('2018-12-20T10:00:00Z')
      const steps = plan.map(([template, gap]) => {
        day = addDays(day, gap)
        return (templates[template] as Template)(isoDateTime(day.toISOString()))
      })
      return fc.tuple(...steps)
    })
