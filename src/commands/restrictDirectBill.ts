/**
 * `restrictDirectBill`: Microsoft restricts a direct bill partner that does not meet the direct bill
 * requirements.
 *
 * @module
 */
import * as t from 'io-ts'
import type { DomainEvent } from '../events/events.js'
import { TenantId } from '../model/ids.js'
import { RuleId } from '../rules/catalog.js'
import { actingPartnerKnown, loadPartner, operatorOnly, type PartnerContext } from './checks.js'
import { notifyPrimaryContact } from './notifications.js'
import { commandInput, defineCommand, fail, pass, type RuleCheck } from './contract.js'

/** Codec for {@link RestrictDirectBillInput}. @category codecs */
export const RestrictDirectBillInput = commandInput('RestrictDirectBillInput', {
  partnerTenantId: TenantId,
  unmetRequirements: t.readonlyArray(RuleId),
})
/**
 * Input of {@link restrictDirectBill}: the partner tenant and the requirements it was found not to
 * meet (rule IDs such as `DB-5`; may be empty when unknown).
 *
 * @category commands
 */
export type RestrictDirectBillInput = t.TypeOf<typeof RestrictDirectBillInput>

type Context = PartnerContext<RestrictDirectBillInput>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  operatorOnly('RST-1', 'restrict a direct bill partner'),
  actingPartnerKnown(),
  {
    rule: 'RST-1',
    name: 'the partner is a direct bill partner that is not restricted yet',
    check: ({ partner }) => {
      if (partner === undefined) return pass
      if (partner.directBill === null)
        return fail('NotDirectBillPartner', [partner.tenantId], `Partner ${partner.name} is not a direct bill partner.`)
      return partner.directBill.status === 'restricted'
        ? fail(
            'AlreadyRestricted',
            [partner.tenantId],
            `Partner ${partner.name} has been restricted since ${partner.directBill.since}.`,
          )
        : pass
    },
  },
]

/**
 * Restricts a direct bill partner (RST-1, seed 000), whether or not it is also an indirect reseller.
 * From then on it makes no new purchases (RST-2, RST-3), creates no customers (RST-4), sends no
 * direct reseller invitations (RST-5) and creates no sandbox (RST-6); its existing subscriptions are
 * unaffected (RST-7) and it may still change seats, suspend and cancel (RST-8). The partner is
 * notified at its primary contact email.
 *
 * Violations: `RST-1` (actor is not Microsoft; not a direct bill partner; already restricted),
 * `ROL-2` (unknown partner).
 *
 * Emits `DirectBillRestricted`, then `PrimaryContactNotified` when a primary contact email is
 * recorded.
 *
 * @category commands
 */
export const restrictDirectBill = defineCommand({
  name: 'restrictDirectBill',
  input: RestrictDirectBillInput,
  load: loadPartner,
  checks,
  decide: ({ input, partner }): ReadonlyArray<DomainEvent> => [
    {
      _tag: 'DirectBillRestricted',
      at: input.at,
      partnerTenantId: input.partnerTenantId,
      unmetRequirements: input.unmetRequirements,
    },
    ...notifyPrimaryContact(partner, input.at, 'directBillRestricted'),
  ],
})
