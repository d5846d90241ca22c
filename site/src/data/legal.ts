import { daysLeft, draftStatus, type DraftStatus } from '@cong/shared/commentPeriod'
import { parseDocumentNumber } from '@cong/shared/legalNumber'
import { VALIDITY_STATUSES, VALIDITY_STATUS_CODES } from '@cong/shared/legalValidity'
import {
  LEGAL_DOC_TYPES,
  LEGAL_DOC_TYPE_CODES,
  LEGAL_FIELDS,
  LEGAL_FIELD_CODES,
  LEGAL_RELATION_KINDS,
  LEGAL_RELATION_SCOPES,
} from '@cong/shared/legalVocabulary'
import { routes } from '@cong/shared/routes'
import type { Locale, SnapshotDraft, SnapshotDraftComment, SnapshotLegalDocument } from '@cong/shared/snapshot'
import type { IsoDate } from '@cong/shared/vnDate'
import type { FinderFacet } from '../components/DocumentFinder'
import type { LegalRow } from '../components/LegalDocumentTable'
import { strings } from '../i18n'
import { formatDay } from '../lib/dates'
import type { SiteData } from './snapshot'

/** "Nghị định 14/2017/NĐ-CP": how a document is named in titles, links and search results. */
export const documentTitle = (doc: SnapshotLegalDocument, locale: Locale): string =>
  `${LEGAL_DOC_TYPES[doc.type].label[locale]} ${doc.number}`

export const issuingBodyName = (doc: SnapshotLegalDocument, locale: Locale): string =>
  doc.issuingBody[locale] ?? doc.issuingBody.vi

export const validityLabel = (doc: SnapshotLegalDocument, locale: Locale): string =>
  doc.validity.status ? VALIDITY_STATUSES[doc.validity.status][locale] : strings(locale).validityNoneShort

/**
 * Where a link to a document goes from a page in `locale`: its page in that language, else its
 * Vietnamese page, marked so the reader knows the language changes.
 */
export function documentLink(
  doc: SnapshotLegalDocument,
  locale: Locale,
): { href: string; lang?: 'vi'; summary: string } {
  const text = doc[locale]
  if (text) return { href: routes.legalDocument(locale, doc.slug), summary: text.summary }
  return { href: routes.legalDocument('vi', doc.slug), lang: locale === 'vi' ? undefined : 'vi', summary: doc.vi.summary }
}

/** The day a document starts to count in a timeline: when it takes effect, else when issued. */
export const effectiveOrIssued = (doc: SnapshotLegalDocument): IsoDate => doc.effectiveDate ?? doc.issuedDate

/**
 * Sort key for "by number": year, then the serial as a number, then the symbol, so 9/2024 comes
 * before 10/2024. Numbers without a year (công văn) take the year they were issued.
 */
export function numberSortKey(doc: SnapshotLegalDocument): string {
  const parsed = parseDocumentNumber(doc.number, { currentYear: 9999 })
  if (!parsed.ok) return `${doc.issuedDate.slice(0, 4)}-9999999-${doc.number}`
  const { serial, year, symbol } = parsed.value
  const digits = serial.replace(/\D+$/, '')
  return `${year ?? doc.issuedDate.slice(0, 4)}-${digits.padStart(7, '0')}${serial.slice(digits.length)}-${symbol}`
}

export function legalRow(doc: SnapshotLegalDocument, locale: Locale): LegalRow {
  const link = documentLink(doc, locale)
  return {
    id: doc.id,
    href: link.href,
    number: doc.number,
    type: LEGAL_DOC_TYPES[doc.type].label[locale],
    issued: doc.issuedDate,
    issuedLabel: formatDay(doc.issuedDate, locale),
    summary: link.summary,
    status: doc.validity.status,
    statusLabel: validityLabel(doc, locale),
  }
}

export interface TimelineEntry {
  date: IsoDate
  doc: SnapshotLegalDocument
  /** What the related document is to this one ("Bị thay thế bởi"); absent for this document. */
  relation?: string
  scope?: string
  note?: string
  current?: boolean
}

/**
 * The document among those it acts on and those acting on it, in the order they took effect.
 * Relations to documents missing from the snapshot (not published) are left out.
 */
