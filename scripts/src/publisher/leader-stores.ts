/**
 * The lease and the shared queue on each database the CMS supports. Drivers are the ones the CMS
 * already ships (pg, @libsql/client through the SQLite adapter, mongodb through the Mongo
 * adapter), loaded from the CMS package so the publisher needs no driver of its own.
 *
 * Where the rows live, and why not beside Payload's tables:
 * - PostgreSQL: schema `cong_publisher` in the CMS database. Payload's development schema push
 *   diffs the `public` schema against its collections and would offer to drop unknown tables.
 * - SQLite: a file of its own (`file:/…/publisher-lease.db`), for the same reason; SQLite means
 *   one machine, so the file is only shared by publishers on that machine.
 * - MongoDB: collections `cong_publisher_lease` and `cong_publisher_queue` (Payload ignores
 *   collections it does not define). Use a replica set, as the CMS needs for transactions.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { repoRoot } from '../lib/env'
import type { BuildEvent } from './build-records'
import type { Lease, LeaseStore, QueuedEvent } from './leader'

const fromCms = () => createRequire(path.join(repoRoot(), 'cms', 'package.json'))

export class LeaseUrlError extends Error {}

export function leaseStoreFor(url: string): LeaseStore {
  if (/^postgres(ql)?:\/\//.test(url)) return new PostgresLeaseStore(url)
  if (url.startsWith('file:')) return new SqliteLeaseStore(url)
  if (/^mongodb(\+srv)?:\/\//.test(url)) return new MongoLeaseStore(url)
  throw new LeaseUrlError(
    `PUBLISHER_LEASE_DATABASE_URL không hợp lệ / is not supported: use "postgres://…" (the CMS database), ` +
      `"mongodb://…" (the CMS replica set) or "file:/path/publisher-lease.db" (SQLite, publishers on one machine).`,
  )
}

interface LeaseRow {
  holder: string
  term: number | string | bigint
  expires_at: number | string | bigint
}

const toLease = (row: LeaseRow | undefined): Lease | null =>
  row ? { holder: String(row.holder), term: Number(row.term), expiresAt: Number(row.expires_at) } : null

// ---------------------------------------------------------------------------------------------
// PostgreSQL

interface PgPool {
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>
  end(): Promise<void>
}

export class PostgresLeaseStore implements LeaseStore {
  readonly kind = 'postgres'
  private readonly pool: PgPool

  constructor(url: string) {
    const pg = fromCms()('pg') as { Pool: new (config: object) => PgPool & { on(e: string, f: (err: Error) => void): void } }
    const pool = new pg.Pool({ connectionString: url, max: 2 })
    // An idle connection dropped by the server must not crash the publisher; the next query reconnects.
    pool.on('error', () => undefined)
    this.pool = pool
  }

  async init(): Promise<void> {
    const statements = [
      'CREATE SCHEMA IF NOT EXISTS cong_publisher',
      `CREATE TABLE IF NOT EXISTS cong_publisher.lease (
         name text PRIMARY KEY, holder text NOT NULL, term bigint NOT NULL, expires_at bigint NOT NULL)`,
      `CREATE TABLE IF NOT EXISTS cong_publisher.queue (
         id bigserial PRIMARY KEY, event jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    ]
    for (const sql of statements) {
      try {
        await this.pool.query(sql)
      } catch (error) {
        // Two publishers starting together race on IF NOT EXISTS (a unique violation on the
        // catalogue, or "already exists"); the other one created it, which is all we wanted.
        if (!['23505', '42P06', '42P07'].includes((error as { code?: string }).code ?? '')) throw error
      }
    }
  }

  async now(): Promise<number> {
    const { rows } = await this.pool.query<{ now: string }>(`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now`)
    return Number(rows[0].now)
  }

  async read(name: string): Promise<Lease | null> {
    const { rows } = await this.pool.query<LeaseRow>('SELECT holder, term, expires_at FROM cong_publisher.lease WHERE name = $1', [name])
    return toLease(rows[0])
  }

  async compareAndSet(name: string, expected: Lease | null, next: Lease): Promise<boolean> {
    const result = expected
      ? await this.pool.query(
          `UPDATE cong_publisher.lease SET holder = $2, term = $3, expires_at = $4
            WHERE name = $1 AND holder = $5 AND term = $6 AND expires_at = $7`,
          [name, next.holder, next.term, next.expiresAt, expected.holder, expected.term, expected.expiresAt],
        )
      : await this.pool.query(
          `INSERT INTO cong_publisher.lease (name, holder, term, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING`,
          [name, next.holder, next.term, next.expiresAt],
        )
    return result.rowCount === 1
  }

  async push(event: BuildEvent): Promise<string> {
    const { rows } = await this.pool.query<{ id: string }>('INSERT INTO cong_publisher.queue (event) VALUES ($1) RETURNING id', [JSON.stringify(event)])
    return String(rows[0].id)
  }

  async list(): Promise<QueuedEvent[]> {
    const { rows } = await this.pool.query<{ id: string; event: BuildEvent }>('SELECT id, event FROM cong_publisher.queue ORDER BY id')
    return rows.map((r) => ({ id: String(r.id), event: r.event }))
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length) await this.pool.query('DELETE FROM cong_publisher.queue WHERE id = ANY($1::bigint[])', [ids])
  }

  close(): Promise<void> {
    return this.pool.end()
  }
}

// ---------------------------------------------------------------------------------------------
// SQLite

interface LibsqlClient {
  execute(stmt: string | { sql: string; args: unknown[] }): Promise<{ rows: unknown[]; rowsAffected: number; lastInsertRowid?: bigint }>
  close(): void
}

export class SqliteLeaseStore implements LeaseStore {
  readonly kind = 'sqlite'
  private readonly client: LibsqlClient

  constructor(url: string) {
    const fromAdapter = createRequire(fromCms().resolve('@payloadcms/db-sqlite'))
    const libsql = fromAdapter('@libsql/client') as { createClient(config: { url: string }): LibsqlClient }
    this.client = libsql.createClient({ url })
  }

  async init(): Promise<void> {
    // Publishers on the same machine write this file together: wait for the other's write
    // instead of failing with "database is locked".
    await this.client.execute('PRAGMA busy_timeout = 5000')
    await this.client.execute('CREATE TABLE IF NOT EXISTS lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, term INTEGER NOT NULL, expires_at INTEGER NOT NULL)')
    await this.client.execute(
      "CREATE TABLE IF NOT EXISTS queue (id INTEGER PRIMARY KEY AUTOINCREMENT, event TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    )
  }

  /** One machine, one clock. */
  async now(): Promise<number> {
    return Date.now()
  }

  async read(name: string): Promise<Lease | null> {
    const { rows } = await this.client.execute({ sql: 'SELECT holder, term, expires_at FROM lease WHERE name = ?', args: [name] })
    return toLease(rows[0] as LeaseRow | undefined)
  }

  async compareAndSet(name: string, expected: Lease | null, next: Lease): Promise<boolean> {
    const result = expected
      ? await this.client.execute({
          sql: 'UPDATE lease SET holder = ?, term = ?, expires_at = ? WHERE name = ? AND holder = ? AND term = ? AND expires_at = ?',
          args: [next.holder, next.term, next.expiresAt, name, expected.holder, expected.term, expected.expiresAt],
        })
      : await this.client.execute({
          sql: 'INSERT OR IGNORE INTO lease (name, holder, term, expires_at) VALUES (?, ?, ?, ?)',
          args: [name, next.holder, next.term, next.expiresAt],
        })
    return result.rowsAffected === 1
  }

  async push(event: BuildEvent): Promise<string> {
    const result = await this.client.execute({ sql: 'INSERT INTO queue (event) VALUES (?)', args: [JSON.stringify(event)] })
    return String(result.lastInsertRowid)
  }

  async list(): Promise<QueuedEvent[]> {
    const { rows } = await this.client.execute('SELECT id, event FROM queue ORDER BY id')
    return (rows as unknown as { id: number; event: string }[]).map((r) => ({ id: String(r.id), event: JSON.parse(r.event) as BuildEvent }))
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.client.execute({ sql: `DELETE FROM queue WHERE id IN (${ids.map(() => '?').join(',')})`, args: ids.map(Number) })
  }

  async close(): Promise<void> {
    this.client.close()
  }
}

