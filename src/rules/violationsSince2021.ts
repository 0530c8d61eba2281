/**
 * The violation tags of the program since 2021: the customer agreement (MCA-1 … MCA-4) and new
 * commerce (NCE-1 … NCE-21). Part of the violation table `VIOLATIONS`.
 *
 * @module
 */
import { coded, row, type ViolationEntry } from './violationRow.js'

/** The violation tags of the rules since 2021, with their rules, meanings and codes. @internal */
export const SINCE_2021_VIOLATIONS = {
  // the customer agreement
  CustomerAgreementNotAccepted: coded(
    [13605],
    'The customer has no acceptance on record of a customer agreement the rule set accepts.',
    'MCA-1',
  ),
  NotCustomerAdmin: row("Only the customer's own admin accepts the agreement for it directly.", 'MCA-1'),
  AttestationRoleNotAllowed: row(
    "Only a partner user with the global admin, admin agent or sales agent role attests a customer's acceptance.",
    'MCA-2',
  ),
  ResellerCannotAttest: row(
    "An indirect reseller never attests its customer's acceptance; its provider does.",
    'MCA-2',
  ),
  AgreementDateInFuture: row('The date the customer accepted the agreement is after the attestation.', 'MCA-3'),
  AgreementAlreadyAttested: coded(
    [600061],
    "A partner already attested the customer's acceptance with the same contact.",
    'MCA-4',
  ),
  // new commerce purchases and orders
  NewCommerceNotAvailable: row(
    'New commerce terms are asked for before new commerce exists, or on a kind the library sells without them.',
    'NCE-1',
  ),
  InvalidTermDuration: coded([800121], 'The term is not one Partner Center knows (P1M, P1Y, P3Y).', 'NCE-2'),
  InvalidBillingCycle: row('The billing cycle is not one Partner Center knows (monthly, annual, triennial).', 'NCE-2'),
  BillingCycleLongerThanTerm: coded([900270], 'The billing cycle is longer than the term.', 'NCE-2'),
  LegacyOrderRefused: row(
    'A legacy seat-based order is refused: the offer is sold in new commerce.',
    'NCE-3',
    'NCE-20',
  ),
  InvalidTrial: row('A new commerce trial holds 25 seats.', 'NCE-18'),
  InvalidCustomTermEnd: coded(
    [900245, 900242],
    'The custom term end date is outside the first term or aligns with no allowed end date.',
    'NCE-21',
  ),
  CancellationWindowPassed: coded(
    [900213, 900117],
    'The cancellation window of the new commerce subscription has passed (900213 for a window counted in hours, 900117 in days).',
    'NCE-4',
  ),
  SeatReductionNotAllowed: coded(
    [800090, 900214, 900257],
    'More seats are removed than are still inside their reduction window (900214 or 900257 when none is left).',
    'NCE-5',
  ),
  NewCommerceSubscriptionClosed: coded(
    [900277],
    'A cancelled, expired or disabled new commerce subscription is never changed nor reactivated again.',
    'NCE-8',
  ),
  RenewalPending: row(
    'The subscription is waiting to be renewed: it cannot be changed until the renewal completes.',
    'NCE-16',
  ),
  TrialNotChangeable: row('The seats and status of a new commerce trial do not change during the trial.', 'NCE-18'),
  // new commerce windows, seats and status
  ScheduledChangesNotAllowed: row(
    'Changes for the next term are scheduled only on an active subscription that renews automatically.',
    'NCE-12',
  ),
  TermShortened: coded([800122], 'In the middle of a term, the term may only grow.', 'NCE-15'),
  UpfrontBillingMidTerm: row(
    'In the middle of a term, the billing cycle cannot become as long as the term (upfront billing).',
    'NCE-15',
  ),
  UpgradeSubscriptionNotActive: coded(
    [900258],
    'A subscription in an upgrade, its source or its target, is not active.',
    'NCE-13',
  ),
  UpgradeIsDowngrade: row('The target offer ranks below the source offer: downgrades are not offered.', 'NCE-13'),
  TargetInCancellationWindow: row(
    'The target subscription of an upgrade is still inside its cancellation window.',
    'NCE-13',
  ),
  TargetTermShorter: coded([900267], "The target subscription's term is shorter than the source's.", 'NCE-13'),
  TargetEndsBeforeSource: coded([900236], 'The target subscription ends before the source subscription.', 'NCE-13'),
} as const satisfies Record<string, ViolationEntry>
