/**
 * The last step of a Partner Center import: what would leave the state naming what it does not
 * hold, and cannot be created from what the bodies say, is left out with a note: an add-on whose
 * parent subscription is neither imported nor held (MOD-1, MOD-4). Fields of the input the
 * importer does not read are reported too.
 *
 * @module
 */
import { note, type ImportContext } from './context.js'
import { heldSubscription } from './entities.js'
import { INPUT_FIELDS } from './importInput.js'

/** Leaves out every imported add-on without a license-based parent of the same customer. */
export const leaveOutOrphans = (c: ImportContext): void => {
  for (const s of [...c.entities.subscriptions.values()]) {
    if (s.kind !== 'addOn' || s.parentId === null) continue
    const parent = heldSubscription(c, s.parentId)
    if (parent?.kind === 'licenseBased' && parent.customerTenantId === s.customerTenantId) continue
    c.entities.subscriptions.delete(s.id)
    note(
      c,
      'leftOut',
      c.entities.subscriptionPaths.get(s.id) ?? 'subscriptions',
      s.id,
      parent === undefined
        ? `Add-on ${s.id}: its parent subscription ${s.parentId} is neither imported nor held; import the parent's subscription body too.`
        : `Add-on ${s.id}: its parent ${s.parentId} is a ${parent.kind} subscription of ${parent.customerTenantId}, not a license-based one of ${s.customerTenantId}.`,
    )
  }
}

/** Notes every field of the raw input that the importer does not read. */
export const noteUnreadFields = (c: ImportContext, raw: unknown): void => {
  if (typeof raw !== 'object' || raw === null) return
  for (const key of Object.keys(raw))
    if (!INPUT_FIELDS.includes(key))
      note(c, 'leftOut', key, '', `The input field ${JSON.stringify(key)} is not one the importer reads.`)
}
