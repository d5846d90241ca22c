import type { Payload } from 'payload'

/**
 * Whether a string from a public URL can be a document id of this database (integers for SQL,
 * ObjectIds for MongoDB): anything else is answered 404 without a query that the database would
 * refuse with an error.
 */
export function isDocumentId(payload: Payload, id: string): boolean {
  return payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,15}$/.test(id) : /^[0-9a-f]{24}$/i.test(id)
}
