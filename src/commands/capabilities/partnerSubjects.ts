/**
 * The candidates of the commands about a partner itself (its agreement, profile, enrollment,
 * incentives, direct bill requirements, and what Microsoft records or decides about it): one per
 * partner in scope, naming it, with a representative value for each field the actor would choose.
 *
 * @module
 */
import type { YearMonth } from '../../kernel/ids.js'
import { hasRole } from '../../model/partner.js'
import { perPartner, candidate, type Enumerator } from './candidate.js'
import { DEFAULT_REGION, newCustomerProfile, newMpnId, newTenantId } from './placeholders.js'

/** A new partner registration: one candidate, whatever the scope (a new tenant names nothing existing). */
const registerPartner: Enumerator<'registerPartner'> = function* (scope) {
  const seed = `registerPartner/${scope.partners[0] ?? ''}`
  yield candidate<'registerPartner'>(scope, [], {
    partner: {
      tenantId: newTenantId(scope.state, seed),
      mpnId: newMpnId(scope.state, seed),
      name: 'New partner',
      region: scope.partners[0] === undefined ? DEFAULT_REGION : scope.region(scope.partners[0]),
      roles: ['indirectReseller'],
      primaryContactEmail: null,
      anniversaryDate: null,
    },
  })
}

/** The candidates of the partner-level commands, by command. @internal */
export const PARTNER_ENUMERATORS = {
  registerPartner,
  signMpa: perPartner<'signMpa'>((partnerTenantId) => ({ partnerTenantId })),
  // confirming the profile is current: the change a partner makes to transition (TRN-2)
  updateProfile: perPartner<'updateProfile'>((partnerTenantId) => ({
    partnerTenantId,
    changes: { profileCurrent: true },
  })),
  // the flags as they stand: whether the actor may set them at all
  setProgramFlags: perPartner<'setProgramFlags'>((partnerTenantId, scope) => ({
    partnerTenantId,
    identifiedForOffboarding: scope.partner(partnerTenantId)?.identifiedForOffboarding ?? false,
    transitionEnabled: scope.partner(partnerTenantId)?.transitionEnabled ?? false,
  })),
  createCustomer: perPartner<'createCustomer'>((partnerTenantId, scope) => ({
    partnerTenantId,
    customer: {
      tenantId: newTenantId(scope.state, `createCustomer/${partnerTenantId}`),
      ...newCustomerProfile(scope.region(partnerTenantId)),
    },
    internalUse: false,
  })),
  createIntegrationSandbox: perPartner<'createIntegrationSandbox'>((partnerTenantId, scope) => ({
    partnerTenantId,
    sandboxTenantId: newTenantId(scope.state, `createIntegrationSandbox/${partnerTenantId}`),
  })),
  enrollIndirect: perPartner<'enrollIndirect'>((partnerTenantId) => ({ partnerTenantId, confirmsAuthorization: true })),
  approveIndirectEnrollment: perPartner<'approveIndirectEnrollment'>((partnerTenantId) => ({ partnerTenantId })),
  acceptIndirectResellerAgreement: perPartner<'acceptIndirectResellerAgreement'>((partnerTenantId) => ({
    partnerTenantId,
  })),
  withdrawIndirectEnrollment: perPartner<'withdrawIndirectEnrollment'>((partnerTenantId) => ({ partnerTenantId })),
  // the program of the partner's role: the indirect reseller incentive for an indirect reseller
  enrollIncentive: perPartner<'enrollIncentive'>((partnerTenantId, scope) => {
    const partner = scope.partner(partnerTenantId)
    const reseller = partner !== undefined && hasRole(partner, 'indirectReseller') && partner.directBill === null
    return { partnerTenantId, program: reseller ? 'indirectReseller' : 'directBill' }
  }),
  restrictDirectBill: perPartner<'restrictDirectBill'>((partnerTenantId) => ({
    partnerTenantId,
    unmetRequirements: [],
  })),
  // a tenant of the same organization, new to the state
  recordAffiliation: perPartner<'recordAffiliation'>((partnerTenantId, scope) => ({
    partnerTenantId,
    affiliatedTenantId: newTenantId(scope.state, `recordAffiliation/${partnerTenantId}`),
  })),
  recordMpnMembership: perPartner<'recordMpnMembership'>((partnerTenantId) => ({ partnerTenantId, active: true })),
  // the month of the command, no revenue: whether the actor may record revenue at all
  recordRevenue: perPartner<'recordRevenue'>((partnerTenantId, scope) => ({
    partnerTenantId,
    month: String(scope.at).slice(0, 7) as YearMonth,
    category: 'cloudServices',
    amountUsd: '0.00',
  })),
  applyForDirectBill: perPartner<'applyForDirectBill'>((partnerTenantId) => ({
    partnerTenantId,
    declarations: { firstLevelSupport: true, customerAccountingInfrastructure: true, managedServices: true },
  })),
  recordCreditCheck: perPartner<'recordCreditCheck'>((partnerTenantId) => ({ partnerTenantId, passed: true })),
  requestDirectBillInformation: perPartner<'requestDirectBillInformation'>((partnerTenantId) => ({
    partnerTenantId,
    information: 'Further information for the direct bill review',
  })),
  buySupportPlan: perPartner<'buySupportPlan'>((partnerTenantId) => ({
    partnerTenantId,
    plan: 'advancedSupportForPartners',
  })),
  completeDirectBillReview: perPartner<'completeDirectBillReview'>((partnerTenantId) => ({ partnerTenantId })),
}
