import { addCalendarDays, endOfVietnamDay, startOfVietnamDay, vietnamDate, type IsoDate } from './vnDate'
import { answeredOnTime } from './workingDays'

/**
 * The monthly activity report for the director (báo cáo hoạt động hằng tháng, domain.md). One
 * model, built here from plain records, feeds both the spreadsheet and the printable PDF so the
 * two can never disagree. Months are Vietnamese calendar months; every figure is computed from
 * dated events, so the report for a past month comes out the same whenever it is made.
 */

/** `yyyy-MM`. */
export type Month = string

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export const isMonth = (value: unknown): value is Month => typeof value === 'string' && MONTH.test(value)

/** First and last day of a month. */
export function monthDays(month: Month): { first: IsoDate; last: IsoDate } {
  if (!isMonth(month)) throw new RangeError(`not a month: ${month}`)
  const first = `${month}-01`
  const [y, m] = month.split('-').map(Number) as [number, number]
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
  return { first, last: addCalendarDays(next, -1) }
}

/** The instants a month covers in Viet Nam: `[start, end]`, both included. */
export function monthRange(month: Month): { start: Date; end: Date } {
  const { first, last } = monthDays(month)
  return { start: startOfVietnamDay(first), end: endOfVietnamDay(last) }
}

/** The month before the one `now` falls in, in Viet Nam: the report the director asks for. */
export function previousMonth(now: Date): Month {
  const first = `${vietnamDate(now).slice(0, 7)}-01`
  return addCalendarDays(first, -1).slice(0, 7)
}

export interface ReportArticle {
  id: string
  title: string
  /** When it was first published, if it ever was. */
  publishedAt?: string | null
  sectionIds: string[]
  unitId?: string | null
  /** When its English version was published, if it was. */
  englishPublishedAt?: string | null
}

export interface ReportInput {
  month: Month
  articles: ReportArticle[]
  sections: { id: string; name: string }[]
  units: { id: string; name: string }[]
  /** Views counted in the month, per article. */
  monthlyViews: { articleId: string; views: number }[]
  legalDocuments: { publishedAt?: string | null }[]
  drafts: { publishedAt?: string | null }[]
  comments: { submittedAt: string }[]
  /** Citizen cases; `null` until the portal receives them. */
  cases: { receivedAt: string; answeredAt?: string | null; deadline?: string | null }[] | null
  /** Site builds; `null` when the publisher could not be asked. */
  builds: { startedAt: string; status: 'success' | 'failed' | 'running' }[] | null
}

export interface CountRow {
  id: string
  name: string
  count: number
}

export interface MonthlyReport {
  month: Month
  period: { first: IsoDate; last: IsoDate }
  totals: {
    articlesPublished: number
    englishPublished: number
    legalDocuments: number
    drafts: number
    comments: number
  }
  cases: { received: number; answered: number; answeredOnTime: number } | null
  builds: { total: number; failed: number } | null
  /** Every section and unit, busiest first; those with nothing still show, as zero. */
  bySection: CountRow[]
  byUnit: CountRow[]
  topRead: { id: string; title: string; views: number }[]
}

export const TOP_READ_SIZE = 10

export function buildMonthlyReport(input: ReportInput): MonthlyReport {
  const { start, end } = monthRange(input.month)
  const inMonth = (value: string | null | undefined): boolean => {
    if (!value) return false
    const t = new Date(value)
    return t >= start && t <= end
  }
  const published = input.articles.filter((a) => inMonth(a.publishedAt))

  const tally = (items: { id: string; name: string }[], keysOf: (a: ReportArticle) => string[]): CountRow[] => {
    const counts = new Map(items.map((i) => [i.id, 0]))
    for (const article of published) {
      for (const key of new Set(keysOf(article))) if (counts.has(key)) counts.set(key, counts.get(key)! + 1)
    }
    return items
      .map((i) => ({ id: i.id, name: i.name, count: counts.get(i.id)! }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'))
  }

  const titles = new Map(input.articles.map((a) => [a.id, a.title]))
  const topRead = input.monthlyViews
    .filter((v) => v.views > 0 && titles.has(v.articleId))
    .sort((a, b) => b.views - a.views || a.articleId.localeCompare(b.articleId))
    .slice(0, TOP_READ_SIZE)
    .map((v) => ({ id: v.articleId, title: titles.get(v.articleId)!, views: v.views }))

  const cases = input.cases && input.cases.filter((c) => inMonth(c.receivedAt))
  const builds = input.builds && input.builds.filter((b) => inMonth(b.startedAt))

  return {
    month: input.month,
    period: monthDays(input.month),
    totals: {
      articlesPublished: published.length,
      englishPublished: input.articles.filter((a) => inMonth(a.englishPublishedAt)).length,
      legalDocuments: input.legalDocuments.filter((d) => inMonth(d.publishedAt)).length,
      drafts: input.drafts.filter((d) => inMonth(d.publishedAt)).length,
      comments: input.comments.filter((c) => inMonth(c.submittedAt)).length,
    },
    cases: cases && {
      received: cases.length,
      answered: cases.filter((c) => c.answeredAt).length,
      answeredOnTime: cases.filter((c) => answeredOnTime(c.answeredAt, c.deadline)).length,
    },
    builds: builds && { total: builds.length, failed: builds.filter((b) => b.status === 'failed').length },
    bySection: tally(input.sections, (a) => a.sectionIds),
    byUnit: tally(input.units, (a) => (a.unitId ? [a.unitId] : [])),
    topRead,
  }
}
