import { addCalendarDays, isoWeekday, vietnamDate, type IsoDate } from './vnDate'

/**
 * The weekly article quota (domain.md: each unit sends at least one article a week to the
 * editorial board). Weeks run Monday to Sunday in Viet Nam, whatever the server's zone: an article
 * sent at 00:30 on Monday in Ha Noi (still Sunday 17:30 in UTC) counts for the new week.
 */

/** Monday of the Vietnamese week that `instant` falls in. */
export function weekOf(instant: Date): IsoDate {
  const day = vietnamDate(instant)
  return addCalendarDays(day, 1 - isoWeekday(day))
}

/** A submission to the board: the first time an article reached "Chờ duyệt". */
export interface QuotaSubmission {
  unitId: string
  articleId: string
  at: Date
}

export interface UnitQuota {
  unitId: string
  /** Articles this unit must send each week. */
  quota: number
  thisWeek: number
  /** Oldest first: the four complete weeks before this one. */
  lastWeeks: { week: IsoDate; count: number }[]
  /** Comparing the latest two complete weeks with the two before them. */
  trend: 'up' | 'down' | 'flat'
  /** Sent fewer than the quota so far this week. */
  behind: boolean
}

export const QUOTA_HISTORY_WEEKS = 4

/**
 * Quota standing of every unit at `now`. An article counts once, in the week it was first sent:
 * resubmitting after "Trả lại" is the same article, not a second one.
 */
export function quotaReport(input: {
  unitIds: string[]
  submissions: QuotaSubmission[]
  quotaFor: (unitId: string) => number
  now: Date
}): UnitQuota[] {
  const current = weekOf(input.now)
  const weeks = Array.from({ length: QUOTA_HISTORY_WEEKS }, (_, i) =>
    addCalendarDays(current, -7 * (QUOTA_HISTORY_WEEKS - i)),
  )
  const firstSent = new Map<string, QuotaSubmission>()
  for (const s of input.submissions) {
    const known = firstSent.get(s.articleId)
    if (!known || s.at < known.at) firstSent.set(s.articleId, s)
  }
  const counts = new Map<string, number>()
  for (const s of firstSent.values()) {
    if (s.at > input.now) continue
    const key = `${s.unitId}@${weekOf(s.at)}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const count = (unitId: string, week: IsoDate) => counts.get(`${unitId}@${week}`) ?? 0

  return input.unitIds.map((unitId) => {
    const quota = input.quotaFor(unitId)
    const thisWeek = count(unitId, current)
    const lastWeeks = weeks.map((week) => ({ week, count: count(unitId, week) }))
    const [a, b, c, d] = lastWeeks.map((w) => w.count) as [number, number, number, number]
    const delta = c + d - (a + b)
    return {
      unitId,
      quota,
      thisWeek,
      lastWeeks,
      trend: delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat',
      behind: thisWeek < quota,
    }
  })
}

/**
 * Whether a unit behind its quota gets the reminder at `now`: from Thursday (ISO day 4) in Viet
 * Nam, so that a unit still has Thursday and Friday to write.
 */
export function isReminderDay(now: Date): boolean {
  return isoWeekday(vietnamDate(now)) >= 4
}
