/**
 * The invariants the fuzzer checks after every step. {@link checkStep} runs one command value
 * through every entry point (the command function, `execute`, `apply`, `explain`) against a state
 * and reports each invariant it finds broken, by name, with a message.
 *
 * Cheap invariants run on every step; the expensive ones (the state's JSON round trip and document
 * check, the fold of the events, the snapshot of the previous state, the events' JSON round trip)
 * run when `expensive` is set.
 */
import * as E from 'fp-ts/lib/Either.js'
import {
  COMMANDS,
  COMMAND_NAMES,
  DomainEvent,
  ProgramStateCodec,
  RULE_IDS,
  RuleSetId,
  ViolationTag,
  WarningTag,
  apply,
  checkState,
  evolve,
  execute,
  explain,
  getPartner,
  getPartnership,
  getRelationship,
  getSubscription,
  getTenant,
  isRestricted,
  mayReport,
  VIOLATIONS,
  replay,
  stateToJson,
  entitiesOf,
  type CommandName,
  type CommandResult,
  type Judgement,
  type ProgramState,
  type RuleSetId as RuleSetIdType,
  type RuleViolation,
  type RuleWarning,
  type Subscription,
} from '../../../src/index.js'
import { deepFreeze, toJsonText, toReproText } from './values.js'

/** One broken invariant. */
export interface Break {
  readonly invariant: string
  readonly message: string
}

/** What one step did: the state to continue from, whether the command was accepted, and what broke. */
export interface StepResult {
  readonly state: ProgramState
  readonly accepted: boolean
  readonly name: string | undefined
  readonly breaks: ReadonlyArray<Break>
}

export interface StepOptions {
  /** Run the expensive invariants on this step. */
  readonly expensive: boolean
  /** Also judge the command under this what-if rule set (must not throw). */
  readonly whatIf?: RuleSetIdType | undefined
}

/** The names of the invariants, as reported. */
export const INVARIANTS = [
  'no-throw',
  'typed-json-parity',
  'bad-command-object-rejected',
  'apply-agrees',
  'rejected-same-state',
  'input-not-mutated',
  'input-not-shared',
  'previous-state-not-mutated',
  'no-prototype-pollution',
  'violations-name-catalog-rules',
  'warnings-name-catalog-rules',
  'explain-agrees',
  'fold-of-events',
  'state-json-round-trip',
  'state-check',
  'events-json-round-trip',
  'restricted-no-new-business',
  'TRN-7-transition-irreversible',
  'seats-whole-non-negative',
  'mpa-signed-at-fixed',
  'partner-tenant-not-customer',
  'partners-kept',
  'time-runs-forward',
] as const
export type InvariantName = (typeof INVARIANTS)[number]

const RULES = new Set<string>(RULE_IDS)
const NAMES = new Set<string>(COMMAND_NAMES)
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key)

/** The command name and input a value names, when it is exactly `{ command, input? }` with a known name. */
export const typedCall = (value: unknown): { name: CommandName; input: unknown } | undefined => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const keys = Object.keys(value)
  if (!own(value, 'command') || keys.some((k) => k !== 'command' && k !== 'input')) return undefined
  const name = (value as { command: unknown }).command
  if (typeof name !== 'string' || !NAMES.has(name)) return undefined
  return { name: name as CommandName, input: own(value, 'input') ? (value as { input: unknown }).input : undefined }
}

const key = (v: { readonly rule: string; readonly _tag: string }) => `${v.rule} ${v._tag}`
const keys = (vs: ReadonlyArray<{ readonly rule: string; readonly _tag: string }>) => vs.map(key)
const sorted = (xs: ReadonlyArray<string>) => [...xs].sort()
const same = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) =>
  a.length === b.length && a.every((x, i) => x === b[i])
const show = (xs: ReadonlyArray<string>) => `[${xs.join(', ')}]`

const verdictOf = (r: CommandResult) => (E.isLeft(r) ? `rejected ${show(keys(r.left))}` : 'accepted')

const stateTexts = new WeakMap<ProgramState, string>()
/** `JSON.stringify(stateToJson(state))`, computed afresh. */
const freshText = (state: ProgramState): string => JSON.stringify(stateToJson(state))
/** The same, remembered per state (states are immutable). */
const stateText = (state: ProgramState): string => {
  let text = stateTexts.get(state)
  if (text === undefined) stateTexts.set(state, (text = freshText(state)))
  return text
}

/** Every object reachable from `root`, at most `cap` of them, without recursion. */
const objectsOf = (root: unknown, cap = 20_000): Set<object> => {
  const seen = new Set<object>()
  const stack: unknown[] = [root]
  while (stack.length > 0 && seen.size < cap) {
    const v = stack.pop()
    if (typeof v !== 'object' || v === null || seen.has(v)) continue
    seen.add(v)
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k])
  }
  return seen
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).length

