import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { cli } from '../src/cli/cli.js'
import { formatImportReport } from '../src/cli/importReport.js'
import { decode } from '../src/codec/decodeError.js'
import { ProgramStateCodec, stateToJson } from '../src/codec/state.js'
import { getPartner, getSubscription, subscriptionId, tenantId, type ProgramState } from '../src/index.js'
import * as pc from '../src/partner-center/index.js'
import { runScenario } from '../src/scenario/run.js'

vi.mock('../src/partner-center/index.js', async (original) => {
  const actual = await original<typeof import('../src/partner-center/index.js')>()
  return { ...actual, importPartnerCenterWithReport: vi.fn(actual.importPartnerCenterWithReport) }
})

const bundled = fileURLToPath(new URL('../examples/scenarios/', import.meta.url))
const examples = fileURLToPath(new URL('../examples/partner-center/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'csp-channel-import-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const PROVIDER = tenantId('3b33e682-00c3-41ee-9dd2-a548adf56438')
const CUSTOMER = 'eebd1b55-5360-4438-a11d-5c06918c3014'
const NEW_COMMERCE = subscriptionId('a4c1340d-6911-4758-bba3-0c4c6007d161')

const run = (...argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = cli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, bundled)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

let folders = 0
/** A copy of the example folder (bodies and import.json) in the scratch folder, changed by `edit`. */
const exampleCopy = (edit: (dir: string, manifest: Record<string, unknown>) => void = () => {}) => {
  const dir = join(scratch, `set-${++folders}`)
  cpSync(examples, dir, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dir, 'import.json'), 'utf8')) as Record<string, unknown>
  edit(dir, manifest)
  writeFileSync(join(dir, 'import.json'), JSON.stringify(manifest))
  return dir
}

const stateIn = (file: string): ProgramState => {
  const decoded = decode(ProgramStateCodec, JSON.parse(readFileSync(file, 'utf8')))
  if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left))
  return decoded.right
}

/** Exit 2, nothing on standard output, no stack frame, and the reason on standard error. */
const refused = (result: ReturnType<typeof run>, reason: string | RegExp) => {
  expect(result.code).toBe(2)
  expect(result.out).toBe('')
  expect(result.err).toMatch(reason)
  expect(result.err).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
}

const actor = { kind: 'partnerUser', tenantId: PROVIDER, role: 'globalAdmin' }
/** Steps whose verdicts hold only in the imported state. */
const importedSteps = [
  {
    command: 'changeSeats',
    input: { actor, at: '2021-01-21T09:00:00Z', partnerTenantId: PROVIDER, subscriptionId: NEW_COMMERCE, seats: 5 },
    expect: 'accepted',
  },
  {
    command: 'createCustomer',
    input: {
      actor,
      at: '2021-01-22T09:00:00Z',
      partnerTenantId: PROVIDER,
      customer: { tenantId: CUSTOMER, companyName: 'Again', domain: null, region: 'US' },
      internalUse: false,
    },
    expect: { rejected: ['MOD-2'] },
  },
]

