/**
 * The version `csp-channel --version` prints: the `version` of the package.json beside the `dist/`
 * folder the CLI runs from, read when asked.
 *
 * @internal
 */
import { readFileSync } from 'node:fs'

/** The `version` field of the package.json at `url`, or `unknown` when it cannot be read. @internal */
export const packageVersion = (url: URL): string => {
  try {
    const { version } = JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown }
    return typeof version === 'string' ? version : 'unknown'
  } catch {
    return 'unknown'
  }
}
