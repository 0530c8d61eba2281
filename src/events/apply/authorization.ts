/**
 * Partner-of-record and authorization events: suspension, deauthorization, reauthorization, the
 * FY26 authorization facts, and the assessments, reviews and notices that change nothing.
 *
 * @internal
 */
import type { IsoDate } from '../../kernel/ids.js'
import { authorizationOf } from '../../model/standing.js'
import { updatePartner } from '../entityUpdates.js'
import type { Handlers } from './handler.js'

const dayOf = (at: string): IsoDate => at.slice(0, 10) as IsoDate

/** How each of these events changes the state. */
export const AUTHORIZATION_HANDLERS = {
  PartnerAccountSuspended: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.accountSuspended = { since: event.at }
    }),
  PartnerAccountReinstated: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      delete p.accountSuspended
    }),
  // the assessment is history; a deauthorization comes as its own event
  ResellerRevenueAssessed: (state) => state,
  ResellerDeauthorized: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      const { authorizedSince } = authorizationOf(p)
      p.authorization = { status: 'deauthorized', authorizedSince, deauthorizedOn: dayOf(event.at) }
    }),
  ResellerReauthorized: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.authorization = { status: 'authorized', authorizedSince: dayOf(event.at), deauthorizedOn: null }
    }),
  // a notice to the reseller or one of its providers; changes nothing in the model
  ResellerRevenueNoticeSent: (state) => state,
  AuthorizationFactsRecorded: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      const {
        transactingResellerYear,
        businessVetting,
        solutionsPartnerDesignation,
        securityScore,
        automatedAssessment,
      } = event.facts
      const facts = p.authorizationFacts ?? {}
      if (transactingResellerYear !== undefined) facts.transactingResellerYear = transactingResellerYear
      if (businessVetting !== undefined) facts.businessVetting = businessVetting
      if (solutionsPartnerDesignation !== undefined) facts.solutionsPartnerDesignation = solutionsPartnerDesignation
      if (securityScore !== undefined) facts.securityScore = securityScore
      if (automatedAssessment !== undefined) facts.automatedAssessment = automatedAssessment
      p.authorizationFacts = facts
    }),
  // the distributor review is history: a provider that passes it keeps its standing
  DistributorAuthorizationConfirmed: (state) => state,
} satisfies Partial<Handlers>
