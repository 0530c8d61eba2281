/**
 * A distributor's history as commands in an event store's shape (`{ type, data }`): Fabrikam
 * Distribution, an indirect provider, partners with First Up Consultants, creates a customer for it
 * and orders again; then orders for a customer that does not exist, which the program refuses.
 */
import {
  email,
  isoDate,
  isoDateTime,
  mpnId,
  partnerUser,
  region,
  subscriptionId,
  tenantId,
  type EmmettCommand,
  type OrderLine,
  type PartnerRole,
  type TenantId,
} from 'csp-channel'

export const distributor = tenantId('22222222-2222-4222-8222-222222222222')
export const reseller = tenantId('33333333-3333-4333-8333-333333333333')
export const customer = tenantId('c0000000-0000-4000-8000-000000000005')
const unknownCustomer = tenantId('c0000000-0000-4000-8000-000000000009')
const US = region('US')
const at = (instant: string) => isoDateTime(`2020-03-0${instant}Z`)
const admin = (tenant: TenantId) => partnerUser(tenant, 'globalAdmin')

const register = (tenant: TenantId, mpn: string, name: string, role: PartnerRole): ReadonlyArray<EmmettCommand> => [
  {
    type: 'registerPartner',
    data: {
      actor: { kind: 'microsoft' },
      at: at('2T09:00:00'),
      partner: {
        tenantId: tenant,
        mpnId: mpnId(mpn),
        name,
        region: US,
        roles: [role],
        primaryContactEmail: null,
        anniversaryDate: null,
      },
    },
  },
  { type: 'signMpa', data: { actor: admin(tenant), at: at('2T09:30:00'), partnerTenantId: tenant } },
]

const line = (id: string, offerId: string, seats: number): OrderLine => ({
  id: subscriptionId(id),
  kind: 'licenseBased',
  parentId: null,
  offerId,
  seats,
  autoRenew: true,
  partnerOfRecord: mpnId('4847383'),
})

const partnership = { providerTenantId: distributor, resellerTenantId: reseller }

/** The commands the program accepts, in order. */
export const accepted: ReadonlyArray<EmmettCommand> = [
  ...register(distributor, '2000002', 'Fabrikam Distribution', 'indirectProvider'),
  ...register(reseller, '4847383', 'First Up Consultants', 'indirectReseller'),
  { type: 'requestPartnership', data: { actor: admin(distributor), at: at('2T10:00:00'), ...partnership } },
  { type: 'acceptPartnership', data: { actor: admin(reseller), at: at('2T11:00:00'), ...partnership } },
  {
    type: 'createCustomerForReseller',
    data: {
      actor: admin(distributor),
      at: at('3T09:00:00'),
      ...partnership,
      customer: { tenantId: customer, companyName: 'Wingtip Toys', domain: 'wingtip.example', region: US },
      adminCredentials: { userName: 'admin@wingtip.example', password: 'Temp-0Krha*Io' },
      // the distributor attests Wingtip's acceptance of the Microsoft Customer Agreement (MCA-1)
      customerAgreement: {
        dateAgreed: isoDate('2020-03-03'),
        contact: { firstName: 'Kim', lastName: 'Akers', email: email('kim@wingtip.example'), phoneNumber: '555 0100' },
      },
      lines: [line('b1000000-0000-4000-8000-000000000001', 'O365-E3', 10)],
    },
  },
  {
    type: 'placeOrder',
    data: {
      actor: admin(distributor),
      at: at('4T09:00:00'),
      providerTenantId: distributor,
      customerTenantId: customer,
      resellerTenantId: reseller,
      lines: [line('b1000000-0000-4000-8000-000000000002', 'EMS-E3', 5)],
    },
  },
]

/** An order for a customer tenant the program does not know: refused (MOD-1), nothing is stored. */
export const refused: EmmettCommand = {
  type: 'placeOrder',
  data: {
    actor: admin(distributor),
    at: at('5T09:00:00'),
    providerTenantId: distributor,
    customerTenantId: unknownCustomer,
    resellerTenantId: reseller,
    lines: [line('b1000000-0000-4000-8000-000000000003', 'O365-E3', 1)],
  },
}
