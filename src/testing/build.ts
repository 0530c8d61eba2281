/**
 * How the testing kit's worlds are built: steps, each a command at an instant, run from the empty
 * state (or from another world) with the library's own commands.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import type { CommandResult } from '../commands/contract.js'
import { registerPartner } from '../commands/partner/registerPartner.js'
import { signMpa } from '../commands/partner/signMpa.js'
import type { DomainEvent } from '../events/events.js'
import { email, isoDate, isoDateTime, region, type IsoDateTime, type MpnId, type TenantId } from '../kernel/ids.js'
import type { AgreementAttestation } from '../model/customerAgreement.js'
import { partnerUser } from '../model/actor.js'
import type { PartnerRole } from '../model/partner.js'
import { emptyState, type ProgramState } from '../model/state.js'
import { CspAssertionError, showFinding } from './expectations.js'

/**
 * A world: its state, the IDs of what it holds (by role), the events that built it from the empty
 * state (`given(world.events)` replays them) and its present, the instant of its last command (run
 * the commands under test after it).
 *
 * @example
 * ```ts
 * import { directBillWorld, type DirectBillIds, type World } from 'csp-channel/testing'
 *
 * const { state, ids, events, now }: World<DirectBillIds> = directBillWorld()
 * ```
 *
 * @category testing
 * @since 0.2.0
 */
export interface World<Ids> {
  readonly state: ProgramState
  readonly ids: Ids
  readonly events: ReadonlyArray<DomainEvent>
  readonly now: IsoDateTime
}

/** One step of a world: the day it runs on (at 09:00 UTC) and the command it runs. */
export type Step = readonly [at: string, run: (state: ProgramState, at: IsoDateTime) => CommandResult]

/** Runs the steps from `start`; a rejected step is a bug of the kit and throws. */
export const build = <Ids>(ids: Ids, steps: ReadonlyArray<Step>, start?: World<unknown>): World<Ids> =>
  steps.reduce<World<Ids>>(
    (world, [day, run]) => {
      const now = isoDateTime(`${day}T09:00:00Z`)
      const result = run(world.state, now)
      if (E.isLeft(result))
        throw new CspAssertionError(`building a world, on ${day}:\n${result.left.map(showFinding).join('\n')}`)
      return { state: result.right.state, ids, events: [...world.events, ...result.right.events], now }
    },
    {
      state: start?.state ?? emptyState,
      ids,
      events: start?.events ?? [],
      now: start?.now ?? isoDateTime('2019-01-01T00:00:00Z'),
    },
  )

export const US = region('US')

/** The acceptance of the Microsoft Customer Agreement a world's partner attests for a customer it creates, accepted that day (MCA-1). */
export const attestation = (
  at: IsoDateTime,
  firstName: string,
  lastName: string,
  domain: string,
): AgreementAttestation => ({
  dateAgreed: isoDate(at.slice(0, 10)),
  contact: { firstName, lastName, email: email(`${firstName.toLowerCase()}@${domain}`), phoneNumber: '555 0100' },
})
export const admin = (tenant: TenantId) => partnerUser(tenant, 'globalAdmin')

/** Microsoft registers a partner (US, anniversary in October) and its global admin signs the MPA. */
export const partner = (
  day: string,
  tenant: TenantId,
  mpn: MpnId,
  name: string,
  roles: readonly [PartnerRole],
  locations: ReadonlyArray<MpnId> = [],
): ReadonlyArray<Step> => [
  [
    day,
    (state, at) =>
      registerPartner(state, {
        actor: { kind: 'microsoft' },
        at,
        partner: {
          tenantId: tenant,
          mpnId: mpn,
          name,
          region: US,
          roles,
          primaryContactEmail: null,
          anniversaryDate: '2018-10-15' as never,
          ...(locations.length === 0 ? {} : { locationMpnIds: locations }),
        },
      }),
  ],
  [day, (state, at) => signMpa(state, { actor: admin(tenant), at, partnerTenantId: tenant })],
]
