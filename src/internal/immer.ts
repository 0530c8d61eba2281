/**
 * The library's private immer instance, and the parts of immer the events code uses. Global immer
 * settings are never touched, so an application that uses immer with other settings is not
 * affected by this package.
 *
 * @internal
 */
import { Immer, freeze, isDraft } from 'immer'

/** A writable draft of an entity, deep: immer's own type. @internal */
export type { Draft } from 'immer'

const immer = new Immer({ autoFreeze: true })

/** @internal */
export const produce: Immer['produce'] = immer.produce

/**
 * Deeply freezes a freshly built value (entities arriving in events, decoded documents): immer's
 * `freeze(value, true)`, which freezes plain objects and arrays recursively and stops at any value
 * already frozen. Plain data (what JSON and the codecs produce: objects and arrays of the realm's
 * own prototypes, not drafts) takes a direct path with the same result, about twice as fast on a
 * large document: the value frozen, then its own enumerable fields (an array's elements) in order,
 * as immer walks them. Anything else is left to immer. A function of one argument, so that it can
 * be passed to `Array.prototype.map`.
 *
 * @internal
 */
export const freezeDeep = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null) return value
  const proto: unknown = Object.getPrototypeOf(value)
  const array = proto === Array.prototype && Array.isArray(value)
  if ((proto !== Object.prototype && !array) || isDraft(value)) return freeze(value, true)
  if (Object.isFrozen(value)) return value
  Object.freeze(value)
  if (array) {
    for (const element of value as ReadonlyArray<unknown>) freezeDeep(element)
    return value
  }
  // for…in makes no array of keys per object; it also lists inherited keys, which Object.keys (immer) does not
  const fields = value as Readonly<Record<string, unknown>>
  for (const key in fields) {
    if (typeof fields[key] === 'object' && Object.hasOwn(fields, key)) freezeDeep(fields[key])
  }
  return value
}
