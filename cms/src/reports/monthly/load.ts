import type { Payload, Where } from 'payload'
import { buildMonthlyReport, monthRange, type Month, type MonthlyReport, type ReportInput } from '@cong/shared/monthlyReport'
import { callPublisher } from '../../publishing/publisherClient'

type Dated = { createdAt: string; _status?: ('draft' | 'published') | null }

/**
 * Everything the monthly report counts, read with the local API. Only what happened in the month
 * is fetched where the database can filter; sections and units are all listed so that a unit that
 * published nothing shows as zero, which is the point of the report.
 */
export async function loadMonthlyReport(payload: Payload, month: Month): Promise<MonthlyReport> {
  const { start, end } = monthRange(month)
  const during = (field: string): Where => ({
    and: [{ [field]: { greater_than_equal: start.toISOString() } }, { [field]: { less_than_equal: end.toISOString() } }],
  })
  const all = async <T>(collection: Parameters<Payload['find']>[0]['collection'], where: Where | undefined, select: Record<string, true>) =>
    (await payload.find({ collection, where, select, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as T[]

  // An article's English counts in the month its translation was first published (the record's
  // date: republishing the English later, or after a change to the Vietnamese, is not a new version).
  const translated = await all<{ itemId: string; firstPublishedAt: string }>(
    'translations',
    { and: [{ itemCollection: { equals: 'articles' } }, during('firstPublishedAt')] },
    { itemId: true, firstPublishedAt: true },
  )
  const englishAt = new Map(translated.map((t) => [String(t.itemId), t.firstPublishedAt]))

  const [articles, sections, units, tallies, legalDocuments, drafts, comments, cases, builds] = await Promise.all([
    all<{ id: number | string; title: string; publishedAt?: string | null; sections?: (number | string)[] | null; unit?: number | string | null }>(
      'articles',
      englishAt.size ? { or: [during('publishedAt'), { id: { in: [...englishAt.keys()] } }] } : during('publishedAt'),
      { title: true, publishedAt: true, sections: true, unit: true },
    ),
    all<{ id: number | string; title: string }>('sections', { kind: { equals: 'section' } }, { title: true }),
    all<{ id: number | string; name: string }>('units', undefined, { name: true }),
    all<{ article: number | string; views: number }>('view-tallies', { month: { equals: month } }, { article: true, views: true }),
    all<Dated>('legal-documents', { and: [during('createdAt'), { _status: { equals: 'published' } }] }, { createdAt: true, _status: true }),
    all<Dated>('drafts', { and: [during('createdAt'), { _status: { equals: 'published' } }] }, { createdAt: true, _status: true }),
    all<{ submittedAt: string }>('draft-comments', during('submittedAt'), { submittedAt: true }),
    all<{ receivedAt: string; state: string; answeredAt?: string | null; dueAt?: string | null }>(
      'cases',
      during('receivedAt'),
      { receivedAt: true, state: true, answeredAt: true, dueAt: true },
    ),
    buildsOf(payload, month),
  ])

  // Top-read articles may have been published long before the month: fetch their titles too.
  const known = new Set(articles.map((a) => String(a.id)))
  const missing = tallies.map((t) => t.article).filter((id) => !known.has(String(id)))
  const readOnly = missing.length
    ? await all<{ id: number | string; title: string }>('articles', { id: { in: missing } }, { title: true })
    : []

  const input: ReportInput = {
    month,
    articles: [
      ...articles.map((a) => ({
        id: String(a.id),
        title: a.title,
        publishedAt: a.publishedAt,
        englishPublishedAt: englishAt.get(String(a.id)) ?? null,
        sectionIds: (a.sections ?? []).map(String),
        unitId: a.unit == null ? null : String(a.unit),
      })),
      ...readOnly.map((a) => ({ id: String(a.id), title: a.title, sectionIds: [] })),
    ],
    sections: sections.map((s) => ({ id: String(s.id), name: s.title })),
    units: units.map((u) => ({ id: String(u.id), name: u.name })),
    monthlyViews: tallies.map((t) => ({ articleId: String(t.article), views: t.views })),
    legalDocuments: legalDocuments.map((d) => ({ publishedAt: d.createdAt })),
    drafts: drafts.map((d) => ({ publishedAt: d.createdAt })),
    comments,
    // Answered as the case statistics count it: the case is in state answered, dated by its answer.
    cases: cases.map((c) => ({
      receivedAt: c.receivedAt,
      answeredAt: c.state === 'answered' ? c.answeredAt : null,
      deadline: c.dueAt,
    })),
    builds,
  }
  return buildMonthlyReport(input)
}

/** The month's site builds from the publisher, or null when it cannot be asked. */
async function buildsOf(payload: Payload, month: Month): Promise<ReportInput['builds']> {
  try {
    const answer = await callPublisher(`/builds/month/${month}`, { method: 'GET' })
    const body = answer.body as { builds?: ReportInput['builds'] }
    return answer.status === 200 && Array.isArray(body.builds) ? body.builds : null
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'Monthly report: the publisher could not be asked for its builds' })
    return null
  }
}
