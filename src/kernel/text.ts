/**
 * Text given by a caller (a company name, an offer ID, a user name): the {@link Text} codec and the
 * {@link printable} test it shares with the identifier codecs, which refuse characters that could
 * reorder or hide what a screen shows.
 *
 * @module
 */
import * as t from 'io-ts'

/** Characters never accepted in text: controls, format characters (zero-width, bidi), private use, lone surrogates, line and paragraph separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u

/** Whether `s` is printable text: no character of {@link UNPRINTABLE}. @internal */
export const printable = (s: string): boolean => !UNPRINTABLE.test(s)

const textExpected = 'text of 1 to 256 printable characters (no control, zero-width or bidi characters)'
const isText = (u: unknown): u is string =>
  typeof u === 'string' && u.length > 0 && u.length <= 256 && u.trim().length > 0 && printable(u)
/**
 * Codec for a name or label given by a caller (a company name, an offer ID, a user name): 1 to 256
 * printable characters, not only spaces. Control, format (zero-width, bidi), private-use and lone
 * surrogate characters are refused, so text read from a file can never reorder or hide what a
 * screen shows. Decodes to a plain `string`.
 *
 * @category codecs
 * @since 0.2.0
 */
export const Text: t.Type<string, string, unknown> = new t.Type<string, string, unknown>(
  'Text',
  isText,
  (u, c) => (isText(u) ? t.success(u) : t.failure(u, c, `expected ${textExpected}`)),
  (a) => a,
)