// ---------------------------------------------------------------------------------------------
// MongoDB

interface MongoCollection {
  findOne(filter: object): Promise<Record<string, unknown> | null>
  updateOne(filter: object, update: object): Promise<{ matchedCount: number }>
  insertOne(doc: object): Promise<{ insertedId: unknown }>
  find(filter: object): { sort(s: object): { toArray(): Promise<Record<string, unknown>[]> } }
  deleteMany(filter: object): Promise<unknown>
}
interface MongoDb {
  collection(name: string): MongoCollection
  admin(): { command(c: object): Promise<{ localTime?: Date }> }
}
interface MongoClientLike {
  connect(): Promise<unknown>
  db(): MongoDb
  close(): Promise<void>
}
interface MongoModule {
  MongoClient: new (url: string) => MongoClientLike
  ObjectId: new (id: string) => unknown
}

export class MongoLeaseStore implements LeaseStore {
  readonly kind = 'mongodb'
  private readonly client: MongoClientLike
  private readonly mongo: MongoModule
  private db: MongoDb | null = null

  constructor(url: string) {
    const fromAdapter = createRequire(fromCms().resolve('@payloadcms/db-mongodb'))
    const fromMongoose = createRequire(fromAdapter.resolve('mongoose'))
    this.mongo = fromMongoose('mongodb') as MongoModule
    this.client = new this.mongo.MongoClient(url)
  }

