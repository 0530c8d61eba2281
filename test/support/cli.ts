/** Running `csp-channel check` in-process, on the bundled scenarios by default, with a scratch folder. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'
import { check } from '../../src/cli/check.js'

/** The folder of the bundled scenarios. */
export const bundled = fileURLToPath(new URL('../../examples/scenarios/', import.meta.url))

/** A scratch folder removed after the test file's tests. */
export const scratchFolder = (prefix: string): string => {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  return folder
}

/** Runs `check` with `argv`, collecting what it prints and its exit code. */
export const runCheck = (...argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = check(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, bundled)
  return { code, out: out.join('\n'), err: err.join('\n') }
}
