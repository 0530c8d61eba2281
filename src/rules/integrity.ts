/**
 * The library's own model-integrity rules (MOD-1 … MOD-8). They are not program policy: a violation
 * of one says "this command does not make sense on this state" (an unknown ID, a reused ID, a
 * quantity out of range, a command dated before what it acts on, an input with fields it does not
 * have), not "the program forbids it". Program rule IDs are never used for these cases, and these
 * IDs never for a program rule.
 *
 * @module
 */

/** Where a model-integrity rule comes from: the library itself. */
export const LIBRARY_SOURCE = { seed: 'library', section: 'model-integrity' } as const

const integrity = (statement: string, decision?: string) =>
  ({
    kind: 'must',
    statement,
    source: LIBRARY_SOURCE,
    inForce: { from: '2018-12-18', until: null },
    ...(decision === undefined ? {} : { decision }),
  }) as const

/**
 * The model-integrity rules MOD-1 … MOD-8, keyed by rule ID; they are also part of the rule
 * catalog `RULES`.
 *
 * @category rules
 * @since 0.2.0
 */
export const INTEGRITY_RULES = {
  'MOD-1': integrity(
    'A command acts only on entities the state holds; an unknown partner, tenant, customer, subscription, invitation, partnership or application is rejected, naming its ID.',
  ),
  'MOD-2': integrity(
    'Identifiers are unique: a tenant ID, an MPN ID (location IDs included), a subscription ID or an invitation ID is registered once.',
  ),
  'MOD-3': integrity(
    'A subscription changes only along its lifecycle: a cancelled one never changes, and its customer, kind, billing partner and parent never change.',
  ),
  'MOD-4': integrity('An add-on is bought only for an active license-based parent subscription of the same customer.'),
  'MOD-5': integrity(
    "Quantities are whole numbers within Partner Center's limits, lists that need an item have one, money is whole cents and dates are calendar dates from year 0001 to 9999.",
    'Seats are whole numbers from 1 to 2,147,483,647 (Partner Center quantities are 32-bit integers); money is a safe integer of cents.',
  ),
  'MOD-6': integrity(
    'Time runs forward: a command is not dated before the facts it acts on, such as an invitation accepted before it was issued.',
  ),
  'MOD-7': integrity(
    'Program facts (direct bill standing and approval, credit checks, revenue, MPN membership, program flags, restriction) are recorded only by Microsoft, and a partner gains a transactional role only through the program steps.',
  ),
  'MOD-8': integrity(
    'A command input is exactly its documented shape: unknown fields are rejected, never stored, and an input never names or overwrites another entity than the one the command is for.',
    'A rule set named in an input must be the one in force at the command date; judging under another rule set is a what-if, offered by explain only.',
  ),
} as const
