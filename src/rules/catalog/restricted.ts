/**
 * Restricted direct bill capabilities (RST-1 … RST-8): what a restricted direct bill partner can
 * no longer do, and what is not affected.
 *
 * @module
 */
import { rule, S000, always, RESTRICTED, type RuleEntry } from './rule.js'

/**
 * The restriction rules RST-1 … RST-8, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const RESTRICTION_RULES = {
  'RST-1': rule(
    'effect',
    S000,
    'what-happens-when-your-direct-bill-capabilities-have-been-restricted',
    'A direct bill partner that misses the requirements is notified and its status becomes restricted, whether or not it is also an indirect reseller.',
    always,
    'Only Microsoft restricts. The unmet requirements are an input, completed and checked by the direct bill assessment from 2020-10-27 (see DB-9).',
  ),
  'RST-2': rule(
    'must',
    S000,
    RESTRICTED,
    'A restricted partner makes no new purchases for customers: Azure, license-based, new add-ons, software and reservations.',
    always,
    'The restriction is on the partner tenant, not on one command: no new subscription is billed to it by any path, its orders as an indirect provider included; what RST-8 allows stays allowed. An add-on must name an active license-based parent subscription of the same customer; other purchases name none. Both are checked under this rule.',
  ),
  'RST-3': rule(
    'must',
    S000,
    RESTRICTED,
    'A restricted partner buys no new Azure subscriptions for its own use (Azure partner shared services).',
  ),
  'RST-4': rule(
    'must',
    S000,
    RESTRICTED,
    'A restricted partner creates no new customer tenants.',
    always,
    'By any path: the customers it would create for a reseller as an indirect provider included.',
  ),
  'RST-5': rule(
    'must',
    S000,
    RESTRICTED,
    'A restricted partner sends no direct reseller relationship invitations; as an enrolled indirect reseller it may still send indirect reseller invitations.',
  ),
  'RST-6': rule(
    'must',
    S000,
    RESTRICTED,
    'A direct bill partner tenant may create one integration sandbox; a restricted partner without one can no longer create it, and a second one is never allowed.',
  ),
  'RST-7': rule(
    'effect',
    S000,
    'whats-not-affected',
    'Existing direct bill subscriptions stay valid, keep renewing and stay billed to the partner until cancelled.',
    always,
    "Renewal is a command Microsoft runs with the date (renewSubscription): an active subscription that renews automatically and whose term has ended renews for one more term, billed to the same partner, restricted or not. A subscription's term ends on its new commerce commitment end date, else on the term end the model recorded, else one year after its purchase (the library's reading: the seeds give no term length).",
  ),
  'RST-8': rule(
    'must',
    S000,
    'whats-not-affected',
    'A restricted partner can still suspend and cancel subscriptions, change the seats of existing license-based subscriptions and add-ons, and deploy and manage resources in existing Azure subscriptions.',
    always,
    'Cancelling is allowed because existing subscriptions are billed "until you cancel them"; reactivating a suspended subscription and turning its renewal on or off manage an existing subscription, so they are allowed too. Azure resources are managed with manageAzureResources (an event in the history; the model holds no resources). A change that a subscription\'s status or kind does not allow is a lifecycle violation (MOD-3), not one of this rule.',
  ),
} as const satisfies Record<string, RuleEntry>
