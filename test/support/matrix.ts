/**
 * The matrix world and one accepted input per command (with the commands that set it up): shared by
 * the cross-tenant matrix and the typed/JSON parity test.
 */
import {
  customerAdmin,
  ENTRA_ROLES,
  invitationId,
  type CommandName,
  type ProgramCommand,
  type ProgramState,
} from '../../src/index.js'
import {
  admin,
  at,
  forResellerInput,
  ids,
  line,
  orderInput,
  partnershipInput,
  providerWorld,
  register,
  subs,
  azurePurchase,
} from './index.js'

const when = at('2020-03-10')
const US = 'US' as never

/** The matrix world: the provider world plus an unrelated partner (the outsider), a reseller to partner with, and a partner without the MPA. */
export const matrixWorld = (): ProgramState => {
  let s = providerWorld()
  s = register(s, {
    tenant: ids.stranger,
    mpn: '9900001',
    name: 'Outsider',
    roles: ['directBillPartner', 'indirectProvider'],
  })
  s = register(s, { tenant: ids.reseller2, mpn: '4900009', name: 'Second Reseller', roles: ['indirectReseller'] })
  return register(s, {
    tenant: ids.provider2,
    mpn: '2000003',
    name: 'Unsigned Provider',
    roles: ['indirectProvider'],
    mpa: false,
  })
}

export type Case = { readonly setup?: ReadonlyArray<ProgramCommand>; readonly command: ProgramCommand }

const invite: ProgramCommand = {
  command: 'inviteCustomer',
  input: {
    actor: admin(ids.reseller),
    at: when,
    partnerTenantId: ids.reseller,
    invitationId: invitationId('m-1'),
    kind: 'indirectReseller',
    indirectProviderTenantId: ids.provider,
    customerTenantId: ids.customer2,
    newCustomer: { companyName: 'New', domain: null, region: US },
    delegatedAdmin: true,
  },
}
const enroll: ProgramCommand = {
  command: 'enrollIndirect',
  input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct, confirmsAuthorization: true },
}
const approve: ProgramCommand = {
  command: 'approveIndirectEnrollment',
  input: { actor: { kind: 'microsoft' }, at: when, partnerTenantId: ids.direct },
}
const provider = { actor: admin(ids.provider), at: when, providerTenantId: ids.provider }
const applyDirect: ProgramCommand = {
  command: 'applyForDirectBill',
  input: {
    actor: admin(ids.reseller),
    at: when,
    partnerTenantId: ids.reseller,
    declarations: { firstLevelSupport: true, customerAccountingInfrastructure: true, managedServices: false },
  },
}
const creditCheck: ProgramCommand = {
  command: 'recordCreditCheck',
  input: { actor: { kind: 'microsoft' }, at: when, partnerTenantId: ids.reseller, passed: true },
}

/** A new commerce P1M subscription (monthly billing) the direct bill partner buys for its customer on 2023-03-01. */
const newCommercePurchase: ProgramCommand = {
  command: 'purchaseSubscription',
  input: {
    actor: admin(ids.direct),
    at: at('2023-03-01'),
    partnerTenantId: ids.direct,
    subscription: {
      id: subs.next,
      customerTenantId: ids.customer,
      kind: 'licenseBased',
      parentId: null,
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
      seats: 10,
      autoRenew: true,
      newCommerce: { termDuration: 'P1M', billingCycle: 'monthly' },
    },
  },
}

