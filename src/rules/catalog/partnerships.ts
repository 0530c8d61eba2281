/**
 * Partnerships between indirect providers and indirect resellers (PRT-1 … PRT-7): who does
 * provider tasks, requesting, accepting and removing a partnership, the partner of record, and the
 * levels at which a reseller is involved.
 *
 * @module
 */
import { rule, S001, always, type RuleEntry } from './rule.js'

/**
 * The partnership rules PRT-1 … PRT-7, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const PARTNERSHIP_RULES = {
  'PRT-1': rule(
    'must',
    S001,
    'indirect-provider-tasks-in-the-partner-center',
    'Provider tasks are done by a global admin, user admin, admin agent or sales agent.',
  ),
  'PRT-2': rule(
    'must',
    S001,
    'connect-with-indirect-resellers',
    'A provider works only with resellers that are enrolled as indirect resellers and have a Partner Center account.',
  ),
  'PRT-3': rule(
    'effect',
    S001,
    'connect-with-indirect-resellers',
    "A partnership is requested by the provider and exists once the reseller's global admin accepts it.",
    always,
    'A second request while one is open or active is rejected under this rule, and so is declining or withdrawing a request that is not pending. A declined or withdrawn request ends the partnership as removed, never accepted; the provider may request again.',
  ),
  'PRT-4': rule(
    'must',
    S001,
    'connect-with-indirect-resellers',
    'Only with an active partnership may a provider add customers for the reseller, order for its customers, associate it with a subscription or make it support contact.',
    always,
    "An order for an indirect reseller's customer also needs the reseller to serve that customer (a reseller relationship with it).",
  ),
  'PRT-5': rule(
    'must',
    S001,
    'add-new-subscriptions-to-customer-accounts',
    'The reseller MPN ID on a subscription is the one of the partner location account the reseller onboarded with.',
    always,
    "Partners record all their partner location MPN IDs; the partner of record must be the named reseller's MPN ID tied to its CSP account. The provider's own MPN ID is rejected with 2072, an unknown one with 800015, one of another partner with 800016.",
  ),
  'PRT-6': rule(
    'effect',
    S001,
    'remove-partnership-with-indirect-resellers',
    'Removing a partnership keeps the customers and delegated admin privileges, takes the reseller off the list, and requires the provider to acknowledge the terms.',
    always,
    "The acknowledgement is an explicit input flag the provider's users give; Microsoft may also end a partnership (through Microsoft support, seed 002) without it. Because no notice is sent, every removal carries a warning (NoNoticeSent) naming the reseller and the customers served through the partnership.",
  ),
  'PRT-7': rule(
    'effect',
    S001,
    'connect-with-customers',
    'A reseller can be involved at four levels: on the customer account, as owner of the customer Azure tenant, on a subscription, or as its support contact.',
    always,
    "The provider makes a reseller in active partnership, and in a reseller relationship with the customer, the owner of the customer's Azure tenant (grantAzureTenantOwner); the owner may then manage the customer's Azure resources (manageAzureResources).",
  ),
} as const satisfies Record<string, RuleEntry>
