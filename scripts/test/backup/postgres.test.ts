import { describe, it } from 'vitest'
import { psql } from './helpers'
import { describeRoundTrip } from './roundtrip'

// The server CI's PostgreSQL leg names, or the local one; each run makes and drops its own databases.
const server = process.env.TEST_DATABASE_URL?.startsWith('postgres')
  ? process.env.TEST_DATABASE_URL
  : 'postgres://postgres@127.0.0.1:5432/test'
const reachable = await psql(server, 'SELECT 1')

if (reachable.code === 0) {
  process.env.TEST_DATABASE_URL = server
  describeRoundTrip('pnpm ops backup / restore on PostgreSQL (pg_dump / pg_restore)')
} else {
  describe('pnpm ops backup / restore on PostgreSQL', () => {
    it.skip(`skipped: PostgreSQL is not reachable at ${server.replace(/\/\/[^@]*@/, '//')} (${reachable.stderr.trim() || 'psql failed'})`, () => {})
  })
}