/** Checks the violations and warnings a result carries: catalog rules, known tags paired with their rule (VIOLATIONS), a known rule set. */
const checkFindings = (
  where: string,
  violations: ReadonlyArray<RuleViolation>,
  warnings: ReadonlyArray<RuleWarning>,
  fail: (invariant: InvariantName, message: string) => void,
) => {
  for (const v of violations)
    if (
      !RULES.has(v.rule) ||
      !ViolationTag.is(v._tag) ||
      !mayReport(v.rule, v._tag) ||
      (v.partnerCenterCode !== null && !VIOLATIONS[v._tag].codes.includes(v.partnerCenterCode)) ||
      !RuleSetId.is(v.ruleSet) ||
      typeof v.message !== 'string'
    )
      fail(
        'violations-name-catalog-rules',
        `${where}: violation ${JSON.stringify({ rule: v.rule, _tag: v._tag, ruleSet: v.ruleSet })}`,
      )
  for (const w of warnings)
    if (!RULES.has(w.rule) || !WarningTag.is(w._tag) || !RuleSetId.is(w.ruleSet))
      fail('warnings-name-catalog-rules', `${where}: warning ${JSON.stringify({ rule: w.rule, _tag: w._tag })}`)
}

/** The program invariants between the state before and after an accepted command. */
export const checkProgram = (
  prev: ProgramState,
  next: ProgramState,
  fail: (invariant: InvariantName, message: string) => void,
) => {
  const restricted = new Set<string>()
  for (const p of entitiesOf(prev, 'partners')) {
    const q = getPartner(next, p.tenantId)
    if (q === undefined) {
      fail('partners-kept', `partner ${p.tenantId} disappeared`)
      continue
    }
    if (isRestricted(p)) restricted.add(p.tenantId)
    if (p.mpaSignedAt !== null && q.mpaSignedAt !== p.mpaSignedAt)
      fail('mpa-signed-at-fixed', `partner ${p.tenantId}: mpaSignedAt ${p.mpaSignedAt} became ${q.mpaSignedAt}`)
    if (p.indirectReseller.status === 'active' && q.indirectReseller.status !== 'active')
      fail(
        'TRN-7-transition-irreversible',
        `partner ${p.tenantId}: indirect reseller enrollment went from active to ${q.indirectReseller.status}`,
      )
  }
  const subscriptions = entitiesOf(next, 'subscriptions')
  for (const s of subscriptions) {
    if (!Number.isInteger(s.seats) || s.seats < 0)
      fail('seats-whole-non-negative', `subscription ${s.id} has ${String(s.seats)} seats`)
    if (restricted.has(s.billedBy) && getSubscription(prev, s.id) === undefined)
      fail(
        'restricted-no-new-business',
        `restricted partner ${s.billedBy} is billed for new subscription ${s.id} (${s.kind})`,
      )
  }
  checkTime(prev, next, subscriptions, fail)
  for (const c of entitiesOf(next, 'customers'))
    if (getTenant(next, c.tenantId)?.kind === 'partner' || getPartner(next, c.tenantId) !== undefined)
      fail('partner-tenant-not-customer', `partner tenant ${c.tenantId} has a customer record`)
  for (const r of entitiesOf(next, 'relationships')) {
    if (getTenant(next, r.customerTenantId)?.kind === 'partner' || getPartner(next, r.customerTenantId) !== undefined)
      fail(
        'partner-tenant-not-customer',
        `partner tenant ${r.customerTenantId} is the customer of a reseller relationship with ${r.partnerTenantId}`,
      )
    // a customer it created itself (as direct bill partner or indirect provider); being named the
    // indirect reseller of a customer a provider creates is indirect business, which stays open (RST-1, RST-5)
    if (
      restricted.has(r.partnerTenantId) &&
      r.origin === 'customerCreation' &&
      r.channel !== 'indirectReseller' &&
      getRelationship(prev, r.partnerTenantId, r.customerTenantId) === undefined
    )
      fail(
        'restricted-no-new-business',
        `restricted partner ${r.partnerTenantId} created customer ${r.customerTenantId} (${r.channel})`,
      )
  }
}

/**
 * Time runs forward (MOD-6): no fact of the state is dated before a fact it follows from: an
 * invitation accepted before it was issued, a partnership accepted before it was requested, an
 * enrollment approved before it was submitted, a credit check before its application; and what this
 * step created is not dated before what it acts on: a new subscription before its parent or before
 * the billing partner's relationship with the customer, a new indirect reseller relationship before
 * the partnership it goes through was accepted.
 */