export function relationTimeline(data: SiteData, doc: SnapshotLegalDocument, locale: Locale): TimelineEntry[] {
  const entries: TimelineEntry[] = doc.relations.flatMap((relation) => {
    const other = data.legalDocument(relation.documentId)
    if (!other) return []
    return [
      {
        date: effectiveOrIssued(other),
        doc: other,
        relation: LEGAL_RELATION_KINDS[relation.kind][relation.direction][locale],
        scope: relation.scope === 'part' ? LEGAL_RELATION_SCOPES.part[locale] : undefined,
        note: relation.note,
      },
    ]
  })
  if (entries.length === 0) return []
  entries.push({ date: effectiveOrIssued(doc), doc, current: true })
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.doc.issuedDate.localeCompare(b.doc.issuedDate))
}

/**
 * Every value each facet of the document finder can take, with how many documents of `locale`
 * have it: what the finder shows before the search index is loaded. Types, fields and statuses
 * keep the vocabulary's order, years run newest first, issuing bodies by number of documents.
 */
export function finderFacets(docs: SnapshotLegalDocument[], locale: Locale): FinderFacet[] {
  const t = strings(locale)
  const count = (values: string[]) => {
    const counts = new Map<string, number>()
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
    return counts
  }
  const types = count(docs.map((d) => d.type))
  const bodies = count(docs.map((d) => issuingBodyName(d, locale)))
  const fields = count(docs.flatMap((d) => d.fields))
  const years = count(docs.map((d) => d.issuedDate.slice(0, 4)))
  const statuses = count(docs.flatMap((d) => (d.validity.status ? [d.validity.status] : [])))
  const inOrder = (codes: readonly string[], counts: Map<string, number>, label: (code: string) => string) =>
    codes.filter((code) => counts.has(code)).map((code) => ({ value: code, label: label(code), count: counts.get(code)! }))
  return [
    { key: 'doctype', label: t.facetType, values: inOrder(LEGAL_DOC_TYPE_CODES, types, (c) => LEGAL_DOC_TYPES[c as keyof typeof LEGAL_DOC_TYPES].label[locale]) },
    {
      key: 'body',
      label: t.facetBody,
      values: [...bodies]
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'vi'))
        .map(([value, n]) => ({ value, label: value, count: n })),
    },
    { key: 'field', label: t.facetField, values: inOrder(LEGAL_FIELD_CODES, fields, (c) => LEGAL_FIELDS[c as keyof typeof LEGAL_FIELDS][locale]) },
    {
      key: 'year',
      label: t.facetYear,
      values: [...years].sort(([a], [b]) => b.localeCompare(a)).map(([value, n]) => ({ value, label: value, count: n })),
    },
    { key: 'status', label: t.facetStatus, values: inOrder(VALIDITY_STATUS_CODES, statuses, (c) => VALIDITY_STATUSES[c as keyof typeof VALIDITY_STATUSES][locale]) },
  ]
}

export interface DraftEntry {
  draft: SnapshotDraft
  status: DraftStatus
  daysLeft: number
}

const STATUS_ORDER: Record<DraftStatus, number> = { open: 0, upcoming: 1, closed: 2, issued: 2 }

/**
 * A draft's status and days left, taken again at build time rather than from the snapshot, so
 * rebuilding an older snapshot never shows a finished consultation as open.
 */
export const draftEntry = (data: SiteData, draft: SnapshotDraft): DraftEntry => ({
  draft,
  status: draftStatus(draft, data.builtAt),
  daysLeft: daysLeft(draft, data.builtAt),
})

/**
 * Drafts with text in `locale` as the draft list shows them: open first, closing soonest at the
 * top, then those about to open, then the finished ones, most recently closed first.
 */
export function draftEntries(data: SiteData, locale: Locale): DraftEntry[] {
  const finished = (entry: DraftEntry) => STATUS_ORDER[entry.status] === 2
  return data.snapshot.drafts
    .filter((draft) => draft[locale])
    .map((draft) => draftEntry(data, draft))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (finished(a) ? b.draft.closesOn.localeCompare(a.draft.closesOn) : a.draft.closesOn.localeCompare(b.draft.closesOn)),
    )
}

/**
 * Published comments by the article or clause they are about, in the draft's order ("Điều 3"
 * before "Điều 12"), general comments last; oldest first within a group.
 */
export function commentGroups(comments: SnapshotDraftComment[]): { clause?: string; comments: SnapshotDraftComment[] }[] {
  const groups = new Map<string | undefined, SnapshotDraftComment[]>()
  for (const comment of [...comments].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    const key = comment.clause?.trim() || undefined
    groups.set(key, [...(groups.get(key) ?? []), comment])
  }
  return [...groups]
    .sort(([a], [b]) =>
      a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b, 'vi', { numeric: true, sensitivity: 'base' }),
    )
    .map(([clause, list]) => ({ clause, comments: list }))
}
