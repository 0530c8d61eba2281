/**
 * Every public export (of the main entry and of the csp-channel/partner-center and
 * csp-channel/scenario subpaths) has a TSDoc comment with exactly one `@category` from the fixed
 * list the API docs group by, and one `@since` naming the version it first shipped in.
 */
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const CATEGORIES = new Set([
  'models',
  'constructors',
  'codecs',
  'decoding',
  'state',
  'queries',
  'commands',
  'extending',
  'rules',
  'violations',
  'importers',
  'testing',
])
const ENTRIES = ['src/index.ts', 'src/partner-center/index.ts', 'src/scenario/index.ts', 'src/testing/index.ts']
const root = new URL('..', import.meta.url).pathname

/** The exported name, its file, and its `@category` and `@since` tag values. */
const publicExports = () => {
  const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile).config
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root)
  const program = ts.createProgram(
    ENTRIES.map((e) => root + e),
    parsed.options,
  )
  const checker = program.getTypeChecker()
  return ENTRIES.flatMap((entry) => {
    const file = program.getSourceFile(root + entry)
    const module = file && checker.getSymbolAtLocation(file)
    return (module ? checker.getExportsOfModule(module) : []).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      const decl = target.declarations?.[0]
      const statement = decl && ts.isVariableDeclaration(decl) ? decl.parent.parent : decl
      const doc = statement ? ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc).at(-1) : undefined
      const values = (tag: string) =>
        (doc?.tags ?? []).filter((t) => t.tagName.text === tag).map((t) => String(t.comment ?? '').trim())
      return { name: `${entry}: ${symbol.name}`, category: values('category'), since: values('since') }
    })
  })
}

describe('the public exports', () => {
  const exports = publicExports()

  it('are many, and each is documented with one category from the fixed list', () => {
    expect(exports.length).toBeGreaterThan(250)
    const wrong = exports.filter((e) => e.category.length !== 1 || !CATEGORIES.has(e.category[0] ?? ''))
    expect(wrong.map((e) => `${e.name} ${JSON.stringify(e.category)}`)).toEqual([])
  })

  it('each say with @since the version they first shipped in', () => {
    const wrong = exports.filter((e) => e.since.length !== 1 || !/^\d+\.\d+\.\d+$/.test(e.since[0] ?? ''))
    expect(wrong.map((e) => `${e.name} ${JSON.stringify(e.since)}`)).toEqual([])
  })
})
