/**
 * Builds a {@link ProgramState}, or merges into one, from Partner Center REST response bodies.
 * Pure: the caller fetches or reads the bodies and passes them in as parsed JSON. Each Partner
 * Center resource is read by its own step (partner, partnerships, customers, customer profiles,
 * relationships, subscriptions, add-ons, orders, support contacts), in that order, into one state
 * document, with a report of what was read, inferred, created, left unknown and left out.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { decode, toDecodeError, type DecodeError } from '../codec/decodeError.js'
import { ProgramStateDocument, stateFromDocument, stateProblemErrors } from '../codec/state.js'
import { checkStateDocument, documentOf } from '../codec/stateCheck.js'
import { snapshot } from '../internal/snapshot.js'
import { emptyState, type ProgramState } from '../model/state.js'
import { leaveOutOrphans, noteUnreadFields } from './completeness.js'
import { count, note, reportDraft, type ImportContext } from './context.js'
import { importCustomerAgreements } from './agreements.js'
import { importBillingProfiles, importCompanyProfiles, importCustomerUpdates } from './customerProfiles.js'
import { importCustomers } from './customers.js'
import { putPartner } from './entities.js'
import { importGdapRelationships } from './gdap.js'
import { importGdapAccessAssignments } from './gdapAssignments.js'
import { PartnerCenterImport } from './importInput.js'
import { importOrders } from './orders.js'
import { importedPartner, importMpaStatuses, type ImportingPartner } from './partner.js'
import { importCustomerRelationships, importPartnerships } from './relationships.js'
import type { Imported, ImportReport } from './report.js'
import { importAddOns, importSubscriptions, importSupportContacts } from './subscriptions.js'

/** The steps of an import, in order. */
const STEPS: ReadonlyArray<(c: ImportContext) => void> = [
  importPartnerships,
  importMpaStatuses,
  importCustomers,
  importCompanyProfiles,
  importBillingProfiles,
  importCustomerAgreements,
  importCustomerRelationships,
  importSubscriptions,
  importAddOns,
  importOrders,
  importSupportContacts,
  importCustomerUpdates,
  importGdapRelationships,
  importGdapAccessAssignments,
  leaveOutOrphans,
]

/** The most values (objects, arrays and primitives together) an import reads: exports can be large. */
export const MAX_IMPORT_VALUES = 50_000_000

/** Keys never read from the input: a `"__proto__"` key could become the prototype of a copy. */
const DROPPED_KEYS: ReadonlySet<string> = new Set(['__proto__'])

/** A fresh context for an import into `base` by the importing partner: the notes of reading it and of the `dropped` keys. */
const contextOf = (
  input: PartnerCenterImport,
  base: ProgramState,
  { partner, roles, region, notes }: ImportingPartner,
  dropped: ReadonlyArray<string>,
): ImportContext => {
  const c: ImportContext = {
    input,
    base,
    partner,
    roles,
    region,
    entities: {
      partners: new Map(),
      tenants: new Map(),
      customers: new Map(),
      relationships: new Map(),
      partnerships: new Map(),
      subscriptions: new Map(),
      subscriptionPaths: new Map(),
      subscriptionsByOrder: new Map(),
      gdapRelationships: new Map(),
    },
    issues: [],
    report: reportDraft(),
  }
  for (const [kind, n] of notes) c.report.notes[kind].push(n)
  for (const path of dropped)
    note(c, 'leftOut', path, '', 'A "__proto__" key is never read: it could replace the prototype of what is read.')
  return c
}

/** The state document of the entities an import built (no invitations, no revenue: Partner Center gives neither). */
const documentOfEntities = (e: ImportContext['entities']): Required<ProgramStateDocument> => ({
  partners: [...e.partners.values()],
  tenants: [...e.tenants.values()],
  customers: [...e.customers.values()],
  relationships: [...e.relationships.values()],
  partnerships: [...e.partnerships.values()],
  invitations: [],
  subscriptions: [...e.subscriptions.values()],
  revenue: [],
  gdapRelationships: [...e.gdapRelationships.values()],
})

/**
 * Reads the decoded payloads into a state document and a report, merging with what `base` holds:
 * the importing partner and its profiles first, then each payload section by its step (`STEPS`).
 */
