/**
 * `removePartnership`: an indirect provider ends its partnership with an indirect reseller, or
 * Microsoft support ends it.
 *
 * @module
 */
import * as t from 'io-ts'
import { customersOfProviderByReseller, getPartnership } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { operatorOrOwnUser, roleAmong } from '../checks/actor.js'
import { partnerKnown } from '../checks/partner.js'
import {
  commandInput,
  defineCommand,
  fail,
  pass,
  type AdvisoryCheck,
  type CheckContext,
  type RuleCheck,
} from '../contract.js'
import { notBefore } from '../checks/integrity.js'
import { partnershipFields } from '../checks/partnership.js'
import { PROVIDER_TASK_ROLES } from '../checks/actor.js'
import { loadProvider } from '../checks/provider.js'

/** Codec for {@link RemovePartnershipInput}. @category codecs @since 0.1.0 */
export const RemovePartnershipInput = commandInput('RemovePartnershipInput', {
  ...partnershipFields,
  acknowledgeTerms: t.boolean,
})
/**
 * Input of {@link removePartnership}: the provider, the reseller, and `acknowledgeTerms`: the
 * provider represents that it ends the partnership in good faith and for a legitimate purpose (not
 * judged when Microsoft acts: the representation is the provider's).
 *
 * @category commands
 */
export interface RemovePartnershipInput extends t.TypeOf<typeof RemovePartnershipInput> {}

const load = (state: ProgramState, input: RemovePartnershipInput) => ({
  ...loadProvider(state, input),
  partnership: getPartnership(state, input.providerTenantId, input.resellerTenantId),
})
type Context = CheckContext<RemovePartnershipInput, ReturnType<typeof load>>

const byMicrosoft = (c: Context) => c.input.actor.kind === 'microsoft'

const checks: ReadonlyArray<RuleCheck<Context>> = [
  partnerKnown(
    (c) => c.provider,
    (c) => c.input.providerTenantId,
    'indirect provider',
  ),
  operatorOrOwnUser((c) => c.input.providerTenantId, 'remove a partnership'),
  roleAmong('PRT-1', PROVIDER_TASK_ROLES, 'remove a partnership'),
  {
    rule: 'MOD-1',
    name: 'there is a partnership to remove',
    check: ({ partnership, input }) =>
      partnership !== undefined && partnership.status !== 'removed'
        ? pass
        : fail(
            'UnknownPartnership',
            [input.providerTenantId, input.resellerTenantId],
            `There is no partnership between ${input.providerTenantId} and ${input.resellerTenantId} to remove.`,
          ),
  },
  {
    rule: 'PRT-6',
    name: 'the provider acknowledges the terms of removal',
    check: (c) =>
      c.input.acknowledgeTerms || byMicrosoft(c)
        ? pass
        : fail(
            'TermsNotAcknowledged',
            [c.input.providerTenantId, c.input.resellerTenantId],
            'Removing a partnership requires the provider to acknowledge that it acts in good faith and for a legitimate purpose, and to give any legal notice itself.',
          ),
  },
  notBefore(
    'MOD-6',
    ({ partnership }) =>
      partnership && {
        subjects: [partnership.providerTenantId, partnership.resellerTenantId],
        at: partnership.acceptedAt ?? partnership.requestedAt,
      },
    'the partnership was requested or accepted',
  ),
]

const advisories: ReadonlyArray<AdvisoryCheck<Context>> = [
  {
    rule: 'PRT-6',
    name: 'the program tells neither the reseller nor its customers',
    check: (c) => {
      const { providerTenantId: provider, resellerTenantId: reseller } = c.input
      // index-backed: the customers whose reseller relationship with the reseller names the provider
      const customers = customersOfProviderByReseller(c.state, provider, reseller).map((x) => x.tenantId)
      const whom = byMicrosoft(c) ? `provider ${provider}, reseller ${reseller}` : `reseller ${reseller}`
      return [
        {
          tag: 'NoNoticeSent',
          subjects: [provider, reseller, ...customers],
          message: `The program sends no notice of the removal: ${whom} and the ${customers.length} customer(s) served through the partnership may need telling, with any legal notice their agreements require.`,
        },
      ]
    },
  },
]

/**
 * Removes a partnership (PRT-6, seed 001). The customers associated with the reseller stay, and so
 * do everyone's reseller relationships and delegated admin privileges; the reseller leaves the
 * provider's list and the provider the reseller's. No notice is sent to the customer or the reseller:
 * every accepted removal carries a `PRT-6` `NoNoticeSent` warning naming the provider, the reseller
 * and the customers served through the partnership. From then on the provider can no longer order
 * for the reseller's customers (PRT-4) and the reseller's open indirect invitations naming the
 * provider can no longer be accepted (INV-3).
 *
 * The provider's users remove it in Partner Center; a reseller (or a provider) that wants it ended
 * otherwise asks Microsoft support (seed 002, scenario 6, option 2), and Microsoft may then run this
 * command. The PRT-6 acknowledgement is the provider's representation in Partner Center, so it is
 * required of the provider's users only: for Microsoft, `acknowledgeTerms` is not judged (the
 * library's reading).
 *
 * Violations: `MOD-1` (unknown provider, `UnknownPartner`; no requested or active partnership,
 * `UnknownPartnership`), `ROL-2` (an actor other than Microsoft or a user of the provider,
 * `ActsForAnotherTenant`, 900150), `PRT-1` (role not allowed, `RoleNotAllowed`, 900150), `PRT-6`
 * (terms not acknowledged by the provider's user, `TermsNotAcknowledged`), `MOD-6` (dated before the
 * partnership was requested or accepted, `DatedBeforeFact`). Warning: `PRT-6` `NoNoticeSent`.
 *
 * Emits `PartnershipRemoved`. Sources: seed 001 ("remove partnership"), seed 002 (scenario 6).
 *
 * @example
 * ```ts
 * import { isoDateTime, microsoft, removePartnership } from 'csp-channel'
 * const out = removePartnership(state, {
 *   actor: microsoft, // Microsoft support, at the reseller's request
 *   at: isoDateTime('2020-08-03T10:00:00Z'),
 *   providerTenantId,
 *   resellerTenantId,
 *   acknowledgeTerms: false, // not judged for Microsoft
 * })
 * ```
 *
 * @function
 * @category commands
 * @since 0.1.0
 */
export const removePartnership = defineCommand({
  name: 'removePartnership',
  input: RemovePartnershipInput,
  load,
  checks,
  advisories,
  decide: ({ input }) => [
    {
      _tag: 'PartnershipRemoved',
      at: input.at,
      providerTenantId: input.providerTenantId,
      resellerTenantId: input.resellerTenantId,
    },
  ],
})
