import type { CaseType, SenderKind } from './citizenCase'
import { isOpenCase, type AnswerVisibility, type CaseState } from './caseWorkflow'
import { isMonth, monthRange, type Month } from './monthlyReport'
import { vietnamDate } from './vnDate'
import { answeredOnTime } from './workingDays'

/**
 * Statistics of citizens' cases for the dashboard and the monthly and yearly reports: one pure
 * function over plain records, so the chart, the spreadsheet and the CSV always agree.
 */
export interface CaseRecord {
  receivedAt: string
  state: CaseState
  type: CaseType
  senderKind: SenderKind
  field?: string | null
  unitId?: string | null
  dueAt?: string | null
  /** When the approved answer went out. */
  answeredAt?: string | null
  visibility?: AnswerVisibility | null
}

export interface CaseGroupRow {
  key: string
  received: number
  answered: number
  answeredOnTime: number
  open: number
  overdue: number
  /** Answered on time ÷ answered (an answer to a case without a deadline is on time); `null` when none. */
  onTimeRate: number | null
  /** Calendar days from receipt to answer; `null` when nothing was answered. */
  medianDaysToAnswer: number | null
}

export interface CaseMonthRow {
  month: Month
  received: number
  /** Answers sent in the month, whenever the case arrived. */
  answered: number
  answeredOnTime: number
}

export interface CaseStats {
  from: Month
  to: Month
  totals: CaseGroupRow & { answeredPublic: number; rejected: number }
  byMonth: CaseMonthRow[]
  byUnit: CaseGroupRow[]
  byField: CaseGroupRow[]
  byType: CaseGroupRow[]
  bySenderKind: CaseGroupRow[]
  byState: { key: CaseState; count: number }[]
}

const DAY = 86_400_000

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: Month, to: Month): Month[] {
  if (!isMonth(from) || !isMonth(to)) throw new RangeError(`not a month: ${from} … ${to}`)
  const months: Month[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  for (let month = from; month <= to; month = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(month)
    if (++m === 13) [y, m] = [y + 1, 1]
  }
  return months
}

const onTime = (c: CaseRecord) => answeredOnTime(c.answeredAt, c.dueAt)

function group(key: string, cases: readonly CaseRecord[], now: Date): CaseGroupRow {
  const answered = cases.filter((c) => c.state === 'answered' && c.answeredAt)
  const open = cases.filter((c) => isOpenCase(c.state))
  return {
    key,
    received: cases.length,
    answered: answered.length,
    answeredOnTime: answered.filter(onTime).length,
    open: open.length,
    overdue: open.filter((c) => c.dueAt && new Date(c.dueAt).getTime() < now.getTime()).length,
    onTimeRate: answered.length ? answered.filter(onTime).length / answered.length : null,
    medianDaysToAnswer: round1(
      median(answered.map((c) => (new Date(c.answeredAt!).getTime() - new Date(c.receivedAt).getTime()) / DAY)),
    ),
  }
}

function groupBy(cases: readonly CaseRecord[], keyOf: (c: CaseRecord) => string, now: Date): CaseGroupRow[] {
  const groups = new Map<string, CaseRecord[]>()
  for (const c of cases) {
    const key = keyOf(c)
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  return [...groups]
    .map(([key, members]) => group(key, members, now))
    .sort((a, b) => b.received - a.received || a.key.localeCompare(b.key))
}

/** Key for cases not yet routed or without a field. */
export const UNASSIGNED = '—'

/**
 * Figures for cases received from the first day of `from` to the last of `to` (Viet Nam months);
 * "overdue" is judged at `now`. The month rows also count answers sent in each month.
 */
export function caseStats(all: readonly CaseRecord[], from: Month, to: Month, now: Date): CaseStats {
  const months = monthsBetween(from, to)
  const start = monthRange(from).start.getTime()
  const end = monthRange(to).end.getTime()
  const within = (iso: string | null | undefined) => {
    if (!iso) return false
    const t = new Date(iso).getTime()
    return t >= start && t <= end
  }
  const cases = all.filter((c) => within(c.receivedAt))
  const monthOf = (iso: string) => vietnamDate(new Date(iso)).slice(0, 7)
  const byMonth = months.map((month) => {
    const answered = all.filter((c) => c.state === 'answered' && c.answeredAt && monthOf(c.answeredAt) === month)
    return {
      month,
      received: cases.filter((c) => monthOf(c.receivedAt) === month).length,
      answered: answered.length,
      answeredOnTime: answered.filter(onTime).length,
    }
  })
  const byState = new Map<CaseState, number>()
  for (const c of cases) byState.set(c.state, (byState.get(c.state) ?? 0) + 1)
  return {
    from,
    to,
    totals: {
      ...group('all', cases, now),
      answeredPublic: cases.filter((c) => c.state === 'answered' && c.visibility === 'public').length,
      rejected: cases.filter((c) => c.state === 'rejected').length,
    },
    byMonth,
    byUnit: groupBy(cases, (c) => c.unitId ?? UNASSIGNED, now),
    byField: groupBy(cases, (c) => c.field ?? UNASSIGNED, now),
    byType: groupBy(cases, (c) => c.type, now),
    bySenderKind: groupBy(cases, (c) => c.senderKind, now),
    byState: [...byState].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count),
  }
}
