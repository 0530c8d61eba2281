/**
 * Every `@example` in the TSDoc of a public export compiles. Each ```ts block of the comment of an
 * export of a package entry (`csp-channel`, `csp-channel/partner-center`, …: the entry points of
 * `typedoc.json`) becomes a virtual module beside this file (never written), type-checked with the project's
 * compiler options: `csp-channel` imports resolve to `src/` through the tsconfig `paths`. A failing
 * example is reported with the export that carries it and the line of the example.
 *
 * An example imports what it uses from the library, as a reader would; it may leave out what its
 * prose calls "the state", "the actor", "the partner" and so on: the values of {@link AMBIENT}.
 * Every built-in command has at least one example, and the `@function` tag that has the API docs
 * show it as a function `(state: ProgramState, input: XInput) => CommandResult`.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { COMMAND_NAMES } from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
/** The entries the API docs document (`typedoc.json`): one per package entry. */
const ENTRIES: ReadonlyArray<string> = JSON.parse(readFileSync(`${root}typedoc.json`, 'utf8')).entryPoints
/** Where the virtual modules live: beside this file, so that `fp-ts`, `io-ts` and `node:` resolve. */
const HERE = `${root}test/__examples__/`

/** The values an example may use without declaring them (an example's own declaration shadows them). */
const AMBIENT = `import type { Actor, IsoDateTime, ProgramState, SubscriptionId, TenantId } from 'csp-channel'
declare global {
  /** the state the example starts from */
  const state: ProgramState
  /** the actor who runs the command, and when (ISO-8601 UTC) */
  const actor: Actor
  const at: IsoDateTime
  /** the tenants the prose names */
  const partnerTenantId: TenantId
  const providerTenantId: TenantId
  const resellerTenantId: TenantId
  const customerTenantId: TenantId
  /** the subscription the prose names */
  const subscriptionId: SubscriptionId
  /** JSON text, read from a file or a request */
  const text: string
}
export {}
`

interface Example {
  /** `entry: export name`, and which block of its comment (1-based) when it has several */
  readonly name: string
  readonly code: string
}

interface Documented {
  readonly name: string
  readonly examples: ReadonlyArray<string>
  readonly tags: ReadonlyArray<string>
}

const BLOCK = /```(?:ts|typescript)\n([\s\S]*?)```/g

const compilerOptions = (): ts.CompilerOptions => {
  const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile).config
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options
}

/** Every public export with the ```ts blocks of its `@example` tags and the names of its tags. */
const documentedExports = (): ReadonlyArray<Documented> => {
  const program = ts.createProgram(
    ENTRIES.map((e) => root + e),
    compilerOptions(),
  )
  const checker = program.getTypeChecker()
  const seen = new Set<ts.Node>()
  return ENTRIES.flatMap((entry) => {
    const file = program.getSourceFile(root + entry)
    const module = file && checker.getSymbolAtLocation(file)
    return (module ? checker.getExportsOfModule(module) : []).flatMap((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      const decl = target.declarations?.[0]
      const statement = decl && ts.isVariableDeclaration(decl) ? decl.parent.parent : decl
      if (statement === undefined || seen.has(statement)) return []
      seen.add(statement)
      const tags = ts
        .getJSDocCommentsAndTags(statement)
        .filter(ts.isJSDoc)
        .flatMap((doc) => doc.tags ?? [])
      const examples = tags
        .filter((t) => t.tagName.text === 'example')
        .flatMap((t) => [...(ts.getTextOfJSDocComment(t.comment) ?? '').matchAll(BLOCK)].map((m) => m[1] ?? ''))
      return [{ name: `${entry}: ${symbol.name}`, examples, tags: tags.map((t) => t.tagName.text) }]
    })
  })
}

/** The type errors of each example, by name; every example is a module of its own. */
const compile = (examples: ReadonlyArray<Example>): ReadonlyMap<string, ReadonlyArray<string>> => {
  const files = new Map<string, string>([[`${HERE}ambient.ts`, AMBIENT]])
  const fileOf = new Map<string, Example>()
  examples.forEach((example, i) => {
    const path = `${HERE}example-${i}.ts`
    files.set(path, `${example.code}\nexport {}\n`)
    fileOf.set(path, example)
  })
  // an example may leave a result unused: it shows a call
  const options = { ...compilerOptions(), noUnusedLocals: false, noUnusedParameters: false }
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f)
  host.readFile = (f) => files.get(f) ?? readFile.call(host, f)
  host.getSourceFile = (f, language, ...rest) => {
    const text = files.get(f)
    return text === undefined ? getSourceFile.call(host, f, language, ...rest) : ts.createSourceFile(f, text, language)
  }
  const program = ts.createProgram([...files.keys()], options, host)
  // the examples' own diagnostics (the library itself is type-checked by tsc)
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...[...files.keys()].flatMap((f) => {
      const source = program.getSourceFile(f)
      return source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : []
    }),
  ]
  const errors = new Map<string, string[]>(examples.map((e) => [e.name, []]))
  for (const { file, start, messageText } of diagnostics) {
    const example = file && fileOf.get(file.fileName)
    const where = example ? example.name : (file?.fileName ?? 'the program')
    const at = file && start !== undefined ? `, line ${file.getLineAndCharacterOfPosition(start).line + 1}` : ''
    const message = ts.flattenDiagnosticMessageText(messageText, '\n')
    const list = errors.get(where) ?? []
    list.push(`${where}${at}: ${message}`)
    errors.set(where, list)
  }
  return errors
}

const documented = documentedExports()
const examples: ReadonlyArray<Example> = documented.flatMap((d) =>
  d.examples.map((code, i) => ({ name: d.examples.length > 1 ? `${d.name} #${i + 1}` : d.name, code })),
)
const errors = compile(examples)

describe('the @example blocks of the public exports', () => {
  it('are many, and the ambient declarations and compiler options have no error', () => {
    expect(examples.length).toBeGreaterThanOrEqual(COMMAND_NAMES.length)
    const names = new Set(examples.map((e) => e.name))
    expect([...errors].filter(([name]) => !names.has(name)).flatMap(([, list]) => list)).toEqual([])
  })

  it.each(examples.map((e) => e.name))('%s compiles', (name) => {
    expect(errors.get(name)).toEqual([])
  })

  it.each(COMMAND_NAMES)('command %s has an example and is documented as a function', (name) => {
    const entry = documented.find((d) => d.name === `src/index.ts: ${name}`)
    expect(entry?.examples.length ?? 0).toBeGreaterThan(0)
    expect(entry?.tags).toContain('function')
  })
})
