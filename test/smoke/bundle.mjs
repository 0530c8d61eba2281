// Tree-shaking: bundles programs that import the built package by its name (resolved to dist
// through the exports map) with esbuild, minified, and compares their sizes. A program importing one
// command bundles only the modules that command needs; `execute` runs any command by name, so it
// brings them all. The main entry holds neither the Partner Center importer nor the scenario runner.
// Prints every size (minified and gzip); run after `npm run build`.
import assert from 'node:assert/strict'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** The dependencies: sizes are of the library's own code (with them, add ~130 KB minified). */
const DEPENDENCIES = ['fp-ts', 'io-ts', 'immutable', 'immer', 'date-fns', '@date-fns/utc'].flatMap((d) => [d, `${d}/*`])

/** The minified bundle of a program, as text and as sizes in KB. */
const bundle = async (program, external = DEPENDENCIES) => {
  const result = await build({
    stdin: { contents: program, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    external,
    write: false,
    logLevel: 'error',
  })
  const bytes = result.outputFiles[0].contents
  return { text: result.outputFiles[0].text, min: bytes.length / 1024, gzip: gzipSync(bytes).length / 1024 }
}

const programs = {
  'one command (createCustomer)': `import { createCustomer } from 'csp-channel'; console.log(createCustomer)`,
  'one command and execute': `import { createCustomer, execute } from 'csp-channel'; console.log(createCustomer, execute)`,
  'the main entry, whole': `import * as lib from 'csp-channel'; console.log(lib)`,
  'every entry (main, partner-center, scenario)': `import * as a from 'csp-channel'; import * as b from 'csp-channel/partner-center'; import * as c from 'csp-channel/scenario'; console.log(a, b, c)`,
}
const sizes = {}
for (const [name, program] of Object.entries(programs)) sizes[name] = await bundle(program)
for (const [name, { min, gzip }] of Object.entries(sizes))
  console.log(`${name.padEnd(46)} ${min.toFixed(1).padStart(6)} KB min ${gzip.toFixed(1).padStart(5)} KB gzip`)

const one = sizes['one command (createCustomer)']
const withExecute = sizes['one command and execute']
const main = sizes['the main entry, whole']
const every = sizes['every entry (main, partner-center, scenario)']
const share = one.min / main.min
console.log(`one command: ${(share * 100).toFixed(0)} % of the main entry`)
assert.ok(share < 0.6, `one command bundles ${(share * 100).toFixed(0)} % of the main entry (at most 60 %)`)
assert.ok(withExecute.min < main.min, 'execute brings every command, not the whole main entry')
assert.ok(main.min < every.min, 'the subpath entries hold code the main entry does not')
// the importer and the scenario runner are subpaths: nothing of them in the main entry
for (const marker of ['PartnerCenterImport', 'ScenarioStep', 'expectations held'])
  assert.ok(!main.text.includes(marker), `the main entry bundles ${marker}`)
// "sideEffects": false holds: a bundled command judges as the package does (here the date codecs'
// registration as range codecs, a module-level statement, survives: MOD-5, not MOD-8)
const probe = `import { createCustomer, emptyState } from 'csp-channel'
export const verdict = createCustomer(emptyState, { actor: { kind: 'microsoft' }, at: '2019-02-30T00:00:00Z' })`
const { verdict } = await import(`data:text/javascript,${encodeURIComponent((await bundle(probe, [])).text)}`)
const { createCustomer, emptyState } = await import('csp-channel')
const direct = createCustomer(emptyState, { actor: { kind: 'microsoft' }, at: '2019-02-30T00:00:00Z' })
assert.deepEqual(verdict, direct, 'the bundled command gives the same verdict')
assert.ok(
  verdict.left.some((v) => v.rule === 'MOD-5' && v.subjects[0] === 'at'),
  'an impossible date is MOD-5',
)
console.log('bundle: ok')