const build = (
  input: PartnerCenterImport,
  raw: unknown,
  dropped: ReadonlyArray<string>,
  base: ProgramState,
): E.Either<DecodeError, { document: Required<ProgramStateDocument>; report: ImportReport }> => {
  const imported = importedPartner(input, base)
  if (E.isLeft(imported)) return imported
  const c = contextOf(input, base, imported.right, dropped)
  for (const field of ['organizationProfile', 'legalBusinessProfile', 'mpnProfile', 'mpaAgreementStatus'] as const)
    if (input[field] !== undefined) count(c, field)
  putPartner(c, imported.right.partner)
  for (const step of STEPS) step(c)
  noteUnreadFields(c, raw)
  if (c.issues.length > 0) return E.left({ _tag: 'DecodeError', codec: 'PartnerCenterImport', issues: c.issues })
  const { read, notes } = c.report
  return E.right({ document: documentOfEntities(c.entities), report: { read, ...notes } })
}

/**
 * {@link importPartnerCenter} with its {@link ImportReport}: what was read (counts per resource),
 * inferred, created, left unknown and left out, each note with its path in the input, the ID it
 * concerns and a sentence. See {@link importPartnerCenter} for what is read and how.
 *
 * @example
 * ```ts
 * import * as E from 'fp-ts/lib/Either.js'
 * import { importPartnerCenterWithReport } from 'csp-channel/partner-center'
 * const result = importPartnerCenterWithReport({ at: '2020-03-02T00:00:00Z', partner: { tenantId: '3b33e682-00c3-41ee-9dd2-a548adf56438', roles: ['indirectProvider'], region: 'US', mpnId: '4847383' } })
 * if (E.isRight(result)) console.log(result.right.report.read)
 * ```
 *
 * @category importers
 * @since 0.2.0
 */
export const importPartnerCenterWithReport = (
  input: unknown,
  base: ProgramState = emptyState,
): E.Either<DecodeError, Imported> => {
  // read the caller's value once, as plain data, without "__proto__" keys
  const dropped: string[] = []
  const read = snapshot(input, { maxValues: MAX_IMPORT_VALUES, dropKeys: DROPPED_KEYS, onDrop: (p) => dropped.push(p) })
  if (!('ok' in read))
    return E.left({
      _tag: 'DecodeError',
      codec: 'PartnerCenterImport',
      issues: [{ path: read.path, expected: 'a value that can be read', received: read.reason, kind: 'invalid' }],
    })
  const decoded = decode(PartnerCenterImport, read.value)
  if (E.isLeft(decoded)) return decoded
  const built = build(decoded.right, read.value, dropped, base)
  if (E.isLeft(built)) return built
  // what was read must be a valid state document (names and offers are printable text, …)
  const valid = decode(ProgramStateDocument, built.right.document)
  if (E.isLeft(valid)) return E.left({ ...valid.left, codec: 'ProgramState' })
  const state = stateFromDocument(valid.right, base)
  // the importer never returns an inconsistent state: what it built must pass the state check
  const document = documentOf(state)
  const problems = checkStateDocument(document)
  return problems.length === 0
    ? E.right({ state, report: built.right.report })
    : E.left(toDecodeError('ProgramState', stateProblemErrors(document, problems)))
}

