/**
 * csp-channel: an immutable model of the Microsoft Cloud Solution Provider (CSP) program with pure
 * command functions. Each command takes a {@link ProgramState} and an input and returns either
 * every rule violation (each naming its catalog rule ID) or the new state with the events it caused.
 *
 * This entry holds what a program needs: identifiers and models, the state and its queries, the
 * commands with their input codecs, commands as data (`execute`, `apply`, `explain`), rules and
 * violations, events, codecs and errors, and the extension API (`defineCommand`, see
 * `docs/extending.md`). The Partner Center importer is `csp-channel/partner-center`; the scenario
 * runner and formatter are `csp-channel/scenario`. The ES module build is one module per source
 * file and the package has no side effects, so a bundler keeps only the modules a program imports.
 *
 * @packageDocumentation
 */

// Identifiers and values
export {
  TenantId,
  tenantId,
  MpnId,
  mpnId,
  SubscriptionId,
  subscriptionId,
  InvitationId,
  invitationId,
  IsoDateTime,
  isoDateTime,
  IsoDate,
  isoDate,
  Region,
  region,
  Email,
  email,
  YearMonth,
  yearMonth,
  type YearMonthBrand,
  type TenantIdBrand,
  type MpnIdBrand,
  type SubscriptionIdBrand,
  type InvitationIdBrand,
  type IsoDateTimeBrand,
  type IsoDateBrand,
  type RegionBrand,
  type EmailBrand,
} from './kernel/ids.js'
export { Text } from './kernel/text.js'
export { MARKETS, MARKET_SOURCE, marketOf, sameMarket, describeRegion, type Market } from './model/markets.js'

// Model: entities, their codecs, the state and its queries
export * from './model/index.js'
export { whoMayRun } from './commands/whoMayRun.js'
export { customerCapabilities } from './commands/capabilities/customer.js'
export {
  capabilities,
  type Capabilities,
  type Capability,
  type CapabilityOptions,
} from './commands/capabilities/capabilities.js'

// Rules
export {
  RULES,
  RULE_IDS,
  RuleId,
  ruleInForce,
  type Confidence,
  type RuleEntry,
  type RuleKind,
} from './rules/catalog.js'
export {
  CustomerAgreementKind,
  RULE_SETS,
  RuleSetId,
  inForceUnder,
  ruleSet,
  ruleSetAt,
  rulesInForce,
  type RuleSet,
  type RuleSetParameters,
} from './rules/ruleSets.js'
export { RuleViolation, RuleWarning, ViolationTag, WarningTag, type TagsOf } from './rules/violation.js'
export { VIOLATIONS, VIOLATION_TAGS, mayReport, type ViolationEntry } from './rules/violations.js'
export { INTEGRITY_RULES } from './rules/integrity.js'
export { PROVIDER_TASK_ROLES } from './commands/checks/actor.js'

// Events
export {
  DomainEvent,
  ProfileChanges,
  NotificationSubject,
  CustomerNotificationSubject,
  AdminCredentials,
  type DomainEventTag,
} from './events/events.js'
export { GdapGrant } from './events/gdapAccessEvents.js'
export { DistributorRegionRevenue, RevenueAssessmentOutcome, RevenueNoticeKind } from './events/authorizationEvents.js'
export { evolve, replay } from './events/evolve.js'
export { CspInvariantError } from './internal/invariant.js'

// Running commands as data
export {
  COMMANDS,
  COMMAND_NAMES,
  apply,
  execute,
  explain,
  type Applied,
  type CommandInput,
  type CommandName,
} from './commands/registry.js'
export { applyAll, type AppliedAll, type Verdict } from './commands/batch.js'
export { ProgramCommand } from './commands/programCommand.js'

// Event stores: the program as a Decider for emmett's command handling, commands and events as { type, data }
export {
  cspDecider,
  toEmmettCommand,
  CommandRejectedError,
  type CspDecider,
  type EmmettCommand,
} from './decider/decider.js'
export { toEmmettEvent, fromEmmettEvent, PASSWORD_NOT_STORED, type EmmettEvent } from './decider/events.js'

// The command contract, and the extension API: defining a command of your own (docs/extending.md)
export {
  defineCommand,
  commandInput,
  pass,
  fail,
  when,
  type Command,
  type CommandDefinition,
  type CommandInputBase,
  type CommandResult,
  type Outcome,
  type RuleCheck,
  type CheckOf,
  type AdvisoryCheck,
  type CheckContext,
  type Finding,
} from './commands/contract.js'
export { explainCommand, type CheckReport, type Judgement } from './commands/judge.js'

// Commands: every command function with its input codec
export * from './commands/all.js'

// Codecs and decoding
export {
  ProgramStateCodec,
  ProgramStateDocument,
  stateFromDocument,
  stateToJson,
  type ProgramStateJson,
} from './codec/state.js'
export { checkState, checkStateDocument, type StateProblem, type StateRule } from './codec/stateCheck.js'
export {
  decode,
  toDecodeError,
  formatDecodeError,
  MAX_DECODE_ISSUES,
  type DecodeError,
  type DecodeIssue,
  type DecodeIssueKind,
} from './codec/decodeError.js'
export type { ExactType, ListType, ExactOf, ExactOutputOf } from './internal/codec.js'

// Direct bill requirements
export {
  assessDirectBill,
  trailingTwelveMonths,
  trailingTwelveMonthCloudRevenue,
  DIRECT_BILL_REVENUE_THRESHOLD_CENTS,
  type DirectBillAssessment,
  type UnmetRequirement,
  type RequirementStatus,
} from './directBill/requirements.js'
export { RevenueEntry, RevenueCategory, CLOUD_REVENUE_CATEGORIES } from './model/revenue.js'

// Partner-of-record validation and authorization
export {
  validateResellers,
  INVALID_PARTNER_OF_RECORD_CODE,
  type PartnerOfRecordValidation,
  type ValidateResellersError,
} from './commands/authorization/validateResellers.js'
export {
  assessDistributor,
  type DistributorAssessment,
  type DistributorRegionAssessment,
} from './commands/authorization/assessDistributor.js'
export { UsdAmount, UsdCents, UsdDecimal, parseUsd, formatUsd } from './kernel/money.js'
