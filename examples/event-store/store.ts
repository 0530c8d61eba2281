/**
 * An emmett event store on PostgreSQL: a real server when a connection string is given, otherwise
 * an embedded one, PGlite (PostgreSQL compiled to WebAssembly, in this process: nothing to install
 * or start), served on a local port for the PostgreSQL client emmett uses.
 */
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { getPostgreSQLEventStore, type PostgresEventStore } from '@event-driven-io/emmett-postgresql'
import pg from 'pg'

/** Where the events go: a PostgreSQL connection string, else the embedded database (in memory, or in `dataDir`). */
export interface StoreOptions {
  readonly databaseUrl?: string | undefined
  readonly dataDir?: string | undefined
}

/** An open event store, which database holds it, and how to close it. */
export interface OpenStore {
  readonly eventStore: PostgresEventStore
  readonly database: 'embedded' | 'postgresql'
  readonly close: () => Promise<void>
}

/** Opens the event store `options` name; emmett creates its tables on first use. */
export const openEventStore = async (options: StoreOptions = {}): Promise<OpenStore> => {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    const eventStore = getPostgreSQLEventStore(options.databaseUrl)
    return { eventStore, database: 'postgresql', close: () => eventStore.close() }
  }
  const db = await PGlite.create(options.dataDir)
  // PGlite runs one session: emmett gets one client, on a socket served from this process
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 })
  await server.start()
  const connectionString = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`
  const client = new pg.Client({ connectionString })
  await client.connect()
  const eventStore = getPostgreSQLEventStore(connectionString, { connectionOptions: { pooled: false, client } })
  return {
    eventStore,
    database: 'embedded',
    close: async () => {
      await eventStore.close()
      await client.end()
      await server.stop()
      await db.close()
    },
  }
}
