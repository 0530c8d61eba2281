/**
 * Checks on the lines of an indirect provider's order (placeOrder, createCustomerForReseller): new
 * and distinct subscription IDs, valid add-on parents bought before the order, and a valid partner
 * of record per line; and the subscriptions the lines become, built field by field.
 *
 * @internal
 */
import type { IsoDateTime, Region, TenantId } from '../../kernel/ids.js'
import { termsBoughtAt } from '../../model/newCommerceOrder.js'
import type { Partner } from '../../model/partner.js'
import { getSubscription } from '../../model/queries.js'
import { isValidAddOnParent, type OrderLine, type Subscription } from '../../model/subscription.js'
import { fail, pass, type CheckContext, type CommandInputBase, type Finding, type RuleCheck } from '../contract.js'
import { datedBefore } from './integrity.js'
import { newCommerceOrderChecks } from './newCommerceOrder.js'
import { partnerOfRecordFindings } from './partnerOfRecord.js'
import { orderStandingChecks } from './standing.js'

type Ctx = CheckContext<
  CommandInputBase & { readonly lines: ReadonlyArray<OrderLine> },
  { readonly provider: Partner | undefined; readonly reseller: Partner | undefined }
>

const each = <T extends string>(
  lines: ReadonlyArray<OrderLine>,
  finding: (line: OrderLine, index: number) => ReadonlyArray<Finding<T>>,
): ReadonlyArray<Finding<T>> => lines.flatMap(finding)

/** The index of the first line with each subscription ID, so every line check stays linear in the order. */
const firstLineOf = (lines: ReadonlyArray<OrderLine>): ReadonlyMap<string, number> => {
  const first = new Map<string, number>()
  lines.forEach((line, i) => {
    if (!first.has(line.id)) first.set(line.id, i)
  })
  return first
}

/**
 * The line checks (MOD-2, MOD-4, MOD-6, PRT-5, the new commerce checks NCE-1, NCE-2, NCE-3,
 * NCE-18, NCE-20, NCE-21, and the standing checks AUTH-3, AUTH-5, POR-2, POR-4), for an order on
 * the customer tenant `customer(c)` in `region(c)`.
 */
export const lineChecks = <C extends Ctx>(
  customer: (c: C) => TenantId,
  region: (c: C) => Region | null | undefined,
): ReadonlyArray<RuleCheck<C>> => [
  ...newCommerceOrderChecks<C>({ lines: (c) => c.input.lines, customer, region }),
  {
    rule: 'MOD-2',
    name: 'every line has a new subscription ID, used once in the order',
    check: ({ state, input }) => {
      const first = firstLineOf(input.lines)
      return each(input.lines, (line, i) =>
        getSubscription(state, line.id) !== undefined
          ? fail('IdAlreadyUsed', [line.id], `Line ${i}: subscription ID ${line.id} is already in use.`)
          : first.get(line.id) !== i
            ? fail('DuplicateLine', [line.id], `Line ${i}: subscription ID ${line.id} appears twice in the order.`)
            : pass,
      )
    },
  },
  {
    rule: 'MOD-4',
    name: 'an add-on names an active license-based subscription of the customer, or an earlier license-based line',
    check: (c) => {
      const first = firstLineOf(c.input.lines)
      return each(c.input.lines, (line, i) => {
        const at = line.parentId === null ? undefined : first.get(line.parentId)
        const earlier = at !== undefined && at < i ? c.input.lines[at] : undefined
        const existing: Subscription | undefined =
          line.parentId === null ? undefined : getSubscription(c.state, line.parentId)
        const parentOk = earlier?.kind === 'licenseBased' || isValidAddOnParent(existing, customer(c))
        if (line.kind !== 'addOn')
          return line.parentId === null
            ? pass
            : fail('InvalidAddOnParent', [line.id], `Line ${i}: only an add-on names a parent subscription.`)
        return parentOk
          ? pass
          : fail(
              'InvalidAddOnParent',
              line.parentId === null ? [line.id] : [line.id, line.parentId],
              `Line ${i}: an add-on is bought for an active license-based subscription of the same customer; ${line.parentId ?? 'no parent'} is not one.`,
            )
      })
    },
  },
  {
    rule: 'MOD-6',
    name: 'an add-on line is not dated before its existing parent subscription',
    check: ({ state, input }) =>
      each(input.lines, (line) => {
        const parent = line.parentId === null ? undefined : getSubscription(state, line.parentId)
        return datedBefore(
          input.at,
          parent && { subjects: [parent.id], at: parent.createdAt },
          "the parent subscription's purchase",
        )
      }),
  },
  {
    rule: 'PRT-5',
    name: "every line's partner of record is the reseller's MPN ID tied to its CSP account",
    check: ({ state, provider, reseller, input }) =>
      each(input.lines, (line) => partnerOfRecordFindings(state, provider, reseller, line.partnerOfRecord, line.id)),
  },
  ...orderStandingChecks<C>(),
]

/** The subscriptions an accepted order creates, field by field: billed to the provider, which is support contact by default; new commerce terms when the line asks for them. */
export const subscriptionsOf = (
  lines: ReadonlyArray<OrderLine>,
  customer: TenantId,
  provider: TenantId,
  at: IsoDateTime,
): ReadonlyArray<Subscription> =>
  lines.map((line) => ({
    ...(line.newCommerce === undefined ? {} : { newCommerce: termsBoughtAt(line.newCommerce, line.seats, at) }),
    id: line.id,
    customerTenantId: customer,
    kind: line.kind,
    parentId: line.parentId,
    offerId: line.offerId,
    seats: line.kind === 'azure' ? 1 : line.seats,
    status: 'active',
    autoRenew: line.autoRenew,
    billedBy: provider,
    partnerOfRecord: line.partnerOfRecord,
    supportContact: provider,
    createdAt: at,
  }))
