/**
 * The fields of each translatable collection that have an English version, listed once: the
 * staleness fingerprint, the status endpoint's diff, the published English copy and the XLIFF
 * files all read this table (docs/translation-and-multimedia.md).
 *
 * A field path is the same on both sides: `sourceTexts` keys the Vietnamese by it, and
 * `englishValues` / the XLIFF units use it for the English. Array rows are keyed by row id
 * (`leaders.<rowId>.title`), so reordering rows changes nothing and a new row is a new field.
 */
import type { SourceTexts, TranslatableCollection } from '@cong/shared/translation'
import { richTextToPlainText } from '../richText/plainText'

export type TranslatedKind = 'text' | 'textarea' | 'richText'

export interface TranslatedField {
  /** The field's name (inside the array's rows when `array` is set). */
  name: string
  kind: TranslatedKind
  /** The array whose rows hold the field; paths are then `<array>.<rowId>.<name>`. */
  array?: string
  /** Where the Vietnamese is read when it is not the English field's own name (Q&A only). */
  from?: readonly string[]
}

export interface TranslatedCollection {
  fields: readonly TranslatedField[]
  /** The field an English version needs at the least (`hasEnglish` of the move rules). */
  title: string
  /** Whether the English has its own slug (`slugEn` on the item, `slug` in the published copy). */
  slug: boolean
}

export const TRANSLATED_FIELDS: Record<TranslatableCollection, TranslatedCollection> = {
  articles: {
    title: 'title',
    slug: true,
    fields: [
      { name: 'title', kind: 'text' },
      { name: 'sapo', kind: 'textarea' },
      { name: 'body', kind: 'richText' },
      { name: 'coverCaption', kind: 'text' },
    ],
  },
  pages: {
    title: 'title',
    slug: false,
    fields: [
      { name: 'title', kind: 'text' },
      { name: 'body', kind: 'richText' },
    ],
  },
  'legal-documents': {
    // A legal document's title is its number and kind; what is read (and translated) is the summary.
    title: 'summary',
    slug: false,
    fields: [
      { name: 'summary', kind: 'textarea' },
      { name: 'issuingBody', kind: 'text' },
      { name: 'signerTitle', kind: 'text' },
      { name: 'fullText', kind: 'richText' },
    ],
  },
  units: {
    title: 'name',
    slug: false,
    fields: [
      { name: 'name', kind: 'text' },
      { name: 'functions', kind: 'richText' },
      { name: 'title', kind: 'text', array: 'leaders' },
      { name: 'bio', kind: 'textarea', array: 'leaders' },
      { name: 'responsibilities', kind: 'textarea', array: 'leaders' },
    ],
  },
  albums: {
    title: 'title',
    slug: true,
    fields: [
      { name: 'title', kind: 'text' },
      { name: 'description', kind: 'textarea' },
      { name: 'transcript', kind: 'textarea' },
      { name: 'caption', kind: 'text', array: 'photos' },
      { name: 'alt', kind: 'text', array: 'photos' },
    ],
  },
  // Q&A: the English lives in the translation record's `question` group (title, question, answer),
  // never on the case, which holds the sender's personal data. The Vietnamese is what Hỏi – Đáp
  // shows: the title as edited for publication (else as sent) and only the edited question, never
  // the sender's own words.
  cases: {
    title: 'title',
    slug: false,
    fields: [
      { name: 'title', kind: 'text', from: ['publicTitle', 'title'] },
      { name: 'question', kind: 'textarea', from: ['publicQuestion'] },
      { name: 'answer', kind: 'richText' },
    ],
  },
}

type Doc = Record<string, unknown> | null | undefined
type Row = Record<string, unknown> & { id?: unknown }

const asText = (kind: TranslatedKind, value: unknown): string =>
  kind === 'richText' ? richTextToPlainText(value) : typeof value === 'string' ? value : ''

const rowsOf = (doc: Doc, array: string): Row[] => {
  const rows = doc?.[array]
  return Array.isArray(rows) ? rows.filter((r): r is Row => typeof r === 'object' && r !== null && r.id != null) : []
}

