/**
 * The empty list the library hands out wherever a result has nothing to list: one shared, frozen
 * array (results are read-only), so that the common case allocates nothing.
 *
 * @internal
 */
export const NONE: ReadonlyArray<never> = Object.freeze([])
