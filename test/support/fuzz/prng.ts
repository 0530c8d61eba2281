/**
 * A small seeded pseudo-random generator (mulberry32) for the fuzzer: fast, 32-bit state, and the
 * same sequence for the same seed on every machine, so a run is reproducible from its seed.
 */

/** Mixes two numbers into a 32-bit seed (a splitmix-style finalizer), e.g. a run seed and a world index. */
export const mixSeed = (a: number, b: number): number => {
  let h = (Math.floor(a) ^ Math.imul(Math.floor(a / 2 ** 32) | 0, 0x27d4eb2d) ^ Math.imul(b | 0, 0x9e3779b1)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }

  /** A uniform number in [0, 1). */
  float(): number {
    return this.next() / 4294967296
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n)
  }

  /** A uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1)
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p
  }

  /** A uniform item of a non-empty list. */
  pick<A>(items: ReadonlyArray<A>): A {
    if (items.length === 0) throw new Error('Rng.pick: empty list')
    return items[this.int(items.length)] as A
  }

  /** An item drawn with the given weights. */
  weighted<A>(entries: ReadonlyArray<readonly [number, A]>): A {
    let total = 0
    for (const [w] of entries) total += w
    let x = this.float() * total
    for (const [w, a] of entries) {
      x -= w
      if (x < 0) return a
    }
    return (entries[entries.length - 1] as readonly [number, A])[1]
  }

  /** `n` lower-case hexadecimal digits. */
  hex(n: number): string {
    let s = ''
    while (s.length < n) s += this.next().toString(16).padStart(8, '0')
    return s.slice(0, n)
  }
}
