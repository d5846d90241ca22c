import type { Payload } from 'payload'
import type { Unit } from '@cong/shared/payload-types'
import { QUOTA_HISTORY_WEEKS, quotaReport, weekOf, type UnitQuota } from '@cong/shared/quota'
import { addCalendarDays, startOfVietnamDay } from '@cong/shared/vnDate'

export interface UnitQuotaRow extends UnitQuota {
  /** The unit's id as the database types it, for queries and relationships. */
  unitRef: Unit['id']
  unitName: string
  contributors: { id: string; name: string; email: string }[]
}

export interface QuotaStanding {
  /** Monday of the current week in Viet Nam. */
  week: string
  quota: number
  rows: UnitQuotaRow[]
}

/** The start of the oldest week the report shows, as an instant. */
function historyStart(now: Date): Date {
  return startOfVietnamDay(addCalendarDays(weekOf(now), -7 * QUOTA_HISTORY_WEEKS))
}

/**
 * Every unit that has an active contributor, with its standing against the weekly quota. A
 * submission is a workflow transition to "Chờ duyệt" in the audit log, so the figure is what
 * the board actually received, not what a unit says it wrote.
 */
export async function loadQuotaStanding(payload: Payload, now = new Date()): Promise<QuotaStanding> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const quota = settings.weeklyQuotaPerUnit ?? 1

  const { docs: contributors } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'contributor' } }, { active: { not_equals: false } }, { unit: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true, email: true, unit: true },
  })
  const byUnit = new Map<string, UnitQuotaRow['contributors']>()
  for (const user of contributors) {
    const unitId = String(user.unit)
    const list = byUnit.get(unitId) ?? []
    list.push({ id: String(user.id), name: user.name, email: user.email })
    byUnit.set(unitId, list)
  }
  const unitIds = [...byUnit.keys()]
  const { docs: units } = await payload.find({
    collection: 'units',
    where: { id: { in: unitIds } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  const unitById = new Map(units.map((u) => [String(u.id), u]))

  const { docs: transitions } = await payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { collection: { equals: 'articles' } },
        { to: { equals: 'submitted' } },
        { at: { greater_than_equal: historyStart(now).toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { docId: true, at: true },
  })
  const articleIds = [...new Set(transitions.map((t) => t.docId))]
  // The article's unit now: an article moved to another unit counts for the unit that owns it.
  const { docs: articles } = articleIds.length
    ? await payload.find({
        collection: 'articles',
        where: { id: { in: articleIds } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { unit: true },
      })
    : { docs: [] }
  const unitOfArticle = new Map(articles.map((a) => [String(a.id), String(a.unit)]))

  const report = quotaReport({
    unitIds,
    submissions: transitions.flatMap((t) => {
      const unitId = unitOfArticle.get(String(t.docId))
      return unitId && t.at ? [{ unitId, articleId: String(t.docId), at: new Date(t.at) }] : []
    }),
    quotaFor: () => quota,
    now,
  })
  const rows = report
    .flatMap((row) => {
      const unit = unitById.get(row.unitId)
      return unit ? [{ ...row, unitRef: unit.id, unitName: unit.name, contributors: byUnit.get(row.unitId) ?? [] }] : []
    })
    // Units behind first, then by name, so the board reads the problems at the top.
    .sort((a, b) => Number(b.behind) - Number(a.behind) || a.unitName.localeCompare(b.unitName, 'vi'))
  return { week: weekOf(now), quota, rows }
}
