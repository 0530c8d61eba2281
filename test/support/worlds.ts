/** The two worlds most tests start from: a direct bill partner, an indirect provider and a reseller with customers (world), and the same with a partnership and a customer created for the reseller (providerWorld). */
import {
  acceptPartnership,
  createCustomerForReseller,
  emptyState,
  requestPartnership,
  type ProgramState,
} from '../../src/index.js'
import { step } from './assertions.js'
import { addCustomer, buy, forResellerInput, line, register } from './builders.js'
import { admin, at, BR, ids, subs } from './ids.js'

/**
 * The base world, in January 2019: a direct bill partner (anniversary in October, MPA signed) with
 * one customer and one license-based subscription, an indirect provider and an indirect reseller in
 * the US, and an indirect provider in Brazil.
 */
export const world = (): ProgramState => {
  let s = emptyState
  s = register(s, { tenant: ids.direct, mpn: '1000001', name: 'Contoso Direct', roles: ['directBillPartner'] })
  s = register(s, { tenant: ids.provider, mpn: '2000002', name: 'Fabrikam Distribution', roles: ['indirectProvider'] })
  s = register(s, {
    tenant: ids.reseller,
    mpn: '4847383',
    name: 'First Up Consultants',
    roles: ['indirectReseller'],
    locations: ['4847383', '4847390'],
  })
  s = register(s, {
    tenant: ids.providerBr,
    mpn: '3000003',
    name: 'Distribuidora BR',
    roles: ['indirectProvider'],
    region: BR,
  })
  s = addCustomer(s, ids.direct, ids.customer)
  s = step(buy(s, ids.direct, ids.customer, subs.license))
  return s
}

/** First Up Consultants' other partner location MPN ID, not tied to its CSP account (PRT-5). */

/**
 * The two-tier world, March 2020 (MPA rules in force): the base world, an active partnership between
 * the US provider and First Up Consultants, and a customer the provider created for First Up with
 * one license-based subscription (partner of record: First Up).
 */
export const providerWorld = (): ProgramState => {
  let s = world()
  s = step(
    requestPartnership(s, {
      actor: admin(ids.provider),
      at: at('2020-03-02'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.reseller,
    }),
  )
  s = step(
    acceptPartnership(s, {
      actor: admin(ids.reseller),
      at: at('2020-03-02'),
      providerTenantId: ids.provider,
      resellerTenantId: ids.reseller,
    }),
  )
  return step(createCustomerForReseller(s, forResellerInput([line(subs.p1)])))
}

/** `partner` buying an Azure subscription (`subs.next`) for the direct bill customer, as a command: accepted for the direct bill partner, rejected for the reseller (PGM-2). */
