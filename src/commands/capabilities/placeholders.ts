/**
 * The representative values a capability's input carries where the actor would choose one: new
 * IDs (a customer tenant, a subscription, an invitation, an MPN ID), an offer, a customer profile.
 * Pure and deterministic: a new ID is hashed from a seed (the command, the acting partner and the
 * subject), then re-hashed with a counter until the state does not use it, so the same state and
 * seed always give the same ID and never one that names an existing entity.
 *
 * @module
 */
import type { InvitationId, IsoDateTime, MpnId, Region, SubscriptionId, TenantId } from '../../kernel/ids.js'
import type { NewCommerceOrder } from '../../model/newCommerceTerms.js'
import { inForceUnder, ruleSetAt } from '../../rules/ruleSets.js'
import {
  getCustomer,
  getInvitation,
  getPartner,
  getPartnersByMpnId,
  getSubscription,
  getTenant,
  invitationsOfCustomer,
} from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'

/** FNV-1a over the code units of `text`, from `seed`, then MurmurHash3's avalanche step. */
const hash32 = (text: string, seed: number): number => {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

const hex = (n: number, digits: number) => n.toString(16).padStart(8, '0').slice(-digits)

/** A version-4-shaped GUID hashed from `text` (128 bits from four seeds). */
const guidOf = (text: string): string => {
  const [a, b, c, d] = [1, 2, 3, 4].map((seed) => hash32(text, seed)) as [number, number, number, number]
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-8${hex(c, 3)}-${hex(c >>> 12, 4)}${hex(d, 8)}`
}

/** The first value `make(seed#n)`, n = 0, 1, …, that `taken` does not reject. */
const firstFree = <A>(seed: string, make: (text: string) => A, taken: (a: A) => boolean): A => {
  for (let n = 0; ; n++) {
    const candidate = make(`${seed}#${n}`)
    if (!taken(candidate)) return candidate
  }
}

/**
 * A tenant ID no tenant, partner, customer or invitation of the state uses, hashed from `seed`.
 * @internal
 */
export const newTenantId = (state: ProgramState, seed: string): TenantId =>
  firstFree(
    `tenant:${seed}`,
    (text) => guidOf(text) as TenantId,
    (id) =>
      getTenant(state, id) !== undefined ||
      getPartner(state, id) !== undefined ||
      getCustomer(state, id) !== undefined ||
      invitationsOfCustomer(state, id).length > 0,
  )

/** A subscription ID the state does not use, hashed from `seed`. @internal */
export const newSubscriptionId = (state: ProgramState, seed: string): SubscriptionId =>
  firstFree(
    `subscription:${seed}`,
    (text) => guidOf(text) as SubscriptionId,
    (id) => getSubscription(state, id) !== undefined,
  )

/** An invitation ID the state does not use: `capabilities-` and a hash of `seed`. @internal */
export const newInvitationId = (state: ProgramState, seed: string): InvitationId =>
  firstFree(
    `invitation:${seed}`,
    (text) => `capabilities-${guidOf(text)}` as InvitationId,
    (id) => getInvitation(state, id) !== undefined,
  )

/** An MPN ID (nine digits) no partner holds, hashed from `seed`. @internal */
export const newMpnId = (state: ProgramState, seed: string): MpnId =>
  firstFree(
    `mpn:${seed}`,
    (text) => String(100_000_000 + (hash32(text, 5) % 900_000_000)) as MpnId,
    (id) => getPartnersByMpnId(state, id).length > 0,
  )

/** The offer a representative purchase or upgrade names. @internal */
export const REPRESENTATIVE_OFFER = 'representative-offer'

/**
 * The new commerce terms of a representative seat-based purchase at `at`: a one-year term billed
 * monthly once new commerce exists (NCE-1), when legacy seat-based orders are refused (NCE-3);
 * none before. @internal
 */
export const representativeTerms = (at: IsoDateTime): { readonly newCommerce?: NewCommerceOrder } =>
  inForceUnder(ruleSetAt(at), 'NCE-1') ? { newCommerce: { termDuration: 'P1Y', billingCycle: 'monthly' } } : {}

/** The region of a new customer or partner when the acting partner's is unknown. @internal */
export const DEFAULT_REGION = 'US' as Region

/** The profile of a representative new customer, in `region`. @internal */
export const newCustomerProfile = (region: Region) => ({ companyName: 'New customer', domain: null, region })
