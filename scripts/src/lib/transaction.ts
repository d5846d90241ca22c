/**
 * All-or-nothing writes through Payload's local API: every operation given the returned `req`
 * runs in one database transaction, committed only when the whole job succeeded.
 *
 * PostgreSQL (and MongoDB on a replica set) have transactions in Payload out of the box. The
 * SQLite adapter has them switched off unless configured (`transactionOptions`; Payload leaves them
 * off because concurrent requests in a server would hit SQLITE_BUSY). A one-shot script is a single
 * writer, so for its own job it starts one with the adapter's own implementation, the one
 * `transactionOptions` would enable; the CMS's configuration stays as it is. While it runs, other
 * processes writing the same SQLite file (a running CMS) wait or fail with "database is locked".
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createLocalReq, type Payload, type PayloadRequest, type RequestContext } from 'payload'
import { repoRoot } from './env'

type Begin = (this: Payload['db']) => Promise<number | string | null>

/** `beginTransaction` of the Drizzle adapters, loaded through the CMS's own SQLite adapter. */
async function drizzleBegin(): Promise<Begin> {
  const fromCms = createRequire(path.join(repoRoot(), 'cms', 'package.json'))
  const fromAdapter = createRequire(fromCms.resolve('@payloadcms/db-sqlite'))
  const drizzle = (await import(pathToFileURL(fromAdapter.resolve('@payloadcms/drizzle')).href)) as {
    beginTransaction: Begin
  }
  return drizzle.beginTransaction
}

export class NoTransactionError extends Error {}

async function begin(payload: Payload): Promise<string | number> {
  const id = await payload.db.beginTransaction()
  if (id) return id
  if (payload.db.name === 'sqlite') {
    const sqliteId = await (await drizzleBegin()).call(payload.db)
    if (sqliteId) return sqliteId
  }
  throw new NoTransactionError(
    `Cơ sở dữ liệu "${payload.db.name}" không mở được giao dịch, nên không thể ghi tất cả hoặc không gì cả / ` +
      `the "${payload.db.name}" database cannot open a transaction, so an all-or-nothing write is impossible`,
  )
}

/**
 * Runs `work` with a request bound to a new transaction; commits when it resolves, rolls back
 * when it throws (and rethrows). Payload's operations roll back the transaction themselves when
 * they fail, so a rollback here may find nothing left to do.
 */
export async function inTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  opts: { context?: RequestContext } = {},
): Promise<T> {
  const req = await createLocalReq({ context: opts.context }, payload)
  const id = await begin(payload)
  req.transactionID = id
  let result: T
  try {
    result = await work(req)
    // A failed operation whose error something swallowed has already rolled everything back and
    // taken the id off the request: what followed ran outside the transaction and must not count.
    if (req.transactionID !== id)
      throw new Error('the transaction was rolled back during the job / giao dịch đã bị hoàn tác giữa chừng')
  } catch (error) {
    await payload.db.rollbackTransaction(id)
    throw error
  }
  await payload.db.commitTransaction(id)
  return result
}
