import { monthsBetween } from '@cong/shared/caseStats'
import type { Label } from '@cong/shared/legalVocabulary'
import { isMonth, type Month } from '@cong/shared/monthlyReport'
import { vietnamDate } from '@cong/shared/vnDate'

/** Ten years of months: enough for any report, and a bound on the tables one request can ask for. */
export const MAX_MONTHS = 120

/** `count` months back from `month` (0 is `month` itself). */
export function monthsBefore(month: Month, count: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) - count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The default period: the twelve months up to the current one, in Viet Nam. */
export function lastTwelveMonths(now: Date): { from: Month; to: Month } {
  const to = vietnamDate(now).slice(0, 7)
  return { from: monthsBefore(to, 11), to }
}

export const PERIOD_ERRORS = {
  'bad-month': { vi: 'Tháng phải có dạng yyyy-MM, ví dụ 2026-10.', en: 'A month must look like 2026-10.' },
  'bad-range': { vi: 'Tháng bắt đầu phải trước hoặc bằng tháng kết thúc.', en: 'The first month must not come after the last.' },
  'range-too-long': { vi: 'Mỗi lần thống kê tối đa 10 năm.', en: 'At most ten years at a time.' },
} as const satisfies Record<string, Label>

export type PeriodError = keyof typeof PERIOD_ERRORS

/** The period a request asks for; a missing month takes the default's. */
export function parsePeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  now: Date,
): { from: Month; to: Month } | { error: PeriodError } {
  const fallback = lastTwelveMonths(now)
  const period = { from: from ?? fallback.from, to: to ?? fallback.to }
  if (!isMonth(period.from) || !isMonth(period.to)) return { error: 'bad-month' }
  if (period.from > period.to) return { error: 'bad-range' }
  if (monthsBetween(period.from, period.to).length > MAX_MONTHS) return { error: 'range-too-long' }
  return period
}
