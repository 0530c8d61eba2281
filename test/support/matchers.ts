/** The testing kit's matchers (csp-channel/testing), registered with vitest and typed for it: import this module to use them. */
import { expect } from 'vitest'
import { cspMatchers, type CspMatchers } from '../../src/testing/index.js'

expect.extend(cspMatchers)

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends CspMatchers<T> {}
}
