// Writes schema/scenario.schema.json, the JSON Schema of scenario files, from the codecs of the
// built package (run `npm run schema`; test/scenario-schema.test.ts checks that it is current).
import { writeFileSync } from 'node:fs'
import { scenarioJsonSchema } from '../dist/scenario/schema.js'

const file = new URL('../schema/scenario.schema.json', import.meta.url)
writeFileSync(file, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`)
console.log('wrote schema/scenario.schema.json')
