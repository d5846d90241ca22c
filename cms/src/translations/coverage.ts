import type { Payload } from 'payload'
import { stringify } from 'csv-stringify/sync'
import type { Month } from '@cong/shared/monthlyReport'
import {
  isTranslatableCollection,
  TRANSLATABLE_LABELS,
  type TranslatableCollection,
  type TranslationState,
} from '@cong/shared/translation'
import {
  coverage,
  type CoverageFigures,
  type CoverageReport,
  type CoverageRow,
} from '@cong/shared/translationCoverage'
import { vietnamDate } from '@cong/shared/vnDate'
import { TRANSLATION_COVERAGE_STRINGS } from '../i18n/translationQueue'
import { idOf } from '../access/roles'
import { parsePeriod, PERIOD_ERRORS, type PeriodError } from '../reports/cases/period'

/** A period of Vietnamese publication, or everything (`null`): the default, as coverage is about the whole site. */
export type CoveragePeriod = { from: Month; to: Month } | null

/** `from`/`to` of a request: both absent is every month; one absent takes the case reports' default. */
export function parseCoveragePeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  now: Date,
): { period: CoveragePeriod } | { error: PeriodError } {
  if (!from && !to) return { period: null }
  const period = parsePeriod(from || undefined, to || undefined, now)
  return 'error' in period ? period : { period }
}
export { PERIOD_ERRORS }

export interface TranslationCoverageReport extends CoverageReport {
  period: CoveragePeriod
  perSection: (CoverageReport['perSection'][number] & { name: string })[]
}

interface RecordDoc {
  itemCollection: string
  state: TranslationState
  sections?: unknown
  sourcePublishedAt?: string | null
  published?: unknown
}

const hasCopy = (published: unknown) =>
  typeof published === 'object' && published !== null && Object.keys(published).length > 0

/**
 * Coverage of the items public now (a draft's or a withdrawn item's English is on no page, so it
 * would only blur the share), by month of Vietnamese publication in Viet Nam's calendar.
 */
export async function loadTranslationCoverage(
  payload: Payload,
  period: CoveragePeriod,
): Promise<TranslationCoverageReport> {
  const { docs } = await payload.find({
    collection: 'translations' as never,
    where: { itemPublic: { equals: true } },
    select: {
      itemCollection: true,
      state: true,
      sections: true,
      sourcePublishedAt: true,
      published: true,
    } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const rows: CoverageRow[] = []
  for (const doc of docs as unknown as RecordDoc[]) {
    if (!isTranslatableCollection(doc.itemCollection)) continue
    const published = doc.sourcePublishedAt ? new Date(doc.sourcePublishedAt) : null
    const sourceMonth =
      published && !Number.isNaN(published.getTime()) ? vietnamDate(published).slice(0, 7) : null
    if (period && (!sourceMonth || sourceMonth < period.from || sourceMonth > period.to)) continue
    rows.push({
      collection: doc.itemCollection,
      sectionIds: Array.isArray(doc.sections)
        ? doc.sections.map(idOf).filter((s): s is string => Boolean(s))
        : [],
      sourceMonth,
      state: doc.state,
      hasPublishedEnglish: hasCopy(doc.published),
    })
  }
  const report = coverage(rows)
  const ids = report.perSection.map((s) => s.sectionId)
  const sections = ids.length
    ? ((
        await payload.find({
          collection: 'sections',
          where: { id: { in: ids } },
          select: { title: true } as never,
          depth: 0,
          pagination: false,
          locale: 'vi',
          overrideAccess: true,
        })
      ).docs as unknown as { id: string | number; title?: string | null }[])
    : []
  const names = new Map(sections.map((s) => [String(s.id), String(s.title ?? s.id)]))
  return {
    ...report,
    period,
    perSection: report.perSection
      .map((s) => ({ ...s, name: names.get(s.sectionId) ?? s.sectionId }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  }
}

const BOM = '\uFEFF'
const percent = (share: number) => (Math.round(share * 1000) / 10).toFixed(1)

/**
 * The report as one CSV (RFC 4180 with a BOM, so spreadsheet programs read the Vietnamese), a
 * table per grouping one under the other, headings in Vietnamese as the report is filed.
 */
export function coverageCsv(report: TranslationCoverageReport): Buffer {
  const t = TRANSLATION_COVERAGE_STRINGS.vi
  const header = [t.total, t.translated, t.notNeeded, t.stale, `${t.share} (%)`, `${t.shareOfNeeded} (%)`]
  const figures = (f: CoverageFigures) => [
    f.total,
    f.translated,
    f.notNeeded,
    f.stale,
    percent(f.share),
    percent(f.shareOfNeeded),
  ]
  const records: (string | number)[][] = [
    ['', ...header],
    [t.total, ...figures(report)],
    [],
    [t.section, ...header],
    ...report.perSection.map((s) => [s.name, ...figures(s)]),
    [],
    [t.month, ...header],
    ...report.perMonth.map((m) => [m.month ?? t.neverPublished, ...figures(m)]),
    [],
    [t.kind, ...header],
    ...report.perCollection.map((c) => [
      TRANSLATABLE_LABELS[c.collection as TranslatableCollection].vi,
      ...figures(c),
    ]),
  ]
  return Buffer.from(BOM + stringify(records, { record_delimiter: '\r\n' }), 'utf8')
}
