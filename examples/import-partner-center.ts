/**
 * Build a state from Partner Center response bodies (as saved from the REST API), then ask it
 * questions: the customers of the partner, the subscriptions of one customer and who the reseller
 * of record is, by both of its IDs.
 */
import * as E from 'fp-ts/lib/Either.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { customersOfPartner, formatDecodeError, getPartner, subscriptionsOfCustomer, tenantId } from 'csp-channel'
import { importPartnerCenter } from 'csp-channel/partner-center'

const provider = tenantId('3b33e682-00c3-41ee-9dd2-a548adf56438')
const customer = tenantId('eebd1b55-5360-4438-a11d-5c06918c3014')

/** Imports the bodies saved in `dir` and summarizes the state. */
export function run(dir: string) {
  const body = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const imported = importPartnerCenter({
    at: '2020-03-02T00:00:00Z',
    partner: { tenantId: provider, roles: ['indirectProvider'] },
    legalBusinessProfile: body('partner-legal-business-profile-get-response.json'),
    mpnProfile: body('mpn-profile-get-response.json'),
    mpaAgreementStatus: body('mpa-agreement-status-response.json'),
    customers: [body('customer-get-response.json'), body('customers-list-response.json')],
    subscriptions: [{ customerTenantId: customer, body: body('subscriptions-list-response.json') }],
    indirectResellers: body('indirect-resellers-list-response.json'),
  })
  if (E.isLeft(imported)) throw new Error(formatDecodeError(imported.left))
  const state = imported.right
  return {
    partner: getPartner(state, provider)?.name,
    customers: customersOfPartner(state, provider).map((c) => c.companyName),
    subscriptions: subscriptionsOfCustomer(state, customer).map((s) => `${s.id} ${s.kind} x${s.seats}`),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(run(process.argv[2] ?? 'test/fixtures/partner-center'))
