/**
 * What an import read, inferred, created, left unknown and left out: the {@link ImportReport} that
 * comes with an imported state.
 *
 * @module
 */
import type { ProgramState } from '../model/state.js'

/**
 * One line of an import report: where in the input it comes from (`customers[0].items[3]`), the ID
 * it concerns (a tenant, subscription or order ID; empty when none), and what the importer did or
 * could not do, in a sentence.
 *
 * @category importers
 * @since 0.2.0
 */
export interface ImportNote {
  readonly path: string
  readonly subject: string
  readonly note: string
}

/**
 * The report of an import:
 * - `read`: how many entities of each resource were read from the bodies, by input field
 *   (`customers`, `subscriptions`, `addOns`, `orders`, `orderLines`, `indirectResellers`,
 *   `customerRelationships`, `customerAgreements`, `supportContacts`, `mpnProfile`,
 *   `gdapRelationships`, `gdapAccessAssignments`, …), left out or
 *   not, and the new commerce parts of subscriptions kept (`seatBatches`, `scheduledChanges`);
 * - `inferred`: values a body did not give and the importer read from something else, with the
 *   reading (a subscription kind from its offer, a name from another profile);
 * - `created`: entities created because a body named them without describing them (a customer tenant
 *   named by a subscription or an order), so that the state names nothing it does not hold;
 * - `unknown`: facts the state records as unknown because no body said (delegated admin from a list
 *   body, a customer's region without an address, the MPA signature date); commands that need them
 *   are judged with a `FactUnknown` warning;
 * - `leftOut`: what was not imported, and why (a refundable seat batch with a quantity or window
 *   end that cannot be read, incomplete scheduled changes, an agreement of a kind the model does
 *   not know, …).
 *
 * @category importers
 * @since 0.2.0
 */
export interface ImportReport {
  readonly read: Readonly<Record<string, number>>
  readonly inferred: ReadonlyArray<ImportNote>
  readonly created: ReadonlyArray<ImportNote>
  readonly unknown: ReadonlyArray<ImportNote>
  readonly leftOut: ReadonlyArray<ImportNote>
}

/**
 * An imported state with its report.
 *
 * @category importers
 * @since 0.2.0
 */
export interface Imported {
  readonly state: ProgramState
  readonly report: ImportReport
}
