import { addCalendarDays, endOfVietnamDay, isIsoDate, isoWeekday, vietnamDate, type IsoDate } from './vnDate'

/**
 * Working days as Vietnamese agencies count deadlines for citizens' questions (domain.md): Saturdays,
 * Sundays and public holidays do not count, except Saturdays the Government declares working days
 * to make up for a bridged holiday (làm bù). The calendar is data the agency keeps up to date each
 * year from the Ministry of Home Affairs' notice; these functions never guess a holiday.
 */
export interface CalendarEntry {
  /** First day. */
  from: IsoDate
  /** Last day, included; the same as `from` (or absent) for a single day. */
  to?: IsoDate | null
  /** `holiday`: days off (Tết, 30/4, nghỉ bù); `workday`: a weekend day worked instead. */
  kind: 'holiday' | 'workday'
  name: string
}

export interface WorkingCalendar {
  holidays: ReadonlySet<IsoDate>
  workdays: ReadonlySet<IsoDate>
}

/** Longest span one entry may cover: Tết is 9 days; anything longer is a typing mistake. */
export const MAX_ENTRY_DAYS = 31

export type CalendarEntryProblem = 'date-invalid' | 'range-reversed' | 'range-too-long' | 'name-required'

/** What is wrong with an entry an administrator typed, or `null`. */
export function checkCalendarEntry(entry: Partial<CalendarEntry>): CalendarEntryProblem | null {
  if (!isIsoDate(entry.from) || (entry.to != null && !isIsoDate(entry.to))) return 'date-invalid'
  const to = entry.to ?? entry.from
  if (to < entry.from) return 'range-reversed'
  if (daysIn(entry.from, to).length > MAX_ENTRY_DAYS) return 'range-too-long'
  if (!entry.name?.trim()) return 'name-required'
  return null
}

function daysIn(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = []
  for (let day = from; day <= to && days.length <= MAX_ENTRY_DAYS; day = addCalendarDays(day, 1)) days.push(day)
  return days
}

/** Index entries for fast lookup; invalid entries are skipped (the CMS refuses them on save). */
export function makeCalendar(entries: readonly CalendarEntry[]): WorkingCalendar {
  const holidays = new Set<IsoDate>()
  const workdays = new Set<IsoDate>()
  for (const entry of entries) {
    if (checkCalendarEntry(entry)) continue
    for (const day of daysIn(entry.from, entry.to ?? entry.from)) {
      ;(entry.kind === 'workday' ? workdays : holidays).add(day)
    }
  }
  return { holidays, workdays }
}

export const EMPTY_CALENDAR: WorkingCalendar = makeCalendar([])

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(date)) return true
  if (calendar.holidays.has(date)) return false
  return isoWeekday(date) <= 5
}

/**
 * The day on which a period of `count` working days ends, counted from the day after `start`
 * ("trong thời hạn 10 ngày làm việc kể từ ngày nhận"): a question received on Friday afternoon or
 * on Sunday has Monday as its first day. `count` 0 gives `start` itself.
 */
