/**
 * The library's private immer instance, and the parts of immer the events code uses. Global immer
 * settings are never touched, so an application that uses immer with other settings is not
 * affected by this package.
 *
 * @internal
 */
import { Immer, freeze } from 'immer'

/** A writable draft of an entity, deep: immer's own type. @internal */
export type { Draft } from 'immer'

const immer = new Immer({ autoFreeze: true })

/** @internal */
export const produce: Immer['produce'] = immer.produce

/**
 * Deeply freezes a freshly built value (entities arriving in events, decoded documents): immer's
 * `freeze(value, true)`, which freezes plain objects and arrays recursively and stops at any value
 * already frozen. A function of one argument, so that it can be passed to `Array.prototype.map`.
 *
 * @internal
 */
export const freezeDeep = <T>(value: T): T => freeze(value, true)
