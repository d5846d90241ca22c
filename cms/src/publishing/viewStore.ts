import type { Payload } from 'payload'
import { vietnamDate } from '@cong/shared/vnDate'
import { eq, sql } from '@payloadcms/db-sqlite/drizzle'
import { PUBLISHED } from './snapshot'
import { ViewCounter, type ViewStore } from './viewCounter'

/**
 * Where article views are stored: the `viewCount` field of the article and of its versions.
 * The versions matter because Payload starts every update from the latest version, so a count
 * kept only on the main document would be overwritten by the next save. The increment bypasses
 * hooks on purpose: a view is not an edit (no audit entry, no new version, no rebuild).
 */

const COLLECTION = 'articles'

interface DrizzleAdapter {
  drizzle: {
    update: (table: unknown) => { set: (values: Record<string, unknown>) => { where: (cond: unknown) => Promise<unknown> } }
  }
  tables: Record<string, Record<string, unknown>>
  tableNameMap: Map<string, string>
  versionsSuffix?: string
}

interface MongooseModel {
  updateOne: (filter: object, update: object) => Promise<unknown>
  updateMany: (filter: object, update: object) => Promise<unknown>
}
interface MongooseAdapter {
  collections: Record<string, MongooseModel>
  versions: Record<string, MongooseModel>
}

function incrementer(payload: Payload): ViewStore['increment'] {
  const db = payload.db as unknown as Partial<DrizzleAdapter & MongooseAdapter> & { name: string }
  if (db.drizzle && db.tables && db.tableNameMap) {
    const { drizzle, tables, tableNameMap } = db as DrizzleAdapter
    const main = tables[tableNameMap.get(COLLECTION) ?? COLLECTION]
    const versions = tables[tableNameMap.get(`_${COLLECTION}${db.versionsSuffix ?? '_v'}`) ?? '']
    if (!main?.viewCount || !versions?.version_viewCount) {
      throw new Error('articles.viewCount is missing from the database schema')
    }
    return async (id, count) => {
      const key = Number(id)
      await drizzle.update(main).set({ viewCount: sql`coalesce(${main.viewCount}, 0) + ${count}` }).where(eq(main.id as never, key))
      await drizzle
        .update(versions)
        .set({ version_viewCount: sql`coalesce(${versions.version_viewCount}, 0) + ${count}` })
        .where(eq(versions.parent as never, key))
    }
  }
  if (db.collections?.[COLLECTION] && db.versions?.[COLLECTION]) {
    const { collections, versions } = db as MongooseAdapter
    return async (id, count) => {
      await collections[COLLECTION].updateOne({ _id: id }, { $inc: { viewCount: count } })
      await versions[COLLECTION].updateMany({ parent: id }, { $inc: { 'version.viewCount': count } })
    }
  }
  throw new Error(`View counting does not support the "${db.name}" database adapter`)
}

export function payloadViewStore(payload: Payload): ViewStore {
  const increment = incrementer(payload)
  return {
    lookup: async (id) => {
      const { docs } = await payload.find({
        collection: COLLECTION,
        where: { and: [{ id: { equals: id } }, PUBLISHED] },
        select: { viewCount: true },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
      })
      const doc = docs[0] as { viewCount?: number | null } | undefined
      return doc ? (doc.viewCount ?? 0) : null
    },
    increment: async (id, count) => {
      await increment(id, count)
      await tallyMonth(payload, id, count, vietnamDate(new Date()).slice(0, 7))
    },
  }
}

/**
 * Adds the flushed views to the article's row for the month. Flushes of one process run one after
 * the other, so read-then-write is safe here; the unique key stops a second row per month.
 */
async function tallyMonth(payload: Payload, id: string, count: number, month: string): Promise<void> {
  const key = `${id}@${month}`
  const { docs } = await payload.find({
    collection: 'view-tallies',
    where: { key: { equals: key } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const row = docs[0]
  if (row) {
    await payload.update({ collection: 'view-tallies', id: row.id, data: { views: row.views + count }, overrideAccess: true })
  } else {
    const article = payload.db.defaultIDType === 'number' ? Number(id) : id
    await payload.create({ collection: 'view-tallies', data: { key, article: article as number, month, views: count }, overrideAccess: true })
  }
}

/** Article ids as the database writes them: integers for SQL, ObjectIds for MongoDB. */
export function isArticleId(payload: Payload, id: string): boolean {
  return payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,15}$/.test(id) : /^[0-9a-f]{24}$/i.test(id)
}

const counters = new WeakMap<Payload, ViewCounter>()

/** The process's counter for this Payload instance; pending views are flushed on exit. */
export function viewCounterFor(payload: Payload): ViewCounter {
  let counter = counters.get(payload)
  if (!counter) {
    const created = new ViewCounter(payloadViewStore(payload), {
      onError: (error) => payload.logger.error({ err: error }, 'Could not save article views; retrying'),
    })
    counters.set(payload, created)
    process.once('beforeExit', () => void created.stop())
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        const done = Promise.race([created.stop(), new Promise((r) => setTimeout(r, 3_000))])
        // Our listener must not cancel the default "terminate on signal" when it is the only one.
        void done.finally(() => {
          if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
        })
      })
    }
    counter = created
  }
  return counter
}
