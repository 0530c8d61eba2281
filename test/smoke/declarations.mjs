// The published declarations name every command's input interface: each command is declared as
// `Command<'placeOrder', PlaceOrderInput>`, never with its input type expanded. Run after `npm run build`.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { COMMAND_NAMES } from 'csp-channel'

const dist = new URL('../../dist/', import.meta.url)
const declarations = readdirSync(dist)
  .filter((f) => f.endsWith('.d.ts'))
  .map((f) => readFileSync(new URL(f, dist), 'utf8'))
  .join('\n')
for (const name of COMMAND_NAMES) {
  const input = `${name[0].toUpperCase()}${name.slice(1)}Input`
  assert.ok(
    declarations.includes(`declare const ${name}: Command<"${name}", ${input}>;`),
    `${name} is declared as Command<"${name}", ${input}>`,
  )
  assert.ok(declarations.includes(`interface ${input} extends `), `${input} is an interface`)
}
console.log(`declarations: ok (${COMMAND_NAMES.length} commands name their input interface)`)