/** The GDAP steps (from 2023-11-01): the direct bill partner asks customer3 for helpdesk roles, locks, customer3 approves, a group is assigned. */
const gdapAt = at('2023-11-01')
const gdapPartner = { actor: admin(ids.direct), at: gdapAt, partnerTenantId: ids.direct, relationshipId: 'gdap-m-1' }
const gdapCreate: ProgramCommand = {
  command: 'createGdapRelationship',
  input: {
    ...gdapPartner,
    displayName: 'Matrix helpdesk',
    customerTenantId: ids.customer3,
    durationDays: 730,
    autoExtendDays: 180,
    roles: [ENTRA_ROLES.helpdeskAdministrator],
    forResellerTenantId: null,
  },
}
const gdapLock: ProgramCommand = { command: 'lockGdapRelationshipForApproval', input: gdapPartner }
const gdapApprove: ProgramCommand = {
  command: 'approveGdapRelationship',
  input: {
    actor: customerAdmin(ids.customer3),
    at: gdapAt,
    customerTenantId: ids.customer3,
    relationshipId: 'gdap-m-1',
  },
}
const gdapAssign: ProgramCommand = {
  command: 'createGdapAccessAssignment',
  input: {
    ...gdapPartner,
    assignmentId: 'helpdesk',
    securityGroupId: '869713c9-0b28-4d08-8949-ae07ae1bf528' as never,
    roles: [ENTRA_ROLES.helpdeskAdministrator],
  },
}
const gdapActive = [gdapCreate, gdapLock, gdapApprove]
/** The provider creates a relationship for its reseller First Up (GDAP-15). */
const gdapForReseller: ProgramCommand = {
  command: 'createGdapRelationship',
  input: {
    actor: admin(ids.provider),
    at: gdapAt,
    partnerTenantId: ids.provider,
    relationshipId: 'gdap-m-2',
    displayName: 'For First Up',
    customerTenantId: ids.customer3,
    durationDays: 365,
    autoExtendDays: 0,
    roles: [ENTRA_ROLES.userAdministrator],
    forResellerTenantId: ids.reseller,
  },
}
const resellerAnswer = {
  actor: admin(ids.reseller),
  at: gdapAt,
  partnerTenantId: ids.reseller,
  relationshipId: 'gdap-m-2',
}

/** Microsoft deauthorizes First Up (authorized since January 2019) in its January 2025 anniversary month (AUTH-1). */
const deauthorizeFirstUp: ProgramCommand = {
  command: 'assessResellerRevenue',
  input: {
    actor: { kind: 'microsoft' },
    at: at('2025-01-15'),
    resellerTenantId: ids.reseller,
    anniversaryMonth: '2025-01' as never,
    trailingTwelveMonthRevenueCents: 99_999,
  },
}
/** Microsoft records USD 30 million of September 2025 revenue for the provider: the distributor threshold (AUTH-8). */
const providerRevenue: ProgramCommand = {
  command: 'recordRevenue',
  input: {
    actor: { kind: 'microsoft' },
    at: at('2025-10-01'),
    partnerTenantId: ids.provider,
    month: '2025-09' as never,
    category: 'softwareSubscriptions',
    amountUsd: '30000000.00',
  },
}