const checkTime = (
  prev: ProgramState,
  next: ProgramState,
  subscriptions: ReadonlyArray<Subscription>,
  fail: (invariant: InvariantName, message: string) => void,
) => {
  const before = (what: string, later: string | null | undefined, earlier: string | null | undefined) => {
    if (later != null && earlier != null && later < earlier) fail('time-runs-forward', `${what}: ${later} < ${earlier}`)
  }
  for (const i of entitiesOf(next, 'invitations'))
    before(`invitation ${i.id} accepted before it was issued`, i.acceptedAt, i.issuedAt)
  for (const x of entitiesOf(next, 'partnerships'))
    before(
      `partnership ${x.providerTenantId}/${x.resellerTenantId} accepted before it was requested`,
      x.acceptedAt,
      x.requestedAt,
    )
  for (const p of entitiesOf(next, 'partners')) {
    const e = p.indirectReseller
    if (e.status === 'approved')
      before(`partner ${p.tenantId}: enrollment approved before it was submitted`, e.approvedAt, e.submittedAt)
    const a = p.directBillApplication
    if (a !== null) before(`partner ${p.tenantId}: credit check before the application`, a.creditCheckAt, a.submittedAt)
  }
  for (const s of subscriptions) {
    if (getSubscription(prev, s.id) !== undefined) continue
    if (s.parentId !== null)
      before(
        `new subscription ${s.id} bought before its parent ${s.parentId}`,
        s.createdAt,
        getSubscription(next, s.parentId)?.createdAt,
      )
    before(
      `new subscription ${s.id} bought before ${s.billedBy}'s relationship with customer ${s.customerTenantId}`,
      s.createdAt,
      getRelationship(next, s.billedBy, s.customerTenantId)?.since,
    )
  }
  for (const r of entitiesOf(next, 'relationships'))
    if (
      r.channel === 'indirectReseller' &&
      r.indirectProviderTenantId !== null &&
      getRelationship(prev, r.partnerTenantId, r.customerTenantId) === undefined
    )
      before(
        `new relationship ${r.partnerTenantId}/${r.customerTenantId} dated before partnership ${r.indirectProviderTenantId}/${r.partnerTenantId} was accepted`,
        r.since,
        getPartnership(next, r.indirectProviderTenantId, r.partnerTenantId)?.acceptedAt,
      )
}

/** The expensive invariants of an accepted command: fold, round trips, document check. */
const checkExpensive = (
  prev: ProgramState,
  next: ProgramState,
  events: ReadonlyArray<DomainEvent>,
  fail: (invariant: InvariantName, message: string) => void,
) => {
  const text = stateText(next)
  const folded = freshText(replay(prev, events))
  if (folded !== text) fail('fold-of-events', 'stateToJson(replay(previous, events)) differs from the outcome state')
  if (events.length >= 64 && freshText(events.reduce(evolve, prev)) !== text)
    fail('fold-of-events', 'events.reduce(evolve, previous) differs from the outcome state')
  const decoded = ProgramStateCodec.decode(JSON.parse(text))
  if (E.isLeft(decoded)) {
    const first = decoded.left[0]
    fail(
      'state-json-round-trip',
      `ProgramStateCodec.decode(stateToJson(state)) failed: ${decoded.left.length} errors, first: ${first?.message ?? ''} at ${first?.context.map((c) => c.key).join('.') ?? ''}`,
    )
  } else if (freshText(decoded.right) !== text)
    fail('state-json-round-trip', 'the decoded state re-encodes to different JSON')
  const problems = checkState(next)
  if (problems.length > 0)
    fail(
      'state-check',
      `checkState found ${problems.length} problems, first: ${problems[0]?.rule} at ${problems[0]?.path}: ${problems[0]?.message}`,
    )
  for (const e of events) {
    const json = JSON.stringify(DomainEvent.encode(e))
    const back = DomainEvent.decode(JSON.parse(json))
    if (E.isLeft(back) || JSON.stringify(DomainEvent.encode(back.right)) !== json)
      fail('events-json-round-trip', `event ${e._tag} does not survive a JSON round trip`)
  }
}

/**
 * Runs one command value against `state` through every entry point and checks every invariant.
 * The value is deep-frozen first (a mutation throws in strict mode); the state returned is the
 * typed call's (or `execute`'s for a value that is not a well-formed command).
 */