describe('csp-channel import', () => {
  const out = join(scratch, 'state.json')

  it('imports the example folder, writes a state document ProgramStateCodec decodes, and prints the report', () => {
    const result = run('import', examples, '-o', out)
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    const text = readFileSync(out, 'utf8')
    const state = stateIn(out)
    expect(getPartner(state, PROVIDER)?.name).toBe('Lucerne Publishing')
    expect(getSubscription(state, NEW_COMMERCE)).toMatchObject({ seats: 1, status: 'active' })
    // the document is stateToJson's, two spaces, with a final newline
    expect(text).toBe(`${JSON.stringify(stateToJson(state), null, 2)}\n`)
    expect(result.out).toContain(`▶ ${join(examples, 'import.json')}`)
    for (const line of ['  read: ', '  created', '  inferred', '  unknown', '  left out'])
      expect(result.out).toContain(line)
    expect(result.out).toMatch(/✔ wrote .*state\.json: \d+ partners, \d+ tenants, \d+ customers/)
  })

  it('a scenario starts from the written state with "start": { "stateFile" }; without it the steps fail', () => {
    expect(run('import', join(examples, 'import.json'), '-o', out).code).toBe(0)
    const sub = join(scratch, 'scenarios')
    mkdirSync(sub, { recursive: true })
    const scenario = { title: 'From the import', start: { stateFile: '../state.json' }, steps: importedSteps }
    writeFileSync(join(sub, 'from-state.json'), JSON.stringify(scenario))
    const held = run('check', join(sub, 'from-state.json'))
    expect(held.err).toBe('')
    expect(held.code).toBe(0)
    expect(held.out).toContain('✔ 2/2 expectations held')
    writeFileSync(join(sub, 'empty-start.json'), JSON.stringify({ ...scenario, start: {} }))
    expect(run('check', join(sub, 'empty-start.json')).code).toBe(1)
  })

  it('a missing or invalid state file, or one beside start.state, exits 2 naming start.stateFile', () => {
    const write = (name: string, start: unknown) => {
      const file = join(scratch, name)
      writeFileSync(file, JSON.stringify({ title: 't', start, steps: importedSteps }))
      return file
    }
    refused(run('check', write('missing-state.json', { stateFile: 'nowhere.json' })), /start\.stateFile .*no such file/)
    writeFileSync(join(scratch, 'bad-state.json'), JSON.stringify({ partners: 3 }))
    refused(
      run('check', write('bad-state-ref.json', { stateFile: 'bad-state.json' })),
      /start\.stateFile "bad-state\.json": .*is not a valid state document:\nInvalid ProgramState/,
    )
    const emptyDocument = JSON.parse(JSON.stringify(stateToJson(stateIn(out)))) as Record<string, unknown[]>
    for (const key of Object.keys(emptyDocument)) emptyDocument[key] = []
    refused(
      run('check', write('both.json', { stateFile: 'state.json', state: emptyDocument })),
      'at start.stateFile: expected start.state or start.stateFile, not both',
    )
  })

  it('runScenario reads no files: a stateFile is run only with the state passed to it', () => {
    const scenario = { title: 't', start: { stateFile: 'state.json' }, steps: importedSteps }
    const alone = runScenario(scenario)
    expect(E.isLeft(alone) && alone.left.issues[0]?.path).toBe('start.stateFile')
    const given = runScenario(scenario, { stateFile: stateIn(out) })
    expect(E.isRight(given) && given.right.ok).toBe(true)
  })

  it('--json prints the reports as JSON', () => {
    const result = run('import', '--json', examples, '-o', out)
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.out) as {
      output: string
      imports: Array<{ file: string; report: Record<string, unknown> }>
    }
    expect(printed.output).toBe(out)
    expect(printed.imports).toHaveLength(1)
    expect(printed.imports[0]?.file).toBe(join(examples, 'import.json'))
    expect(Object.keys(printed.imports[0]?.report ?? {}).sort()).toEqual(
      ['created', 'inferred', 'leftOut', 'read', 'unknown'].sort(),
    )
  })

  it('flags give "at" and "partner" when the manifest leaves them out', () => {
    const dir = exampleCopy((_, m) => {
      delete m.at
      delete m.partner
    })
    const target = join(dir, 'out.json')
    refused(run('import', dir, '-o', target), 'no "at"')
    refused(run('import', dir, '--at', '2021-01-20T00:00:00Z', '-o', target), 'no "partner"')
    const flags = ['--partner', PROVIDER, '--roles', 'directBillPartner, indirectProvider', '--mpn', '4391507']
    expect(run('import', dir, '--at', '2021-02-01T00:00:00Z', ...flags, '-o', target).code).toBe(0)
    expect(getPartner(stateIn(target), PROVIDER)).toMatchObject({
      directBill: { status: 'active' },
      indirectProvider: true,
      mpaSignedAt: '2021-02-01T00:00:00.000Z',
    })
  })

  it('a flag replaces the value the manifest gives', () => {
    const target = join(scratch, 'flags.json')
    expect(
      run('import', examples, '--roles', 'directBillPartner', '--at', '2021-02-01T00:00:00Z', '-o', target).code,
    ).toBe(0)
    expect(getPartner(stateIn(target), PROVIDER)).toMatchObject({
      indirectProvider: false,
      mpaSignedAt: '2021-02-01T00:00:00.000Z',
    })
    expect(run('import', examples, '-o', target).code).toBe(0)
    expect(getPartner(stateIn(target), PROVIDER)).toMatchObject({
      indirectProvider: true,
      mpaSignedAt: '2021-01-20T00:00:00.000Z',
    })
  })

  it('imports several manifests in order, each into the state of those before', () => {
    const profiles = exampleCopy((_, m) => {
      delete m.subscriptions
      delete m.orders
    })
    const subscriptions = exampleCopy((_, m) => {
      for (const key of Object.keys(m)) if (!['at', 'partner', 'subscriptions'].includes(key)) delete m[key]
    })
    const target = join(profiles, 'out.json')
    expect(run('import', profiles, subscriptions, '-o', target).code).toBe(0)
    const state = stateIn(target)
    expect(getPartner(state, PROVIDER)?.name).toBe('Lucerne Publishing') // from the first manifest only
    expect(getSubscription(state, NEW_COMMERCE)).toBeDefined() // from the second only
  })
})

