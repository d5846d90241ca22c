import type { Payload } from 'payload'
import { toVietnamDate, type IsoDate } from '@cong/shared/vnDate'
import { caseDeadline } from '@cong/shared/workingDays'
import { loadCaseCalendar } from '../../../cases/calendar'

/**
 * The answer's due day as the sender is told it: the stored `dueAt` (the case's hooks compute it
 * on create), else what the configured calendar makes of the receipt, the way the hooks would —
 * a honeypot's fake receipt must carry the same day a real one would.
 */
export async function dueDateOf(
  payload: Payload,
  doc: { receivedAt: string | Date; dueAt?: string | null },
): Promise<IsoDate> {
  if (doc.dueAt) return toVietnamDate(doc.dueAt)
  const { calendar, answerWorkingDays } = await loadCaseCalendar(payload)
  return caseDeadline(new Date(doc.receivedAt), answerWorkingDays, calendar).dueDate
}
