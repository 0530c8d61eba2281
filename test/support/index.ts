/** Everything the tests build worlds and assert with: IDs, builders, worlds and assertions. */
export * from './ids.js'
export * from './assertions.js'
export * from './builders.js'
export * from './worlds.js'
