/**
 * The vitest configuration of the long fuzz run (`npm run fuzz`, see scripts/fuzz.mjs): only
 * `long.fuzz.ts`, which the default configuration (`test/**\/*.test.ts`) never picks up.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['test/support/fuzz/long.fuzz.ts'],
    // the run sets its own time budget
    testTimeout: 0,
  },
})
