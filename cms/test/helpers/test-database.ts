import { randomBytes } from 'node:crypto'
import pg from 'pg'

/**
 * Every test file gets a database of its own, so files can run in parallel on one server:
 * a fresh SQLite file by default, or a fresh database on the PostgreSQL/MongoDB server named by
 * TEST_DATABASE_URL (CI's second and third legs). Payload keeps its Postgres pool open after
 * `destroy()`, so a database is not dropped by the file that made it: each new one sweeps the
 * test databases older than half an hour (their age is in their name).
 */
const PREFIX = 'cong_test_'
const STALE_MS = 30 * 60 * 1000

export async function createTestDatabase(sqliteFile: string): Promise<{ url: string }> {
  const base = process.env.TEST_DATABASE_URL
  if (!base) return { url: `file:${sqliteFile}` }
  const name = `${PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
  const url = new URL(base)
  url.pathname = `/${name}`
  if (url.protocol.startsWith('postgres')) {
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    try {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE '${PREFIX}%'`,
      )
      for (const { datname } of rows) {
        const born = parseInt(datname.slice(PREFIX.length).split('_')[0], 36)
        if (Date.now() - born > STALE_MS) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
      }
      await admin.query(`CREATE DATABASE "${name}"`)
    } finally {
      await admin.end()
    }
  }
  // MongoDB creates the database on first write.
  return { url: url.toString() }
}
