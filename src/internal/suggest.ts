/**
 * "Did you mean": the known name closest to a misspelled one, by edit distance, for decode errors
 * (an unknown field, command, event or query name).
 *
 * @internal
 */

/** Names longer than this are never compared: a hostile key costs nothing. */
const MAX_LENGTH = 64

/**
 * The optimal string alignment distance of `a` and `b` (insertions, deletions, substitutions and
 * swaps of two neighbours each cost 1), compared without regard to case.
 */
export const editDistance = (a: string, b: string): number => {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  let before: number[] = []
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1)
      current.push(d)
    }
    before = previous
    previous = current
  }
  return previous[y.length] ?? 0
}

/**
 * The candidate closest to `word`, if one is close enough to be a likely misspelling: at most a
 * third of the longer name's letters apart (at least one edit), the first of equally close ones.
 * `undefined` when none is, or when `word` is the empty string or longer than 64 characters.
 */
export const closest = (word: string, candidates: Iterable<string>): string | undefined => {
  if (word.length === 0 || word.length > MAX_LENGTH) return undefined
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (candidate === word) continue
    const d = editDistance(word, candidate)
    const allowed = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3))
    if (d <= allowed && d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/** ` (did you mean "seats"?)` when a candidate is close to `word`, else the empty string. */
export const didYouMean = (word: string, candidates: Iterable<string>): string => {
  const match = closest(word, candidates)
  return match === undefined ? '' : ` (did you mean ${JSON.stringify(match)}?)`
}

/**
 * "Did you mean" for the unknown field `key` of the object `u`: the closest of the `known` fields
 * that `u` lacks, else the closest of all of them, else the empty string.
 */
export const suggestField = (key: string, known: ReadonlySet<string>, u: object): string => {
  const missing = didYouMean(
    key,
    [...known].filter((k) => !Object.hasOwn(u, k)),
  )
  return missing === '' ? didYouMean(key, known) : missing
}
