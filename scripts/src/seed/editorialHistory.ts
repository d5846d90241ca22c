import type { Payload } from 'payload'
import { monthRange, previousMonth } from '@cong/shared/monthlyReport'

/**
 * The recent past a real portal would have: which unit sent which article to the board and when
 * (the audit trail the quota dashboard reads), and how much each article was read last month (what
 * the monthly report ranks). Derived from the seeded articles themselves, so the quota table shows
 * units on track and units behind, and last month's report has figures, on whatever day the seed
 * runs. Idempotent: an article that already has a submission, a month that already has its tally,
 * is left alone.
 */

const HOUR_MS = 3_600_000
/** How far back submissions are recorded: the quota view shows this week and the four before. */
const HISTORY_DAYS = 42
const TRUSTED = { overrideAccess: true } as const

type Id = number | string

/** A stable pseudo-random number from a string, so reruns give the same views. */
function hashOf(text: string): number {
  let hash = 2166136261
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619)
  return hash >>> 0
}

export async function seedEditorialHistory(payload: Payload, now: Date): Promise<{ submissions: number; tallies: number }> {
  const { docs: contributors } = await payload.find({
    ...TRUSTED,
    collection: 'users',
    where: { role: { equals: 'contributor' } },
    depth: 0,
    pagination: false,
    select: { unit: true },
  })
  const contributorOf = new Map(contributors.map((u) => [String(u.unit), u]))

  const since = new Date(now.getTime() - HISTORY_DAYS * 24 * HOUR_MS)
  const { docs: articles } = await payload.find({
    ...TRUSTED,
    collection: 'articles',
    where: { workflowStatus: { not_equals: 'draft' } },
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    select: { title: true, unit: true, publishedAt: true, workflowStatus: true, viewCount: true },
  })

  let submissions = 0
  for (const [i, article] of articles.entries()) {
    const contributor = contributorOf.get(String(article.unit))
    if (!contributor) continue
    // Published items were sent a few hours before they went out; those still in the queue, today.
    const at = article.publishedAt
      ? new Date(new Date(article.publishedAt).getTime() - 3 * HOUR_MS)
      : new Date(now.getTime() - (i % 5 + 1) * HOUR_MS)
    if (at < since || at > now) continue
    const { totalDocs } = await payload.count({
      ...TRUSTED,
      collection: 'audit-log',
      where: { and: [{ docId: { equals: String(article.id) } }, { to: { equals: 'submitted' } }] },
    })
    if (totalDocs > 0) continue
    await payload.create({
      ...TRUSTED,
      collection: 'audit-log',
      data: {
        action: 'transition',
        collection: 'articles',
        docId: String(article.id),
        docTitle: article.title,
        from: 'draft',
        to: 'submitted',
        user: contributor.id as number,
        userRole: 'contributor',
        at: at.toISOString(),
      },
    })
    submissions++
  }

  // Last month's reading: every article published before the month ended was read some.
  const month = previousMonth(now)
  const { end } = monthRange(month)
  let tallies = 0
  for (const article of articles) {
    if (!article.publishedAt || new Date(article.publishedAt) > end) continue
    const key = `${article.id}@${month}`
    const { totalDocs } = await payload.count({ ...TRUSTED, collection: 'view-tallies', where: { key: { equals: key } } })
    if (totalDocs > 0) continue
    const views = 40 + (hashOf(key) % 2400)
    await payload.create({ ...TRUSTED, collection: 'view-tallies', data: { key, article: article.id as Id as number, month, views } })
    tallies++
  }
  return { submissions, tallies }
}
