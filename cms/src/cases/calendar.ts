import type { Payload, PayloadRequest } from 'payload'
import {
  DEFAULT_CASE_WORKING_DAYS,
  makeCalendar,
  type CalendarEntry,
  type WorkingCalendar,
} from '@cong/shared/workingDays'
import { calendarEntryOf } from '../globals/CaseSettings'

export interface CaseCalendar {
  calendar: WorkingCalendar
  answerWorkingDays: number
  dueSoonWorkingDays: number
}

const DEFAULT_DUE_SOON_WORKING_DAYS = 2

const wholeNumber = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback

/**
 * The agency's deadline rules as the case-settings global holds them. `req` keeps the read inside
 * the caller's transaction (a hook saving a case).
 */
export async function loadCaseCalendar(payload: Payload, req?: PayloadRequest): Promise<CaseCalendar> {
  const settings = await payload.findGlobal({ slug: 'case-settings', depth: 0, overrideAccess: true, req })
  const entries = (settings.holidays ?? []).map((row) => calendarEntryOf(row) as CalendarEntry)
  return {
    // makeCalendar skips rows that fail checkCalendarEntry; the global refuses them on save.
    calendar: makeCalendar(entries),
    answerWorkingDays: wholeNumber(settings.answerWorkingDays, DEFAULT_CASE_WORKING_DAYS),
    dueSoonWorkingDays: wholeNumber(settings.dueSoonWorkingDays, DEFAULT_DUE_SOON_WORKING_DAYS),
  }
}
