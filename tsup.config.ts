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
  // the CLI: dist/cli.js holds what `--help` and `--version` need; the rest of the CLI, the library
  // (its entries resolve to src/ through the tsconfig paths) and the dependencies are bundled into
  // the chunk it imports on demand (dist/cli-*.js). Node then reads three files to check a scenario
  // instead of about 280 (the per-module ESM build, fp-ts, io-ts, date-fns), which halves the start.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    // no source map: it would add 2 MB to the package for a bundle of the library's own sources
    sourcemap: false,
    target: 'node20',
    noExternal: [/./],
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions(options) {
      // the ES module builds of io-ts, fp-ts and immutable, with the library's `fp-ts/lib/*.js` imports
      // sent to the same modules: no CommonJS wrappers, and one copy of fp-ts
      options.mainFields = ['module', 'main']
      options.alias = { 'fp-ts/lib': 'fp-ts/es6' }
    },
  },
])