const firstText = (doc: Doc, field: TranslatedField): string => {
  for (const name of field.from ?? [field.name]) {
    const value = asText(field.kind, doc?.[name])
    if (value.trim()) return value
  }
  return ''
}

/**
 * The Vietnamese of an item as plain text by field path, from the item read in Vietnamese
 * (`locale: 'vi'`). Empty fields are left out, as the fingerprint leaves them out.
 */
export function sourceTexts(collection: TranslatableCollection, viDoc: Doc): SourceTexts {
  const out: SourceTexts = {}
  for (const field of TRANSLATED_FIELDS[collection].fields) {
    if (field.array) {
      for (const row of rowsOf(viDoc, field.array)) {
        const value = asText(field.kind, row[field.name])
        if (value.trim()) out[`${field.array}.${String(row.id)}.${field.name}`] = value
      }
    } else {
      const value = firstText(viDoc, field)
      if (value.trim()) out[field.name] = value
    }
  }
  return out
}

/** The English an item is published with: its fields in the item's own shape. */
export type EnglishValues = Record<string, unknown>

const present = (kind: TranslatedKind, value: unknown): boolean =>
  kind === 'richText' ? richTextToPlainText(value).trim() !== '' : typeof value === 'string' && value.trim() !== ''

/**
 * The working English of an item in the item's own shape (rich text kept as Lexical JSON, array
 * rows as `{ id, field… }`), from the item read with `locale: 'en', fallbackLocale: false` (for
 * Q&A, the translation record's `question` group). Empty fields are left out; articles and
 * albums carry their English `slug` (the item's `slugEn`). With `viDoc`, a row's text equal to
 * its Vietnamese is left out.
 */
export function englishValues(collection: TranslatableCollection, enDoc: Doc, viDoc?: Doc): EnglishValues {
  const spec = TRANSLATED_FIELDS[collection]
  const out: EnglishValues = {}
  const arrays = new Map<string, Row[]>()
  for (const field of spec.fields) {
    if (field.array) {
      const rows = arrays.get(field.array) ?? rowsOf(enDoc, field.array).map((r) => ({ id: r.id }) as Row)
      arrays.set(field.array, rows)
      const vi = new Map(rowsOf(viDoc, field.array).map((r) => [String(r.id), r[field.name]]))
      rowsOf(enDoc, field.array).forEach((row, i) => {
        const value = row[field.name]
        // Payload stores the Vietnamese of a required field in a row as its English when the row
        // is saved in English: the same text in both is not a translation.
        if (present(field.kind, value) && JSON.stringify(value) !== JSON.stringify(vi.get(String(row.id))))
          rows[i]![field.name] = value
      })
    } else if (present(field.kind, enDoc?.[field.name])) {
      out[field.name] = enDoc?.[field.name]
    }
  }
  for (const [array, rows] of arrays) {
    const kept = rows.filter((r) => Object.keys(r).length > 1)
    if (kept.length) out[array] = kept
  }
  if (spec.slug && typeof enDoc?.slugEn === 'string' && enDoc.slugEn.trim()) out.slug = enDoc.slugEn
  return out
}

/** Whether an item's English has what every English version needs (its title). */
export function hasEnglishTitle(collection: TranslatableCollection, enDoc: Doc): boolean {
  const spec = TRANSLATED_FIELDS[collection]
  const field = spec.fields.find((f) => f.name === spec.title && !f.array)
  return Boolean(field && present(field.kind, enDoc?.[field.name]))
}

/** The item's Vietnamese title, for the record's lists. */
export function sourceTitle(collection: TranslatableCollection, viDoc: Doc): string {
  const spec = TRANSLATED_FIELDS[collection]
  const field = spec.fields.find((f) => f.name === spec.title && !f.array)!
  const value = firstText(viDoc, field).trim()
  if (collection === 'legal-documents' && typeof viDoc?.number === 'string' && viDoc.number.trim())
    return value ? `${viDoc.number.trim()} – ${value}` : viDoc.number.trim()
  return value
}
