/**
 * `capabilities`: what an actor can do, command by command and subject by subject, each verdict
 * given by `explain` (so it never disagrees with it).
 *
 * @module
 */
import type { IsoDateTime } from '../../kernel/ids.js'
import { Actor } from '../../model/actor.js'
import type { ProgramState } from '../../model/state.js'
import type { RuleViolation, RuleWarning } from '../../rules/violation.js'
import { explain } from '../registry.js'
import { COMMAND_NAMES, type CommandInput, type CommandName } from '../table.js'
import type { Candidate, Enumerator } from './candidate.js'
import { AGREEMENT_ENUMERATORS } from './agreementSubjects.js'
import { AUTHORIZATION_ENUMERATORS } from './authorizationSubjects.js'
import { CUSTOMER_ENUMERATORS } from './customerSubjects.js'
import { GDAP_ENUMERATORS } from './gdapSubjects.js'
import { GDAP_ACCESS_ENUMERATORS } from './gdapAccessSubjects.js'
import { PARTNER_ENUMERATORS } from './partnerSubjects.js'
import { PARTNERSHIP_ENUMERATORS } from './partnershipSubjects.js'
import { scopeOf } from './scope.js'
import { SUBSCRIPTION_ENUMERATORS } from './subscriptionSubjects.js'

/** Every command's enumerator: the compiler holds that each command has exactly one. */
const ENUMERATORS: { readonly [N in CommandName]: Enumerator<N> } = {
  ...PARTNER_ENUMERATORS,
  ...CUSTOMER_ENUMERATORS,
  ...PARTNERSHIP_ENUMERATORS,
  ...SUBSCRIPTION_ENUMERATORS,
  ...AGREEMENT_ENUMERATORS,
  ...GDAP_ENUMERATORS,
  ...GDAP_ACCESS_ENUMERATORS,
  ...AUTHORIZATION_ENUMERATORS,
}

/**
 * One thing an actor could do: a command, the subjects it names (customer, subscription,
 * reseller, partner, invitation IDs), the input that was judged, and `explain`'s verdict on it:
 * accepted, or every violation (rule, tag, message, Partner Center code), with the warnings.
 *
 * @example
 * ```ts
 * import type { Capability } from 'csp-channel'
 * const line = (c: Capability) =>
 *   `${c.accepted ? '✔' : '✗'} ${c.command} ${c.subjects.join(', ')} ${c.violations[0]?.rule ?? ''}`
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export type Capability = {
  readonly [N in CommandName]: {
    readonly command: N
    readonly subjects: ReadonlyArray<string>
    readonly input: CommandInput<N>
    readonly accepted: boolean
    readonly violations: ReadonlyArray<RuleViolation>
    readonly warnings: ReadonlyArray<RuleWarning>
  }
}[CommandName]

/**
 * What {@link capabilities} looks at: only these `commands`, only the candidates naming `subject`
 * (a customer, subscription, partner, reseller or invitation ID), at most `limit` rows.
 *
 * @example
 * ```ts
 * import type { CapabilityOptions } from 'csp-channel'
 * const options: CapabilityOptions = { commands: ['placeOrder'], subject: customerTenantId, limit: 50 }
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export interface CapabilityOptions {
  readonly commands?: ReadonlyArray<CommandName>
  readonly subject?: string
  readonly limit?: number
}

/**
 * The result of {@link capabilities}: one row per candidate, and whether `limit` left some out.
 *
 * @example
 * ```ts
 * import { capabilities, type Capabilities } from 'csp-channel'
 * const report: Capabilities = capabilities(state, actor, at, { limit: 100 })
 * if (report.truncated) console.log('more than 100: narrow with commands or subject')
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export interface Capabilities {
  readonly rows: ReadonlyArray<Capability>
  readonly truncated: boolean
}

const judged = <N extends CommandName>(state: ProgramState, command: N, c: Candidate<N>): Capability => {
  const judgement = explain(state, { command, input: c.input })
  const violations = judgement.checks.flatMap((check) => (check.verdict === 'failed' ? check.violations : []))
  return {
    command,
    subjects: c.subjects,
    input: c.input,
    accepted: violations.length === 0,
    violations,
    warnings: judgement.warnings,
  } as unknown as Capability
}

/**
 * For every command, the subjects `actor` could name at `at` and whether the command would be
 * accepted, with the violations when not. Each row's verdict is `explain`'s on its input, so
 * `capabilities` never disagrees with `explain` or with running the command.
 *
 * The candidates: a partner user acts for its own tenant, Microsoft for every partner, a customer
 * admin for its customer with each of its partners. For each partner acting, one candidate per
 * command about the partner itself (`signMpa`, `enrollIndirect`, `restrictDirectBill`, …); per
 * customer (`purchaseSubscription`, `placeOrder` with each reseller serving the customer through
 * the provider); per subscription billed to it (`changeSeats`, `suspendSubscription`, …, and with
 * each reseller serving its customer for `associateResellerWithSubscription`); per partnership or
 * open request; per invitation (`acceptCustomerInvitation`). Where the actor would choose a value,
 * the input carries a representative one: one license-based seat, a seat more, auto-renew switched,
 * and new IDs hashed from the command and subject, never one the state uses (the same state, actor
 * and instant always give the same rows).
 *
 * Rows come in registry order, then by partner, customer and subscription ID. The cost is one
 * `explain` per row plus index reads, about 27 µs per row: on the benchmark's state of 1e4
 * subscriptions, the 33,943 rows of its indirect provider's admin agent (300 customers, 3,000
 * subscriptions) take about 0.9 s (`docs/performance.md`). `options` bounds it: only some
 * `commands`, one `subject` (a customer or subscription narrows the look-ups to it: one customer's
 * rows take microseconds), at most `limit` rows (`truncated` says whether more followed).
 *
 * @example
 * ```ts
 * import { capabilities, isoDateTime, partnerUser } from 'csp-channel'
 * const adminAgent = partnerUser(providerTenantId, 'adminAgent')
 * const { rows } = capabilities(state, adminAgent, isoDateTime('2021-03-01T09:00:00Z'), { commands: ['placeOrder'] })
 * for (const r of rows) console.log(r.subjects.join(' '), r.accepted ? 'yes' : r.violations[0]?.message)
 * ```
 *
 * @category queries
 * @since 0.2.0
 */
export const capabilities = (
  state: ProgramState,
  actor: Actor,
  at: IsoDateTime,
  options: CapabilityOptions = {},
): Capabilities => {
  const { subject } = options
  const limit = options.limit === undefined ? Infinity : Math.max(0, Math.floor(options.limit) || 0)
  const asked = options.commands === undefined ? undefined : new Set<string>(options.commands)
  // an actor that is not one yields the one candidate that names nothing, which explain rejects (MOD-8)
  const scope = scopeOf(state, actor, at, subject, Actor.is(actor))
  const rows: Capability[] = []
  for (const name of COMMAND_NAMES) {
    if (asked !== undefined && !asked.has(name)) continue
    for (const c of (ENUMERATORS[name] as Enumerator<CommandName>)(scope)) {
      if (subject !== undefined && !c.subjects.includes(subject)) continue
      if (rows.length >= limit) return { rows, truncated: true }
      rows.push(judged(state, name, c))
    }
  }
  return { rows, truncated: false }
}
