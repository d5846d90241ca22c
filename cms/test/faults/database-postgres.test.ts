import pg from 'pg'
import { bootPayload } from '../helpers/payload'
import { describeDatabaseOutage, reachable, startCuttableProxy } from './database-outage'

/**
 * PostgreSQL going away under a running CMS: the CMS reaches the server through a TCP proxy the
 * test cuts (open connections destroyed, new ones refused) and restores.
 */
const SERVER = { host: '127.0.0.1', port: 5432 }
const ADMIN_URL = `postgres://postgres@${SERVER.host}:${SERVER.port}/test`

describeDatabaseOutage('PostgreSQL outage', {
  skipReason: async () =>
    (await reachable(SERVER.host, SERVER.port))
      ? null
      : `no PostgreSQL server at ${SERVER.host}:${SERVER.port}: the PostgreSQL outage scenarios need one`,
  boot: async () => {
    const proxy = await startCuttableProxy(SERVER)
    const previous = process.env.TEST_DATABASE_URL
    // bootPayload makes a fresh database of its own on this server, reached through the proxy.
    process.env.TEST_DATABASE_URL = `postgres://postgres@127.0.0.1:${proxy.port}/test`
    try {
      const { payload, close } = await bootPayload()
      const database = new URL(process.env.DATABASE_URL ?? '').pathname.slice(1)
      return {
        payload,
        outage: proxy,
        close: async () => {
          await close().catch(() => undefined)
          await proxy.close()
          const admin = new pg.Client({ connectionString: ADMIN_URL })
          await admin.connect()
          try {
            await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
          } finally {
            await admin.end()
          }
        },
      }
    } catch (error) {
      await proxy.close()
      throw error
    } finally {
      if (previous === undefined) delete process.env.TEST_DATABASE_URL
      else process.env.TEST_DATABASE_URL = previous
    }
  },
})
