/**
 * Checks on the standing of the partners a command involves: a suspended partner buys nothing new
 * and adds no seats (AUTH-5), a deauthorized reseller is assigned to no order (AUTH-3), and Partner Center's
 * partner-of-record validation on new subscriptions (POR-2, POR-4) and on changes of existing ones
 * (POR-3).
 *
 * What is reported under which rule, on a new subscription: deauthorization under AUTH-3 only (its
 * statement names it, and it is in force from 2024-04-01, before the validation); a partner of
 * record that is unknown or another location under PRT-5 only; a missing partnership under POR-4;
 * not an active indirect reseller and no MPA under POR-2. A suspended account is judged by two
 * rules that say different things, so a reseller that is both the order's named reseller and its
 * lines' partner of record is reported twice: under AUTH-5, because the provider and the named
 * reseller resell nothing new while suspended (subject: the partner), and from 2025-06-02 under
 * POR-2, because Partner Center's validation of a line's partner of record fails (code 900400;
 * subjects: the line and the MPN ID). Before 2025-06-02 only AUTH-5 reports it; a suspended partner
 * of record that is not the named reseller is reported under POR-2 only, from 2025-06-02. On a
 * change of an existing subscription, POR-3 reports every reason the validation finds, and a seat
 * increase billed to a suspended partner is refused under AUTH-5 ({@link notSuspended}).
 *
 * @internal
 */
import type { MpnId, TenantId } from '../../kernel/ids.js'
import type { Partner } from '../../model/partner.js'
import { getPartnership, getPartnersByMpnId } from '../../model/queries.js'
import type { ProgramState } from '../../model/state.js'
import { isDeauthorized, isSuspended } from '../../model/standing.js'
import type { OrderLine, Subscription } from '../../model/subscription.js'
import { unknownFact } from '../building.js'
import { fail, pass, type CheckContext, type CommandInputBase, type Finding, type RuleCheck } from '../contract.js'
import { partnerOfRecordVerdict, type PartnerOfRecordProblem } from './partnerOfRecord.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

const distinct = (partners: ReadonlyArray<Partner | undefined>): ReadonlyArray<Partner> => [
  ...new Map(partners.flatMap((p) => (p === undefined ? [] : [[p.tenantId, p] as const]))).values(),
]

/** None of the partners `pick` gives has a suspended account: each buys or resells nothing new (AUTH-5, `PartnerSuspended`). */
export const notSuspended = <C extends Ctx>(
  pick: Picker<C, ReadonlyArray<Partner | undefined>>,
  task: string,
): RuleCheck<C> => ({
  rule: 'AUTH-5',
  name: `a partner whose account is suspended cannot ${task}`,
  check: (c) =>
    distinct(pick(c))
      .filter(isSuspended)
      .flatMap((p) =>
        fail(
          'PartnerSuspended',
          [p.tenantId],
          `The Partner Center account of ${p.name} is suspended since ${p.accountSuspended?.since ?? 'an unknown date'}: it keeps managing what it has, but cannot ${task} until it is in good standing.`,
        ),
      ),
})

/** None of the resellers `pick` gives is deauthorized: a deauthorized reseller is assigned to no order (AUTH-3, `ResellerDeauthorized`). */
export const notDeauthorized = <C extends Ctx>(pick: Picker<C, ReadonlyArray<Partner | undefined>>): RuleCheck<C> => ({
  rule: 'AUTH-3',
  name: 'a deauthorized reseller is assigned to no order',
  check: (c) =>
    distinct(pick(c))
      .filter(isDeauthorized)
      .flatMap((p) =>
        fail(
          'ResellerDeauthorized',
          [p.tenantId],
          `${p.name} was deauthorized as indirect reseller on ${p.authorization?.deauthorizedOn ?? 'an unknown date'}: no order is assigned to it.`,
        ),
      ),
})

/** The reasons POR-2 reports on a new subscription; the others are PRT-5's, AUTH-3's or POR-4's. */
const NOT_COMPLIANT: ReadonlyArray<PartnerOfRecordProblem> = ['notIndirectReseller', 'suspended', 'mpaNotSigned']

type OrderCtx = CheckContext<
  CommandInputBase & { readonly lines: ReadonlyArray<OrderLine> },
  { readonly provider: Partner | undefined }
>

const eachPartnerOfRecord = <C extends OrderCtx, T extends string>(
  c: C,
  finding: (line: OrderLine, por: MpnId, provider: TenantId) => ReadonlyArray<Finding<T>>,
): ReadonlyArray<Finding<T>> => {
  const provider = c.provider?.tenantId
  return c.ruleSet.porValidation === 'none' || provider === undefined
    ? []
    : c.input.lines.flatMap((line) =>
        line.partnerOfRecord === null ? [] : finding(line, line.partnerOfRecord, provider),
      )
}

/**
 * The partner-of-record validation of every new subscription of an indirect provider's order, from
 * `porValidation: 'newOnly'` (2025-06-02): the reseller of record is active and compliant (POR-2,
 * `PartnerOfRecordNotCompliant`, 900400) and has an active partnership with the provider (POR-4,
 * `PartnerOfRecordNotListed`, 900400). Subjects: the line's subscription ID and the MPN ID.
 */
