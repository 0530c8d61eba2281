/**
 * `csp-channel/testing`: a testing kit for programs built on csp-channel, for any test runner.
 *
 * - `given(state or events).when(command, input)` runs a command, and `.then(events)`,
 *   `.rejects({ rule, tag, subjects })`, `.warns(…)` or `.accepts()` says what must come of it; a
 *   failure throws a {@link CspAssertionError} with a readable message;
 * - {@link directBillWorld}, {@link providerWorld} and {@link restrictedWorld} build the worlds most
 *   tests start from, through the library's own commands;
 * - {@link cspMatchers}, for `expect.extend` in vitest or jest: `toBeRejectedWith('RST-2')`,
 *   `toEmit('SubscriptionPurchased')`, `toWarn(…)`, `toBeAccepted()`; {@link CspMatchers} types them.
 *
 * Nothing here imports a test framework. Guide: `docs/testing.md`.
 *
 * @packageDocumentation
 */
export {
  CspAssertionError,
  type ViolationExpectation,
  type WarningExpectation,
  type EventExpectation,
} from './expectations.js'
export { given, type Given, type When, type Start } from './given.js'
export { cspMatchers, type CspMatchers, type CspMatcherResult } from './matchers.js'
export type { World } from './build.js'
export { directBillWorld, restrictedWorld, type DirectBillIds } from './directBill.js'
export { providerWorld, type ProviderIds } from './provider.js'
