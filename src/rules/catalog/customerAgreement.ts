/**
 * The customer agreement before purchase (MCA-1 … MCA-5): the customer's acceptance of the
 * Microsoft Customer Agreement, attested by its partner or given directly, on record before a new
 * purchase.
 *
 * @module
 */
import { since2021, type RuleEntry } from './rule.js'

const CONFIRM = 'learn:partner-center/customers/confirm-customer-agreement'
const API = 'learn:partner-center/developer/confirm-customer-consent-customer-agreement'

/**
 * The customer agreement rules MCA-1 … MCA-5, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const CUSTOMER_AGREEMENT_RULES = {
  'MCA-1': since2021(
    'must',
    'learn:partner-center/developer/error-codes',
    'error-codes',
    'A new purchase for a customer needs the customer’s acceptance of the agreement on record, attested by a partner or given by the customer in the Microsoft 365 admin center (code 13605); automatic renewals do not. From 2019-10-01 the Microsoft Cloud Agreement also counts; from 2020-02-01 only the Microsoft Customer Agreement.',
    '2019-10-01',
    'official',
    'Only new purchases (subscriptions, order lines, add-ons) need it; seat increases do not (the current text). The date the Cloud Agreement stopped counting is the 2020 one of Microsoft’s translated page, not the "as of 2021" of the agreement metadata page. A customer the model imported without its agreements is an unknown fact, reported as a warning.',
  ),
  'MCA-2': since2021(
    'must',
    CONFIRM,
    'confirm-customer-acceptance',
    'Only a partner user with the admin agent or sales agent role attests the customer’s acceptance; an indirect reseller never attests, its indirect provider does.',
    '2020-02-01',
    'official',
    'The date is the library’s: the 2019 text already asked for these roles. A global admin of the partner tenant may attest too, as it holds every agent role.',
  ),
  'MCA-3': since2021(
    'must',
    CONFIRM,
    'confirm-customer-acceptance',
    'The date the customer accepted the agreement is never in the future.',
    '2020-02-01',
    'official',
    'The future is after the command’s own date (`at`). The date is the library’s: the 2019 text already had the rule.',
  ),
  'MCA-4': since2021(
    'must',
    API,
    'request-body',
    'A second attestation for a customer with the same contact (first name, last name, email and phone) is refused (code 600061); a change in any of them records a new acceptance.',
    '2020-02-01',
    'official',
  ),
  'MCA-5': since2021(
    'effect',
    'learn:partner-center/announcements/2023-april',
    'mca-acceptance',
    "After a partner's attestation Microsoft emails the customer's primary contact; a customer who accepted directly gets no email.",
    '2023-04-15',
    'official',
  ),
} as const satisfies Record<string, RuleEntry>