export function addWorkingDays(start: IsoDate, count: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${count}`)
  let day = start
  // A year without a single working day means a broken calendar, not a long wait.
  for (let left = count, guard = 0; left > 0; guard++) {
    if (guard > count * 7 + 400) throw new RangeError('the holiday calendar leaves no working days')
    day = addCalendarDays(day, 1)
    if (isWorkingDay(day, calendar)) left--
  }
  return day
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar)
  let count = 0
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count++
  }
  return count
}

/** A case's deadline: the end, in Viet Nam, of the last of `workingDays` days after receipt. */
export function caseDeadline(
  receivedAt: Date,
  workingDays: number,
  calendar: WorkingCalendar,
): { dueDate: IsoDate; dueAt: Date } {
  const dueDate = addWorkingDays(vietnamDate(receivedAt), workingDays, calendar)
  return { dueDate, dueAt: endOfVietnamDay(dueDate) }
}

/**
 * Whether an answer sent at `answeredAt` met the deadline `dueAt` (no deadline: on time). Compared
 * as instants: stored strings differ in form ("…59Z", "…59.999Z", "+07:00"), and as text
 * "16:59:59Z" sorts after "16:59:59.999Z".
 */
export function answeredOnTime(
  answeredAt: Date | string | null | undefined,
  dueAt: Date | string | null | undefined,
): boolean {
  if (!answeredAt) return false
  return !dueAt || new Date(answeredAt).getTime() <= new Date(dueAt).getTime()
}

export type DeadlineStanding = 'on-track' | 'due-soon' | 'overdue' | 'answered-on-time' | 'answered-late' | 'none'

/**
 * Where a case stands against its deadline at `now`. Open cases are due soon when at most
 * `dueSoonDays` working days remain (the deadline day itself counts as remaining).
 */
export function deadlineStanding(
  dueAt: Date | string | null | undefined,
  answeredAt: Date | string | null | undefined,
  now: Date,
  calendar: WorkingCalendar,
  dueSoonDays = 2,
): DeadlineStanding {
  if (!dueAt) return 'none'
  if (answeredAt) return answeredOnTime(answeredAt, dueAt) ? 'answered-on-time' : 'answered-late'
  const due = new Date(dueAt)
  if (now.getTime() > due.getTime()) return 'overdue'
  return workingDaysLeft(due, now, calendar) <= dueSoonDays ? 'due-soon' : 'on-track'
}

/** Working days left before `dueAt`, counting the deadline day and today if it is a working day. */
export function workingDaysLeft(dueAt: Date | string, now: Date, calendar: WorkingCalendar): number {
  const today = vietnamDate(now)
  const dueDate = vietnamDate(new Date(dueAt))
  if (dueDate < today) return 0
  return workingDaysBetween(today, dueDate, calendar) + (isWorkingDay(today, calendar) ? 1 : 0)
}

/** What the deadline rules need from the agency's settings (see `loadCaseCalendar`). */
export interface DeadlineSettings {
  calendar: WorkingCalendar
  dueSoonWorkingDays: number
}

export interface CaseDeadlineStatus {
  standing: DeadlineStanding
  /** Working days left, the deadline day and today included; 0 once overdue. */
  daysLeft: number
  /** Working days since the deadline day; 0 unless overdue. */
  daysOverdue: number
}

/**
 * Where one case stands against its deadline at `now`, with the counts its label needs. The case
 * page (in the browser) and the deadline list (on the server) both call it, so they say the same thing.
 */
export function caseDeadlineStatus(
  dueAt: string | Date | null | undefined,
  answeredAt: string | Date | null | undefined,
  now: Date,
  { calendar, dueSoonWorkingDays }: DeadlineSettings,
): CaseDeadlineStatus {
  const standing = deadlineStanding(dueAt, answeredAt, now, calendar, dueSoonWorkingDays)
  if (!dueAt || standing !== 'overdue' && standing !== 'due-soon' && standing !== 'on-track') {
    return { standing, daysLeft: 0, daysOverdue: 0 }
  }
  if (standing === 'overdue') {
    // Missing the deadline costs at least the day the answer was owed, even when today is a weekend.
    const late = workingDaysBetween(vietnamDate(new Date(dueAt)), vietnamDate(now), calendar)
    return { standing, daysLeft: 0, daysOverdue: Math.max(1, late) }
  }
  return { standing, daysLeft: workingDaysLeft(dueAt, now, calendar), daysOverdue: 0 }
}

/**
 * Viet Nam's public holidays for civil servants, 2025–2027, as the seed loads them (Bộ luật Lao
 * động 2019, art. 112; the Prime Minister's yearly arrangement of bridged days). Agencies correct
 * and extend them in the admin when each year's notice is issued.
 */
export const VIETNAM_HOLIDAYS: readonly CalendarEntry[] = [
  { from: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch 2025' },
  { from: '2025-01-25', to: '2025-02-02', kind: 'holiday', name: 'Tết Nguyên đán Ất Tỵ' },
  { from: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' },
  { from: '2025-04-30', to: '2025-05-04', kind: 'holiday', name: 'Ngày Chiến thắng và Quốc tế Lao động' },
  { from: '2025-04-26', kind: 'workday', name: 'Làm bù cho ngày 02/5/2025' },
  { from: '2025-08-30', to: '2025-09-02', kind: 'holiday', name: 'Quốc khánh' },
  { from: '2026-01-01', to: '2026-01-02', kind: 'holiday', name: 'Tết Dương lịch 2026' },
  { from: '2026-01-10', kind: 'workday', name: 'Làm bù cho ngày 02/01/2026' },
  { from: '2026-02-14', to: '2026-02-22', kind: 'holiday', name: 'Tết Nguyên đán Bính Ngọ' },
  { from: '2026-04-27', kind: 'holiday', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)' },
  { from: '2026-04-30', to: '2026-05-01', kind: 'holiday', name: 'Ngày Chiến thắng và Quốc tế Lao động' },
  { from: '2026-09-01', to: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' },
  { from: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch 2027' },
  { from: '2027-02-04', to: '2027-02-12', kind: 'holiday', name: 'Tết Nguyên đán Đinh Mùi' },
  { from: '2027-04-16', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' },
  { from: '2027-04-30', kind: 'holiday', name: 'Ngày Chiến thắng' },
  { from: '2027-05-03', kind: 'holiday', name: 'Nghỉ bù Quốc tế Lao động (01/5 là thứ Bảy)' },
  { from: '2027-09-02', to: '2027-09-03', kind: 'holiday', name: 'Quốc khánh' },
]

/** Default answer period for a case, in working days, until the agency sets its own. */
export const DEFAULT_CASE_WORKING_DAYS = 10
