/**
 * Printing text from files safely on a terminal. No dependency: the CLI loads it before the
 * library.
 *
 * @internal
 */

/** Control, format, separator and lone surrogate characters: never printed raw. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu

/**
 * Makes text from a file safe to print on a terminal: every C0 or C1 control character, DEL, Unicode
 * format character (zero-width characters, bidi marks, embeddings, overrides and isolates, the byte
 * order mark U+FEFF, …), line or paragraph separator and lone surrogate is replaced by its code point
 * as a `\u{…}` escape (`"\u001b[31m"` prints as `\u{1b}[31m`). Other text, backslashes included, is
 * unchanged.
 *
 * @internal
 */
export const escapeControls = (text: string): string =>
  text.replace(UNSAFE, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`)
