/**
 * Event store: a distributor's history kept in a real database through an emmett event store, with
 * the program as emmett's Decider. The embedded PostgreSQL (PGlite) by default, a PostgreSQL server
 * when `DATABASE_URL` is set. The first run writes the stream; a run on a database that holds it
 * already reads it back and rebuilds the state from the stored events.
 *
 *   npx tsx examples/event-store/run.ts                                  # embedded, in memory
 *   PGLITE_DATA_DIR=.event-store npx tsx examples/event-store/run.ts     # embedded, kept in .event-store/
 *   DATABASE_URL=postgresql://user:password@localhost:5432/csp npx tsx examples/event-store/run.ts
 */
import { pathToFileURL } from 'node:url'
import { DeciderCommandHandler } from '@event-driven-io/emmett'
import {
  CommandRejectedError,
  cspDecider,
  customersOfPartner,
  entitiesOf,
  stateToJson,
  type EmmettEvent,
} from 'csp-channel'
import { accepted, customer, distributor, refused, reseller } from './commands.js'
import { openEventStore, type StoreOptions } from './store.js'

/** The stream of the distributor's history. */
const streamOf = (id: string) => `distributor-${id}`
const handle = DeciderCommandHandler({ ...cspDecider, mapToStreamId: streamOf })

/** What a run did and what the stream holds. */
export interface Result {
  readonly database: 'embedded' | 'postgresql'
  /** Whether this run wrote the stream (false: it was there already and was only read). */
  readonly written: boolean
  /** The rules that refused the last order, if this run sent it. */
  readonly refusedBy: ReadonlyArray<string>
  readonly storedEvents: ReadonlyArray<EmmettEvent['type']>
  readonly storedPassword: string | undefined
  readonly customersOfReseller: ReadonlyArray<string>
  readonly subscriptions: ReadonlyArray<string>
  /** Whether the state rebuilt from the stored events equals the state the commands built. */
  readonly rebuiltSame: boolean | undefined
}

/** Runs the example on the database `options` names (the embedded one by default) and closes it. */
export async function run(options: StoreOptions = {}): Promise<Result> {
  const { eventStore, database, close } = await openEventStore(options)
  try {
    const exists = (await eventStore.readStream(streamOf(distributor))).streamExists
    let built = undefined
    const refusedBy: string[] = []
    if (!exists) {
      for (const command of accepted) built = (await handle(eventStore, distributor, command)).newState
      try {
        await handle(eventStore, distributor, refused)
      } catch (error) {
        if (!(error instanceof CommandRejectedError)) throw error
        refusedBy.push(...error.violations.map((v) => `${v.rule} ${v._tag}`))
      }
    }
    // read the history back: the stored events, and the state they rebuild
    const { events } = await eventStore.readStream<EmmettEvent>(streamOf(distributor))
    const { state } = await eventStore.aggregateStream(streamOf(distributor), cspDecider)
    const created = events.find((e) => e.type === 'CustomerCreatedForReseller')
    return {
      database,
      written: !exists,
      refusedBy,
      storedEvents: events.map((e) => e.type),
      storedPassword:
        created?.type === 'CustomerCreatedForReseller' ? created.data.adminCredentials.password : undefined,
      customersOfReseller: customersOfPartner(state, reseller).map((c) => c.companyName),
      subscriptions: entitiesOf(state, 'subscriptions')
        .filter((s) => s.customerTenantId === customer)
        .map((s) => `${s.offerId} x${s.seats}`),
      rebuiltSame:
        built === undefined ? undefined : JSON.stringify(stateToJson(state)) === JSON.stringify(stateToJson(built)),
    }
  } finally {
    await close()
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(await run({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR }))
