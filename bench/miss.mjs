// The profile of one missed target's workload, in a fresh process (so that nothing the bench did
// before weighs on it): prints the functions with the most self time as JSON. Run by bench/run.mjs.
//
// node --max-old-space-size=8192 bench/miss.mjs <batch|oneByOne|load|validation|command> <size> [mix command]
import { COMMANDS, apply, applyAll, execute, stateFromDocument, stateToJson } from '../dist/index.js'
import { enter } from '../dist/commands/entry.js'
import { chain, document, mix } from './data.mjs'
import { profileOf } from './profile.mjs'

const [kind, sizeText, command] = process.argv.slice(2)
const size = Number(sizeText)
const doc = document(size)
const loop = (work) => () => {
  const end = Date.now() + 1000
  while (Date.now() < end) for (let i = 0; i < 1000; i++) work()
}
let workload
if (kind === 'load') {
  const text = JSON.stringify(stateToJson(stateFromDocument(doc)))
  workload = () => stateFromDocument(JSON.parse(text))
} else {
  const state = stateFromDocument(doc)
  if (kind === 'batch' || kind === 'oneByOne') {
    const log = chain(doc, 200_000)
    workload = kind === 'batch' ? () => applyAll(state, log) : () => log.reduce((s, c) => apply(s, c).state, state)
  } else {
    const c = mix(doc)[command]
    const definition = COMMANDS[c.command].definition
    workload = loop(kind === 'validation' ? () => enter(definition.name, definition.input, c.input) : () => execute(state, c))
  }
}
workload() // warm up
console.log(JSON.stringify(await profileOf(workload)))
