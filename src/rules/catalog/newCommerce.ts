/**
 * New commerce license-based subscriptions (NCE-1 … NCE-21), the program since 2022: terms and
 * billing cycles, the cancellation and seat-reduction windows, renewal, upgrades and the end of
 * legacy seat-based orders.
 *
 * @module
 */
import { since2021, type RuleEntry } from './rule.js'

const CREATE = 'learn:partner-center/customers/create-a-new-subscription'
const LIFECYCLE = 'learn:partner-center/customers/subscription-lifecycle'
const ERRORS = 'learn:partner-center/developer/error-codes'
const QUANTITY = 'learn:partner-center/developer/change-the-quantity-of-a-subscription'
const BLOG = 'blog:january-10-seat-based-offers-now-available-in-the-new-commerce-experience'
const GA = '2022-01-10'

/**
 * The new commerce rules NCE-1 … NCE-21, keyed by rule ID. Part of the rule catalog `RULES`.
 *
 * @category rules
 */
export const NEW_COMMERCE_RULES = {
  'NCE-1': since2021(
    'effect',
    'learn:partner-center/developer/subscription-resources',
    'subscription',
    'A new commerce offer is named product:SKU:availability; its subscription runs for a term (P1M, P1Y or P3Y) and is billed on a cycle (monthly, annual or triennial).',
    GA,
    'official',
    'A purchase is new commerce when it carries new commerce terms. New commerce exists from the 2022-01-10 rule set: an earlier purchase with terms is refused under this rule (the October 2021 technical release is not modelled).',
  ),
  'NCE-2': since2021(
    'must',
    ERRORS,
    'error-codes',
    'The billing cycle is never longer than the term (code 900270), and the term is one Partner Center knows (code 800121).',
    GA,
    'official',
    'The error table is undated; the rule is read from new commerce general availability.',
  ),
  'NCE-3': since2021(
    'must',
    BLOG,
    'update-march-10-2022',
    'New orders of commercial seat-based offers are new commerce orders; a legacy order is refused, except for customers in Brazil. Renewals of legacy subscriptions are not new orders.',
    '2022-03-10',
    'official',
    'Seat-based means license-based subscriptions and their add-ons; a purchase is commercial unless it names another segment. Brazil is the customer tenant in country BR; the later date for Brazil is unknown, so the exception stays.',
  ),
  'NCE-4': since2021(
    'must',
    CREATE,
    'cancellation-policy',
    'A new commerce subscription is cancelled only inside its cancellation window, counted from its purchase or from the completion of its last renewal: 72 hours under the 2022-01-10 rules, 7 days from 2022-03-19 (codes 900213, 900117). Inside it the refund is prorated.',
    GA,
    'official',
    'The window is counted in exact hours and its last instant is excluded. An end Partner Center reported (cancellationAllowedUntilDate, imported) wins over one counted from the imported term start (effectiveStartDate); a renewal opens a new window counted from its completion. Its length is the one of the rule set in force at the cancellation, not at the purchase, as Microsoft applied the 7 days retroactively. The 2022-03-19T00:00Z switch comes from the press (secondary); the Microsoft blog dates it 2022-03-17.',
  ),
  'NCE-5': since2021(
    'must',
    QUANTITY,
    'request',
    'Seats are removed only while they are inside their own window: the seats bought at purchase, at each renewal and at each addition each get one, of the length NCE-4 gives. A larger decrease is refused (code 800090; 900214 or 900257 once no seat can be removed).',
    GA,
    'official',
    'The window of each batch of seats is measured as in NCE-4. A decrease removes the most recently added refundable seats first (the library’s reading; Partner Center does not say).',
  ),
  'NCE-6': since2021(
    'effect',
    'learn:partner-center/developer/get-a-subscription-by-id',
    'refundablequantity',
    'A new commerce subscription reports its refundable quantity: one entry per batch of seats still inside its window, with the quantity and the end of the window, and their total.',
    GA,
    'official',
    'A decrease consumes refundable seats, and seats outside their window are not listed (read from the documented example).',
  ),
  'NCE-7': since2021(
    'effect',
    CREATE,
    'license-based-subscriptions',
    'Seats of an active new commerce subscription may be added at any time. They join the subscription, keep its term end date, are charged prorated, and open their own reduction window.',
    GA,
    'inferred',
    'Proration of added seats is the library’s reading; the pages state it only for add-ons.',
  ),
  'NCE-8': since2021(
    'must',
    LIFECYCLE,
    'subscription-states',
    'A new commerce subscription that is cancelled, expired or disabled is never reactivated nor changed again (code 900277 while it expires).',
    GA,
    'official',
  ),
  'NCE-9': since2021(
    'effect',
    LIFECYCLE,
    'suspended',
    'Suspending a new commerce subscription keeps billing the partner and turns auto-renew off. It may be reactivated before its term ends; still suspended at term end, it becomes disabled without renewing and billing stops.',
    GA,
    'official',
    'The lifecycle page says both expired and disabled for a subscription still suspended at term end; the library takes disabled, as the section on that state describes the case.',
  ),
  'NCE-10': since2021(
    'effect',
    LIFECYCLE,
    'expired',
    'With auto-renew off, an active new commerce subscription expires at the end of its term: 30 days of access without billing, then 90 days disabled (admins only), then deleted; none of these states is ever reactivated.',
    GA,
    'official',
  ),
  'NCE-11': since2021(
    'effect',
    CREATE,
    'renewals',
    'Auto-renew is optional and on by default. A term runs through its end date; the renewal is processed the next day, with the scheduled changes if any, and opens new cancellation and reduction windows when it completes.',
    GA,
    'official',
    'The renewal completes at the instant Microsoft runs it (the command’s `at`); the new windows start then.',
  ),
  'NCE-12': since2021(
    'must',
    CREATE,
    'scheduled-changes',
    'Changes for the next term (seats, term, billing cycle, offer, custom end date) are scheduled only on an active subscription with auto-renew on. A mid-term cancellation, auto-renew turned off, seat change or upgrade deletes them.',
    GA,
    'official',
  ),
  'NCE-13': since2021(
    'must',
    'learn:partner-center/developer/transition-a-new-commerce-subscription',
    'eligibility',
    'An upgrade starts only from an active subscription and never goes down. An existing target is active, past its cancellation window, with a term no shorter than the source’s, and ends no earlier than the source (codes 900258, 900236, 900267).',
    GA,
    'official',
    'A target ending on the same day as the source is accepted (the eligibility reason excludes only an earlier end; error 900236 says "later than").',
  ),
  'NCE-14': since2021(
    'effect',
    'learn:partner-center/customers/new-commerce-cancellation-policy',
    'upgrades',
    'A subscription created by a partial upgrade opens no cancellation window of its own: it shares its source’s, until it renews.',
    GA,
    'official',
    'The newer page is followed (the window is inherited), not the 2023 text that applied no window to upgrades. The catalog marks the rule must; the library reads it as what an accepted partial upgrade does (the new subscription starts with its source’s window), and a later cancellation outside that window is refused under NCE-4.',
  ),
  'NCE-15': since2021(
    'must',
    CREATE,
    'term-changes',
    'In the middle of a term, the term may only grow (P1M to P1Y or P3Y, P1Y to P3Y; code 800122), and no switch to a billing cycle as long as the term (upfront) is allowed.',
    GA,
    'official',
  ),
  'NCE-16': since2021(
    'must',
    CREATE,
    'renewals',
    'While a renewal is pending, auto-renew, scheduled changes, suspension and reactivation are read-only; other updates are refused with a conflict and may be retried.',
    GA,
    'official',
    'A renewal is pending from the day after the term end date until Microsoft renews (or ends) the subscription.',
  ),
  'NCE-17': since2021(
    'advisory',
    CREATE,
    'license-based-subscriptions',
    'Partner Center may refuse to update a subscription changed more than 1,200 times (code 900311); a warning comes as the count nears that limit.',
    GA,
    'inferred',
    'The warning starts at 1,100 changes: the threshold is the library’s choice.',
  ),
  'NCE-18': since2021(
    'must',
    CREATE,
    'trials',
    'A new commerce trial holds 25 seats for 30 days, and its seats and status do not change meanwhile. Converted mid-term, it keeps at least 25 seats; with auto-renew on, it converts at its end to the paid offer (one-year term, monthly billing).',
    GA,
    'official',
  ),
  'NCE-19': since2021(
    'effect',
    'learn:partner-center/announcements/2023-july',
    'next-steps-new-commerce',
    'From January 2024 Microsoft moves legacy commercial seat-based subscriptions to new commerce when they renew: a one-year term, the same billing and seats, and 7 days to change the term or seats, or cancel.',
    '2024-01-01',
    'official',
  ),
  'NCE-20': since2021(
    'must',
    'mirror:learn:partner-center/new-commerce-license-based',
    'new-commerce-license-based',
    'Every license-based purchase is a new commerce purchase, except the five- and six-year legacy offers of the public sector.',
    '2024-09-01',
    'secondary',
    'The sentence was read only on a copy of the Microsoft page; a distributor gives 2024-08-01 instead.',
  ),
  'NCE-21': since2021(
    'must',
    'learn:partner-center/customers/align-subscription-end-dates',
    'align-subscription-end-dates',
    'A custom term end date falls within the first term; a monthly term cannot end on the 28th, 29th or 30th unless it is the last day of the month, and annual or triennial terms cannot end with a monthly term (codes 900245, 900242, 900246). An existing subscription is realigned only at renewal.',
    '2022-03-10',
    'official',
  ),
} as const satisfies Record<string, RuleEntry>
