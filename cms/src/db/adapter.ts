import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'

/**
 * The one place that turns `DATABASE_URL` into a Payload database adapter.
 * - unset or `file:…`   → embedded SQLite (the default: `<repo>/data/cong.db`)
 * - `postgres://…`      → PostgreSQL
 * - `mongodb://…` / `mongodb+srv://…` → MongoDB
 * Anything else stops the CMS at start with a message naming the accepted forms.
 */
export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface DatabaseChoice {
  kind: DatabaseKind
  url: string
}

export class DatabaseUrlError extends Error {}

/** The workspace root (the folder holding pnpm-workspace.yaml), whatever the current folder. */
export function repoRoot(start = process.cwd()): string {
  let dir = path.resolve(start)
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(start)
    dir = parent
  }
  return dir
}

export const dataDir = (): string => path.resolve(process.env.CONG_DATA_DIR ?? path.join(repoRoot(), 'data'))

export function chooseDatabase(rawUrl: string | undefined): DatabaseChoice {
  const url = rawUrl?.trim()
  if (!url) return { kind: 'sqlite', url: `file:${path.join(dataDir(), 'cong.db')}` }
  if (url.startsWith('file:')) return { kind: 'sqlite', url }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url }
  if (/^mongodb(\+srv)?:\/\//.test(url)) return { kind: 'mongodb', url }
  throw new DatabaseUrlError(
    `DATABASE_URL "${redact(url)}" is not supported. Use one of: ` +
      `unset (embedded SQLite at data/cong.db), "file:/path/to/cong.db" (SQLite), ` +
      `"postgres://user:pass@host:5432/db" (PostgreSQL), "mongodb://host:27017/db" (MongoDB).`,
  )
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@')
}

/**
 * Payload indexes `*_locales` on (`_locale`, `_parent_id`) and `*_texts`/`*_numbers` on
 * (`order`, `parent_id`); neither serves a lookup by parent alone, so every document read
 * scanned those tables (a 5,000-article snapshot took 541 s; with these indexes, 6 s).
 */
type IndexFactory = typeof sqliteIndex | typeof pgIndex
interface SchemaHookArgs {
  schema: { tables: Record<string, unknown> }
  // Drizzle's table and column types differ per dialect; both expose columns by property name.
  extendTable: (args: { table: never; extraConfig: (t: Record<string, never>) => Record<string, unknown> }) => unknown
}

function parentLookupIndexes(index: IndexFactory) {
  return ({ schema, extendTable }: SchemaHookArgs) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      const column = /_locales$/.test(name) ? '_parentID' : /_(texts|numbers)$/.test(name) ? 'parent' : null
      if (!column) continue
      const indexName = `${name}_parent_lookup_idx`
      extendTable({
        table: table as never,
        extraConfig: (t) => ({ [indexName]: (index as typeof sqliteIndex)(indexName).on(t[column]) }),
      })
    }
    return schema
  }
}

/**
 * Schema push stays on outside production so tests and the demo create their own tables;
 * production deployments run migrations (see README).
 */
export function databaseAdapter(choice = chooseDatabase(process.env.DATABASE_URL)): DatabaseAdapterObj {
  const push = process.env.PAYLOAD_DB_PUSH !== 'false'
  switch (choice.kind) {
    case 'sqlite': {
      const file = choice.url.replace(/^file:/, '')
      if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      return sqliteAdapter({ client: { url: choice.url }, push, afterSchemaInit: [parentLookupIndexes(sqliteIndex) as never] })
    }
    case 'postgres':
      return withPoolErrorsLogged(
        postgresAdapter({ pool: { connectionString: choice.url }, push, afterSchemaInit: [parentLookupIndexes(pgIndex) as never] }),
      )
    case 'mongodb':
      return mongooseAdapter({ url: choice.url })
  }
}

/**
 * node-postgres re-emits the error of an idle pooled connection (the server restarted, the
 * network dropped) on the pool, and an `error` event nobody listens to ends the process: the
 * whole CMS would die with its database. Logged instead; the pool opens a new connection on the
 * next query, and requests meanwhile get the public endpoints' 503 (endpoints/publicRequest.ts).
 */
function withPoolErrorsLogged(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args) as ReturnType<DatabaseAdapterObj['init']> & {
        pool?: {
          on(event: 'error', listener: (error: Error) => void): unknown
          on(
            event: 'connect',
            listener: (client: { on(event: 'error', listener: () => void): unknown }) => void,
          ): unknown
        }
      }
      const connect = instance.connect
      let listening = false
      instance.connect = async (options) => {
        await connect?.call(instance, options)
        if (listening || !instance.pool) return
        listening = true
        instance.pool.on('error', (error) =>
          args.payload.logger.warn({ err: error }, 'PostgreSQL connection lost'),
        )
        // A connection checked out for a transaction has no pool listener: its loss reaches the
        // waiting query as a rejection, and the event itself must not end the process.
        instance.pool.on('connect', (client) => client.on('error', () => undefined))
      }
      return instance
    },
  }
}
