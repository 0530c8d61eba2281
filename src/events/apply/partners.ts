/**
 * Partner and program events: registration, profile, enrollments, direct bill, incentives, restriction.
 *
 * @internal
 */
import { freezeDeep } from '../../internal/immer.js'
import { putPartner, putRevenue, putTenant } from '../../model/writes.js'
import { applyProfileChanges, setIncentive, updatePartner } from '../entityUpdates.js'
import type { Handlers } from './handler.js'

/** How each of these events changes the state. */
export const PARTNER_HANDLERS = {
  PartnerRegistered: (state, event) =>
    putTenant(putPartner(state, freezeDeep(event.partner)), freezeDeep(event.tenant)),
  MpaSigned: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      // a signature recorded where none was known: its date is now known
      if (p.mpaSignedAt === null) {
        p.mpaSignedAt = event.at
        delete p.mpaDateUnknown
      }
    }),
  ProfileUpdated: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => applyProfileChanges(p, event.changes)),
  ProgramFlagsSet: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.identifiedForOffboarding = event.identifiedForOffboarding
      p.transitionEnabled = event.transitionEnabled
    }),
  IntegrationSandboxCreated: (state, event) =>
    updatePartner(putTenant(state, freezeDeep(event.tenant)), event.partnerTenantId, (p) => {
      p.sandboxTenantId = event.tenant.tenantId
    }),
  IndirectEnrollmentSubmitted: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      const { at: submittedAt, dueBy, ruleSet, primaryContactEmail } = event
      p.indirectReseller = {
        status: 'pending',
        submittedAt,
        dueBy,
        ruleSet,
        ...(primaryContactEmail === undefined ? {} : { primaryContactEmail }),
      }
    }),
  IndirectEnrollmentApproved: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      const submittedAt = p.indirectReseller.status === 'pending' ? p.indirectReseller.submittedAt : event.at
      p.indirectReseller = { status: 'approved', submittedAt, approvedAt: event.at }
    }),
  IndirectEnrollmentWithdrawn: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.indirectReseller = { status: 'none' }
    }),
  IndirectResellerAgreementAccepted: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.indirectReseller = { status: 'active', since: event.at }
    }),
  IncentiveInvitationScheduled: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      setIncentive(p, event.program, 'invited')
    }),
  IncentiveEnrolled: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      setIncentive(p, event.program, 'enrolled')
    }),
  DirectBillRestricted: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.directBill = { status: 'restricted', since: event.at, unmetRequirements: [...event.unmetRequirements] }
    }),
  PrimaryContactNotified: (state) => state,
  AffiliationRecorded: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.affiliatedTenants = [...p.affiliatedTenants, event.affiliatedTenantId]
    }),
  MpnMembershipRecorded: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.mpnMembershipActive = event.active
    }),
  RevenueRecorded: (state, event) => putRevenue(state, freezeDeep(event.entry)),
  DirectBillApplicationSubmitted: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.directBillApplication = { status: 'pending', submittedAt: event.at, creditCheckAt: null }
      p.directBillDeclarations = {
        firstLevelSupport: event.declarations.firstLevelSupport,
        customerAccountingInfrastructure: event.declarations.customerAccountingInfrastructure,
        managedServices: event.declarations.managedServices,
      }
    }),
  CreditCheckRecorded: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      const submittedAt = p.directBillApplication?.submittedAt ?? event.at
      p.directBillApplication = {
        status: event.passed ? 'creditCheckPassed' : 'creditCheckFailed',
        submittedAt,
        creditCheckAt: event.at,
      }
    }),
  SupportPlanPurchased: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.supportPlan = { plan: event.plan, since: event.at }
    }),
  DirectBillApproved: (state, event) =>
    updatePartner(state, event.partnerTenantId, (p) => {
      p.directBill = { status: 'active' }
      const application = p.directBillApplication
      if (application !== null)
        p.directBillApplication = {
          status: 'approved',
          submittedAt: application.submittedAt,
          creditCheckAt: application.creditCheckAt,
        }
    }),
} satisfies Partial<Handlers>