export const cases: Record<CommandName, Case> = {
  registerPartner: {
    command: {
      command: 'registerPartner',
      input: {
        actor: { kind: 'microsoft' },
        at: when,
        partner: {
          tenantId: ids.resellerBr,
          mpnId: '4847433' as never,
          name: 'New',
          region: US,
          roles: ['indirectReseller'],
          primaryContactEmail: null,
          anniversaryDate: null,
        },
      },
    },
  },
  signMpa: {
    command: { command: 'signMpa', input: { actor: admin(ids.provider2), at: when, partnerTenantId: ids.provider2 } },
  },
  updateProfile: {
    command: {
      command: 'updateProfile',
      input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct, changes: { name: 'Contoso' } },
    },
  },
  setProgramFlags: {
    command: {
      command: 'setProgramFlags',
      input: {
        actor: { kind: 'microsoft' },
        at: when,
        partnerTenantId: ids.direct,
        identifiedForOffboarding: false,
        transitionEnabled: true,
      },
    },
  },
  createCustomer: {
    command: {
      command: 'createCustomer',
      input: {
        actor: admin(ids.direct),
        at: when,
        partnerTenantId: ids.direct,
        customer: { tenantId: ids.customer2, companyName: 'New', domain: null, region: US },
        internalUse: false,
      },
    },
  },
  purchaseSubscription: {
    command: azurePurchase(ids.direct, when),
  },
  changeSeats: {
    command: {
      command: 'changeSeats',
      input: {
        actor: admin(ids.direct),
        at: when,
        partnerTenantId: ids.direct,
        subscriptionId: subs.license,
        seats: 4,
      },
    },
  },
  suspendSubscription: {
    command: {
      command: 'suspendSubscription',
      input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct, subscriptionId: subs.license },
    },
  },
  cancelSubscription: {
    command: {
      command: 'cancelSubscription',
      input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct, subscriptionId: subs.license },
    },
  },
  reactivateSubscription: {
    setup: [
      {
        command: 'suspendSubscription',
        input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct, subscriptionId: subs.license },
      },
    ],
    command: {
      command: 'reactivateSubscription',
      input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct, subscriptionId: subs.license },
    },
  },
  // bought 2019-01-09: its first term ran through 2020-01-08
  renewSubscription: {
    command: {
      command: 'renewSubscription',
      input: { actor: { kind: 'microsoft' }, at: when, subscriptionId: subs.license },
    },
  },
  setAutoRenew: {
    command: {
      command: 'setAutoRenew',
      input: {
        actor: admin(ids.direct),
        at: when,
        partnerTenantId: ids.direct,
        subscriptionId: subs.license,
        autoRenew: false,
      },
    },
  },
  // a new commerce subscription bought in 2023 (P1M, monthly), then its next term scheduled
  scheduleNextTermChanges: {
    setup: [newCommercePurchase],
    command: {
      command: 'scheduleNextTermChanges',
      input: {
        actor: admin(ids.direct),
        at: at('2023-03-02'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.next,
        changes: {
          offerId: 'CFQ7TTC0LDPB:0001:X',
          seats: 12,
          termDuration: 'P1Y',
          billingCycle: 'monthly',
          customTermEndDate: null,
        },
      },
    },
  },
  // the same subscription's term grows to a year
  changeTerm: {
    setup: [newCommercePurchase],
    command: {
      command: 'changeTerm',
      input: {
        actor: admin(ids.direct),
        at: at('2023-03-02'),
        partnerTenantId: ids.direct,
        subscriptionId: subs.next,
        termDuration: 'P1Y',
        billingCycle: 'monthly',
      },
    },
  },
  manageAzureResources: {
    setup: [azurePurchase(ids.direct, when)],
    command: {
      command: 'manageAzureResources',
      input: {
        actor: admin(ids.direct),
        at: when,
        partnerTenantId: ids.direct,
        subscriptionId: subs.next,
        action: 'deploy',
      },
    },
  },
  createIntegrationSandbox: {
    command: {
      command: 'createIntegrationSandbox',
      input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct, sandboxTenantId: ids.sandbox },
    },
  },
  enrollIndirect: { command: enroll },
  approveIndirectEnrollment: { setup: [enroll], command: approve },
  acceptIndirectResellerAgreement: {
    setup: [enroll, approve],
    command: {
      command: 'acceptIndirectResellerAgreement',
      input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct },
    },
  },
  withdrawIndirectEnrollment: {
    setup: [enroll],
    command: {
      command: 'withdrawIndirectEnrollment',
      input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct },
    },
  },
  enrollIncentive: {
    command: {
      command: 'enrollIncentive',
      input: { actor: admin(ids.direct), at: when, partnerTenantId: ids.direct, program: 'directBill' },
    },
  },
  restrictDirectBill: {
    command: {
      command: 'restrictDirectBill',
      input: { actor: { kind: 'microsoft' }, at: when, partnerTenantId: ids.direct, unmetRequirements: [] },
    },
  },
  inviteCustomer: { command: invite },
  acceptCustomerInvitation: {
    setup: [invite],
    command: {
      command: 'acceptCustomerInvitation',
      input: { actor: customerAdmin(ids.customer2), at: when, invitationId: invitationId('m-1') },
    },
  },
  requestPartnership: {
    command: {
      command: 'requestPartnership',
      input: partnershipInput(ids.provider, ids.provider, ids.reseller2, '2020-03-10'),
    },
  },
  acceptPartnership: {
    setup: [
      {
        command: 'requestPartnership',
        input: partnershipInput(ids.provider, ids.provider, ids.reseller2, '2020-03-10'),
      },
    ],
    command: {
      command: 'acceptPartnership',
      input: partnershipInput(ids.reseller2, ids.provider, ids.reseller2, '2020-03-10'),
    },
  },
  placeOrder: { command: { command: 'placeOrder', input: orderInput([line(subs.p2)], { when: '2020-03-10' }) } },
  createCustomerForReseller: {
    command: {
      command: 'createCustomerForReseller',
      input: forResellerInput([line(subs.p2)], { customer: ids.customer2, when: '2020-03-10' }),
    },
  },
  declinePartnership: {
    setup: [
      {
        command: 'requestPartnership',
        input: partnershipInput(ids.provider, ids.provider, ids.reseller2, '2020-03-10'),
      },
    ],
    command: {
      command: 'declinePartnership',
      input: partnershipInput(ids.reseller2, ids.provider, ids.reseller2, '2020-03-10'),
    },
  },
  withdrawPartnershipRequest: {
    setup: [
      {
        command: 'requestPartnership',
        input: partnershipInput(ids.provider, ids.provider, ids.reseller2, '2020-03-10'),
      },
    ],
    command: {
      command: 'withdrawPartnershipRequest',
      input: partnershipInput(ids.provider, ids.provider, ids.reseller2, '2020-03-10'),
    },
  },
  removePartnership: {
    command: {
      command: 'removePartnership',
      input: { ...partnershipInput(ids.provider, ids.provider, ids.reseller, '2020-03-10'), acknowledgeTerms: true },
    },
  },
  recordAffiliation: {
    command: {
      command: 'recordAffiliation',
      input: { actor: admin(ids.provider), at: when, partnerTenantId: ids.provider, affiliatedTenantId: ids.customer2 },
    },
  },
  addLicenses: {
    command: { command: 'addLicenses', input: { ...provider, subscriptionId: subs.p1, additionalSeats: 2 } },
  },
  upgradeSubscription: {
    command: { command: 'upgradeSubscription', input: { ...provider, subscriptionId: subs.p1, offerId: 'O365-E5' } },
  },
  associateResellerWithSubscription: {
    command: {
      command: 'associateResellerWithSubscription',
      input: { ...provider, subscriptionId: subs.p1, resellerTenantId: ids.reseller },
    },
  },
  designateSupportContact: {
    command: {
      command: 'designateSupportContact',
      input: { ...provider, subscriptionId: subs.p1, resellerTenantId: ids.reseller },
    },
  },
  grantAzureTenantOwner: {
    command: {
      command: 'grantAzureTenantOwner',
      input: { ...provider, customerTenantId: ids.customer3, resellerTenantId: ids.reseller },
    },
  },
  recordMpnMembership: {
    command: {
      command: 'recordMpnMembership',
      input: { actor: { kind: 'microsoft' }, at: when, partnerTenantId: ids.direct, active: false },
    },
  },
  recordRevenue: {
    command: {
      command: 'recordRevenue',
      input: {
        actor: { kind: 'microsoft' },
        at: when,
        partnerTenantId: ids.reseller,
        month: '2020-02' as never,
        category: 'azure',
        amountUsd: '123.45',
      },
    },
  },
  applyForDirectBill: { command: applyDirect },
  recordCreditCheck: { setup: [applyDirect], command: creditCheck },
  requestDirectBillInformation: {
    setup: [applyDirect],
    command: {
      command: 'requestDirectBillInformation',
      input: { actor: { kind: 'microsoft' }, at: when, partnerTenantId: ids.reseller, information: 'Revenue by month' },
    },
  },
  buySupportPlan: {
    setup: [applyDirect, creditCheck],
    command: {
      command: 'buySupportPlan',
      input: {
        actor: admin(ids.reseller),
        at: when,
        partnerTenantId: ids.reseller,
        plan: 'advancedSupportForPartners',
      },
    },
  },
  completeDirectBillReview: {
    setup: [applyDirect, creditCheck],
    command: {
      command: 'completeDirectBillReview',
      input: { actor: { kind: 'microsoft' }, at: when, partnerTenantId: ids.reseller },
    },
  },
  // the provider attests for its reseller's customer, naming another contact than at its creation
  attestCustomerAgreement: {
    command: {
      command: 'attestCustomerAgreement',
      input: {
        actor: admin(ids.provider),
        at: when,
        partnerTenantId: ids.provider,
        customerTenantId: ids.customer3,
        agreement: {
          dateAgreed: '2020-03-09' as never,
          contact: {
            firstName: 'Ravi',
            lastName: 'Shah',
            email: 'ravi@wingtip.example' as never,
            phoneNumber: '555 0100',
          },
        },
      },
    },
  },
  recordCustomerAcceptance: {
    command: {
      command: 'recordCustomerAcceptance',
      input: { actor: customerAdmin(ids.customer3), at: when, customerTenantId: ids.customer3 },
    },
  },
  createGdapRelationship: { command: gdapCreate },
  updateGdapRelationship: {
    setup: [gdapCreate],
    command: { command: 'updateGdapRelationship', input: { ...gdapPartner, changes: { displayName: 'Renamed' } } },
  },
  deleteGdapRelationship: { setup: [gdapCreate], command: { command: 'deleteGdapRelationship', input: gdapPartner } },
  lockGdapRelationshipForApproval: { setup: [gdapCreate], command: gdapLock },
  approveGdapRelationship: { setup: [gdapCreate, gdapLock], command: gdapApprove },
  terminateGdapRelationship: {
    setup: gdapActive,
    command: {
      command: 'terminateGdapRelationship',
      input: { actor: admin(ids.direct), at: gdapAt, relationshipId: 'gdap-m-1' },
    },
  },
  createGdapAccessAssignment: { setup: gdapActive, command: gdapAssign },
  deleteGdapAccessAssignment: {
    setup: [...gdapActive, gdapAssign],
    command: { command: 'deleteGdapAccessAssignment', input: { ...gdapPartner, assignmentId: 'helpdesk' } },
  },
  approveResellerGdapRelationship: {
    setup: [gdapForReseller],
    command: { command: 'approveResellerGdapRelationship', input: resellerAnswer },
  },
  rejectResellerGdapRelationship: {
    setup: [gdapForReseller],
    command: { command: 'rejectResellerGdapRelationship', input: resellerAnswer },
  },
  // the direct bill partner's admin agent acts with the DAP of its 2019 customer (GDAP-17)
  performAdminTask: {
    command: {
      command: 'performAdminTask',
      input: {
        actor: admin(ids.direct),
        at: gdapAt,
        partnerTenantId: ids.direct,
        customerTenantId: ids.customer,
        task: 'viewUsers',
        securityGroupId: null,
      },
    },
  },
  transitionDapToGdap: {
    command: {
      command: 'transitionDapToGdap',
      input: {
        actor: { kind: 'microsoft' },
        at: at('2023-08-01'),
        partnerTenantId: ids.direct,
        customerTenantId: ids.customer,
        adminAgentsGroupId: null,
        helpdeskAgentsGroupId: null,
      },
    },
  },
  terminateInactiveDap: {
    command: {
      command: 'terminateInactiveDap',
      input: {
        actor: { kind: 'microsoft' },
        at: at('2023-08-01'),
        partnerTenantId: ids.direct,
        customerTenantId: ids.customer,
        lastUsedAt: at('2023-01-01'),
      },
    },
  },
  // Microsoft suspends First Up's account (AUTH-5, in force from 2024-04-01)
  recordPartnerStanding: {
    command: {
      command: 'recordPartnerStanding',
      input: {
        actor: { kind: 'microsoft' },
        at: at('2024-06-03'),
        partnerTenantId: ids.reseller,
        accountSuspended: true,
      },
    },
  },
  // First Up at the USD 1,000 floor in its anniversary month (AUTH-1, from 2024-04-01)
  assessResellerRevenue: {
    command: {
      ...deauthorizeFirstUp,
      input: { ...deauthorizeFirstUp.input, trailingTwelveMonthRevenueCents: 100_000 },
    },
  },
  // the warning 30 days before First Up's January 2025 anniversary month (AUTH-2, from 2024-01-01)
  noticeResellerRevenueFloor: {
    command: {
      command: 'noticeResellerRevenueFloor',
      input: {
        actor: { kind: 'microsoft' },
        at: at('2024-12-02'),
        resellerTenantId: ids.reseller,
        anniversaryMonth: '2025-01' as never,
        trailingTwelveMonthRevenueCents: 40_000,
        notice: 'warning',
      },
    },
  },
  // a year after its deauthorization (AUTH-3, from 2024-04-01)
  reauthorizeReseller: {
    setup: [deauthorizeFirstUp],
    command: {
      command: 'reauthorizeReseller',
      input: { actor: { kind: 'microsoft' }, at: at('2026-01-15'), resellerTenantId: ids.reseller },
    },
  },
  // the FY26 direct bill facts (AUTH-7, from 2025-10-01)
  recordAuthorizationFacts: {
    command: {
      command: 'recordAuthorizationFacts',
      input: {
        actor: { kind: 'microsoft' },
        at: at('2025-10-02'),
        partnerTenantId: ids.direct,
        facts: { businessVetting: true, securityScore: false },
      },
    },
  },
  // USD 30 million in the provider's region meets the distributor threshold (AUTH-8, from 2025-10-01)
  assessDistributorAuthorization: {
    setup: [providerRevenue],
    command: {
      command: 'assessDistributorAuthorization',
      input: { actor: { kind: 'microsoft' }, at: at('2025-10-02'), providerTenantId: ids.provider },
    },
  },
}
