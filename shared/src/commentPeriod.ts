import type { Label } from './legalVocabulary'
import { daysBetween, endOfVietnamDay, startOfVietnamDay, vietnamDate, type IsoDate } from './vnDate'

/**
 * The public comment period of a draft (domain.md, "Draft regulations"): it opens at 00:00 on its
 * first day and closes at 23:59:59 on its last, both in Viet Nam, and no comment is accepted
 * outside it. The server enforces it on every submission; the site's form uses the same function
 * so that a page built yesterday does not offer a form that closed last night.
 */
export interface CommentPeriod {
  opensOn: IsoDate
  closesOn: IsoDate
}

export type PeriodState = 'not-yet-open' | 'open' | 'closed'

export function periodState(period: CommentPeriod, now: Date): PeriodState {
  if (now < startOfVietnamDay(period.opensOn)) return 'not-yet-open'
  if (now > endOfVietnamDay(period.closesOn)) return 'closed'
  return 'open'
}

/**
 * Days left to comment, counting today: 1 on the last day, 0 once closed. Before the period
 * opens it is the whole length of the period.
 */
export function daysLeft(period: CommentPeriod, now: Date): number {
  const state = periodState(period, now)
  if (state === 'closed') return 0
  const from = state === 'open' ? vietnamDate(now) : period.opensOn
  return daysBetween(from, period.closesOn) + 1
}

/** Length of the period in days, both ends included. */
export const periodLength = (period: CommentPeriod): number =>
  daysBetween(period.opensOn, period.closesOn) + 1

/** Why a period as entered cannot be used; `null` when it is fine. */
export function checkPeriod(period: CommentPeriod): 'closes-before-opens' | null {
  return period.closesOn < period.opensOn ? 'closes-before-opens' : null
}

export const DRAFT_STATUSES = {
  upcoming: { vi: 'Sắp lấy ý kiến', en: 'Consultation not yet open' },
  open: { vi: 'Đang lấy ý kiến', en: 'Open for comment' },
  closed: { vi: 'Hết hạn lấy ý kiến', en: 'Consultation closed' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
} as const satisfies Record<string, Label>

export type DraftStatus = keyof typeof DRAFT_STATUSES

/** A draft that became a legal document is "Đã ban hành" whatever its period says. */
export function draftStatus(
  draft: CommentPeriod & { resultingDocumentId?: string | null },
  now: Date,
): DraftStatus {
  if (draft.resultingDocumentId) return 'issued'
  const state = periodState(draft, now)
  return state === 'not-yet-open' ? 'upcoming' : state
}