  private get leases(): MongoCollection {
    return this.database().collection('cong_publisher_lease')
  }

  private get queue(): MongoCollection {
    return this.database().collection('cong_publisher_queue')
  }

  private database(): MongoDb {
    if (!this.db) throw new Error('MongoLeaseStore used before init()')
    return this.db
  }

  async init(): Promise<void> {
    await this.client.connect()
    this.db = this.client.db()
  }

  async now(): Promise<number> {
    const hello = await this.database().admin().command({ hello: 1 })
    return hello.localTime ? new Date(hello.localTime).getTime() : Date.now()
  }

  async read(name: string): Promise<Lease | null> {
    const doc = await this.leases.findOne({ _id: name })
    return doc ? { holder: String(doc.holder), term: Number(doc.term), expiresAt: new Date(doc.expiresAt as Date).getTime() } : null
  }

  async compareAndSet(name: string, expected: Lease | null, next: Lease): Promise<boolean> {
    const fields = { holder: next.holder, term: next.term, expiresAt: new Date(next.expiresAt) }
    if (!expected) {
      try {
        await this.leases.insertOne({ _id: name, ...fields })
        return true
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return false // someone inserted it first
        throw error
      }
    }
    // One document update is atomic: it matches only if nobody changed the lease since we read it.
    const result = await this.leases.updateOne(
      { _id: name, holder: expected.holder, term: expected.term, expiresAt: new Date(expected.expiresAt) },
      { $set: fields },
    )
    // matchedCount, not modifiedCount: a renewal within the same millisecond changes nothing and is still ours.
    return result.matchedCount === 1
  }

  async push(event: BuildEvent): Promise<string> {
    const { insertedId } = await this.queue.insertOne({ event, createdAt: new Date() })
    return String(insertedId)
  }

  async list(): Promise<QueuedEvent[]> {
    const docs = await this.queue.find({}).sort({ _id: 1 }).toArray()
    return docs.map((d) => ({ id: String(d._id), event: d.event as BuildEvent }))
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length) await this.queue.deleteMany({ _id: { $in: ids.map((id) => new this.mongo.ObjectId(id)) } })
  }

  close(): Promise<void> {
    return this.client.close()
  }
}
