/**
 * `removePartnership`: an indirect provider ends its partnership with an indirect reseller.
 *
 * @module
 */
import * as t from 'io-ts'
import { getPartnership } from '../model/queries.js'
import type { ProgramState } from '../model/state.js'
import { actsForOwnTenant, partnerKnown, roleAmong } from './checks.js'
import { commandInput, defineCommand, fail, pass, type CheckContext, type RuleCheck } from './contract.js'
import { notBefore } from './integrityChecks.js'
import { partnershipFields } from './partnershipChecks.js'
import { PROVIDER_TASK_ROLES, loadProvider } from './providerChecks.js'

/** Codec for {@link RemovePartnershipInput}. @category codecs */
export const RemovePartnershipInput = commandInput('RemovePartnershipInput', {
  ...partnershipFields,
  acknowledgeTerms: t.boolean,
})
/**
 * Input of {@link removePartnership}: the provider, the reseller, and `acknowledgeTerms`: the
 * provider represents that it ends the partnership in good faith and for a legitimate purpose.
 *
 * @category commands
 */
export type RemovePartnershipInput = t.TypeOf<typeof RemovePartnershipInput>

const load = (state: ProgramState, input: RemovePartnershipInput) => ({
  ...loadProvider(state, input),
  partnership: getPartnership(state, input.providerTenantId, input.resellerTenantId),
})
type Context = CheckContext<RemovePartnershipInput, ReturnType<typeof load>>

const checks: ReadonlyArray<RuleCheck<Context>> = [
  partnerKnown(
    (c) => c.provider,
    (c) => c.input.providerTenantId,
    'indirect provider',
  ),
  actsForOwnTenant((c) => c.input.providerTenantId),
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
    check: ({ input }) =>
      input.acknowledgeTerms
        ? pass
        : fail(
            'TermsNotAcknowledged',
            [input.providerTenantId, input.resellerTenantId],
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

/**
 * Removes a partnership (PRT-6, seed 001). The customers associated with the reseller stay, and so
 * do everyone's reseller relationships and delegated admin privileges; the reseller leaves the
 * provider's list and the provider the reseller's. No notice is sent to the customer or the reseller.
 * From then on the provider can no longer order for the reseller's customers (PRT-4) and the
 * reseller's open indirect invitations naming the provider can no longer be accepted (INV-3).
 *
 * Violations: `ROL-2` (unknown provider, actor of another tenant), `PRT-1` (role not allowed,
 * 900150), `PRT-3` (no partnership), `PRT-6` (terms not acknowledged), `MOD-6` (dated before the
 * partnership was requested or accepted, `DatedBeforeFact`).
 *
 * Emits `PartnershipRemoved`.
 *
 * @category commands
 */
export const removePartnership = defineCommand({
  name: 'removePartnership',
  input: RemovePartnershipInput,
  load,
  checks,
  decide: ({ input }) => [
    {
      _tag: 'PartnershipRemoved',
      at: input.at,
      providerTenantId: input.providerTenantId,
      resellerTenantId: input.resellerTenantId,
    },
  ],
})
