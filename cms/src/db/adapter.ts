import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

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
 * Schema push stays on outside production so tests and the demo create their own tables;
 * production deployments run migrations (see README).
 */
export function databaseAdapter(choice = chooseDatabase(process.env.DATABASE_URL)): DatabaseAdapterObj {
  const push = process.env.PAYLOAD_DB_PUSH !== 'false'
  switch (choice.kind) {
    case 'sqlite': {
      const file = choice.url.replace(/^file:/, '')
      if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      return sqliteAdapter({ client: { url: choice.url }, push })
    }
    case 'postgres':
      return postgresAdapter({ pool: { connectionString: choice.url }, push })
    case 'mongodb':
      return mongooseAdapter({ url: choice.url })
  }
}
