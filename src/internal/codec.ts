/** Small io-ts helpers shared by the codecs. @internal */
import * as t from 'io-ts'

/** `T | null`, named after the inner codec. @internal */
export const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null], `${codec.name} | null`)

/** A string literal union from a list of literals, named for readable decode errors. @internal */
export const literals = <const L extends readonly [string, ...string[]]>(values: L, name: string) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as { [K in L[number]]: null }, name)

/** A whole number greater than or equal to `min`. @internal */
export const intAtLeast = (min: number, name: string) =>
  t.refinement(t.number, (n) => Number.isInteger(n) && n >= min, name)
