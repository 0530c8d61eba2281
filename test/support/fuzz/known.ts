/**
 * Library bugs the fuzzer found and reported, each with the invariant it breaks, a pattern of the
 * break's message and the shrunk reproducer. The bounded run in `npm test` and `npm run fuzz`
 * count these breaks instead of stopping on them, so that they find new ones; `test/fuzz.test.ts`
 * replays each reproducer in an `it.fails` that turns red once the bug is fixed (then delete the
 * entry here).
 */
import type { KnownBug } from './runner.js'

export interface ReportedBug extends KnownBug {
  /** What is wrong, and where the fix belongs. */
  readonly bug: string
  /** The shrunk reproducer, as `npm run fuzz` prints it. */
  readonly reproducer: string
}

/** Bugs the fuzzer found that are still open (none now). */
export const KNOWN_BUGS: ReadonlyArray<ReportedBug> = []

/**
 * Bugs the fuzzer found that are fixed: their shrunk reproducers are replayed as regression tests
 * (test/fuzz.test.ts), and must break nothing.
 */
export const FIXED_BUGS: ReadonlyArray<ReportedBug> = [
  {
    id: 'MOD-6 purchase before relationship',
    invariant: 'time-runs-forward',
    message: /^new subscription .* bought before .*'s relationship with customer/,
    bug:
      "purchaseSubscription (and placeOrder) accept a purchase dated before the billing partner's reseller " +
      'relationship with the customer began: MOD-6 says a command is never dated before the facts it acts on, ' +
      'and the purchase checks that relationship (ROL-2, NoResellerRelationship). Fix in src/commands ' +
      "(purchase checks: notBefore the relationship's `since`).",
    reproducer: String.raw`
{"invariant":"time-runs-forward","message":"new subscription 90b7c15f-4ced-4466-874d-442888947a42 bought before 7568c787-8372-45d7-8de1-439767d0244c's relationship with customer 0a71f8a0-172b-43f7-8f29-dfb885abc309: 2022-12-18T04:33:08.000Z < 2022-12-31T23:59:59.000Z","seed":5,"world":4,"base":"empty","note":"realistic","commands":[
{"command":"registerPartner","input":{"actor":{"kind":"microsoft"},"at":"2019-12-21T21:24:24+00:00","partner":{"tenantId":"7568c787-8372-45d7-8de1-439767d0244c","mpnId":"8623189","name":"Northwind 635","region":"US","roles":["directBillPartner","indirectProvider"],"primaryContactEmail":null,"anniversaryDate":"2017-08-27"}}},
{"command":"signMpa","input":{"actor":{"kind":"partnerUser","tenantId":"7568c787-8372-45d7-8de1-439767d0244c","role":"globalAdmin"},"at":"2020-05-21T03:29:54.000Z","partnerTenantId":"7568c787-8372-45d7-8de1-439767d0244c"}},
{"command":"createCustomer","input":{"actor":{"kind":"partnerUser","tenantId":"7568c787-8372-45d7-8de1-439767d0244c","role":"globalAdmin"},"at":"2022-12-31T23:59:59.000Z","partnerTenantId":"7568c787-8372-45d7-8de1-439767d0244c","customer":{"tenantId":"0a71f8a0-172b-43f7-8f29-dfb885abc309","companyName":"Litware 180","domain":null,"region":"US"},"internalUse":false}},
{"command":"purchaseSubscription","input":{"actor":{"kind":"partnerUser","tenantId":"7568c787-8372-45d7-8de1-439767d0244c","role":"globalAdmin"},"at":"2022-12-18T04:33:08.000Z","partnerTenantId":"7568c787-8372-45d7-8de1-439767d0244c","subscription":{"id":"90b7c15f-4ced-4466-874d-442888947a42","customerTenantId":"0a71f8a0-172b-43f7-8f29-dfb885abc309","kind":"softwareSubscription","parentId":null,"offerId":"O365-E3","seats":11,"autoRenew":true}}}
]}
`,
  },
  {
    id: 'MOD-6 indirect customer before partnership',
    invariant: 'time-runs-forward',
    message: /^new relationship .* dated before partnership .* was accepted/,
    bug:
      'createCustomerForReseller (and acceptCustomerInvitation of an indirect reseller invitation) accept a ' +
      'command dated before the provider/reseller partnership it goes through was accepted: the partnership ' +
      'is checked active (PRT-4) but not its `acceptedAt` (MOD-6). Fix in src/commands ' +
      "(notBefore the partnership's `acceptedAt`).",
    reproducer: String.raw`
{"invariant":"time-runs-forward","message":"new relationship 4737b979-efa9-47f8-844e-038f672dca3e/1967c3d3-0356-4b17-8752-c13ddb2ac120 dated before partnership 44444444-4444-4444-8444-444444444444/4737b979-efa9-47f8-844e-038f672dca3e was accepted: 2022-10-20T12:16:29.000Z < 2022-12-31T23:59:59.000Z","seed":5,"world":24,"base":"world","note":"realistic","commands":[
{"command":"registerPartner","input":{"actor":{"kind":"microsoft"},"at":"2020-04-18T17:52:59.000Z","partner":{"tenantId":"4737b979-efa9-47f8-844e-038f672dca3e","mpnId":"9457746","name":"Northwind 824","region":"BR","roles":["indirectReseller"],"primaryContactEmail":"ops22@fabrikam.example","anniversaryDate":null},"ruleSet":"2020-02-01"}},
{"command":"signMpa","input":{"actor":{"kind":"partnerUser","tenantId":"4737b979-efa9-47f8-844e-038f672dca3e","role":"globalAdmin"},"at":"2020-11-13T12:19:35.000Z","partnerTenantId":"4737b979-efa9-47f8-844e-038f672dca3e"}},
{"command":"requestPartnership","input":{"actor":{"kind":"partnerUser","tenantId":"44444444-4444-4444-8444-444444444444","role":"globalAdmin"},"at":"2022-12-31T23:59:59.000000000Z","providerTenantId":"44444444-4444-4444-8444-444444444444","resellerTenantId":"4737b979-efa9-47f8-844e-038f672dca3e"}},
{"command":"acceptPartnership","input":{"actor":{"kind":"partnerUser","tenantId":"4737b979-efa9-47f8-844e-038f672dca3e","role":"globalAdmin"},"at":"2022-12-31T23:59:59.000Z","providerTenantId":"44444444-4444-4444-8444-444444444444","resellerTenantId":"4737b979-efa9-47f8-844e-038f672dca3e"}},
{"command":"createCustomerForReseller","input":{"actor":{"kind":"partnerUser","tenantId":"44444444-4444-4444-8444-444444444444","role":"globalAdmin"},"at":"2022-10-20T12:16:29.000Z","providerTenantId":"44444444-4444-4444-8444-444444444444","resellerTenantId":"4737b979-efa9-47f8-844e-038f672dca3e","customer":{"tenantId":"1967c3d3-0356-4b17-8752-c13ddb2ac120","companyName":"Wingtip Toys 505","domain":"cf9874.example","region":"BR"},"adminCredentials":{"userName":"admin@5cf417.example","password":"Temp-debb4378"},"lines":[]}}
]}
`,
  },
  {
    id: 'MOD-6 invitation accepted before the partnership was accepted again',
    invariant: 'time-runs-forward',
    message: /^new relationship .* dated before partnership .* was accepted/,
    bug:
      'acceptCustomerInvitation accepted an indirect reseller invitation dated before the acceptance of the ' +
      'partnership it goes through (the partnership was removed and accepted again later): MOD-6. Found by ' +
      '`npm run fuzz -- --seed 20261130 --seconds 600`; fixed in src/commands/acceptCustomerInvitation.ts.',
    reproducer: String.raw`
{"invariant":"time-runs-forward","message":"new relationship 33333333-3333-4333-8333-333333333333/c0000000-0000-4000-8000-000000000001 dated before partnership 22222222-2222-4222-8222-222222222222/33333333-3333-4333-8333-333333333333 was accepted: 2022-10-30T18:48:50.000Z < 2022-12-31T23:59:59.000Z","seed":20261130,"world":803,"step":122,"base":"provider","note":"realistic","breakingCommand":{"command": "acceptCustomerInvitation", "input": {"actor": {"kind": "customerAdmin", "tenantId": "c0000000-0000-4000-8000-000000000001"}, "at": "2022-10-30T18:48:50.000Z", "invitationId": "inv-e79c2b"}},"commands":[
{"command":"inviteCustomer","input":{"actor":{"kind":"partnerUser","tenantId":"33333333-3333-4333-8333-333333333333","role":"globalAdmin"},"at":"2022-02-28T20:58:17.000Z","partnerTenantId":"33333333-3333-4333-8333-333333333333","invitationId":"inv-e79c2b","kind":"indirectReseller","indirectProviderTenantId":"22222222-2222-4222-8222-222222222222","customerTenantId":"c0000000-0000-4000-8000-000000000001","newCustomer":null,"delegatedAdmin":true}},
{"command":"removePartnership","input":{"actor":{"kind":"partnerUser","tenantId":"22222222-2222-4222-8222-222222222222","role":"globalAdmin"},"at":"2022-03-06T06:47:21.000Z","providerTenantId":"22222222-2222-4222-8222-222222222222","resellerTenantId":"33333333-3333-4333-8333-333333333333","acknowledgeTerms":true}},
{"command":"requestPartnership","input":{"actor":{"kind":"partnerUser","tenantId":"22222222-2222-4222-8222-222222222222","role":"globalAdmin"},"at":"2022-12-31T23:59:59.000Z","providerTenantId":"22222222-2222-4222-8222-222222222222","resellerTenantId":"33333333-3333-4333-8333-333333333333"}},
{"command":"acceptPartnership","input":{"actor":{"kind":"partnerUser","tenantId":"33333333-3333-4333-8333-333333333333","role":"globalAdmin"},"at":"2022-12-31T23:59:59.000Z","providerTenantId":"22222222-2222-4222-8222-222222222222","resellerTenantId":"33333333-3333-4333-8333-333333333333"}},
{"command":"acceptCustomerInvitation","input":{"actor":{"kind":"customerAdmin","tenantId":"c0000000-0000-4000-8000-000000000001"},"at":"2022-10-30T18:48:50.000Z","invitationId":"inv-e79c2b"}}
]}
`,
  },
]