export const checkStep = (state: ProgramState, value: unknown, options: StepOptions): StepResult => {
  const breaks: Break[] = []
  const fail = (invariant: InvariantName, message: string) => {
    breaks.push({ invariant, message })
  }
  const attempt = <A>(where: string, f: () => A): A | undefined => {
    try {
      return f()
    } catch (e) {
      fail('no-throw', `${where} threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}` : String(e)}`)
      return undefined
    }
  }

  deepFreeze(value)
  const jsonText = toJsonText(value)
  const snapshot = () => (jsonText !== undefined ? toJsonText(value) : toReproText(value))
  const before = jsonText ?? toReproText(value)
  const typed = typedCall(value)
  const previousText = options.expensive ? stateText(state) : undefined

  const viaCommand = typed && attempt('command', () => COMMANDS[typed.name](state, typed.input as never))
  const viaExecute = attempt('execute', () => execute(state, jsonText === undefined ? value : JSON.parse(jsonText)))
  const applied = attempt('apply', () => apply(state, value))
  const judged: Judgement | undefined = attempt('explain', () => explain(state, value))
  const { whatIf } = options
  if (whatIf !== undefined) attempt('explain (whatIf)', () => explain(state, value, { whatIf }))

  if (snapshot() !== before) fail('input-not-mutated', 'the command value changed during the step')
  if (Object.getOwnPropertyNames(Object.prototype).length !== PROTOTYPE_KEYS || 'polluted' in {})
    fail('no-prototype-pollution', 'Object.prototype changed')

  const result = viaCommand ?? (typed === undefined ? viaExecute : undefined)
  if (result === undefined) return { state, accepted: false, name: typed?.name, breaks }

  // typed / JSON parity (or, for a value that is no well-formed command, a MOD-8 rejection)
  if (typed === undefined) {
    if (E.isRight(result) || result.left.some((v) => v.rule !== 'MOD-8' && v.rule !== 'MOD-5'))
      fail('bad-command-object-rejected', `execute gave ${verdictOf(result)}`)
  } else if (jsonText !== undefined && viaExecute !== undefined) {
    if (verdictOf(result) !== verdictOf(viaExecute))
      fail('typed-json-parity', `typed: ${verdictOf(result)}; JSON: ${verdictOf(viaExecute)}`)
    else if (
      E.isRight(result) &&
      E.isRight(viaExecute) &&
      JSON.stringify(result.right.events) !== JSON.stringify(viaExecute.right.events)
    )
      fail('typed-json-parity', 'typed and JSON calls accepted with different events')
  }

  const violations = E.isLeft(result) ? result.left : []
  const warnings = E.isRight(result) ? result.right.warnings : []
  checkFindings('result', violations, warnings, fail)
  if (viaExecute !== undefined && E.isLeft(viaExecute)) checkFindings('execute', viaExecute.left, [], fail)

  if (applied !== undefined) {
    checkFindings('apply', applied.violations, applied.warnings, fail)
    if (applied.accepted !== E.isRight(result) || !same(keys(applied.violations), keys(violations)))
      fail(
        'apply-agrees',
        `apply: ${applied.accepted ? 'accepted' : `rejected ${show(keys(applied.violations))}`}; command: ${verdictOf(result)}`,
      )
    else if (E.isRight(result) && JSON.stringify(applied.events) !== JSON.stringify(result.right.events))
      fail('apply-agrees', 'apply accepted with other events than the command')
    if (!applied.accepted && applied.state !== state)
      fail('rejected-same-state', 'apply returned another state object for a rejected command')
  }

  if (judged !== undefined) {
    const failed = judged.checks.filter((c) => c.verdict === 'failed')
    const explained = failed.flatMap((c) => c.violations)
    checkFindings('explain', explained, judged.warnings, fail)
    if (failed.length > 0 !== E.isLeft(result) || !same(sorted(keys(explained)), sorted(keys(violations))))
      fail(
        'explain-agrees',
        `explain: ${failed.length > 0 ? `rejected ${show(sorted(keys(explained)))}` : 'accepted'}; command: ${verdictOf(result)}`,
      )
    else if (E.isRight(result) && !same(sorted(keys(judged.warnings)), sorted(keys(warnings))))
      fail('explain-agrees', `explain warns ${show(keys(judged.warnings))}; the command warns ${show(keys(warnings))}`)
  }

  if (previousText !== undefined && freshText(state) !== previousText)
    fail('previous-state-not-mutated', 'stateToJson(previous state) changed during the step')

  if (E.isLeft(result)) return { state, accepted: false, name: typed?.name, breaks }

  const { state: next, events, ruleSet } = result.right
  if (!RuleSetId.is(ruleSet)) fail('violations-name-catalog-rules', `outcome names rule set ${String(ruleSet)}`)
  const inputObjects = objectsOf(value)
  const shared = [...objectsOf(events)].filter((o) => inputObjects.has(o)).length
  if (shared > 0) fail('input-not-shared', `${shared} objects of the input are held by the events`)
  checkProgram(state, next, fail)
  if (options.expensive) checkExpensive(state, next, events, fail)
  return { state: next, accepted: true, name: typed?.name, breaks }
}