/**
 * Imports Partner Center response bodies ({@link PartnerCenterImport}) into a state: into `base` if
 * given (merge), else into the empty state; the state of {@link importPartnerCenterWithReport}.
 * Unknown fields of a body are ignored; a body without a field the importer needs gives a
 * {@link DecodeError} naming it.
 *
 * What is read:
 * - Customers from single resources, list pages (`{ totalCount, items, links, attributes }`, one
 *   body per page), lists filtered by indirect reseller (the input names the reseller; the customer
 *   gets a relationship with it through the importing provider), create responses (name from
 *   `billingProfile` when the company profile has none; `userCredentials` never kept), company and
 *   billing profiles. A customer's region is the country of its billing or company address.
 * - Subscriptions (legacy, new commerce, software, savings plans, third-party marketplace,
 *   PascalCase PATCH bodies) and add-on lists (parent from the input). The kind is read from
 *   `productType`, else `billingType`, `unitType` and the offer; `expired` and `disabled` are their
 *   own statuses, `deleted` cancelled, `pending` active. The terms (`termDuration`, `billingCycle`,
 *   commitment end date, refundable quantity, cancellation window: `cancellationAllowedUntilDate`,
 *   else the latest `refundOptions[].expiresAt`) are kept in `newCommerce`, with the experience
 *   (new commerce for `OnlineServicesNCE` or a `PRODUCT:SKU:AVAILABILITY` Microsoft offer; legacy
 *   for a legacy offer or a third-party product, `isMicrosoftProduct: false`), the term start
 *   (`effectiveStartDate`), the seat batches (`refundableQuantity.details`), the scheduled changes
 *   (`scheduledNextTermInstructions`) and a trial's end (`isTrial`: its start plus 30 days).
 * - Customer agreements (`GET /v1/customers/{id}/agreements`): the customer's `agreements`, each
 *   listed agreement with its kind, date, contact and how it was accepted (a `primaryContact` reads
 *   as a partner attestation; which partner attested is left unknown). A customer without an
 *   agreements body keeps what `base` holds (absent: unknown).
 * - Orders (single, list envelopes, cart checkout results): a line names its subscription's partner
 *   of record; a line whose subscription is not held becomes one, its kind read from its product,
 *   term and name (software, reservation, Azure, license-based); a line without a subscription ID
 *   gets one derived from the order ID and line number ({@link lineSubscriptionId}).
 * - GDAP relationships (Graph bodies, GDAP-1 … GDAP-11, GDAP-15) of the importing partner (as
 *   reseller for a `resellerDelegatedAdminRelationship`, whose indirect provider must be held):
 *   durations in days (a year is 365), auto-extension 0 or 180, Graph's status onto the model's
 *   (approved, activating and expiring read active; terminating terminated; expired active with its
 *   end), the roles, and access assignments (security group, roles, status) per relationship.
 * - Partnerships (indirect resellers and providers), customers' reseller relationships, MPA
 *   statuses (own and other partners'; the 2203 error body reads as not signed), MPN profiles
 *   (own, without `partnerName`), organization and legal business profiles, support contacts.
 *
 * Recorded as unknown, never guessed (commands judge them with a `FactUnknown` warning):
 * - `ResellerRelationship.delegatedAdmin: null` for a relationship whose body omits
 *   `allowDelegatedAccess` (list items, create responses, relationship lists, and relationships
 *   implied by a subscription or order);
 * - `Tenant.region: null` for a customer whose bodies give no address (never the partner's region);
 * - `Partner.mpaSignedAt: at` with `mpaDateUnknown: true` when the agreement status says signed
 *   (it gives no date), and `mpaSignedAt: null` with `mpaDateUnknown: true` for a partner new to
 *   the state without any agreement status (importing partner or a partner named by a list);
 * - `Subscription.createdAt: null` for an unreadable creation date, and `null` (or absent) new
 *   commerce fields a body does not give; a seat batch or scheduled change a body gives in part is
 *   left out with a note, never completed.
 *
 * Referential completeness: a subscription, order, profile or relationship list naming a customer
 * tenant the state does not hold creates it (kind customer, region unknown, named
 * `Customer <tenant ID>` until a body names it) and a reseller relationship of the importing
 * partner with it. What would still name something the state does not hold (an add-on whose parent
 * is not held, a support contact of an unknown tenant, a reseller not held) is left out, with a
 * note. A partner named by a list without a `location` gets the importing partner's region (REG-2).
 *
 * Merging never replaces a known fact with one a body does not give: new commerce terms a body omits,
 * a partner of record it leaves empty (`partnerId: ""`), the kind and parent of a subscription whose
 * body has no product type or parent (list items, PATCH bodies), a tenant's owner and internal use,
 * the channel of a relationship a customer body names no reseller for, and a partnership whose list
 * entry has a state other than `Active` (left out with a note) all keep what `base` holds.
 *
 * The input is read once as plain data (up to 50,000,000 values): a `"__proto__"` key
 * is never read (reported left out); an input that cannot be read is a {@link DecodeError} at its
 * path. A quantity out of range is left out with a note at its path in the input.
 *
 * Never returns an inconsistent state: the merged state must pass `checkState`, or the result is a
 * {@link DecodeError} of codec `ProgramState` with one issue per problem (path in the state's
 * document lists, expected `MOD-n: …`). Names and offer IDs must be printable text (`Text`).
 *
 * @category importers
 * @since 0.1.0
 */
export const importPartnerCenter = (
  input: unknown,
  base: ProgramState = emptyState,
): E.Either<DecodeError, ProgramState> => E.map((i: Imported) => i.state)(importPartnerCenterWithReport(input, base))
