/**
 * The library's private immer instance. Global immer settings are never touched, so an
 * application that uses immer with other settings is not affected by this package.
 *
 * @internal
 */
import { Immer } from 'immer'

const immer = new Immer({ autoFreeze: true })

/** @internal */
export const produce: Immer['produce'] = immer.produce

/** Deeply freezes a freshly built value (entities arriving in events). @internal */
export const freezeDeep = <T>(value: T): T => Object.freeze(deepFreezeChildren(value))

function deepFreezeChildren<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreezeChildren(child)
    Object.freeze(value)
  }
  return value
}
