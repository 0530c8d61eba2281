/**
 * Builds a {@link ProgramState}, or merges into one, from Partner Center REST response bodies.
 * Pure: the caller fetches or reads the bodies and passes them in as parsed JSON. Each Partner
 * Center resource is read by its own step (partner, customers, subscriptions, relationships,
 * orders, support contacts), in that order, into one state document.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { decode, toDecodeError, type DecodeError } from '../codec/decodeError.js'
import { ProgramStateDocument, stateFromDocument, stateProblemErrors } from '../codec/state.js'
import { checkStateDocument, documentOf } from '../codec/stateCheck.js'
import { emptyState, type ProgramState } from '../model/state.js'
import type { ImportContext, ImportDocument } from './context.js'
import { importCustomers } from './customers.js'
import { PartnerCenterImport } from './importInput.js'
import { importOrders } from './orders.js'
import { importedPartner, partnerTenant } from './partner.js'
import { importCustomerRelationships, importPartnerships } from './relationships.js'
import { importSubscriptions, importSupportContacts } from './subscriptions.js'
import { emptyReport, type Imported } from './report.js'

/**
 * Turns decoded payloads into entities, merging with what `base` already holds: a partner already
 * in `base` keeps its program standing (enrollments, restriction) and gets the profile values.
 */
const build = (input: PartnerCenterImport, base: ProgramState): E.Either<DecodeError, ImportDocument> => {
  const imported = importedPartner(input, base)
  if (E.isLeft(imported)) return imported
  const { partner, region } = imported.right
  const document: ImportDocument = {
    partners: [partner],
    tenants: [partnerTenant(partner)],
    customers: [],
    relationships: [],
    partnerships: [],
    invitations: [],
    subscriptions: [],
    revenue: [],
  }
  const context: ImportContext = { input, base, partner, region, document, issues: [] }
  importCustomers(context)
  importSubscriptions(context)
  importPartnerships(context)
  importCustomerRelationships(context)
  importOrders(context)
  importSupportContacts(context)
  const { issues } = context
  return issues.length > 0 ? E.left({ _tag: 'DecodeError', codec: 'PartnerCenterImport', issues }) : E.right(document)
}

/**
 * Imports Partner Center response bodies into a state: into `base` if given (merge), else into the
 * empty state. Unknown fields are ignored; a body without a field the importer needs gives a
 * {@link DecodeError} naming it. Both IDs of an indirect reseller are kept: its tenant ID (from
 * `associatedPartnerId` and relationship `id`) and its MPN ID (from relationship `mpnId` and a
 * subscription's `partnerId`, which becomes the subscription's partner of record).
 *
 * Readings: a customer's region is the country of its billing or company address (the partner's
 * region when absent); `allowDelegatedAccess` is absent from list responses and then read as no
 * delegated admin; subscription status `pending` reads as active and `deleted`, `expired` and
 * `disabled` as cancelled; the MPA signature date is `at`; a creation date without an offset is read
 * as UTC, and one that cannot be read or lies outside years 0001 to 9999 is left empty; a
 * subscription without `offerId` gets the offer ID `"unknown offer"`, a partner without any profile
 * the name `Partner <MPN ID>`. Names and offer IDs must be printable text (`Text`): a body whose
 * company name holds control, zero-width or bidi characters gives a {@link DecodeError}.
 *
 * Never returns an inconsistent state: the merged state must pass `checkState`, or the result is a
 * {@link DecodeError} of codec `ProgramState` with one issue per problem (path in the state's
 * document lists, expected `MOD-n: …`), for example a subscription of a customer the payloads and
 * `base` do not hold.
 *
 * @category importers
 */
export const importPartnerCenter = (
  input: unknown,
  base: ProgramState = emptyState,
): E.Either<DecodeError, ProgramState> => {
  const decoded = decode(PartnerCenterImport, input)
  if (E.isLeft(decoded)) return decoded
  const built = build(decoded.right, base)
  if (E.isLeft(built)) return built
  // what was read must be a valid state document (names and offers are printable text, …)
  const valid = decode(ProgramStateDocument, built.right)
  if (E.isLeft(valid)) return E.left({ ...valid.left, codec: 'ProgramState' })
  const state = stateFromDocument(valid.right, base)
  // the importer never returns an inconsistent state: what it built must pass the state check
  const document = documentOf(state)
  const problems = checkStateDocument(document)
  return problems.length === 0
    ? E.right(state)
    : E.left(toDecodeError('ProgramState', stateProblemErrors(document, problems)))
}

/**
 * {@link importPartnerCenter} with its {@link ImportReport}: what was read (counts per resource),
 * inferred, created, left unknown and left out, each with its path in the input.
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
 */
export const importPartnerCenterWithReport = (
  input: unknown,
  base: ProgramState = emptyState,
): E.Either<DecodeError, Imported> =>
  E.map((state: ProgramState) => ({ state, report: emptyReport() }))(importPartnerCenter(input, base))
