import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

export default defineConfig({
  resolve: {
    // the examples and the CLI import the package by its published name
    alias: [
      { find: /^csp-channel\/partner-center$/, replacement: src('partner-center/index.ts') },
      { find: /^csp-channel\/scenario$/, replacement: src('scenario/index.ts') },
      { find: /^csp-channel\/testing$/, replacement: src('testing/index.ts') },
      { find: /^csp-channel$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // type tests: compiled, not run (expectTypeOf and @ts-expect-error); a failing one fails `vitest run`
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './test/types/tsconfig.json' },
    testTimeout: 60_000,
  },
})
