/**
 * The partner of record on a subscription an indirect provider sells (PRT-5): the named reseller's
 * MPN ID tied to its CSP account, never the provider's own, an unknown one or another location's.
 *
 * @internal
 */
import type { MpnId } from '../../kernel/ids.js'
import { mpnIdsOf, type Partner } from '../../model/partner.js'
import { getPartnersByMpnId } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { fail, pass } from '../contract.js'

/**
 * The partner of record on a subscription is the named reseller's MPN ID, the one tied to its CSP
 * account (PRT-5): never the provider's own MPN ID (code 2072), never another location MPN ID of the
 * reseller, never an MPN ID the model does not know (code 800015) or of a partner that is not an
 * indirect reseller (code 800016).
 */
export const partnerOfRecordFindings = (
  state: ProgramState,
  provider: Partner | undefined,
  reseller: Partner | undefined,
  partnerOfRecord: MpnId | null,
  subject: string,
) => {
  if (partnerOfRecord === null) return pass
  if (provider !== undefined && mpnIdsOf(provider).includes(partnerOfRecord))
    return fail(
      'ProviderAsPartnerOfRecord',
      [subject, partnerOfRecord],
      `MPN ID ${partnerOfRecord} is the indirect provider's own; the partner of record is the indirect reseller's MPN ID, never the provider's.`,
      2072,
    )
  const holders = getPartnersByMpnId(state, partnerOfRecord)
  if (holders.length === 0)
    return fail(
      'UnknownMpnId',
      [subject, partnerOfRecord],
      `MPN ID ${partnerOfRecord} belongs to no known partner.`,
      800015,
    )
  if (reseller === undefined)
    return fail(
      'PartnerOfRecordNotValid',
      [subject, partnerOfRecord],
      `A partner of record needs the indirect reseller it belongs to named on the order.`,
    )
  if (!holders.some((p) => p.tenantId === reseller.tenantId))
    return fail(
      'PartnerOfRecordNotValid',
      [subject, partnerOfRecord],
      `MPN ID ${partnerOfRecord} is not an MPN ID of ${reseller.name}.`,
      800016,
    )
  return partnerOfRecord === reseller.mpnId
    ? pass
    : fail(
        'PartnerOfRecordNotValid',
        [subject, partnerOfRecord],
        `MPN ID ${partnerOfRecord} is another location of ${reseller.name}; use ${reseller.mpnId}, the location MPN ID tied to its CSP account.`,
      )
}
