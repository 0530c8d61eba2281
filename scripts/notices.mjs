// Writes dist/THIRD-PARTY-NOTICES.md: the licence of each package the CLI's chunk bundles (the
// library's dependencies and peer dependencies), as their licences ask for copies. Run by `npm run build`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const require = createRequire(join(root, 'package.json'))
const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})].sort()
const sections = names.map((name) => {
  const dir = dirname(require.resolve(`${name}/package.json`))
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const file = readdirSync(dir).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f))
  if (file === undefined) throw new Error(`no licence file in ${name}`)
  return `## ${name} ${version} (${license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`
})
writeFileSync(
  join(root, 'dist/THIRD-PARTY-NOTICES.md'),
  `# Third-party notices\n\n\`dist/cli-*.js\`, the part of the csp-channel CLI loaded on demand, bundles these packages.\n\n${sections.join('\n')}`,
)
