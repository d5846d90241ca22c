import type { Payload } from 'payload'
import { toVietnamDate, type IsoDate } from '@cong/shared/vnDate'
import { caseDeadline, DEFAULT_CASE_WORKING_DAYS, makeCalendar, VIETNAM_HOLIDAYS } from '@cong/shared/workingDays'

/**
 * The answer's due day as the sender is told it: the stored `dueAt` (the case's hooks compute it
 * on create with the configured calendar); a case stored without one (an import) is given the
 * day the default rule makes of its receipt.
 */
export async function dueDateOf(
  _payload: Payload,
  doc: { receivedAt: string | Date; dueAt?: string | null },
): Promise<IsoDate> {
  if (doc.dueAt) return toVietnamDate(doc.dueAt)
  return caseDeadline(new Date(doc.receivedAt), DEFAULT_CASE_WORKING_DAYS, makeCalendar(VIETNAM_HOLIDAYS)).dueDate
}
