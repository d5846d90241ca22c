import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from '../../src/endpoints/publicRequest'
import { bootPayload } from '../helpers/payload'
import { describeDatabaseOutage, sqliteClient } from './database-outage'

/**
 * SQLite taken away from a running CMS by another process holding the database file: an
 * exclusive lock shuts out readers and writers alike. When the CMS is itself in the middle of a
 * write the exclusive lock cannot be had; a shared lock then stops that write from committing,
 * which is the same outage seen from the CMS.
 */
describeDatabaseOutage('SQLite outage (file locked by another process)', {
  // Found by this file, not fixed: libsql (0.4.7) leaves a statement that failed with SQLITE_BUSY
  // unfinalized, holding its lock until garbage collection, so after an outage the CMS's next
  // writes can stay "database is locked" for a while; views are kept in memory meanwhile (not
  // lost), but the first flush after recovery fails. Marked so the test turns red once it works.
  knownIssues: { viewFlushAfterRecovery: 'libsql keeps failed statements (and their locks) until GC' },
  boot: async () => {
    const previous = process.env.TEST_DATABASE_URL
    // This file is about SQLite, whichever database CI's leg points the other tests at.
    delete process.env.TEST_DATABASE_URL
    try {
      const { payload, close } = await bootPayload()
      const file = (process.env.DATABASE_URL ?? '').replace(/^file:/, '')
      const holder = sqliteClient(file)
      let holding = false
      return {
        payload,
        outage: {
          cut: async () => {
            if (holding) return
            // Like any other process, the holder waits a moment for the CMS's statement in flight.
            await holder.execute('PRAGMA busy_timeout = 250')
            await holder.execute('BEGIN EXCLUSIVE').catch(async (error: unknown) => {
              if (!isDatabaseUnavailable(error)) throw error
              await holder.execute('BEGIN')
              await holder.execute('SELECT count(*) FROM sqlite_master')
            })
            holding = true
          },
          restore: async () => {
            if (!holding) return
            await holder.execute('ROLLBACK')
            holding = false
          },
        },
        close: async () => {
          holder.close()
          await close()
        },
      }
    } finally {
      if (previous !== undefined) process.env.TEST_DATABASE_URL = previous
    }
  },
})

describe('telling an unreachable database from a bug', () => {
  const coded = (message: string, code: string, extra: object = {}) =>
    Object.assign(new Error(message), { code, ...extra })
  it.each([
    ['PostgreSQL refusing connections', coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a PostgreSQL connection dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['PostgreSQL shutting down', coded('terminating connection due to administrator command', '57P01')],
    [
      'a drizzle error wrapping the driver’s',
      new Error('Failed query: select 1', { cause: coded('read ECONNRESET', 'ECONNRESET') }),
    ],
    [
      'Payload failing to begin a transaction',
      new Error('Error: cannot begin transaction: Failed query: begin'),
    ],
    ['SQLite locked by another process', coded('SQLITE_BUSY: database is locked', 'SQLITE_BUSY')],
    ['SQLite file gone', coded('SQLITE_CANTOPEN: unable to open database file', 'SQLITE_CANTOPEN')],
    [
      'SQLite disk I/O error (libsql raw code)',
      coded('disk I/O error', 'SQLITE_ERROR', { rawCode: 'SQLITE_IOERR_WRITE' }),
    ],
    [
      'MongoDB unreachable',
      Object.assign(new Error('connection timed out'), { name: 'MongoServerSelectionError' }),
    ],
  ])('counts %s as the database being away (503)', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a type error in our code', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique constraint violation', coded('duplicate key value violates unique constraint', '23505')],
    ['an SQL syntax error', coded('SQLITE_ERROR: near "SELEC": syntax error', 'SQLITE_ERROR')],
    ['a thrown string', 'ECONNREFUSED'],
  ])('keeps %s a bug (500, logged)', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
