/**
 * The transition from direct bill partner to indirect reseller (TRN-1 … TRN-13): who may enroll,
 * approval, the indirect reseller agreement, and how the partner serves its customers while and
 * after it transitions.
 *
 * @module
 */
import { rule, S000, S004, always, only2018, GET_STARTED, type RuleEntry } from './rule.js'

/**
 * The transition rules TRN-1 … TRN-13, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const TRANSITION_RULES = {
  'TRN-1': rule(
    'effect',
    S000,
    GET_STARTED,
    'A direct bill partner enrolls as indirect reseller on its existing tenant; no new tenant is created.',
  ),
  'TRN-2': rule(
    'must',
    S000,
    GET_STARTED,
    "Enrolling needs a current partner profile and MPN ID, and is done by the tenant's global admin.",
  ),
  'TRN-3': rule(
    'must',
    S000,
    GET_STARTED,
    'Who may transition: under the 2018 rules only partners identified for direct bill offboarding; under the 2019 rules partners with an anniversary date from September to December, others once enabled.',
    always,
    'The 2019 enablement "later" is modelled as a flag Microsoft sets on the partner (setProgramFlags).',
  ),
  'TRN-4': rule(
    'effect',
    S000,
    GET_STARTED,
    'An enrollment stays pending until Microsoft approves it, which is due within 3 working days (2018) or 5 business days (2019); approval is emailed to the primary contact.',
    always,
    'Approval is a command by Microsoft. The due date counts weekdays only. Approving after the due date is accepted with an advisory warning.',
  ),
  'TRN-5': rule(
    'must',
    S000,
    GET_STARTED,
    'Indirect reseller capabilities start only when the partner accepts the indirect reseller agreement, which it can do only after approval.',
  ),
  'TRN-6': rule(
    'effect',
    S000,
    GET_STARTED,
    'Once the agreement is accepted the partner is both direct bill partner and indirect reseller.',
  ),
  'TRN-7': rule(
    'must',
    S000,
    GET_STARTED,
    'The transition cannot be undone: nothing may take the indirect reseller role away from a tenant that transitioned.',
    always,
    'Withdrawing a pending enrollment is allowed; from approval on, withdrawal is rejected.',
  ),
  'TRN-8': rule(
    'effect',
    S000,
    'while-you-transition-from-direct-to-indirect-reseller',
    'While transitioning the partner keeps managing its direct customers and their billing, and may take customers from its provider.',
  ),
  'TRN-9': rule(
    'must',
    S004,
    'while-you-transition-from-direct-to-indirect-reseller',
    'Under the 2018 rules a partner enrolled as indirect reseller can no longer add new direct customers.',
    only2018,
    'The partner counts as enrolled from approval on.',
  ),
  'TRN-10': rule(
    'must',
    S000,
    'acquire-new-customers-as-indirect-reseller',
    'An indirect reseller cannot create customer tenants; its provider creates them and names it.',
  ),
  'TRN-11': rule(
    'must',
    S000,
    'managing-your-direct-bill-customers-and-your-indirect-reseller-customers',
    'A partner may not use its direct bill capability to buy for a customer it serves as indirect reseller.',
  ),
  'TRN-12': rule(
    'must',
    S000,
    'move-your-direct-bill-customers-to-your-indirect-provider',
    'A provider orders for a customer only once it has a reseller relationship with it; a direct customer moves to the indirect model only by accepting an indirect reseller invitation.',
  ),
  'TRN-13': rule(
    'effect',
    S000,
    'managing-your-direct-bill-customers-and-your-indirect-reseller-customers',
    'What a partner can do for a customer depends on how it serves it: direct bill customers get orders, reservations, software and direct billing; for indirect customers the provider orders and the reseller manages licenses, users and renewals.',
    always,
    "customerCapabilities lists them per relationship; a restricted partner's list has no orders, software or products to add (RST-2, RST-4). The reseller's renewals are setAutoRenew; licenses and users live in the customer's directory, which the model does not hold.",
  ),
} as const satisfies Record<string, RuleEntry>