export const newSubscriptionPartnerOfRecordChecks = <C extends OrderCtx>(): ReadonlyArray<RuleCheck<C>> => [
  {
    rule: 'POR-2',
    name: 'the partner of record of a new subscription is an active and compliant indirect reseller',
    check: (c) =>
      eachPartnerOfRecord(c, (line, por, provider) => {
        const verdict = partnerOfRecordVerdict(c.state, provider, por, c.input.at)
        return verdict !== undefined && NOT_COMPLIANT.includes(verdict.problem)
          ? fail('PartnerOfRecordNotCompliant', [line.id, por], verdict.description, 900400)
          : pass
      }),
  },
  {
    rule: 'POR-4',
    name: "the partner of record of a new subscription is on the provider's reseller list",
    check: (c) =>
      eachPartnerOfRecord(c, (line, por, provider) => {
        const reseller = partnerOfRecordVerdict(c.state, provider, por, c.input.at)?.reseller
        return reseller === undefined ||
          reseller.mpnId !== por ||
          getPartnership(c.state, provider, reseller.tenantId)?.status === 'active'
          ? pass
          : fail(
              'PartnerOfRecordNotListed',
              [line.id, por],
              `${reseller.name} (PLA ID ${por}) has not accepted a partnership with the indirect provider ${provider}: it is not a valid partner of record for its orders.`,
              900400,
            )
      }),
  },
]

/** The partners an order assigns: the named reseller and the holders of its lines' partners of record. */
const assignedResellers = (c: OrderCtx & { readonly reseller: Partner | undefined }) => [
  c.reseller,
  ...c.input.lines.flatMap((line) =>
    line.partnerOfRecord === null ? [] : getPartnersByMpnId(c.state, line.partnerOfRecord),
  ),
]

/**
 * The standing checks of an indirect provider's order with at least one line: neither the provider
 * nor the named reseller is suspended (AUTH-5), no reseller it assigns is deauthorized (AUTH-3), and
 * the partner-of-record validation of every line (POR-2, POR-4).
 */
export const orderStandingChecks = <C extends OrderCtx & { readonly reseller: Partner | undefined }>(): ReadonlyArray<
  RuleCheck<C>
> => [
  notSuspended<C>((c) => (c.input.lines.length === 0 ? [] : [c.provider, c.reseller]), 'order new subscriptions'),
  notDeauthorized<C>((c) => (c.input.lines.length === 0 ? [] : assignedResellers(c))),
  ...newSubscriptionPartnerOfRecordChecks<C>(),
]

/** The partner of record a change concerns: the subscription changed, its reseller's MPN ID, and the provider billed. */
export interface ChangedPartnerOfRecord {
  readonly subscriptionId: Subscription['id']
  readonly partnerOfRecord: MpnId
  readonly providerTenantId: TenantId
}

/** The partner of record of an existing subscription, as its change is validated (POR-3). */
export const recordedPartnerOfRecord = (s: Subscription | undefined): ChangedPartnerOfRecord | undefined =>
  s === undefined || s.partnerOfRecord === null
    ? undefined
    : { subscriptionId: s.id, partnerOfRecord: s.partnerOfRecord, providerTenantId: s.billedBy }

const onChange = (state: ProgramState, por: ChangedPartnerOfRecord, at: CommandInputBase['at']) => {
  const verdict = partnerOfRecordVerdict(state, por.providerTenantId, por.partnerOfRecord, at)
  const subjects = [por.subscriptionId, por.partnerOfRecord]
  if (verdict === undefined) return pass
  if (verdict.problem === 'unknown' || verdict.problem === 'notAnMpnId')
    return unknownFact(
      subjects,
      `The partner of record ${por.partnerOfRecord} of subscription ${por.subscriptionId} belongs to no partner the model holds, so its validation (POR-3) is not judged; import the reseller to know.`,
    )
  return verdict.problem === 'noPartnership'
    ? fail('PartnerOfRecordNotListed', subjects, verdict.description, 900400)
    : fail(
        'PartnerOfRecordNotCompliant',
        subjects,
        `${verdict.description} Changes of its subscriptions are refused.`,
        900400,
      )
}

/**
 * From `porValidation: 'newAndChanges'` (2025-12-01), a change of an existing subscription
 * validates its partner of record, the one `pick` gives (POR-3: `PartnerOfRecordNotCompliant` or
 * `PartnerOfRecordNotListed`, 900400; subjects: the subscription ID and the MPN ID). The renewal of a
 * term is exempt: renewSubscription does not run it. A partner of record the model does not hold
 * gives a `FactUnknown` warning.
 */
export const partnerOfRecordOnChange = <C extends Ctx>(
  pick: Picker<C, ChangedPartnerOfRecord | undefined>,
): RuleCheck<C> => ({
  rule: 'POR-3',
  name: 'a change of an existing subscription validates its partner of record',
  check: (c) => {
    const por = c.ruleSet.porValidation === 'newAndChanges' ? pick(c) : undefined
    return por === undefined ? pass : onChange(c.state, por, c.input.at)
  },
})
