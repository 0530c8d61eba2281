/**
 * The helpers `evolve` changes one entity with: look it up, apply a recipe to a draft, store the
 * result. Also the one recipe that applies profile changes, field by field.
 *
 * @internal
 */
import { produce, type Draft } from '../internal/immer.js'
import { CspInvariantError } from '../internal/invariant.js'
import type { TenantId } from '../kernel/ids.js'
import type { IncentiveProgram, IncentiveStatus, Partner } from '../model/partner.js'
import type { Partnership } from '../model/relationship.js'
import type { Subscription } from '../model/subscription.js'
import { getPartner, getPartnership, getSubscription } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import { putPartner, putPartnership, putSubscription } from '../model/writes.js'
import type { ProfileChanges } from './events.js'

/** Throws a `CspInvariantError` (never a rule violation): the event names an entity the state does not hold. */
export const die = (what: string): never => {
  throw new CspInvariantError(`event refers to ${what}, which the state does not hold`)
}

/** Applies `recipe` to the partner `id`; no violation, throws a `CspInvariantError` if it is unknown. */
export const updatePartner = (
  state: ProgramState,
  id: TenantId,
  recipe: (draft: Draft<Partner>) => void,
): ProgramState => {
  const partner = getPartner(state, id) ?? die(`partner ${id}`)
  return putPartner(state, produce(partner, recipe), partner)
}

/** Applies `recipe` to the subscription the event names; no violation, throws a `CspInvariantError` if it is unknown. */
export const updateSubscription = (
  state: ProgramState,
  event: { readonly subscriptionId: Subscription['id'] },
  recipe: (draft: Draft<Subscription>) => void,
): ProgramState => {
  const subscription = getSubscription(state, event.subscriptionId) ?? die(`subscription ${event.subscriptionId}`)
  return putSubscription(state, produce(subscription, recipe), subscription)
}

/** Applies `recipe` to the partnership the event names; no violation, throws a `CspInvariantError` if it is unknown. */
export const updatePartnership = (
  state: ProgramState,
  event: { readonly providerTenantId: TenantId; readonly resellerTenantId: TenantId },
  recipe: (draft: Draft<Partnership>) => void,
): ProgramState => {
  const partnership =
    getPartnership(state, event.providerTenantId, event.resellerTenantId) ??
    die(`partnership ${event.providerTenantId}/${event.resellerTenantId}`)
  return putPartnership(state, produce(partnership, recipe), partnership)
}

/**
 * Sets each documented profile field the changes carry, one by one; any other property of the
 * event object is never read (MOD-8). A new MPN ID also joins the location MPN IDs. No violation:
 * `updateProfile` judged the changes (ROL-1, ROL-2, MOD-2, MOD-7) before.
 */
export const applyProfileChanges = (p: Draft<Partner>, changes: ProfileChanges): void => {
  if (changes.name !== undefined) p.name = changes.name
  if (changes.primaryContactEmail !== undefined) p.primaryContactEmail = changes.primaryContactEmail
  if (changes.profileCurrent !== undefined) p.profileCurrent = changes.profileCurrent
  if (changes.anniversaryDate !== undefined) p.anniversaryDate = changes.anniversaryDate
  if (changes.mpnId !== undefined) {
    p.mpnId = changes.mpnId
    if (!p.locationMpnIds.includes(changes.mpnId)) p.locationMpnIds = [...p.locationMpnIds, changes.mpnId]
  }
}

/** Sets the status of one incentive program, leaving the other as it is (INC-2); no violation. */
export const setIncentive = (p: Draft<Partner>, program: IncentiveProgram, status: IncentiveStatus): void => {
  p.incentives = {
    indirectReseller: program === 'indirectReseller' ? status : p.incentives.indirectReseller,
    directBill: program === 'directBill' ? status : p.incentives.directBill,
  }
}
