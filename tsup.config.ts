import { defineConfig } from 'tsup'

/** The package entries: `csp-channel`, `csp-channel/partner-center`, `csp-channel/scenario` and `csp-channel/testing`. */
const entries = {
  index: 'src/index.ts',
  'partner-center': 'src/partner-center/index.ts',
  scenario: 'src/scenario/index.ts',
  testing: 'src/testing/index.ts',
}

export default defineConfig([
  // ES modules: one module per source file (dist/index.js, dist/kernel/ids.js, …), so that with
  // `"sideEffects": false` a bundler keeps only the modules a program imports
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  // CommonJS: one file per entry (dist/index.cjs, …)
  {
    entry: entries,
    format: ['cjs'],
    sourcemap: true,
    target: 'node20',
  },
  // declarations: one file per entry, for import (.d.ts) and require (.d.cts)
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: { only: true },
  },
  // the CLI: imports the package by its entries (`csp-channel/scenario`, …) instead of bundling them
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external: [/^csp-channel(\/.*)?$/],
    banner: { js: '#!/usr/bin/env node' },
  },
])
