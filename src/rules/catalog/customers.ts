/**
 * Customers and invitations (CUS-1 … CUS-3, INV-1 … INV-3, MUL-1): customers a provider creates
 * and orders for on behalf of a reseller, indirect reseller invitations, and customers with
 * several partners.
 *
 * @module
 */
import { rule, S000, S001, S002, always, TRANSACTIONS, type RuleEntry } from './rule.js'

/**
 * The customer, invitation and multi-partner rules CUS-1 … CUS-3, INV-1 … INV-3 and MUL-1, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const CUSTOMER_RULES = {
  'CUS-1': rule(
    'effect',
    S001,
    'add-new-customers-and-associate-them-with-indirect-resellers',
    'A provider creating a customer for a reseller creates the tenant and its first subscriptions all at once, gives the reseller admin access and returns the admin credentials once.',
  ),
  'CUS-2': rule(
    'effect',
    S001,
    'add-new-subscriptions-to-customer-accounts',
    "A provider makes new subscriptions, upgrades and extra licenses for a reseller's customer, optionally naming the reseller on them.",
    always,
    'New subscriptions default their support contact to the provider. An add-on line names an active license-based subscription of the customer or an earlier line of the same order; this is checked under this rule for provider orders.',
  ),
  'CUS-3': rule('effect', S001, 'connect-with-customers', 'A provider can list its customers by indirect reseller.'),
  'INV-1': rule(
    'effect',
    S000,
    'acquire-new-customers-as-indirect-reseller',
    'An indirect reseller invitation asks one customer to take both the reseller and its provider as partners at once.',
    always,
    'A customer tenant that already exists in the model cannot be created again: it has to be invited.',
  ),
  'INV-2': rule(
    'effect',
    S000,
    'acquire-new-customers-as-indirect-reseller',
    'When the customer accepts, the reseller gets admin permissions and the provider may order for the customer.',
  ),
  'INV-3': rule(
    'must',
    S000,
    'move-your-direct-bill-customers-to-your-indirect-provider',
    'Only the invited customer can accept an invitation, only once, and only while its issuer may still issue it.',
    always,
    'Derived from INV-1, INV-2 and RST-5.',
  ),
  'MUL-1': rule('effect', S002, TRANSACTIONS, 'A customer can work with several partners at once.'),
} as const satisfies Record<string, RuleEntry>