describe('csp-channel import refuses bad input with exit 2 and writes nothing', () => {
  const target = () => join(scratch, `never-${folders}.json`)
  const unwritten = (file: string) => expect(() => readFileSync(file)).toThrow()

  it('a folder without import.json', () => {
    const dir = join(scratch, 'no-manifest')
    mkdirSync(dir)
    const file = target()
    refused(run('import', dir, '-o', file), /cannot read .*no-manifest\/import\.json: no such file/)
    unwritten(file)
  })

  it('a manifest that is not an object', () => {
    const file = join(scratch, 'list-manifest.json')
    writeFileSync(file, '[]')
    refused(run('import', file, '-o', target()), 'an import manifest is a JSON object')
  })

  it('a manifest naming a missing body file, with the field and the file', () => {
    const dir = exampleCopy((_, m) => {
      m.customers = ['customer-get-response.json', 'no-such-body.json']
    })
    const file = target()
    refused(
      run('import', dir, '-o', file),
      /import\.json: at customers\[1\]: cannot read .*no-such-body\.json: no such file/,
    )
    unwritten(file)
  })

  it('a body that is not JSON, or binary, or a directory', () => {
    const dir = exampleCopy((d, m) => {
      writeFileSync(join(d, 'broken.json'), '{ "items": [')
      writeFileSync(join(d, 'binary.json'), Buffer.from([0x7b, 0x00, 0x7d]))
      mkdirSync(join(d, 'folder.json'))
      m.customers = ['broken.json']
      m.mpnProfile = 'binary.json'
      m.orders = ['folder.json']
    })
    refused(run('import', dir, '-o', target()), /at mpnProfile: cannot read .*binary\.json: it contains NUL bytes/)
    const manifest = JSON.parse(readFileSync(join(dir, 'import.json'), 'utf8')) as Record<string, unknown>
    delete manifest.mpnProfile
    writeFileSync(join(dir, 'import.json'), JSON.stringify(manifest))
    refused(run('import', dir, '-o', target()), /at customers\[0\]: cannot read .*broken\.json as JSON: /)
    manifest.customers = []
    writeFileSync(join(dir, 'import.json'), JSON.stringify(manifest))
    refused(run('import', dir, '-o', target()), /at orders\[0\]: cannot read .*folder\.json: it is a directory/)
  })

  it('a body the importer cannot read: the decode error names the path and the body file', () => {
    const dir = exampleCopy((d, m) => {
      writeFileSync(join(d, 'number.json'), '42')
      m.customers = ['customer-get-response.json', 'number.json']
    })
    const file = target()
    refused(run('import', dir, '-o', file), /at customers\[1\] \(in .*number\.json\): expected .*, received 42/)
    unwritten(file)
  })

  it('an "at" the importer rejects, given by flag', () => {
    refused(run('import', examples, '--at', 'last Tuesday', '-o', target()), 'received "last Tuesday"')
  })

  it('-o naming a directory, or in a missing folder; no -o at all', () => {
    const dir = join(scratch, 'out-dir')
    mkdirSync(dir)
    refused(run('import', examples, '-o', dir), /cannot write .*out-dir: it is a directory/)
    expect(readdirSync(dir)).toEqual([])
    refused(run('import', examples, '-o', join(scratch, 'missing', 'state.json')), /cannot write .*: no such file/)
    refused(run('import', examples), 'No output file')
    refused(run('import', '-o', target()), 'No manifest')
  })

  it('control characters in file names and decode errors are escaped', () => {
    const missing = exampleCopy((_, m) => {
      m.mpnProfile = 'gone\u001b[31m.json'
    })
    const named = run('import', missing, '-o', target())
    refused(named, 'gone\\u{1b}[31m.json')
    expect(named.err).not.toContain('\u001b')
    const evil = exampleCopy((d, m) => {
      const body = { id: CUSTOMER, companyProfile: { companyName: 'x\u001b[2J', domain: 'evil.example' } }
      writeFileSync(join(d, 'evil.json'), JSON.stringify(body))
      m.customers = ['evil.json']
    })
    const decoded = run('import', evil, '-o', target())
    refused(decoded, 'at customers[0].companyName: expected text')
    expect(decoded.err).not.toContain('\u001b')
  })

  it('an exception in the importer is one line, exit 2', () => {
    vi.mocked(pc.importPartnerCenterWithReport).mockImplementationOnce(() => {
      throw new Error('boom \u001b[31m')
    })
    refused(
      run('import', examples, '-o', target()),
      /cannot import .*import\.json: internal error: boom \\u\{1b\}\[31m/,
    )
  })
})

describe('the import report', () => {
  const report: pc.ImportReport = {
    read: { customers: 4, orderLines: 1 },
    created: [{ path: 'orders[0].referenceCustomerId', subject: 'b0d70a69', note: 'customer tenant created' }],
    inferred: [{ path: 'subscriptions[1].body', subject: 'a4c1340d', note: 'kind licenseBased from the offer' }],
    unknown: [{ path: 'customers[1].items[0]', subject: '', note: 'delegated admin \u001b[31munknown' }],
    leftOut: [],
  }

  it('prints counts, then each note with its path, escaped', () => {
    expect(formatImportReport('import.json', report).split('\n')).toEqual([
      '▶ import.json',
      '  read: customers 4, orderLines 1',
      '  created (1):',
      '    orders[0].referenceCustomerId  b0d70a69: customer tenant created',
      '  inferred (1):',
      '    subscriptions[1].body  a4c1340d: kind licenseBased from the offer',
      '  unknown (1):',
      '    customers[1].items[0]: delegated admin \\u{1b}[31munknown',
      '  left out: none',
    ])
  })

  it('the CLI prints the importer report it gets', () => {
    vi.mocked(pc.importPartnerCenterWithReport).mockImplementationOnce((input, base) => {
      const imported = pc.importPartnerCenter(input, base)
      return E.map((state: ProgramState) => ({ state, report }))(imported)
    })
    const result = run('import', examples, '-o', join(scratch, 'reported.json'))
    expect(result.code).toBe(0)
    expect(result.out).toContain('    orders[0].referenceCustomerId  b0d70a69: customer tenant created')
    expect(result.out).toContain('    customers[1].items[0]: delegated admin \\u{1b}[31munknown')
    expect(result.out).not.toContain('\u001b')
  })

  it('an existing output file is replaced whole, and no temporary file is left', () => {
    const dir = join(scratch, 'rewrite')
    mkdirSync(dir)
    writeFileSync(join(dir, 'state.json'), 'old')
    expect(run('import', examples, '-o', join(dir, 'state.json')).code).toBe(0)
    expect(readdirSync(dir)).toEqual(['state.json'])
    expect(() => stateIn(join(dir, 'state.json'))).not.toThrow()
  })
})
