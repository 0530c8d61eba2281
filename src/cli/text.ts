/**
 * Text the CLI prints from values that come from files: decode errors and import notes, with
 * control characters escaped.
 *
 * @internal
 */
import { formatDecodeError, type DecodeError } from 'csp-channel'
import { escapeControls } from '../internal/escape.js'

/**
 * A decode error as text, its paths and values (which come from files) escaped. `where` may name the
 * file a path comes from (an import body read from a file); it is printed after the path.
 *
 * @internal
 */
export const decodeErrorText = (error: DecodeError, where: (path: string) => string | undefined = () => undefined) =>
  formatDecodeError({
    ...error,
    issues: error.issues.map((i) => {
      const file = where(i.path)
      return {
        path: escapeControls(file === undefined ? i.path : `${i.path} (in ${file})`),
        expected: escapeControls(i.expected),
        received: escapeControls(i.received),
      }
    }),
  })

/**
 * The message of anything thrown, escaped: for `internal error: …` lines.
 *
 * @internal
 */
export const thrownText = (cause: unknown): string =>
  escapeControls(cause instanceof Error ? cause.message : String(cause))
