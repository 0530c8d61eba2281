/**
 * The building blocks of a command definition: its input codec (`commandInput`) and what its
 * checks return (`pass`, `fail`), with the check wrappers `when`, `structural` and `unknownFact`.
 * `commandInput`, `pass`, `fail` and `when` are part of the extension API (see `docs/extending.md`)
 * and re-exported by the contract module; `structural` and `unknownFact` are internal.
 *
 * @module
 */
import type * as t from 'io-ts'
import { exact } from '../internal/codec.js'
import { Actor } from '../model/actor.js'
import { IsoDateTime } from '../kernel/ids.js'
import { RuleSetId } from '../rules/ruleSets.js'
import type { ViolationTag } from '../rules/violation.js'
import type { Finding, RuleCheck } from './contract.js'

/**
 * Builds a command input codec: `actor`, `at`, optional `ruleSet`, plus the command's own fields
 * (io-ts codecs) and, when given, its own optional fields (`optional`). The codec is exact: any
 * other field is rejected (MOD-8). Name the input type after the codec, as an interface.
 *
 * @example
 * ```ts
 * import type * as t from 'io-ts'
 * import { commandInput, TenantId } from 'csp-channel'
 * export const NoteCustomerInput = commandInput('NoteCustomerInput', { customerTenantId: TenantId })
 * export interface NoteCustomerInput extends t.TypeOf<typeof NoteCustomerInput> {}
 * ```
 *
 * @category extending
 * @since 0.2.0
 */
export const commandInput = <P extends t.Props, O extends t.Props = Record<never, never>>(
  name: string,
  props: P,
  optional?: O,
) => exact(name, { actor: Actor, at: IsoDateTime, ...props }, { ruleSet: RuleSetId, ...(optional as O) })

/**
 * The finding of a check that cannot judge because the state does not know a fact it needs (a
 * customer's region, whether a relationship has delegated admin, an MPA signature date, all
 * unknown after an import from bodies that omit them): the command is judged without it and
 * carries a `FactUnknown` warning that names what to import to know. @internal
 */
export const unknownFact = (subjects: ReadonlyArray<string>, message: string): ReadonlyArray<Finding<never>> => [
  { advisory: true, tag: 'FactUnknown', subjects, message },
]

/** The same check, judged under every rule set (a structural precondition). @internal */
export const structural = <C>(check: RuleCheck<C>): RuleCheck<C> => ({ ...check, always: true })

/**
 * The check, judged only when `predicate` holds for the context (it passes otherwise): for checks
 * that apply to an optional part of an input, such as a named reseller. The check keeps its rule
 * and the tags it may report.
 *
 * @example
 * ```ts
 * import { fail, pass, when, type RuleCheck } from 'csp-channel'
 * type Context = { input: { resellerTenantId: string | null }; reseller: unknown }
 * const resellerKnown: RuleCheck<Context> = when(
 *   (c) => c.input.resellerTenantId !== null,
 *   {
 *     rule: 'MOD-1',
 *     name: 'the named reseller is known',
 *     check: (c) => (c.reseller === undefined ? fail('UnknownPartner', [], 'There is no such reseller.') : pass),
 *   },
 * )
 * ```
 *
 * @category extending
 * @since 0.2.0
 */
export const when = <C>(predicate: (c: C) => boolean, check: RuleCheck<C>): RuleCheck<C> =>
  // the spread keeps the check's own rule, so its tags stay paired with it
  ({ ...check, check: (c: C) => (predicate(c) ? check.check(c) : pass) }) as RuleCheck<C>

/**
 * No finding: what a check returns when its rule holds.
 *
 * @example
 * ```ts
 * import { fail, pass } from 'csp-channel'
 * const check = ({ customer }: { customer: unknown }) =>
 *   customer === undefined ? fail('UnknownCustomer', [], 'There is no such customer.') : pass
 * ```
 *
 * @category extending
 * @since 0.2.0
 */
export const pass: ReadonlyArray<never> = []

/**
 * A single finding of a check: a violation tag, the IDs concerned, a message and the Partner Center
 * error code if any. The tag must be one the check's rule may report ({@link VIOLATIONS}): in a
 * {@link RuleCheck}, any other tag does not compile.
 *
 * @example
 * ```ts
 * import { fail, pass, type RuleCheck } from 'csp-channel'
 * const known: RuleCheck<{ customer: unknown; input: { customerTenantId: string } }> = {
 *   rule: 'MOD-1',
 *   name: 'the customer is known',
 *   check: ({ customer, input }) =>
 *     customer === undefined
 *       ? fail('UnknownCustomer', [input.customerTenantId], `There is no customer ${input.customerTenantId}.`)
 *       : pass,
 * }
 * ```
 *
 * @category extending
 * @since 0.2.0
 */
export const fail = <T extends ViolationTag>(
  tag: T,
  subjects: ReadonlyArray<string>,
  message: string,
  partnerCenterCode?: number,
): ReadonlyArray<Finding<T>> => [
  { tag, subjects, message, ...(partnerCenterCode === undefined ? {} : { partnerCenterCode }) },
]
