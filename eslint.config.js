// ESLint flat config (issue 11, item 6): the recommended typescript-eslint set, import cycles, and
// the layers of src/ — a module may import from its own layer or a lower one, never from a higher one.
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

const root = dirname(fileURLToPath(import.meta.url))

/**
 * The layers of src/, lowest first: each entry is a folder or file under src/. The kernel holds the
 * identifiers, dates, money and text every layer above src/internal may use.
 */
const LAYERS = [
  { name: 'internal', paths: ['src/internal'] },
  { name: 'kernel', paths: ['src/kernel'] },
  { name: 'rules', paths: ['src/rules'] },
  { name: 'model', paths: ['src/model'] },
  { name: 'events, directBill', paths: ['src/events', 'src/directBill'] },
  { name: 'codec', paths: ['src/codec'] },
  { name: 'commands', paths: ['src/commands'] },
  {
    name: 'scenario, partner-center, decider, testing',
    paths: ['src/scenario', 'src/partner-center', 'src/decider', 'src/testing'],
  },
  { name: 'cli, index', paths: ['src/cli', 'src/index.ts'] },
]

/** One zone for each (layer, higher layer) pair: a module of `target` may not import from `from`. */
const layerZones = LAYERS.flatMap((lower, at) =>
  LAYERS.slice(at + 1).flatMap((higher) =>
    higher.paths.map((from) => ({
      target: lower.paths,
      from,
      message: `layer "${lower.name}" may not import from the higher layer "${higher.name}".`,
    })),
  ),
)

/**
 * A mutable array type (`T[]`, `Array<T>`) in an exported declaration's signature: its parameters,
 * its return type, the members of an exported interface or type. Not flagged: `ReadonlyArray<T>`,
 * `readonly T[]`, the rest of a tuple (`readonly [A, ...A[]]`), a rest parameter (a fresh array), and
 * anything inside a function body.
 */
const MUTABLE_ARRAY_IN_EXPORT = [
  'ExportNamedDeclaration',
  ':matches(TSArrayType, TSTypeReference[typeName.name="Array"])',
].join(' ')
const mutableArrayInExport = {
  selector: [
    MUTABLE_ARRAY_IN_EXPORT,
    ':not(TSTypeOperator[operator="readonly"] > TSArrayType)',
    ':not(TSRestType > *)',
    ':not(RestElement TSArrayType)',
    ':not(BlockStatement *)',
  ].join(''),
  message: 'An exported signature takes and returns ReadonlyArray<T>, never a mutable T[] or Array<T>.',
}

export default defineConfig(
  {
    ignores: ['dist/**', 'docs/**', 'coverage/**', 'node_modules/**', 'bench/**', 'scripts/**', '**/*.mjs', '**/*.cjs'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // without these, import-x reads no .ts module and finds no cycle
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // readonly arrays are written ReadonlyArray<T>, mutable ones T[] (or Array<T> when T is not simple)
      '@typescript-eslint/array-type': ['error', { default: 'array-simple', readonly: 'generic' }],
      // `interface Customer extends t.TypeOf<typeof Customer> {}` names a codec's type for the docs
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'no-restricted-syntax': ['error', mutableArrayInExport],
    },
  },
)
