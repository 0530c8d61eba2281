/**
 * The region checks REG-1 and REG-2: two parties are in the same CSP regional market.
 *
 * @internal
 */
import type { Region } from '../../kernel/ids.js'
import { describeRegion, sameMarket } from '../../model/markets.js'
import { unknownFact } from '../building.js'
import { fail, pass, type CheckContext, type CommandInputBase, type RuleCheck } from '../contract.js'

type Ctx = CheckContext<CommandInputBase, object>
type Picker<C, A> = (context: C) => A

/** Something with an ID and a region (`null`: unknown, after an import): a partner or a customer tenant. */
export type Located = { readonly id: string; readonly region: Region | null; readonly name?: string }

/** A partner as a {@link Located} party (nothing for an unknown partner). */
export const located = (
  partner: { readonly tenantId: string; readonly region: Region; readonly name: string } | undefined,
): Located | undefined => partner && { id: partner.tenantId, region: partner.region, name: partner.name }

/**
 * Two regions are in the same CSP regional market (REG-1 with code 2030, REG-2 with code 2201; the
 * market table is `MARKETS`: a partner in France sells to a customer in Germany). When one is unknown (a customer
 * imported from a body without an address), the command is judged without it and warned
 * (`FactUnknown`).
 */
export const sameRegion = <C extends Ctx>(
  rule: 'REG-1' | 'REG-2',
  pick: Picker<C, { readonly a?: Located | undefined; readonly b?: Located | undefined }>,
): RuleCheck<C> => ({
  rule,
  name:
    rule === 'REG-1'
      ? "the customer is in the partner's CSP regional market"
      : 'both partners are in the same CSP regional market',
  check: (c) => {
    const { a, b } = pick(c)
    const unknown = a?.region === null ? a : b?.region === null ? b : undefined
    if (unknown !== undefined)
      return unknownFact(
        [unknown.id],
        `The region of ${unknown.name ?? unknown.id} is unknown (its imported body had no address), so ${rule} is not judged; import the customer with its billing profile or company address to know.`,
      )
    return a !== undefined && b !== undefined && !sameMarket(a.region as Region, b.region as Region)
      ? fail(
          'RegionMismatch',
          [a.id, b.id],
          `${a.name ?? a.id} is in ${describeRegion(a.region as Region)} but ${b.name ?? b.id} is in ${describeRegion(b.region as Region)}; ${rule === 'REG-1' ? 'a partner sells only to customers in its own CSP regional market' : 'partners work together only within one CSP regional market'}.`,
          rule === 'REG-1' ? 2030 : 2201,
        )
      : pass
  },
})
