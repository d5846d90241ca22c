import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { eq } from '@payloadcms/db-sqlite/drizzle'

/**
 * Writes values that other documents or the passing days decide (a legal document's validity
 * once a newer document replaces it, a draft's status once its period ends) onto a document and
 * all of its versions, bypassing Payload's update on purpose:
 * - such a change is not an edit: no new version, no audit entry, no webhook of its own;
 * - Payload's update starts from the latest version, so updating a document that has unsaved
 *   draft changes would publish them;
 * - the admin's list reads the latest version, so the versions must carry the value too.
 * Only top-level, non-localized scalar fields are supported; `Date` values are dates.
 * Runs inside the request's transaction when there is one (PostgreSQL would otherwise wait on
 * the rows the transaction holds).
 */
export type DerivedValues = Record<string, string | number | boolean | Date | null>

interface DrizzleAdapter {
  drizzle: DrizzleDb
  sessions: Record<string, { db: DrizzleDb } | undefined>
  tables: Record<string, Record<string, unknown>>
  tableNameMap: Map<string, string>
  versionsSuffix?: string
}
interface DrizzleDb {
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => { where: (cond: unknown) => Promise<unknown> }
  }
}

interface MongooseModel {
  updateOne: (filter: object, update: object, options?: object) => Promise<unknown>
  updateMany: (filter: object, update: object, options?: object) => Promise<unknown>
}
interface MongooseAdapter {
  collections: Record<string, MongooseModel>
  versions: Record<string, MongooseModel>
  sessions: Record<string, unknown>
}

export async function writeDerivedFields(
  payload: Payload,
  collection: CollectionSlug,
  id: string | number,
  values: DerivedValues,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  const db = payload.db as unknown as Partial<DrizzleAdapter & MongooseAdapter> & { name: string }
  const transactionID = req?.transactionID ? String(await req.transactionID) : undefined
  const hasVersions = Boolean(payload.collections[collection]?.config.versions)

  if (db.drizzle && db.tables && db.tableNameMap) {
    const adapter = db as DrizzleAdapter
    const drizzle = (transactionID && adapter.sessions[transactionID]?.db) || adapter.drizzle
    // Payload names tables after the slug in snake case (`legal-documents` → `legal_documents`).
    const table = (name: string) => adapter.tables[adapter.tableNameMap.get(name) ?? name]
    const base = collection.replace(/-/g, '_')
    const main = table(base)
    const versions = hasVersions ? table(`_${base}${adapter.versionsSuffix ?? '_v'}`) : undefined
    const row: Record<string, unknown> = {}
    const versionRow: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(values)) {
      if (!main?.[name] || (hasVersions && !versions?.[`version_${name}`])) {
        throw new Error(`${collection}.${name} is missing from the database schema`)
      }
      const stored = value instanceof Date ? value.toISOString() : value
      row[name] = stored
      versionRow[`version_${name}`] = stored
    }
    const key = payload.db.defaultIDType === 'number' ? Number(id) : id
    await drizzle
      .update(main)
      .set(row)
      .where(eq(main.id as never, key))
    if (versions)
      await drizzle
        .update(versions)
        .set(versionRow)
        .where(eq(versions.parent as never, key))
    return
  }

  if (db.collections?.[collection]) {
    const adapter = db as MongooseAdapter
    const session = transactionID ? adapter.sessions[transactionID] : undefined
    const options = session ? { session } : {}
    await adapter.collections[collection].updateOne({ _id: id }, { $set: values }, options)
    if (hasVersions && adapter.versions[collection]) {
      const versionValues = Object.fromEntries(Object.entries(values).map(([k, v]) => [`version.${k}`, v]))
      await adapter.versions[collection].updateMany({ parent: id }, { $set: versionValues }, options)
    }
    return
  }
  throw new Error(`Derived fields cannot be written with the "${db.name}" database adapter`)
}
