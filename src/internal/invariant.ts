/**
 * The one error the library throws: a broken internal invariant, never a rule failure.
 *
 * @module
 */

/**
 * Thrown only when an internal invariant is broken, for example an event replayed over a state that
 * does not hold the entity it names. Rule failures are never thrown: commands return them as values.
 *
 * @category violations
 * @since 0.1.0
 */
export class CspInvariantError extends Error {
  override readonly name = 'CspInvariantError'
}

/** Returns `value`, or throws a {@link CspInvariantError} naming `what` if it is missing. @internal */
export const defined = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new CspInvariantError(`${what} is missing`)
  return value
}
