import type { CollectionBeforeChangeHook, Field, GlobalBeforeChangeHook } from 'payload'
import { requestRole } from '../access/roles'
import { MESSAGES } from '../i18n'
import { refused } from './errors'

type Row = { id?: string | null }

/** Top-level arrays shared by both languages: their rows are the same in vi and en. */
const sharedArrays = (fields: Field[]): string[] =>
  fields.flatMap((f) => (f.type === 'array' && !f.localized ? [f.name] : []))

const rowIds = (value: unknown): string =>
  Array.isArray(value) ? (value as Row[]).map((row) => row?.id ?? '').join('|') : ''

/**
 * Field access keeps translators off non-localized values, but a non-localized array's rows are
 * shared by both languages: adding, removing or reordering leaders while translating would change
 * the Vietnamese page. A translator's save must keep the rows exactly as they are.
 */
function refuseRowChanges(
  fields: Field[],
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
) {
  for (const name of sharedArrays(fields)) {
    if (name in data && rowIds(data[name]) !== rowIds(original?.[name]))
      throw refused(MESSAGES.translatorRows)
  }
}

export const keepRowsForTranslators: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (requestRole(req) === 'translator') refuseRowChanges(collection.fields, data, originalDoc)
  return data
}

export const keepGlobalRowsForTranslators: GlobalBeforeChangeHook = ({ data, originalDoc, global, req }) => {
  if (requestRole(req) === 'translator') refuseRowChanges(global.fields, data, originalDoc)
  return data
}
